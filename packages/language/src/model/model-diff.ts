import type {
    ArchitectureModel,
    CatalogEntryModel,
    ElementModel,
    FrameworkModel,
    GoalModel,
    IndicatorModel,
    LayerKind,
    NodeRef,
    PrincipleModel,
    RelationKind,
    RelationModel,
    StateKind,
    TaskModel
} from './architecture-model.js';
import { budgetShares } from './budget-years.js';
import { LAYER_KINDS } from './metamodel.js';

/**
 * What changed between two states of a workspace, read from the linked models by id: where a thing is written, in
 * which file and in what order, is no change; a changed budget, a new integration or a changed catalogue entry is.
 */

/** The parts of a framework a change belongs to, in the order a report lists them. */
export const CHANGE_SECTIONS = [
    'framework',
    'goal',
    'principle',
    'element',
    'relation',
    'task',
    'maintenance',
    'compliance',
    'catalogue'
] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

export const CHANGE_ACTIONS = ['added', 'removed', 'changed'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** A value as the model holds it: a text, a number, a flag, or a list (of codes, ids or texts). */
export type ChangeValue = string | number | boolean | string[];

/** The fields a change may name; each has its words in the vocabulary's `changeField` group. */
export const CHANGE_FIELDS = [
    // framework header
    'title',
    'titleEn',
    'bodyName',
    'bodyNameEn',
    'bodyCode',
    'bodyAbbreviation',
    'level',
    'version',
    'conforms',
    'approvalDecision',
    'approvalDate',
    'approver',
    'documentPlace',
    'documentYear',
    'draft',
    'vision',
    'scopeDescription',
    'scopeApplies',
    'legalBases',
    'reasons',
    'revisions',
    'responsibilities',
    'training',
    'outreach',
    'stateDescription',
    'layerDescription',
    'assessmentResults',
    'assessmentShortcomings',
    'assessmentCauses',
    'protectionOnsite',
    'protectionMonitoring',
    'protectionInspection',
    'protectionNational',
    'implementationDescription',
    // goals, principles
    'description',
    'period',
    'indicator',
    'implements',
    // elements
    'kind',
    'layer',
    'owner',
    'operator',
    'note',
    'codes',
    'standards',
    'securityLevel',
    'securityApproval',
    'classification',
    // relations
    'via',
    'label',
    'data',
    // tasks
    'responsible',
    'coordinating',
    'form',
    'budget',
    'delivers',
    'after',
    // maintenance
    'tools',
    'frequency',
    // catalogue entries
    'name',
    'nameEn',
    'abbreviation',
    'parent',
    'descriptionEn',
    'section',
    'status',
    'source',
    'tier',
    'legalNumber',
    'legalDate',
    'issuer',
    'force',
    'replacedBy',
    'replacedFrom'
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** Which budget a `budget` field change is about: one year (none for a task without a period), source and currency. */
export interface BudgetKey {
    year?: number;
    /** The funding source's code, or the text it was written as; absent when the budget names none. */
    funding?: string;
    /** The funding source's name, where it is a catalogue entry. */
    fundingName?: string;
    currency: string;
}

export interface FieldChange {
    field: ChangeField;
    /**
     * Which one of several: the state and layer of an assessment (`current.application`), an indicator's title,
     * `year funding currency` of a budget.
     */
    key?: string;
    budget?: BudgetKey;
    /** The names of the elements, tasks or national components a list of ids names (`delivers`, `after`, `via`), by id. */
    names?: Record<string, string>;
    /** Absent when the field had no value before (or after). */
    before?: ChangeValue;
    after?: ChangeValue;
}

export interface Change {
    section: ChangeSection;
    action: ChangeAction;
    /**
     * Names the thing within its section: a framework's id, `<framework>.<goal>`, `<framework>.<principle>`, an
     * element's qualified name, `<source> <relation> <target>`, a task's qualified name, the framework's id for its
     * maintenance and compliance, `<model>:<code>` for a catalogue entry.
     */
    id: string;
    /** The framework it belongs to; absent for a catalogue entry. */
    framework?: string;
    /** Its title or name, as the newer side writes it (the older side for a removed thing). */
    title?: string;
    state?: StateKind;
    layer?: LayerKind;
    /** An element's kind, a catalogue entry's model. */
    kind?: string;
    relation?: { source: string; kind: RelationKind; target: string; targetTitle?: string };
    /** For a changed thing, what changed; empty for an added or removed one. */
    fields: FieldChange[];
}

export interface ChangeSet {
    changes: Change[];
}

export type ChangeCounts = Record<ChangeSection, Record<ChangeAction, number>>;

/** How many things each section added, removed and changed. */
export function changeCounts(changes: readonly Change[]): ChangeCounts {
    const counts = Object.fromEntries(CHANGE_SECTIONS.map(section => [section, { added: 0, removed: 0, changed: 0 }])) as ChangeCounts;
    for (const change of changes) counts[change.section][change.action] += 1;
    return counts;
}

/**
 * Compares two linked models by id. Relations are compared for elements present on both sides; an added or removed
 * element brings its relations with it. A catalogue entry the frameworks use and whose content changed is one change
 * under `catalogue`; the elements citing it by code are not changed by that.
 */
export function diffWorkspaces(base: ArchitectureModel, head: ArchitectureModel): ChangeSet {
    const changes: Change[] = [];
    const baseFrameworks = new Map(base.frameworks.map(framework => [framework.id, framework]));
    const headFrameworks = new Map(head.frameworks.map(framework => [framework.id, framework]));

    for (const [id, before] of baseFrameworks) {
        if (!headFrameworks.has(id))
            changes.push({ section: 'framework', action: 'removed', id, framework: id, title: before.title, fields: [] });
    }
    for (const [id, after] of headFrameworks) {
        const before = baseFrameworks.get(id);
        if (!before) {
            changes.push({ section: 'framework', action: 'added', id, framework: id, title: after.title, fields: [] });
            continue;
        }
        const fields = compareFields(frameworkFields(before), frameworkFields(after));
        for (const key of unionKeys(layerFields(before), layerFields(after))) {
            fields.push(...compareFields(layerFields(before).get(key) ?? {}, layerFields(after).get(key) ?? {}, key));
        }
        if (fields.length > 0) changes.push({ section: 'framework', action: 'changed', id, framework: id, title: after.title, fields });

        changes.push(
            ...compareById('goal', id, goals(before), goals(after), goalFields, ({ goal }) => ({ title: goal.title }), indicatorChanges)
        );
        changes.push(
            ...compareById('principle', id, keyed(before.principles), keyed(after.principles), principleFields, principle => ({
                title: principle.title
            }))
        );
        changes.push(...compareElements(id, before, after, base, head));
        changes.push(
            ...compareById(
                'task',
                id,
                new Map(before.tasks.map(task => [task.qualifiedName, task])),
                new Map(after.tasks.map(task => [task.qualifiedName, task])),
                taskFields,
                task => ({ title: task.title }),
                taskBudgetChanges
            )
        );
        changes.push(
            ...compareOptional('maintenance', id, before.maintenance, after.maintenance, maintenance => ({
                responsible: maintenance.responsible,
                tools: maintenance.tools,
                frequency: maintenance.frequency,
                description: maintenance.description
            }))
        );
        changes.push(
            ...compareOptional('compliance', id, before.compliance, after.compliance, compliance => ({
                responsible: compliance.responsible,
                description: compliance.description
            }))
        );
    }
    changes.push(...compareCatalogues(base, head));
    nameReferences(changes, base, head);
    const order = (change: Change) => CHANGE_SECTIONS.indexOf(change.section);
    changes.sort((a, b) => order(a) - order(b) || compareText(a.id, b.id));
    return { changes };
}

type Fields = Partial<Record<ChangeField, ChangeValue | undefined>>;

function compareFields(before: Fields, after: Fields, key?: string): FieldChange[] {
    const changes: FieldChange[] = [];
    for (const field of CHANGE_FIELDS) {
        const was = present(before[field]);
        const is = present(after[field]);
        if (JSON.stringify(was) === JSON.stringify(is)) continue;
        changes.push({ field, ...(key === undefined ? {} : { key }), ...valueOf('before', was), ...valueOf('after', is) });
    }
    return changes;
}

/** An empty text or list is no value: writing `tools` with nothing in it is the same as not writing it. */
function present(value: ChangeValue | undefined): ChangeValue | undefined {
    if (value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
    return value;
}

function valueOf(side: 'before' | 'after', value: ChangeValue | undefined): Partial<Record<'before' | 'after', ChangeValue>> {
    return value === undefined ? {} : { [side]: value };
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Codes and ids whose order carries no meaning. */
function sortedCodes(items: readonly { code: string }[] | readonly string[]): string[] {
    return items.map(item => (typeof item === 'string' ? item : item.code)).sort(compareText);
}

function unionKeys<K>(...maps: ReadonlyMap<K, unknown>[]): K[] {
    return [...new Set(maps.flatMap(map => [...map.keys()]))];
}

function keyed<T extends { id: string }>(items: readonly T[]): Map<string, T> {
    return new Map(items.map(item => [item.id, item]));
}

function compareById<T>(
    section: ChangeSection,
    framework: string,
    before: ReadonlyMap<string, T>,
    after: ReadonlyMap<string, T>,
    fieldsOf: (item: T) => Fields,
    describe: (item: T) => Pick<Change, 'title' | 'state' | 'layer' | 'kind'>,
    more: (before: T, after: T) => FieldChange[] = () => []
): Change[] {
    const changes: Change[] = [];
    const id = (key: string) => (section === 'goal' || section === 'principle' ? `${framework}.${key}` : key);
    for (const [key, item] of before) {
        if (!after.has(key)) changes.push({ section, action: 'removed', id: id(key), framework, ...describe(item), fields: [] });
    }
    for (const [key, item] of after) {
        const previous = before.get(key);
        if (previous === undefined) {
            changes.push({ section, action: 'added', id: id(key), framework, ...describe(item), fields: [] });
            continue;
        }
        const fields = [...compareFields(fieldsOf(previous), fieldsOf(item)), ...more(previous, item)];
        if (fields.length > 0) changes.push({ section, action: 'changed', id: id(key), framework, ...describe(item), fields });
    }
    return changes;
}

function compareOptional<T>(
    section: ChangeSection,
    framework: string,
    before: T | undefined,
    after: T | undefined,
    fieldsOf: (item: T) => Fields
): Change[] {
    const change = (action: ChangeAction, fields: FieldChange[]): Change[] => [{ section, action, id: framework, framework, fields }];
    if (before === undefined) return after === undefined ? [] : change('added', []);
    if (after === undefined) return change('removed', []);
    const fields = compareFields(fieldsOf(before), fieldsOf(after));
    return fields.length > 0 ? change('changed', fields) : [];
}

function frameworkFields(framework: FrameworkModel): Fields {
    const { body, approval, document, scope, responsibilities } = framework;
    return {
        title: framework.title,
        bodyName: body?.name,
        bodyNameEn: body?.nameEn,
        bodyCode: body?.code,
        bodyAbbreviation: body?.abbreviation,
        level: framework.level,
        version: framework.version,
        conforms: [...framework.conforms],
        approvalDecision: approval?.decision,
        approvalDate: approval?.date,
        approver: approval?.approver,
        documentPlace: document?.place,
        documentYear: document?.year,
        draft: document?.draft,
        vision: framework.vision,
        scopeDescription: scope?.description,
        scopeApplies: scope?.applies,
        legalBases: sortedCodes(framework.legalBases),
        reasons: framework.reasons,
        revisions: framework.revisions.map(revision => [revision.version, revision.date, revision.summary].filter(Boolean).join(' — ')),
        responsibilities: responsibilities.units.map(unit => [unit.unit, unit.role, ...unit.duties].filter(Boolean).join(' — ')),
        training: responsibilities.training,
        outreach: responsibilities.outreach,
        implementationDescription: framework.implementationDescription
    };
}

/** What each state and component architecture says besides its elements, by `<state>` or `<state>.<layer>`. */
function layerFields(framework: FrameworkModel): Map<string, Fields> {
    const fields = new Map<string, Fields>();
    for (const state of ['current', 'target'] as const) {
        fields.set(state, { stateDescription: framework.states[state].description });
        for (const layer of LAYER_KINDS) {
            const { description, assessment, protection } = framework.states[state].layers[layer];
            fields.set(`${state}.${layer}`, {
                layerDescription: description,
                assessmentResults: assessment.results,
                assessmentShortcomings: assessment.shortcomings,
                assessmentCauses: assessment.causes,
                protectionOnsite: protection?.onsite,
                protectionMonitoring: protection?.monitoring,
                protectionInspection: protection?.inspection,
                protectionNational: protection?.national
            });
        }
    }
    return fields;
}

interface DatedGoal {
    goal: GoalModel;
    period: string;
}

function goals(framework: FrameworkModel): Map<string, DatedGoal> {
    return new Map(
        framework.goalPeriods.flatMap(period => period.goals.map(goal => [goal.id, { goal, period: period.period.text }] as const))
    );
}

function goalFields({ goal, period }: DatedGoal): Fields {
    return { title: goal.title, description: goal.description, period };
}

function principleFields(principle: PrincipleModel): Fields {
    return { title: principle.title, description: principle.description, implements: sortedCodes(principle.implements) };
}

/** "45 → 80 % (3090.MT.01)": an indicator's baseline, target, unit and the national targets it serves, the same in either language. */
function indicatorValue(indicator: IndicatorModel): string {
    const target = `${indicator.target}${indicator.unit ? ` ${indicator.unit}` : ''}`;
    const value = indicator.baseline === undefined ? target : `${indicator.baseline} → ${target}`;
    return indicator.basis.length > 0 ? `${value} (${sortedCodes(indicator.basis).join(', ')})` : value;
}

function indicatorChanges(before: DatedGoal, after: DatedGoal): FieldChange[] {
    const values = (goal: GoalModel) => new Map(goal.indicators.map(indicator => [indicator.title, indicatorValue(indicator)]));
    const was = values(before.goal);
    const is = values(after.goal);
    return unionKeys(was, is).flatMap(title =>
        was.get(title) === is.get(title)
            ? []
            : [{ field: 'indicator' as const, key: title, ...valueOf('before', was.get(title)), ...valueOf('after', is.get(title)) }]
    );
}

function elementFields(element: ElementModel): Fields {
    const approval = element.securityApproval;
    return {
        title: element.title,
        titleEn: element.titleEn,
        description: element.description,
        kind: element.kind,
        layer: element.layer,
        owner: element.owner,
        operator: element.operator,
        note: element.note,
        codes: sortedCodes(element.codes),
        standards: sortedCodes(element.standards),
        securityLevel: element.securityLevel,
        securityApproval: approval ? [approval.decision, approval.date].filter(Boolean).join(' — ') : undefined,
        classification: [...element.classification].sort(compareText)
    };
}

function compareElements(
    framework: string,
    before: FrameworkModel,
    after: FrameworkModel,
    base: ArchitectureModel,
    head: ArchitectureModel
): Change[] {
    const elementsOf = (model: FrameworkModel) =>
        new Map(
            (['current', 'target'] as const).flatMap(state =>
                LAYER_KINDS.flatMap(layer =>
                    model.states[state].layers[layer].elements.map(element => [element.qualifiedName, element] as const)
                )
            )
        );
    const was = elementsOf(before);
    const is = elementsOf(after);
    const changes = compareById('element', framework, was, is, elementFields, element => ({
        title: element.title,
        state: element.state,
        layer: element.layer,
        kind: element.kind
    }));
    for (const [qualifiedName, element] of is) {
        const previous = was.get(qualifiedName);
        if (previous) changes.push(...compareRelations(framework, previous, element, base, head));
    }
    return changes;
}

function nodeId(node: NodeRef): string {
    return node.type === 'element' ? node.qualifiedName : node.entry.code;
}

function nodeTitle(node: NodeRef, model: ArchitectureModel): string | undefined {
    return node.type === 'element' ? model.elements.get(node.qualifiedName)?.title : node.entry.name;
}

/** A relation is its source, kind and target; the n-th of equal ones (rare) keeps its own place. */
function relationsByKey(element: ElementModel): Map<string, RelationModel> {
    const relations = new Map<string, RelationModel>();
    for (const relation of element.relations) {
        const key = `${element.qualifiedName} ${relation.kind} ${nodeId(relation.target)}`;
        let unique = key;
        for (let n = 2; relations.has(unique); n++) unique = `${key} #${n}`;
        relations.set(unique, relation);
    }
    return relations;
}

function relationFields(relation: RelationModel): Fields {
    return {
        via: relation.via.map(nodeId),
        label: relation.label,
        data: [...relation.data].sort(compareText),
        standards: sortedCodes(relation.standards),
        description: relation.description
    };
}

function compareRelations(
    framework: string,
    before: ElementModel,
    after: ElementModel,
    base: ArchitectureModel,
    head: ArchitectureModel
): Change[] {
    const describe = (model: ArchitectureModel) => (relation: RelationModel) => ({
        title: after.title,
        state: after.state,
        layer: after.layer,
        kind: after.kind,
        relation: {
            source: after.qualifiedName,
            kind: relation.kind,
            target: nodeId(relation.target),
            targetTitle: nodeTitle(relation.target, model)
        }
    });
    const was = relationsByKey(before);
    const is = relationsByKey(after);
    const changes: Change[] = [];
    for (const [key, relation] of was) {
        if (!is.has(key))
            changes.push({ section: 'relation', action: 'removed', id: key, framework, ...describe(base)(relation), fields: [] });
    }
    for (const [key, relation] of is) {
        const previous = was.get(key);
        const fields = previous ? compareFields(relationFields(previous), relationFields(relation)) : [];
        if (!previous || fields.length > 0) {
            changes.push({
                section: 'relation',
                action: previous ? 'changed' : 'added',
                id: key,
                framework,
                ...describe(head)(relation),
                fields
            });
        }
    }
    return changes;
}

function taskFields(task: TaskModel): Fields {
    return {
        title: task.title,
        description: task.description,
        period: task.period?.text,
        responsible: task.responsible,
        coordinating: task.coordinating,
        form: task.form?.code,
        layer: task.layer,
        delivers: sortedCodes(task.delivers),
        after: sortedCodes(task.after)
    };
}

/** A task's budgets by year, funding source and currency, as the documents' budget tables place them. */
function budgetsByKey(task: TaskModel): Map<string, { budget: BudgetKey; amount: number }> {
    const budgets = new Map<string, { budget: BudgetKey; amount: number }>();
    for (const share of budgetShares(task)) {
        const funding = typeof share.funding === 'string' ? share.funding : share.funding?.code;
        const fundingName = typeof share.funding === 'string' ? undefined : share.funding?.name;
        const key = [share.year ?? '', funding ?? '', share.currency].join(' ').trim().replace(/\s+/g, ' ');
        const found = budgets.get(key);
        if (found) found.amount += share.amount;
        else {
            const budget: BudgetKey = { currency: share.currency };
            if (share.year !== undefined) budget.year = share.year;
            if (funding !== undefined) budget.funding = funding;
            if (fundingName !== undefined) budget.fundingName = fundingName;
            budgets.set(key, { budget, amount: share.amount });
        }
    }
    return budgets;
}

function taskBudgetChanges(before: TaskModel, after: TaskModel): FieldChange[] {
    const was = budgetsByKey(before);
    const is = budgetsByKey(after);
    const keys = unionKeys(was, is).sort((a, b) => {
        const year = (key: string) => (was.get(key) ?? is.get(key))?.budget.year ?? 0;
        return year(a) - year(b) || compareText(a, b);
    });
    return keys.flatMap(key => {
        const previous = was.get(key);
        const next = is.get(key);
        if (previous?.amount === next?.amount) return [];
        const budget = (next ?? previous)!.budget;
        return [{ field: 'budget' as const, key, budget, ...valueOf('before', previous?.amount), ...valueOf('after', next?.amount) }];
    });
}

function catalogueFields(entry: CatalogEntryModel): Fields {
    const legal = entry.legal;
    return {
        name: entry.name,
        nameEn: entry.nameEn,
        abbreviation: entry.abbreviation,
        kind: entry.kind,
        tier: entry.tier,
        owner: entry.owner,
        parent: entry.parent,
        description: entry.description,
        descriptionEn: entry.descriptionEn,
        section: entry.section,
        status: entry.status,
        source: entry.source,
        legalNumber: legal?.number,
        legalDate: legal?.date,
        issuer: legal?.issuer,
        force: legal?.force,
        replacedBy: legal?.replacedBy,
        replacedFrom: legal?.replacedFrom
    };
}

/**
 * The catalogue entries a model knows: those its frameworks use (codes, standards, national components, principles,
 * legal bases, funding sources, investment forms), the national principles and the legal documents.
 */
function knownEntries(model: ArchitectureModel): Map<string, CatalogEntryModel> {
    const entries = new Map<string, CatalogEntryModel>();
    const add = (entry: CatalogEntryModel | undefined) => {
        if (entry) entries.set(`${entry.model}:${entry.code}`, entry);
    };
    [...model.nationalPrinciples, ...model.legalDocuments].forEach(add);
    for (const framework of model.frameworks) {
        for (const task of framework.tasks) {
            add(task.form);
            for (const budget of task.budgets) add(budget.funding);
        }
    }
    model.catalogEntries.forEach(add);
    return entries;
}

/**
 * Entries known on both sides whose content changed; and workspace entries among the legal documents and principles,
 * which each side knows in full, added or removed. Other entries are known only where a framework uses them, so an
 * entry one side uses and the other does not is no catalogue change (the element or task that uses it is).
 */
function compareCatalogues(base: ArchitectureModel, head: ArchitectureModel): Change[] {
    const was = knownEntries(base);
    const is = knownEntries(head);
    const complete = (model: ArchitectureModel) =>
        new Set([...model.nationalPrinciples, ...model.legalDocuments].map(entry => `${entry.model}:${entry.code}`));
    const completeBefore = complete(base);
    const completeAfter = complete(head);
    const changes: Change[] = [];
    const describe = (entry: CatalogEntryModel) => ({ title: entry.name, kind: entry.model });
    for (const [id, entry] of was) {
        if (!is.has(id) && completeBefore.has(id) && !entry.builtin) {
            changes.push({ section: 'catalogue', action: 'removed', id, ...describe(entry), fields: [] });
        }
    }
    for (const [id, entry] of is) {
        const previous = was.get(id);
        if (previous === undefined) {
            if (completeAfter.has(id) && !entry.builtin)
                changes.push({ section: 'catalogue', action: 'added', id, ...describe(entry), fields: [] });
            continue;
        }
        const fields = compareFields(catalogueFields(previous), catalogueFields(entry));
        if (fields.length > 0) changes.push({ section: 'catalogue', action: 'changed', id, ...describe(entry), fields });
    }
    return changes;
}

/** Fields whose values are ids of elements, tasks or national components, which a reader knows by their names. */
const REFERENCE_FIELDS: ReadonlySet<ChangeField> = new Set(['delivers', 'after', 'via']);

/** Gives each id in a `delivers`, `after` or `via` change the name it has on the newer side, else on the older one. */
function nameReferences(changes: Change[], base: ArchitectureModel, head: ArchitectureModel): void {
    const tasks = new Map<string, string>();
    for (const model of [base, head]) {
        for (const framework of model.frameworks) for (const task of framework.tasks) tasks.set(task.qualifiedName, task.title);
    }
    const national = new Map<string, string>();
    for (const model of [base, head])
        for (const entry of model.catalogEntries.values()) if (entry.model === 'NATIONAL') national.set(entry.code, entry.name);
    const nameOf = (id: string) => head.elements.get(id)?.title ?? base.elements.get(id)?.title ?? tasks.get(id) ?? national.get(id);
    for (const change of changes) {
        for (const field of change.fields) {
            if (!REFERENCE_FIELDS.has(field.field)) continue;
            const ids = [field.before, field.after].flatMap(value => (Array.isArray(value) ? value : []));
            const names = Object.fromEntries(ids.flatMap(id => (nameOf(id) === undefined ? [] : [[id, nameOf(id)!]])));
            if (Object.keys(names).length > 0) field.names = names;
        }
    }
}
