import { LAYER_KINDS, type ElementModel, type LayerKind, type NodeRef } from '@kts/language/model';
import type { DiagramNode, MatrixContent, MatrixMark, MatrixRowGroup } from '../content/diagram-content.js';
import { elementNode, layerElements, refKey, refNode, stateElements, type ViewContext } from '../content/model-nodes.js';
import { layerName, t } from '../i18n.js';

/**
 * Security as a coverage matrix: one column per security system or measure, one row per thing it protects (with
 * that thing's security level), and rows for the national security systems the columns connect to. A matrix stays
 * readable where a graph of "protects" arrows turns into a hairball once measures protect dozens of systems.
 */
export function buildSecurity(context: ViewContext, title: string): MatrixContent {
    const { framework, state, language, model } = context;
    const security = layerElements(framework, state, 'security');
    const columns = security.map(element => elementNode(context, element, { realizes: false, level: false }));
    const marks = new Map<string, MatrixMark>();
    const rows = new Map<string, { node: DiagramNode; level?: number; group: string }>();
    const groupTitles = new Map<string, { title: string; palette: MatrixRowGroup['palette'] }>();
    const rowFor = (ref: NodeRef, connects: boolean): string | undefined => {
        const key = refKey(ref);
        if (rows.has(key)) return key;
        const node = refNode(context, ref, { realizes: false, level: false });
        if (!node) return undefined;
        const element = ref.type === 'element' ? model.elements.get(ref.qualifiedName) : undefined;
        const group =
            connects && ref.type === 'national'
                ? 'national-security'
                : ref.type === 'national'
                  ? 'national'
                  : element && element.framework !== framework.id
                    ? 'other'
                    : `layer:${element!.layer}`;
        rows.set(key, { node, level: element?.securityLevel, group });
        return key;
    };
    for (const element of security) {
        for (const relation of element.relations) {
            const connects = relation.kind === 'integrates' || relation.kind === 'uses' || relation.kind === 'shares';
            if (relation.kind !== 'protects' && !connects) continue;
            const key = rowFor(relation.target, connects);
            if (key) marks.set(`${key}\u0000${element.qualifiedName}`, relation.kind === 'protects' ? 'protects' : 'connects');
        }
    }
    // Systems classified by security level belong here even when no measure names them yet.
    for (const element of stateElements(framework, state)) {
        if (element.layer !== 'security' && element.securityLevel !== undefined)
            rowFor({ type: 'element', qualifiedName: element.qualifiedName }, false);
    }
    for (const layer of LAYER_KINDS) {
        // Rows are what the columns protect and what carries a security level, by component architecture.
        groupTitles.set(`layer:${layer}`, { title: layerName(layer, language), palette: layer });
    }
    groupTitles.set('other', { title: t('group.otherBodies', language), palette: 'neutral' });
    groupTitles.set('national', { title: t('group.national', language), palette: 'neutral' });
    groupTitles.set('national-security', { title: t('group.nationalSecurity', language), palette: 'security' });
    const rowGroups: MatrixRowGroup[] = [...groupTitles.entries()].flatMap(([key, { title: groupTitle, palette }]) => {
        const members = [...rows.values()].filter(row => row.group === key);
        const ordered = key.startsWith('layer:') ? orderByModel(members, context, key.slice('layer:'.length) as LayerKind) : members;
        return ordered.length > 0 ? [{ key, title: groupTitle, palette, rows: ordered.map(({ node, level }) => ({ node, level })) }] : [];
    });
    const empty = security.length === 0 ? t('view.empty', language) : undefined;
    return {
        type: 'matrix',
        kind: 'security',
        state,
        title,
        columnTitle: t('group.securitySystems', language),
        columns,
        rowGroups,
        marks,
        empty
    };
}

/** Rows of one component architecture in the order the model declares them, not the order measures cite them. */
function orderByModel<T extends { node: DiagramNode }>(rows: T[], context: ViewContext, layer: LayerKind): T[] {
    const order = new Map<string, number>();
    const elements: ElementModel[] = layerElements(context.framework, context.state, layer);
    elements.forEach((element, index) => order.set(element.qualifiedName, index));
    return [...rows].sort(
        (a, b) => (order.get(a.node.key) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.node.key) ?? Number.MAX_SAFE_INTEGER)
    );
}
