import type { ArchitectureModel, ElementModel, FrameworkModel, GapStatus, LayerKind, TaskModel } from './architecture-model.js';
import { GAP_STATUSES, LAYER_KINDS, METAMODEL, STATUSES_NEEDING_DELIVERY } from './metamodel.js';

/**
 * Gap status of a target element from its continuity relations: `upgrades` → upgraded, `keeps` →
 * kept, `replaces` → replacing (new, retiring what it replaces), none → new.
 */
export function gapStatus(element: ElementModel): Exclude<GapStatus, 'retired'> {
    const kinds = new Set(element.relations.map(relation => relation.kind));
    if (kinds.has('upgrades')) return 'upgraded';
    if (kinds.has('keeps')) return 'kept';
    if (kinds.has('replaces')) return 'replacing';
    return 'new';
}

/** One line of the gap analysis (Chương 1, III.2.g): an element, how it changes, and the tasks that change it. */
export interface GapEntry {
    element: ElementModel;
    status: GapStatus;
    /** For a target element: the current elements it upgrades, keeps or replaces. For a retired one: empty. */
    predecessors: ElementModel[];
    /** For a retired current element: the target elements that replace it. */
    successors: ElementModel[];
    /** Tasks that deliver the element (for a retired one: the tasks that deliver its replacements). */
    tasks: TaskModel[];
    /** A target element that must be built or changed but that no task delivers (people are never delivered). */
    undelivered: boolean;
}

export interface GapAnalysis {
    /** Target elements in layer order, then retired current elements in layer order. */
    entries: GapEntry[];
    undelivered: GapEntry[];
    counts: Record<LayerKind, Record<GapStatus, number>>;
}

const CONTINUITY = new Set(['upgrades', 'keeps', 'replaces']);

/**
 * Compares the target architecture with the current one, from the continuity relations and the tasks' `delivers`.
 * A current element is retired unless a target element keeps or upgrades it.
 */
export function analyseGaps(framework: FrameworkModel, model: ArchitectureModel): GapAnalysis {
    const deliveredBy = new Map<string, TaskModel[]>();
    for (const task of framework.tasks) {
        for (const qualifiedName of task.delivers) {
            deliveredBy.set(qualifiedName, [...(deliveredBy.get(qualifiedName) ?? []), task]);
        }
    }
    const carriedForward = new Set<string>();
    const replacedBy = new Map<string, ElementModel[]>();
    const entries: GapEntry[] = [];

    for (const layer of LAYER_KINDS) {
        for (const element of framework.states.target.layers[layer].elements) {
            const status = gapStatus(element);
            const predecessors: ElementModel[] = [];
            for (const relation of element.relations) {
                if (!CONTINUITY.has(relation.kind) || relation.target.type !== 'element') continue;
                const previous = model.elements.get(relation.target.qualifiedName);
                if (!previous) continue;
                predecessors.push(previous);
                if (relation.kind === 'replaces') {
                    replacedBy.set(previous.qualifiedName, [...(replacedBy.get(previous.qualifiedName) ?? []), element]);
                } else {
                    carriedForward.add(previous.qualifiedName);
                }
            }
            const tasks = deliveredBy.get(element.qualifiedName) ?? [];
            const undelivered =
                STATUSES_NEEDING_DELIVERY.has(status) && tasks.length === 0 && !METAMODEL.undeliveredKinds.includes(element.kind);
            entries.push({ element, status, predecessors, successors: [], tasks, undelivered });
        }
    }
    for (const layer of LAYER_KINDS) {
        for (const element of framework.states.current.layers[layer].elements) {
            if (carriedForward.has(element.qualifiedName)) continue;
            const successors = replacedBy.get(element.qualifiedName) ?? [];
            const tasks = [...new Set(successors.flatMap(successor => deliveredBy.get(successor.qualifiedName) ?? []))];
            entries.push({ element, status: 'retired', predecessors: [], successors, tasks, undelivered: false });
        }
    }

    const counts = Object.fromEntries(
        LAYER_KINDS.map(layer => [layer, Object.fromEntries(GAP_STATUSES.map(status => [status, 0]))])
    ) as GapAnalysis['counts'];
    for (const entry of entries) counts[entry.element.layer][entry.status]++;
    return { entries, undelivered: entries.filter(entry => entry.undelivered), counts };
}
