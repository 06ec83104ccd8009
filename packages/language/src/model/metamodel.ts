import architectureRules from '../../data/architecture-rules.json' with { type: 'json' };
import type { CatalogStatus, ElementKind, GapStatus, LayerKind, RelationKind, StateKind } from './architecture-model.js';

/**
 * The metamodel the grammar leaves to data: what each component architecture holds and maps to, and what each
 * relation connects (`data/architecture-rules.json`). Orders are the national framework's: layers as Chương 1,
 * III.2.đ lists them, sections a–g as III.2 does.
 */

/** Keyed by the grammar's union, so a layer added to the grammar does not compile until it has its place here. */
const LAYER_ORDER: Readonly<Record<LayerKind, number>> = { business: 0, data: 1, application: 2, technology: 3, security: 4 };
export const LAYER_KINDS: readonly LayerKind[] = orderedKeys(LAYER_ORDER);

const STATE_ORDER: Readonly<Record<StateKind, number>> = { current: 0, target: 1 };
export const STATE_KINDS: readonly StateKind[] = orderedKeys(STATE_ORDER);

/** Statuses in the order the gap analysis lists them: what is built, changed, replaced, kept, then what goes. */
const GAP_STATUS_ORDER: Readonly<Record<GapStatus, number>> = { new: 0, upgraded: 1, replacing: 2, kept: 3, retired: 4 };
export const GAP_STATUSES: readonly GapStatus[] = orderedKeys(GAP_STATUS_ORDER);

/** Statuses that need work, and therefore a task that delivers them. */
export const STATUSES_NEEDING_DELIVERY: ReadonlySet<GapStatus> = new Set(['new', 'upgraded', 'replacing']);

const CATALOG_STATUS_ORDER: Readonly<Record<CatalogStatus, number>> = { official: 0, draft: 1, illustrative: 2, local: 3 };
export const CATALOG_STATUSES: readonly CatalogStatus[] = orderedKeys(CATALOG_STATUS_ORDER);

/** The keys of Chương 1, III.2: what a ministry or province framework must contain. */
export type SectionKey = 'a' | 'b' | 'c' | 'd' | 'đ' | 'e' | 'g';
const SECTION_ORDER: Readonly<Record<SectionKey, number>> = { a: 0, b: 1, c: 2, d: 3, đ: 4, e: 5, g: 6 };
export const SECTION_KEYS: readonly SectionKey[] = orderedKeys(SECTION_ORDER);

export interface LayerRules {
    /** Element kinds that belong to the component architecture. */
    kinds: readonly ElementKind[];
    /** Reference models (Chương 2, II) whose codes its elements carry. */
    models: readonly string[];
}

export interface RelationRules {
    /** Element kinds that may hold the relation; `*` any. */
    sources: readonly string[];
    /** Element kinds, or `national:<kind>` for national components, it may point to; `*` any. */
    targets: readonly string[];
}

export interface Metamodel {
    layers: Readonly<Record<LayerKind, LayerRules>>;
    relations: Readonly<Record<RelationKind, RelationRules>>;
    /** Kinds that count as a platform for `via` (element kinds and `national:<kind>`). */
    platformKinds: readonly string[];
    /** Kinds of another body's element that an integration may reach only through a platform (Chương 3, II.6–7). */
    platformRequiredTargets: readonly string[];
    /** Kinds of target elements no task is expected to deliver (people). */
    undeliveredKinds: readonly string[];
}

export const METAMODEL: Metamodel = architectureRules as Metamodel;

/** The component architecture an element kind belongs to; `service` is both a business and an application kind, the first wins. */
export function layerOfKind(kind: string): LayerKind | undefined {
    return LAYER_KINDS.find(layer => (METAMODEL.layers[layer].kinds as readonly string[]).includes(kind));
}

function orderedKeys<Key extends string>(order: Readonly<Record<Key, number>>): Key[] {
    return (Object.keys(order) as Key[]).sort((a, b) => order[a] - order[b]);
}
