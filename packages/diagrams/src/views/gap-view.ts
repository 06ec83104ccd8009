import { gapStatus, LAYER_KINDS, type ElementModel, type GapStatus } from '@kts/language';
import { collapseNodes } from '../content/collapse.js';
import type { Band, BlockContent, DiagramNode } from '../content/diagram-content.js';
import { elementNode, elementTitle, layerElements, type ViewContext } from '../content/model-nodes.js';
import { layerName, t } from '../i18n.js';
import { COMPACT_NODE_WIDTH, DETAIL_SIZE, GAP_STRIP } from '../layout/node-metrics.js';
import { GAP_STATUSES } from '../style/palette.js';
import { fitLine } from '../text/text-metrics.js';

const BAND_LIMIT = 30;

/**
 * Current versus target: every target element with its gap status, and every current element that the target
 * neither keeps nor upgrades (retired), grouped by component architecture.
 */
export function buildGap(context: ViewContext, title: string): BlockContent {
    const { framework, language, model } = context;
    const continued = new Set<string>();
    const replacedBy = new Map<string, ElementModel[]>();
    for (const layer of LAYER_KINDS) {
        for (const element of layerElements(framework, 'target', layer)) {
            for (const relation of element.relations) {
                if (relation.target.type !== 'element') continue;
                if (relation.kind === 'keeps' || relation.kind === 'upgrades') continued.add(relation.target.qualifiedName);
                if (relation.kind === 'replaces') {
                    replacedBy.set(relation.target.qualifiedName, [...(replacedBy.get(relation.target.qualifiedName) ?? []), element]);
                }
            }
        }
    }
    const bands: Band[] = LAYER_KINDS.map(layer => {
        const nodes: Array<{ node: DiagramNode; status: GapStatus }> = [];
        for (const element of layerElements(framework, 'target', layer)) {
            const status = gapStatus(element);
            const node = withStatus(elementNode(context, element, { level: false, realizes: false }), status, language);
            if (status === 'replacing') {
                const replaced = element.relations.flatMap(relation => {
                    if (relation.kind !== 'replaces' || relation.target.type !== 'element') return [];
                    const old = model.elements.get(relation.target.qualifiedName);
                    return old ? [elementTitle(old, language)] : [];
                });
                if (replaced.length > 0) node.details = [...node.details, oneLine(t('node.replaces', language, { name: replaced.join(', ') }))];
            }
            nodes.push({ node, status });
        }
        for (const element of layerElements(framework, 'current', layer)) {
            if (continued.has(element.qualifiedName)) continue;
            const node = withStatus(elementNode(context, element, { level: false, realizes: false }), 'retired', language);
            const successors = replacedBy.get(element.qualifiedName) ?? [];
            if (successors.length > 0) {
                node.details = [...node.details, oneLine(t('node.replacedBy', language, { name: successors.map(successor => elementTitle(successor, language)).join(', ') }))];
            }
            nodes.push({ node, status: 'retired' });
        }
        nodes.sort((a, b) => GAP_STATUSES.indexOf(a.status) - GAP_STATUSES.indexOf(b.status));
        const sorted = nodes.map(item => item.node);
        return {
            key: layer, title: layerName(layer, language), palette: layer,
            groups: sorted.length > 0 ? [{ key: layer, origin: 'body' as const, palette: layer, nodes: collapseNodes(layer, sorted, BAND_LIMIT, language) }] : []
        };
    });
    const empty = bands.every(band => band.groups.length === 0) ? t('view.empty', language) : undefined;
    return { type: 'block', kind: 'gap', title, bands, compact: true, tierArrows: false, links: [], empty };
}

/** The status is written in the caption too: the words survive any printer. */
function withStatus(node: DiagramNode, status: GapStatus, language: ViewContext['language']): DiagramNode {
    return { ...node, gap: status, details: [t(`gap.${status}`, language), ...node.details] };
}

/** Cross-references stay on one line so that a large gap view stays compact; the full names are in the model views. */
function oneLine(text: string): string {
    return fitLine(text, COMPACT_NODE_WIDTH - 40 - GAP_STRIP, DETAIL_SIZE);
}
