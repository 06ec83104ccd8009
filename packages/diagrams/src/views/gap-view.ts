import { analyseGaps, GAP_STATUSES, LAYER_KINDS, type ElementModel, type GapEntry, type GapStatus } from '@kts/language/model';
import { collapseNodes } from '../content/collapse.js';
import type { Band, BlockContent, DiagramNode } from '../content/diagram-content.js';
import { elementNode, elementTitle, type ViewContext } from '../content/model-nodes.js';
import { gapStatusName, layerName, t } from '../i18n.js';
import { COMPACT_NODE_WIDTH, DETAIL_SIZE, GAP_STRIP } from '../layout/node-metrics.js';
import { fitLine } from '../text/text-metrics.js';

const BAND_LIMIT = 30;

/**
 * Current versus target: every target element with its gap status, and every current element that the target
 * neither keeps nor upgrades (retired), grouped by component architecture — the gap analysis of the model face.
 */
export function buildGap(context: ViewContext, title: string): BlockContent {
    const { framework, language, model } = context;
    const entries = analyseGaps(framework, model).entries;
    const bands: Band[] = LAYER_KINDS.map(layer => {
        const sorted = entries
            .filter(entry => entry.element.layer === layer)
            .sort((a, b) => GAP_STATUSES.indexOf(a.status) - GAP_STATUSES.indexOf(b.status))
            .map(entry => gapNode(context, entry));
        return {
            key: layer,
            title: layerName(layer, language),
            palette: layer,
            groups:
                sorted.length > 0
                    ? [{ key: layer, origin: 'body' as const, palette: layer, nodes: collapseNodes(layer, sorted, BAND_LIMIT, language) }]
                    : []
        };
    });
    const empty = bands.every(band => band.groups.length === 0) ? t('view.empty', language) : undefined;
    return { type: 'block', kind: 'gap', title, bands, compact: true, tierArrows: false, links: [], empty };
}

/** A replacing element names what it replaces, a retired one what replaces it. */
function gapNode(context: ViewContext, entry: GapEntry): DiagramNode {
    const { language } = context;
    const node = withStatus(elementNode(context, entry.element, { level: false, realizes: false }), entry.status, language);
    const names = (elements: ElementModel[]) => elements.map(element => elementTitle(element, language)).join(', ');
    if (entry.status === 'replacing' && entry.predecessors.length > 0) {
        node.details = [...node.details, oneLine(t('node.replaces', language, { name: names(entry.predecessors) }))];
    }
    if (entry.status === 'retired' && entry.successors.length > 0) {
        node.details = [...node.details, oneLine(t('node.replacedBy', language, { name: names(entry.successors) }))];
    }
    return node;
}

/** The status is written in the caption too: the words survive any printer. */
function withStatus(node: DiagramNode, status: GapStatus, language: ViewContext['language']): DiagramNode {
    return { ...node, gap: status, details: [gapStatusName(status, language), ...node.details] };
}

/** Cross-references stay on one line so that a large gap view stays compact; the full names are in the model views. */
function oneLine(text: string): string {
    return fitLine(text, COMPACT_NODE_WIDTH - 40 - GAP_STRIP, DETAIL_SIZE);
}
