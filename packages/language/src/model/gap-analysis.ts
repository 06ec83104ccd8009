import type { ElementModel, GapStatus } from './architecture-model.js';

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
