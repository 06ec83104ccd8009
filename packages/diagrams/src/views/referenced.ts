import type { CatalogEntryModel, ElementModel, NodeRef } from '@kts/language/model';
import type { ViewContext } from '../content/model-nodes.js';

/**
 * What the state's elements point at, other than through `realizes` (a realised national component is shown on
 * the element itself) and the continuity relations: national components, and elements of other frameworks.
 */
export function referencedOutside(
    context: ViewContext,
    elements: readonly ElementModel[]
): { national: CatalogEntryModel[]; other: ElementModel[] } {
    const national = new Map<string, CatalogEntryModel>();
    const other = new Map<string, ElementModel>();
    const visit = (ref: NodeRef) => {
        if (ref.type === 'national') {
            if (!national.has(ref.entry.code)) national.set(ref.entry.code, ref.entry);
            return;
        }
        const element = context.model.elements.get(ref.qualifiedName);
        if (element && element.framework !== context.framework.id && !other.has(element.qualifiedName))
            other.set(element.qualifiedName, element);
    };
    for (const element of elements) {
        for (const relation of element.relations) {
            if (relation.kind === 'realizes' || relation.kind === 'replaces' || relation.kind === 'upgrades' || relation.kind === 'keeps')
                continue;
            relation.via.forEach(visit);
            visit(relation.target);
        }
    }
    return { national: [...national.values()], other: [...other.values()] };
}
