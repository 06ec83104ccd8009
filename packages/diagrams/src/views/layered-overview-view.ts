import { functionalLayerOf, LAYER_KINDS, type ElementModel, type LayerKind } from '@kts/language/model';
import type { Band, BlockContent, DiagramNode, NodeOrigin, Palette } from '../content/diagram-content.js';
import { elementNode, nationalElementKind, nationalNode, refKey, stateElements, type ViewContext } from '../content/model-nodes.js';
import { t } from '../i18n.js';
import type { OverviewLayer } from '../view-types.js';
import { BARE } from './overview-view.js';
import { referencedOutside } from './referenced.js';

/**
 * Boxes a layer's band shows side by side, its "+k khác" box included: three fit the width of an A4 page at 7 pt
 * with all four bands and the legend on that one page.
 */
const LAYER_BAND_BOXES = 3;

/** The order a band's origins take turns in: the body's own elements first, then national ones, then other bodies'. */
const ORIGINS: readonly NodeOrigin[] = ['body', 'national', 'other'];

/** Relations that say what an element continues from, not what it works with: they make no element more important. */
const CONTINUITY = new Set(['realizes', 'replaces', 'upgrades', 'keeps']);

function isArchitecture(palette: Palette): palette is LayerKind {
    return (LAYER_KINDS as readonly string[]).includes(palette);
}

/** How many relations of the state's elements each element or national component takes part in, by node key. */
function relationCounts(elements: readonly ElementModel[]): Map<string, number> {
    const counts = new Map<string, number>();
    const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const element of elements) {
        for (const relation of element.relations) {
            if (CONTINUITY.has(relation.kind)) continue;
            count(element.qualifiedName);
            for (const key of new Set([relation.target, ...relation.via].map(refKey))) count(key);
        }
    }
    return counts;
}

/**
 * The nodes a band shows when it holds more than `LAYER_BAND_BOXES`, in its order, and those it folds into its
 * "+k khác" box. Most important first within each origin: shared platforms, then the elements with the most
 * relations, then the model's order. The origins present take turns (the body's own first), so that a layer shows
 * the body's leading element beside the national component it relies on most.
 */
function rankLayer(
    placed: Readonly<Record<NodeOrigin, readonly DiagramNode[]>>,
    relations: ReadonlyMap<string, number>
): { shown: DiagramNode[]; folded: DiagramNode[] } {
    const all = ORIGINS.flatMap(origin => placed[origin]);
    if (all.length <= LAYER_BAND_BOXES) return { shown: all, folded: [] };
    const importance = (node: DiagramNode) => (node.shape === 'platform' ? 1_000_000 : 0) + (relations.get(node.key) ?? 0);
    const queues = ORIGINS.map(origin =>
        placed[origin]
            .map((node, order) => ({ node, order }))
            .sort((a, b) => importance(b.node) - importance(a.node) || a.order - b.order)
            .map(({ node }) => node)
    ).filter(queue => queue.length > 0);
    const chosen = new Set<DiagramNode>();
    for (let turn = 0; chosen.size < LAYER_BAND_BOXES - 1; turn++) {
        const queue = queues[turn % queues.length]!;
        const next = queue.shift();
        if (next) chosen.add(next);
    }
    return { shown: all.filter(node => chosen.has(node)), folded: all.filter(node => !chosen.has(node)) };
}

/**
 * "+k thành phần khác": what a band leaves to the component architectures' own figures and tables, with the kinds it
 * folds apart by semicolons (a kind's word may hold a comma: "ứng dụng, hệ thống thông tin").
 */
function moreNode(bandKey: string, folded: readonly DiagramNode[], palette: Palette, context: ViewContext): DiagramNode {
    const kinds = [...new Set(folded.map(node => node.kindName))];
    return {
        key: `summary:${bandKey}`,
        title: t('node.more', context.language, { n: folded.length }),
        caption: kinds.join('; '),
        kindName: t('legend.summary', context.language),
        details: [],
        palette,
        shape: 'summary',
        origin: 'body',
        collapsed: folded.map(node => node.elementId ?? node.key)
    };
}

/** The box of a layer none of the elements falls in: the band is drawn all the same, so that the gap shows. */
function emptyLayerNode(bandKey: string, palette: Palette, context: ViewContext): DiagramNode {
    return {
        key: `empty:${bandKey}`,
        title: t('overview.layerEmpty', context.language),
        caption: '',
        kindName: t('legend.layerEmpty', context.language),
        details: [],
        palette,
        shape: 'note',
        origin: 'body'
    };
}

/**
 * The overview in a profile's functional layers, summarised to one page: one band per layer, the bottom layer
 * (shared infrastructure) at the bottom, each showing the most important of the body's elements, the national
 * components and other bodies' elements of the kinds the layer holds (see `rankLayer`) and a "+k khác" box for the
 * rest, which the component architectures' own figures and tables list in full. A layer with nothing in it keeps
 * its band, marked empty. The direction-and-policy column of the 4.0 overview is not drawn: beside the bands it would
 * not fit the page at 7 pt, and the principles have their own section and the compliance appendix.
 */
export function buildLayeredOverview(context: ViewContext, title: string, layers: readonly OverviewLayer[]): BlockContent {
    const { framework, state, language } = context;
    const elements = stateElements(framework, state);
    const placed = new Map<string, Record<NodeOrigin, DiagramNode[]>>(
        layers.map(layer => [layer.id, { body: [], national: [], other: [] }])
    );
    const place = (node: DiagramNode, kind: string, origin: NodeOrigin) => {
        const layer = functionalLayerOf(layers, kind, isArchitecture(node.palette) ? node.palette : undefined);
        if (layer) placed.get(layer.id)![origin].push(node);
    };
    for (const element of elements) place(elementNode(context, element, BARE), element.kind, 'body');
    const outside = referencedOutside(context, elements);
    for (const entry of outside.national) {
        if (entry.kind !== 'policy') place(nationalNode(entry, language), nationalElementKind(entry), 'national');
    }
    for (const element of outside.other) place(elementNode(context, element, BARE), element.kind, 'other');
    const relations = relationCounts(elements);

    // Drawn top to bottom: the top layer (channels, measurement) first, the shared infrastructure last.
    const bands: Band[] = [...layers].reverse().map(layer => {
        const key = `layer-${layer.id}`;
        const palette = layer.architectures[0] ?? 'neutral';
        const { shown, folded } = rankLayer(placed.get(layer.id)!, relations);
        const nodes =
            shown.length === 0
                ? [emptyLayerNode(key, palette, context)]
                : [...shown, ...(folded.length > 0 ? [moreNode(key, folded, palette, context)] : [])];
        return { key, title: layer.title[language], palette, groups: [{ key: 'layer', origin: 'body', palette, nodes }] };
    });
    const empty = elements.length === 0 ? t('view.empty', language) : undefined;
    return { type: 'block', kind: 'overview', state, title, bands, compact: true, tierArrows: 'layers', links: [], empty };
}
