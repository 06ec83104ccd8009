import { AstUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import {
    isCatalog,
    isCatalogEntry,
    isClassificationProperty,
    isCodesProperty,
    isElement,
    isRelation,
    isSecurityLevelProperty,
    isStandardsProperty,
    isTextProperty,
    type CatalogEntry,
    type Element,
    type ElementProperty,
    type Framework,
    type KtsFile,
    type Task
} from '../generated/ast.js';
import { elementQualifiedName, entryModel, taskQualifiedName } from '../references/kts-naming.js';
import { BUILTIN_SCHEME } from '../catalog/catalog-loader.js';
import { legalParticulars } from '../catalog/legal-particulars.js';
import {
    type ArchitectureModel,
    type BudgetModel,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type LayerKind,
    type NodeRef,
    type PeriodModel,
    type RelationKind,
    type SourceRef,
    type StateKind,
    type StateModel,
    type TaskModel,
    type UnitRole
} from '../model/architecture-model.js';
import { ElementIndex } from './element-index.js';
import { statedConforms } from './framework-blocks.js';
import { LAYER_KINDS } from '../model/metamodel.js';

/** The model together with the way back from model objects to the AST nodes they came from. */
export interface LinkedModel {
    model: ArchitectureModel;
    astOf: WeakMap<object, AstNode>;
}

/**
 * What one build of the model may reuse from earlier ones. An element's model depends only on its own
 * document and on the names its references resolve to, so it stays valid until that document is parsed
 * or linked again; ArchitectureModelProvider forgets a document's elements then.
 */
export interface ModelMemo {
    elementsOf(document: LangiumDocument): Map<Element, ElementModel>;
    /** Frameworks of the previous build by id. */
    frameworks: Map<string, AssembledFramework>;
    entries: WeakMap<CatalogEntry, CatalogEntryModel>;
    astOf: WeakMap<object, AstNode>;
    /**
     * Each element's last model, kept across re-parses: an edit re-parses only the node around it and keeps every
     * other AST node (parser/element-splice.ts), so an element that is the same object with the same properties
     * (its only children, each of which an edit may re-parse alone) has the same text. Absent where no build follows
     * an edit (a one-shot command): keeping what each of 25,000 elements was made of would cost a cold build for nothing.
     */
    built?: WeakMap<Element, BuiltElement>;
}

/** A memo for a single build: nothing is reused. */
export function singleBuildMemo(): ModelMemo {
    return { elementsOf: () => new Map(), frameworks: new Map(), entries: new WeakMap(), astOf: new WeakMap() };
}

/** An element's model and what it was built from besides the element's own text. */
export interface BuiltElement {
    model: ElementModel;
    state: StateKind;
    layer: LayerKind;
    framework: string;
    properties: readonly ElementProperty[];
    /** The nodes its references resolved to, in the order everyReference walks them (`undefined`: unresolved). */
    targets: ReadonlyArray<AstNode | undefined>;
}

/** One `framework <id> { … }` block, with the element models of its document. */
interface FrameworkBlock {
    document: LangiumDocument;
    framework: Framework;
    elementModels: Map<Element, ElementModel>;
}

/** A framework merged from its blocks, with its elements by qualified name (the first of a duplicate wins). */
export interface AssembledFramework {
    blocks: FrameworkBlock[];
    model: FrameworkModel;
    elements: Map<string, ElementModel>;
    /** The catalogue entries the framework refers to, by model and code. */
    entries: Map<string, CatalogEntryModel>;
}

function sameBlocks(previous: FrameworkBlock[], current: FrameworkBlock[]): boolean {
    return (
        previous.length === current.length &&
        previous.every(
            (block, index) => block.framework === current[index].framework && block.elementModels === current[index].elementModels
        )
    );
}

/** Zeros each budget scale adds to an amount. */
const SCALE_ZEROS: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

/** Builds the architecture model from linked documents, merging framework blocks with the same id. */
export function buildArchitectureModel(
    documents: Iterable<LangiumDocument>,
    documentation?: (node: AstNode) => string | undefined,
    memo: ModelMemo = singleBuildMemo()
): LinkedModel {
    const astOf = memo.astOf;
    const elementsByFramework = new Map<string, ReadonlyMap<string, ElementModel>>();
    const model: ArchitectureModel = {
        frameworks: [],
        elements: new ElementIndex(elementsByFramework),
        catalogEntries: new Map(),
        nationalPrinciples: [],
        legalDocuments: [],
        workspaceCatalogEntries: []
    };

    const entryModelOf = (entry: CatalogEntry): CatalogEntryModel => {
        let found = memo.entries.get(entry);
        if (!found) {
            const catalog = AstUtils.getContainerOfType(entry, isCatalog);
            const document = AstUtils.getDocument(entry);
            found = {
                code: entry.name,
                model: entryModel(entry),
                kind: entry.kind ?? 'code',
                tier: entry.tier,
                name: entry.title,
                nameEn: entry.titleEn,
                abbreviation: entry.abbreviation,
                owner: entry.owner,
                parent: entry.parent?.$refText,
                description: entry.description,
                descriptionEn: entry.descriptionEn,
                section: entry.section,
                status: entry.status ?? catalog?.status ?? 'local',
                source: entry.source ?? catalog?.source,
                catalog: catalog?.name ?? '',
                builtin: document.uri.scheme === BUILTIN_SCHEME,
                legal: entryModel(entry) === LEGAL_MODEL ? legalParticulars(entry) : undefined
            };
            memo.entries.set(entry, found);
            astOf.set(found, entry);
        }
        return found;
    };
    const entries = (refs: Array<Reference<CatalogEntry>>): CatalogEntryModel[] =>
        refs.flatMap(ref => (ref.ref ? [entryModelOf(ref.ref)] : []));
    const nodeRef = (ref: Reference<Element | CatalogEntry>): NodeRef | undefined => {
        const target = ref.ref;
        if (isElement(target)) return { type: 'element', qualifiedName: elementQualifiedName(target) };
        if (isCatalogEntry(target)) return { type: 'national', entry: entryModelOf(target) };
        return undefined;
    };

    // A framework whose blocks all come from documents with still-valid element models is taken over
    // from the previous build as it was: after an edit only the edited file's frameworks are assembled.
    const blocksById = new Map<string, FrameworkBlock[]>();
    const builtinPrinciples: CatalogEntryModel[] = [];
    const workspacePrinciples: CatalogEntryModel[] = [];
    const builtinLegal: CatalogEntryModel[] = [];
    const workspaceLegal: CatalogEntryModel[] = [];
    for (const document of documents) {
        const builtin = document.uri.scheme === BUILTIN_SCHEME;
        for (const catalog of (document.parseResult.value as KtsFile).catalogs ?? []) {
            for (const entry of catalog.entries) {
                if (!entry.name) continue;
                if (!builtin) model.workspaceCatalogEntries.push(entryModelOf(entry));
                const entryKind = entryModel(entry);
                if (entryKind === PRINCIPLE_MODEL) (builtin ? builtinPrinciples : workspacePrinciples).push(entryModelOf(entry));
                else if (entryKind === LEGAL_MODEL) (builtin ? builtinLegal : workspaceLegal).push(entryModelOf(entry));
            }
        }
        const elementModels = memo.elementsOf(document);
        for (const framework of (document.parseResult.value as KtsFile).frameworks ?? []) {
            if (!framework.name) continue;
            const block = { document, framework, elementModels };
            const blocks = blocksById.get(framework.name);
            if (blocks) blocks.push(block);
            else blocksById.set(framework.name, [block]);
        }
    }
    for (const [id, blocks] of blocksById) {
        const previous = memo.frameworks.get(id);
        const assembled = previous && sameBlocks(previous.blocks, blocks) ? previous : assembleFramework(id, blocks);
        memo.frameworks.set(id, assembled);
        model.frameworks.push(assembled.model);
        elementsByFramework.set(id, assembled.elements);
        for (const [key, entry] of assembled.entries) {
            if (!model.catalogEntries.has(key)) model.catalogEntries.set(key, entry);
        }
    }
    for (const id of memo.frameworks.keys()) {
        if (!blocksById.has(id)) memo.frameworks.delete(id);
    }
    model.nationalPrinciples = overridden(builtinPrinciples, workspacePrinciples);
    model.legalDocuments = overridden(builtinLegal, workspaceLegal);
    return { model, astOf };

    function assembleFramework(id: string, blocks: FrameworkBlock[]): AssembledFramework {
        const merged = emptyFramework(id, sourceRef(blocks[0].framework));
        astOf.set(merged, blocks[0].framework);
        const elements = new Map<string, ElementModel>();
        for (const { document, framework, elementModels } of blocks) {
            if (!merged.files.includes(document.uri.toString())) merged.files.push(document.uri.toString());
            mergeHeader(merged, framework);
            for (const legal of framework.legal) merged.legalBases.push(...entries(legal.bases));
            for (const reasons of framework.reasons) merged.reasons.push(...reasons.paragraphs.map(paragraph => paragraph.text));
            for (const revisions of framework.revisions) {
                for (const revision of revisions.revisions) {
                    merged.revisions.push({ version: revision.version, date: revision.date, summary: revision.summary });
                }
            }
            for (const responsibilities of framework.responsibilities) {
                const into = merged.responsibilities;
                for (const unit of responsibilities.units) {
                    const built = {
                        unit: unit.name,
                        role: unit.role as UnitRole | undefined,
                        duties: unit.duties,
                        source: sourceRef(unit)
                    };
                    into.units.push(built);
                    astOf.set(built, unit);
                }
                into.training.push(...responsibilities.training);
                into.outreach.push(...responsibilities.outreach);
            }
            for (const principles of framework.principles) {
                for (const principle of principles.principles) {
                    const built = {
                        id: principle.name,
                        title: principle.title,
                        description: principle.description,
                        implements: entries(principle.implements),
                        source: sourceRef(principle)
                    };
                    merged.principles.push(built);
                    astOf.set(built, principle);
                }
            }
            for (const goals of framework.goals) {
                for (const period of goals.periods) {
                    const periodModel = parsePeriod(period.period);
                    if (!periodModel) continue;
                    merged.goalPeriods.push({
                        period: periodModel,
                        goals: period.goals.map(goal => {
                            const built = {
                                id: goal.name,
                                title: goal.title,
                                description: goal.description,
                                indicators: goal.indicators.map(indicator => ({
                                    title: indicator.title,
                                    baseline: indicator.baseline !== undefined ? Number(indicator.baseline) : undefined,
                                    target: Number(indicator.target),
                                    unit: indicator.unit,
                                    basis: entries(indicator.basis)
                                })),
                                source: sourceRef(goal)
                            };
                            astOf.set(built, goal);
                            return built;
                        })
                    });
                }
            }
            for (const architecture of framework.architectures) {
                const state = merged.states[architecture.state as StateKind];
                state.declared = true;
                state.description ??= architecture.description;
                for (const layer of architecture.layers) {
                    const layerModel = state.layers[layer.kind as LayerKind];
                    layerModel.declared = true;
                    layerModel.description ??= layer.description;
                    for (const assessment of layer.assessments) {
                        layerModel.assessment.results.push(...assessment.results);
                        layerModel.assessment.shortcomings.push(...assessment.shortcomings);
                        layerModel.assessment.causes.push(...assessment.causes);
                    }
                    const [protection] = layer.protection;
                    if (protection) {
                        layerModel.protection ??= {
                            onsite: protection.onsite,
                            monitoring: protection.monitoring,
                            inspection: protection.inspection,
                            national: protection.national
                        };
                    }
                    for (const element of layer.elements) {
                        if (!element.name) continue;
                        let built = elementModels.get(element);
                        if (!built) {
                            built = elementModel(element, architecture.state as StateKind, layer.kind as LayerKind, id);
                            elementModels.set(element, built);
                        }
                        layerModel.elements.push(built);
                        if (!elements.has(built.qualifiedName)) elements.set(built.qualifiedName, built);
                    }
                }
            }
            for (const implementation of framework.implementation) {
                merged.implementationDescription ??= implementation.description;
                const [maintenance] = implementation.maintenance;
                if (maintenance) {
                    merged.maintenance ??= {
                        responsible: maintenance.responsible,
                        tools: maintenance.tools,
                        frequency: maintenance.frequency,
                        description: maintenance.description
                    };
                }
                const [compliance] = implementation.compliance;
                if (compliance) merged.compliance ??= { responsible: compliance.responsible, description: compliance.description };
                for (const task of implementation.tasks) {
                    if (!task.name) continue;
                    const built = buildTask(task);
                    merged.tasks.push(built);
                    astOf.set(built, task);
                }
            }
        }
        merged.conforms = statedConforms(blocks.map(block => block.framework));
        return { blocks, model: merged, elements, entries: referencedEntries(merged) };
    }

    /**
     * The element's earlier model where nothing it was made of changed: the same node with the same properties (so
     * the same text), the same state, layer and framework, its references resolved to the same nodes, and the same place in the file (an
     * edit above it that adds lines moves it, and its model says where it is). Otherwise a new one.
     */
    function elementModel(element: Element, state: StateKind, layer: LayerKind, framework: string): ElementModel {
        const earlier = memo.built?.get(element);
        if (
            earlier &&
            earlier.state === state &&
            earlier.layer === layer &&
            earlier.framework === framework &&
            sameNodes(element.properties, earlier.properties) &&
            sameRange(earlier.model.source.range, element) &&
            referenceTargetsAre(element, earlier.targets)
        ) {
            return earlier.model;
        }
        const built = buildElement(element, state, layer, framework);
        memo.built?.set(element, {
            model: built,
            state,
            layer,
            framework,
            properties: [...element.properties],
            targets: referenceTargets(element)
        });
        astOf.set(built, element);
        return built;
    }

    function buildElement(element: Element, state: StateKind, layer: LayerKind, framework: string): ElementModel {
        const qualifiedName = elementQualifiedName(element);
        const built: ElementModel = {
            qualifiedName,
            id: element.name,
            framework,
            state,
            layer,
            kind: element.kind,
            title: element.title,
            documentation: documentation?.(element),
            codes: [],
            standards: [],
            classification: [],
            relations: [],
            source: sourceRef(element)
        };
        for (const property of element.properties) {
            if (isTextProperty(property)) {
                if (property.key === 'description') built.description ??= property.value;
                else if (property.key === 'owner') built.owner ??= property.value;
                else if (property.key === 'operator') built.operator ??= property.value;
                else if (property.key === 'en') built.titleEn ??= property.value;
                else if (property.key === 'note') built.note ??= property.value;
            } else if (isCodesProperty(property)) {
                built.codes.push(...entries(property.codes));
            } else if (isStandardsProperty(property)) {
                built.standards.push(...entries(property.standards));
            } else if (isSecurityLevelProperty(property)) {
                built.securityLevel ??= Number(property.level);
                if (property.decision !== undefined) built.securityApproval ??= { decision: property.decision, date: property.date };
            } else if (isClassificationProperty(property)) {
                for (const dataClass of property.classes)
                    if (!built.classification.includes(dataClass)) built.classification.push(dataClass);
            } else if (isRelation(property)) {
                const via = property.via.flatMap(ref => nodeRef(ref) ?? []);
                for (const target of property.targets) {
                    const resolved = nodeRef(target);
                    if (!resolved) continue;
                    const relation = {
                        kind: property.kind as RelationKind,
                        source: qualifiedName,
                        target: resolved,
                        via,
                        label: property.label,
                        data: property.data,
                        standards: entries(property.standards),
                        description: property.description,
                        sourceRef: sourceRef(property)
                    };
                    built.relations.push(relation);
                    astOf.set(relation, property);
                }
            }
        }
        return built;
    }

    function buildTask(task: Task): TaskModel {
        const [split] = task.splits;
        return {
            id: task.name,
            qualifiedName: taskQualifiedName(task),
            title: task.title,
            description: task.description,
            period: task.period ? parsePeriod(task.period) : undefined,
            responsible: task.responsible,
            coordinating: task.coordinating,
            form: task.form?.ref ? entryModelOf(task.form.ref) : undefined,
            layer: task.layer as LayerKind | undefined,
            // A budget line that error recovery left without its amount has nothing to add up.
            budgets: task.budgets.flatMap((budget): BudgetModel[] =>
                budget.amount === undefined
                    ? []
                    : [
                          {
                              amount: wholeUnits(budget.amount, budget.scale),
                              currency: budget.currency,
                              year: budget.year !== undefined ? Number(budget.year) : undefined,
                              funding: budget.funding?.ref ? entryModelOf(budget.funding.ref) : undefined,
                              fundingText: budget.fundingText
                          }
                      ]
            ),
            split:
                split && !split.even && split.weights.length > 0
                    ? { kind: 'weights', weights: split.weights.map(Number) }
                    : { kind: 'even' },
            delivers: task.delivers.flatMap(ref => (ref.ref ? [elementQualifiedName(ref.ref)] : [])),
            after: task.after.flatMap(ref => (ref.ref ? [taskQualifiedName(ref.ref)] : [])),
            source: sourceRef(task)
        };
    }
}

/** Calls `visit` with each reference of the element the model reads, in order, until it returns false. */
function everyReference(element: Element, visit: (ref: Reference) => boolean): boolean {
    for (const property of element.properties) {
        if (isCodesProperty(property)) {
            for (const ref of property.codes) if (!visit(ref)) return false;
        } else if (isStandardsProperty(property)) {
            for (const ref of property.standards) if (!visit(ref)) return false;
        } else if (isRelation(property)) {
            for (const ref of property.via) if (!visit(ref)) return false;
            for (const ref of property.targets) if (!visit(ref)) return false;
            for (const ref of property.standards) if (!visit(ref)) return false;
        }
    }
    return true;
}

/** The nodes the element's references resolve to, `undefined` where one does not. */
function referenceTargets(element: Element): Array<AstNode | undefined> {
    const targets: Array<AstNode | undefined> = [];
    everyReference(element, ref => targets.push(ref.ref) > 0);
    return targets;
}

/** Whether the element's references resolve to `targets` now, compared without building a list per element. */
function referenceTargetsAre(element: Element, targets: ReadonlyArray<AstNode | undefined>): boolean {
    let at = 0;
    return everyReference(element, ref => at < targets.length && targets[at++] === ref.ref) && at === targets.length;
}

function sameNodes(now: readonly AstNode[], earlier: readonly AstNode[]): boolean {
    return now.length === earlier.length && now.every((node, index) => node === earlier[index]);
}

/** Whether the element still starts and ends where `range` says. */
function sameRange(range: SourceRef['range'], element: Element): boolean {
    const now = element.$cstNode?.range;
    if (!now) return false;
    return (
        now.start.line === range.start.line &&
        now.start.character === range.start.character &&
        now.end.line === range.end.line &&
        now.end.character === range.end.character
    );
}

/**
 * An amount as written (`8.5 billion`) in whole currency units, computed on the digits so that no binary
 * fraction creeps in (8.5 × 10⁹ is exact, 0.1 × 10⁹ in floating point is not always).
 */
export function wholeUnits(amount: string, scale: string | undefined): number {
    const negative = amount.startsWith('-');
    const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
    const zeros = scale ? SCALE_ZEROS[scale] : 0;
    const digits = `${whole}${fraction.padEnd(zeros, '0').slice(0, zeros)}`;
    const rest = fraction.slice(zeros);
    const units = Number(digits) + (rest.length > 0 && Number(rest[0]) >= 5 ? 1 : 0);
    return negative ? -units : units;
}

/** The model of the national principles a–l (Chương 1, III.3). */
const PRINCIPLE_MODEL = 'PRINCIPLE';
/** The model of the legal-documents catalogue. */
const LEGAL_MODEL = 'LEGAL';

/** Built-in entries in catalogue order, each replaced by a workspace entry with its code; new workspace codes last. */
function overridden(builtin: CatalogEntryModel[], workspace: CatalogEntryModel[]): CatalogEntryModel[] {
    const byCode = new Map(builtin.map(entry => [entry.code, entry]));
    for (const entry of workspace) byCode.set(entry.code, entry);
    return [...byCode.values()];
}

/** The catalogue entries a framework refers to, by model and code (the first of equal keys wins). */
function referencedEntries(framework: FrameworkModel): Map<string, CatalogEntryModel> {
    const seen = new Set<CatalogEntryModel>();
    const byKey = new Map<string, CatalogEntryModel>();
    const add = (entry: CatalogEntryModel) => {
        if (seen.has(entry)) return;
        seen.add(entry);
        const key = `${entry.model}:${entry.code}`;
        if (!byKey.has(key)) byKey.set(key, entry);
    };
    for (const principle of framework.principles) principle.implements.forEach(add);
    for (const period of framework.goalPeriods)
        for (const goal of period.goals) for (const indicator of goal.indicators) indicator.basis.forEach(add);
    framework.legalBases.forEach(add);
    for (const state of Object.values(framework.states)) {
        for (const layer of Object.values(state.layers)) {
            for (const element of layer.elements) {
                element.codes.forEach(add);
                element.standards.forEach(add);
                for (const relation of element.relations) {
                    relation.standards.forEach(add);
                    for (const end of [relation.target, ...relation.via]) if (end.type === 'national') add(end.entry);
                }
            }
        }
    }
    return byKey;
}

function mergeHeader(merged: FrameworkModel, framework: Framework): void {
    const [body] = framework.body;
    if (body) {
        merged.body ??= { name: body.name, nameEn: body.nameEn, code: body.code, abbreviation: body.abbreviation, source: sourceRef(body) };
    }
    if (framework.title) merged.title ??= framework.title;
    merged.level ??= framework.level as FrameworkModel['level'];
    merged.version ??= framework.version;
    const [approval] = framework.approval;
    if (approval) merged.approval ??= { decision: approval.decision, date: approval.date, approver: approval.approver };
    const [document] = framework.document;
    if (document)
        merged.document ??= { place: document.place, year: document.year ? Number(document.year) : undefined, draft: document.draft };
    merged.vision ??= framework.vision;
    const [scope] = framework.scope;
    if (scope) merged.scope ??= { description: scope.description, applies: scope.applies };
}

function emptyFramework(id: string, source: SourceRef): FrameworkModel {
    const state = (): StateModel => ({
        declared: false,
        layers: Object.fromEntries(
            LAYER_KINDS.map(kind => [kind, { declared: false, elements: [], assessment: { results: [], shortcomings: [], causes: [] } }])
        ) as unknown as StateModel['layers']
    });
    return {
        id,
        goalPeriods: [],
        principles: [],
        conforms: [],
        legalBases: [],
        reasons: [],
        revisions: [],
        responsibilities: { units: [], training: [], outreach: [] },
        states: { current: state(), target: state() },
        tasks: [],
        files: [],
        source
    };
}

/** `undefined` also for a period the parser could not read (error recovery leaves the property unset). */
export function parsePeriod(text: string | undefined): PeriodModel | undefined {
    if (text === undefined) return undefined;
    const match = /^(\d{4})\s*-\s*(\d{4})$/.exec(text.trim());
    return match ? { text: `${match[1]}-${match[2]}`, start: Number(match[1]), end: Number(match[2]) } : undefined;
}

export function sourceRef(node: AstNode): SourceRef {
    const document = AstUtils.getDocument(node);
    const range = node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: document.uri.toString(), range };
}
