import type { ReferenceInfo } from 'langium';
import { isCatalogEntry, isCodesProperty, isElement, isRelation } from '../generated/ast.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { KtsDescription } from './kts-scope-computation.js';
import { METAMODEL } from '../model/metamodel.js';

/** Decides for one candidate whether it makes sense at a reference position. */
export type PositionFit = (description: KtsDescription) => boolean;

/**
 * What fits a position, narrower than what the scope resolves: the scope accepts any reference-model
 * code after `codes`, but an application takes ARM codes and a business activity BRM codes
 * (data/architecture-rules.json `layers.*.models`); a relation takes the target kinds its rule lists
 * (`relations.*.targets`) and `via` only platforms. Completion offers, and quick fixes suggest, only
 * these. Positions without such a rule accept whatever the scope accepts.
 */
export function positionFit(info: Pick<ReferenceInfo, 'container' | 'property'>, catalogs: CatalogIndex): PositionFit | undefined {
    const container = info.container;
    if (isCodesProperty(container) && isElement(container.$container)) {
        const expected = METAMODEL.layers[container.$container.$container?.kind]?.models;
        if (!expected) return undefined;
        return description => expected.includes(description.category) || isLocalModelFor(description.category, expected, catalogs);
    }
    if (isRelation(container)) {
        const definition = METAMODEL.relations[container.kind];
        if (!definition) return undefined;
        const allowed = info.property === 'via' ? METAMODEL.platformKinds : info.property === 'targets' ? definition.targets : undefined;
        if (!allowed) return undefined;
        return description => {
            if (description.category !== 'NATIONAL') return matchesKind(allowed, description.category, false);
            const node = description.node;
            return matchesKind(allowed, isCatalogEntry(node) ? (node.kind ?? '') : '', true);
        };
    }
    return undefined;
}

/** Whether a kind is among the allowed kinds of data/architecture-rules.json (`*`, `national:*`, `national:<kind>`). */
export function matchesKind(allowed: readonly string[], kind: string, national: boolean): boolean {
    return allowed.some(pattern => {
        if (pattern === '*') return true;
        if (pattern === 'national:*') return national;
        return national ? pattern === `national:${kind}` : pattern === kind;
    });
}

/** A body's own model (e.g. `ARM-local`) counts for the reference model whose name it starts with. */
export function isLocalModelFor(model: string, expected: readonly string[], catalogs: CatalogIndex): boolean {
    return catalogs.models().has(model) && expected.some(name => model.startsWith(name));
}
