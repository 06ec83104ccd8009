import { DefaultScopeProvider, EMPTY_SCOPE, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import {
    isBudget,
    isCatalogEntry,
    isCodesProperty,
    isIndicator,
    isLegalBases,
    isPrinciple,
    isRelation,
    isStandardsProperty,
    isTask,
    type Relation
} from '../generated/ast.js';
import { architectureOf, entryModel, frameworkOf, type ArchitectureStateName } from './kts-naming.js';
import type { KtsDescription } from './kts-scope-computation.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import { PRINCIPLE_MODELS, TARGET_MODEL } from '../model/framework-profile.js';
import { isCode, SymbolTable } from './kts-symbol-table.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';

/** The models of a budget's funding source and of a task's investment form. */
export const FUNDING_MODEL = 'FUNDING';
export const INVESTMENT_FORM_MODEL = 'INVESTMENT_FORM';

/** Catalogue models that are not reference models (BRM, DRM, ARM, TRM, SRM or a body's own). */
export const NON_REFERENCE_MODELS: ReadonlySet<string> = new Set([
    'NATIONAL',
    'PRINCIPLE',
    'STANDARD',
    'AGENCY',
    'SECURITY_LEVEL',
    FUNDING_MODEL,
    INVESTMENT_FORM_MODEL,
    'LEGAL',
    ...PRINCIPLE_MODELS,
    TARGET_MODEL
]);

/** What a reference may point to, decided by where it stands. */
export type ReferenceTarget =
    | { kind: 'element'; framework?: string; states: ArchitectureStateName[]; national: boolean }
    | { kind: 'task'; framework?: string }
    | { kind: 'code'; accepts: (model: string) => boolean };

const CONTINUATION_RELATIONS: ReadonlySet<string> = new Set(['replaces', 'upgrades', 'keeps']);

/**
 * Resolves references with indexed look-ups: `id` inside the same framework and architecture state,
 * `current.id`/`target.id` across states, `<framework>.id` (target) or `<framework>.current.id` across
 * frameworks, and catalogue codes by model. Workspace catalogue entries override built-in ones.
 */
export class KtsScopeProvider extends DefaultScopeProvider {
    private readonly symbolTable: SymbolTable;

    constructor(services: KtsCoreServices) {
        super(services);
        this.symbolTable = new SymbolTable(
            services.shared.workspace.IndexManager as KtsIndexManager,
            services.shared.workspace.LangiumDocuments
        );
    }

    override getScope(context: ReferenceInfo): Scope {
        const target = referenceTarget(context);
        if (!target) return EMPTY_SCOPE;
        return new KtsScope(this, target);
    }

    /** All exported symbols by name; workspace catalogue entries before built-in ones. */
    symbols(): ReadonlyMap<string, KtsDescription[]> {
        return this.symbolTable.current();
    }

    /** The catalogue entries of `symbols` alone, in the same order. */
    codes(): ReadonlyMap<string, KtsDescription[]> {
        return this.symbolTable.codes();
    }

    /** `symbols` is another table for a what-if look-up (rename checks a new name with it). */
    resolve(name: string, target: ReferenceTarget, symbols = this.symbols()): KtsDescription | undefined {
        for (const candidate of candidateNames(name, target)) {
            const list = symbols.get(candidate);
            const found = list && firstFitting(list, target);
            if (found) return found;
        }
        return undefined;
    }

    /**
     * Every symbol the position accepts, named as the user would write it there. Renamed symbols are copies
     * kept per description (see renamedAs), so completion can keep what it derives from them while other
     * documents are edited, and no request copies thousands of descriptions.
     */
    visible(target: ReferenceTarget): Stream<KtsDescription> {
        const result: KtsDescription[] = [];
        // Only catalogue entries fit a code position (see fits).
        const lists = target.kind === 'code' ? this.symbolTable.codes() : this.symbols();
        for (const list of lists.values()) {
            const description = firstFitting(list, target);
            if (!description) continue;
            const naming = namingAt(description, target);
            result.push(naming === Naming.AsDeclared ? description : renamedAs(description, naming));
        }
        return stream(result);
    }
}

class KtsScope implements Scope {
    constructor(
        private readonly provider: KtsScopeProvider,
        private readonly target: ReferenceTarget
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.provider.resolve(name, this.target);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.getElement(name);
        return stream(found ? [found] : []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.provider.visible(this.target);
    }
}

/** The code positions, one object each: a national workspace links some 90,000 references, most of them codes. */
const STANDARD_CODE: ReferenceTarget = { kind: 'code', accepts: model => model === 'STANDARD' };
const FUNDING_CODE: ReferenceTarget = { kind: 'code', accepts: model => model === FUNDING_MODEL };
const INVESTMENT_FORM_CODE: ReferenceTarget = { kind: 'code', accepts: model => model === INVESTMENT_FORM_MODEL };
const REFERENCE_MODEL_CODE: ReferenceTarget = { kind: 'code', accepts: model => !NON_REFERENCE_MODELS.has(model) };
const PRINCIPLE_CODE: ReferenceTarget = { kind: 'code', accepts: model => PRINCIPLE_MODELS.has(model) };
const TARGET_CODE: ReferenceTarget = { kind: 'code', accepts: model => model === TARGET_MODEL };
const LEGAL_CODE: ReferenceTarget = { kind: 'code', accepts: model => model === 'LEGAL' };

/**
 * Decides from the reference's container and property what it may point to. The framework is looked up only for
 * the positions that name elements or tasks, and above a relation from its architecture, which the relation's
 * state needs anyway.
 */
export function referenceTarget(context: ReferenceInfo): ReferenceTarget | undefined {
    const container = context.container;
    if (isRelation(container)) {
        if (context.property === 'standards') return STANDARD_CODE;
        const architecture = architectureOf(container);
        const framework = frameworkOf(architecture ?? container)?.name;
        const state = architecture?.state as ArchitectureStateName | undefined;
        return { kind: 'element', framework, states: relationStates(container, state), national: true };
    }
    if (isBudget(container)) return FUNDING_CODE;
    if (isTask(container)) {
        if (context.property === 'form') return INVESTMENT_FORM_CODE;
        const framework = frameworkOf(container)?.name;
        return context.property === 'after'
            ? { kind: 'task', framework }
            : { kind: 'element', framework, states: ['target'], national: false };
    }
    if (isCodesProperty(container)) return REFERENCE_MODEL_CODE;
    if (isStandardsProperty(container)) return STANDARD_CODE;
    if (isPrinciple(container)) return PRINCIPLE_CODE;
    if (isIndicator(container)) return TARGET_CODE;
    if (isLegalBases(container)) return LEGAL_CODE;
    if (isCatalogEntry(container)) {
        const model = entryModel(container);
        return { kind: 'code', accepts: candidate => candidate === model };
    }
    return undefined;
}

function relationStates(relation: Relation, state: ArchitectureStateName | undefined): ArchitectureStateName[] {
    if (relation.kind === 'realizes') return [];
    if (CONTINUATION_RELATIONS.has(relation.kind)) return ['current', 'target'];
    return state ? [state] : ['target', 'current'];
}

function candidateNames(name: string, target: ReferenceTarget): string[] {
    if (target.kind === 'code') return [name];
    // Found by position rather than by splitting: the linker asks this for each of tens of thousands of references.
    const dot = name.indexOf('.');
    if (target.kind === 'task') {
        return dot < 0 && target.framework ? [`${target.framework}.${name}`] : [name];
    }
    const own = target.framework;
    if (dot < 0) {
        const names = own ? target.states.map(state => `${own}.${state}.${name}`) : [];
        if (target.national) names.push(name);
        return names;
    }
    if (name.indexOf('.', dot + 1) < 0) {
        const first = name.slice(0, dot);
        const id = name.slice(dot + 1);
        if ((first === 'current' || first === 'target') && own) return [`${own}.${first}.${id}`];
        return [`${first}.target.${id}`, `${first}.current.${id}`];
    }
    return [name];
}

function fits(description: KtsDescription, target: ReferenceTarget): boolean {
    switch (target.kind) {
        case 'code':
            return isCode(description) && target.accepts(description.category);
        case 'task':
            return description.category === 'task';
        case 'element':
            // No state at all (`realizes`) means only the national catalogue, however the name is qualified.
            if (description.framework !== undefined) return target.states.length > 0 && description.category !== 'task';
            return target.national && description.category === 'NATIONAL';
    }
}

function firstFitting(list: KtsDescription[], target: ReferenceTarget): KtsDescription | undefined {
    for (const description of list) if (fits(description, target)) return description;
    return undefined;
}

/**
 * How a symbol is written at a position: the shortest name that resolves there (see candidateNames).
 * `Id` is an element of the same framework and state, or a task of the same framework; `StateId` an element
 * of the same framework in the other state (`current.id`); `FrameworkId` a target element of another
 * framework (`<framework>.id`).
 */
export const Naming = { AsDeclared: 0, Id: 1, StateId: 2, FrameworkId: 3 } as const;
export type Naming = (typeof Naming)[keyof typeof Naming];

export function namingAt(description: KtsDescription, target: ReferenceTarget): Naming {
    if (target.kind === 'code' || description.framework === undefined) return Naming.AsDeclared;
    if (target.kind === 'task') return description.framework === target.framework ? Naming.Id : Naming.AsDeclared;
    if (description.framework === target.framework) return description.state === target.states[0] ? Naming.Id : Naming.StateId;
    return description.state === 'target' ? Naming.FrameworkId : Naming.AsDeclared;
}

export function nameFor(description: KtsDescription, naming: Naming): string {
    const id = description.name.slice(description.name.lastIndexOf('.') + 1);
    switch (naming) {
        case Naming.AsDeclared:
            return description.name;
        case Naming.Id:
            return id;
        case Naming.StateId:
            return `${description.state}.${id}`;
        case Naming.FrameworkId:
            return `${description.framework}.${id}`;
    }
}

/**
 * Renamed copies of a description, one per naming. A description lives as long as its document is not
 * indexed again, so its copies do too.
 */
const renamedCopies = new WeakMap<KtsDescription, KtsDescription[]>();

function renamedAs(description: KtsDescription, naming: Naming): KtsDescription {
    let copies = renamedCopies.get(description);
    if (!copies) {
        copies = [];
        renamedCopies.set(description, copies);
    }
    return (copies[naming] ??= renamedCopy(description, nameFor(description, naming)));
}

/**
 * Field by field, not a spread: a spread would read the lazy `nameSegment` and `selectionSegment` and locate
 * every element it renames. One literal gives every copy the same shape, so the loops over thousands of
 * candidates read their fields fast.
 */
function renamedCopy(description: KtsDescription, name: string): KtsDescription {
    return {
        node: description.node,
        name,
        get nameSegment() {
            return description.nameSegment;
        },
        get selectionSegment() {
            return description.selectionSegment;
        },
        type: description.type,
        documentUri: description.documentUri,
        path: description.path,
        category: description.category,
        title: description.title,
        framework: description.framework,
        state: description.state
    };
}
