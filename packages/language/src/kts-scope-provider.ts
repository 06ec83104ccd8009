import { DefaultScopeProvider, EMPTY_SCOPE, stream, WorkspaceCache, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import {
    isCatalogEntry, isCodesProperty, isPrinciple, isRelation, isStandardsProperty, isTask, type Relation
} from './generated/ast.js';
import { architectureOf, entryModel, frameworkOf, type ArchitectureStateName } from './kts-naming.js';
import { isKtsDescription, type KtsDescription } from './kts-scope-computation.js';
import type { KtsServices } from './kts-module.js';
import { BUILTIN_SCHEME } from './catalog/catalog-loader.js';

/** Catalogue models that are not reference models (BRM, DRM, ARM, TRM, SRM or a body's own). */
export const NON_REFERENCE_MODELS: ReadonlySet<string> = new Set(['NATIONAL', 'PRINCIPLE', 'STANDARD', 'AGENCY', 'SECURITY_LEVEL']);

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
    private readonly symbolCache: WorkspaceCache<string, Map<string, KtsDescription[]>>;

    constructor(services: KtsServices) {
        super(services);
        this.symbolCache = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const target = referenceTarget(context);
        if (!target) return EMPTY_SCOPE;
        return new KtsScope(this, target);
    }

    /** All exported symbols by name; workspace catalogue entries before built-in ones. */
    symbols(): Map<string, KtsDescription[]> {
        return this.symbolCache.get('symbols', () => {
            const table = new Map<string, KtsDescription[]>();
            for (const description of this.indexManager.allElements()) {
                if (!isKtsDescription(description)) continue;
                const list = table.get(description.name);
                if (list) list.push(description); else table.set(description.name, [description]);
            }
            for (const list of table.values()) {
                if (list.length > 1) list.sort((a, b) => Number(isBuiltin(a)) - Number(isBuiltin(b)));
            }
            return table;
        });
    }

    resolve(name: string, target: ReferenceTarget): KtsDescription | undefined {
        for (const candidate of candidateNames(name, target)) {
            const found = this.symbols().get(candidate)?.find(description => fits(description, target));
            if (found) return found;
        }
        return undefined;
    }

    /** Every symbol the position accepts, named as the user would write it there. */
    visible(target: ReferenceTarget): Stream<KtsDescription> {
        const result: KtsDescription[] = [];
        for (const list of this.symbols().values()) {
            const description = list.find(item => fits(item, target));
            if (!description) continue;
            const shortName = shortestName(description, target);
            if (shortName !== undefined) result.push(shortName === description.name ? description : { ...description, name: shortName });
        }
        return stream(result);
    }
}

class KtsScope implements Scope {
    constructor(private readonly provider: KtsScopeProvider, private readonly target: ReferenceTarget) {}

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

export function isBuiltin(description: AstNodeDescription): boolean {
    return description.documentUri.scheme === BUILTIN_SCHEME;
}

/** Decides from the reference's container and property what it may point to. */
export function referenceTarget(context: ReferenceInfo): ReferenceTarget | undefined {
    const container = context.container;
    const framework = frameworkOf(container)?.name;
    if (isRelation(container)) {
        if (context.property === 'standards') return { kind: 'code', accepts: model => model === 'STANDARD' };
        const state = architectureOf(container)?.state as ArchitectureStateName | undefined;
        return { kind: 'element', framework, states: relationStates(container, state), national: true };
    }
    if (isTask(container)) {
        return context.property === 'after' ? { kind: 'task', framework } : { kind: 'element', framework, states: ['target'], national: false };
    }
    if (isCodesProperty(container)) return { kind: 'code', accepts: model => !NON_REFERENCE_MODELS.has(model) };
    if (isStandardsProperty(container)) return { kind: 'code', accepts: model => model === 'STANDARD' };
    if (isPrinciple(container)) return { kind: 'code', accepts: model => model === 'PRINCIPLE' };
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
    const parts = name.split('.');
    if (target.kind === 'task') {
        return parts.length === 1 && target.framework ? [`${target.framework}.${name}`] : [name];
    }
    const own = target.framework;
    if (parts.length === 1) {
        const names = own ? target.states.map(state => `${own}.${state}.${name}`) : [];
        if (target.national) names.push(name);
        return names;
    }
    if (parts.length === 2) {
        const [first, id] = parts;
        if ((first === 'current' || first === 'target') && own) return [`${own}.${first}.${id}`];
        return [`${first}.target.${id}`, `${first}.current.${id}`];
    }
    return [name];
}

function fits(description: KtsDescription, target: ReferenceTarget): boolean {
    switch (target.kind) {
        case 'code':
            return description.framework === undefined && description.category !== 'task' && target.accepts(description.category);
        case 'task':
            return description.category === 'task';
        case 'element':
            // No state at all (`realizes`) means only the national catalogue, however the name is qualified.
            if (description.framework !== undefined) return target.states.length > 0 && description.category !== 'task';
            return target.national && description.category === 'NATIONAL';
    }
}

function shortestName(description: KtsDescription, target: ReferenceTarget): string | undefined {
    if (target.kind === 'code') return description.name;
    if (target.kind === 'task') {
        return description.framework === target.framework ? description.name.slice(description.framework!.length + 1) : description.name;
    }
    if (description.framework === undefined) return description.name;
    const id = description.name.slice(description.name.lastIndexOf('.') + 1);
    if (description.framework === target.framework) {
        if (description.state === target.states[0]) return id;
        return `${description.state}.${id}`;
    }
    return description.state === 'target' ? `${description.framework}.${id}` : description.name;
}
