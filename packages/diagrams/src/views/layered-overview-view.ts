import { functionalLayerOf, LAYER_KINDS, type LayerKind } from '@kts/language/model';
import type { Band, BlockContent, BlockGroup, DiagramNode, Palette } from '../content/diagram-content.js';
import { elementNode, nationalElementKind, nationalNode, stateElements, type ViewContext } from '../content/model-nodes.js';
import { t } from '../i18n.js';
import type { OverviewLayer } from '../view-types.js';
import { BARE, group, policyBand } from './overview-view.js';
import { referencedOutside } from './referenced.js';

function isArchitecture(palette: Palette): palette is LayerKind {
    return (LAYER_KINDS as readonly string[]).includes(palette);
}

/**
 * The overview in a profile's functional layers: one band per layer, the bottom layer (shared infrastructure) at the
 * bottom, each holding the body's elements, the national components and other bodies' elements of the kinds the layer
 * holds; direction and policy at the side, as in the overview of framework 4.0.
 */
export function buildLayeredOverview(context: ViewContext, title: string, layers: readonly OverviewLayer[]): BlockContent {
    const { framework, state, language } = context;
    const elements = stateElements(framework, state);
    const placed = new Map<string, { body: DiagramNode[]; national: DiagramNode[]; other: DiagramNode[] }>(
        layers.map(layer => [layer.id, { body: [], national: [], other: [] }])
    );
    const place = (node: DiagramNode, kind: string, origin: 'body' | 'national' | 'other') => {
        const layer = functionalLayerOf(layers, kind, isArchitecture(node.palette) ? node.palette : undefined);
        if (layer) placed.get(layer.id)![origin].push(node);
    };
    for (const element of elements) place(elementNode(context, element, BARE), element.kind, 'body');
    const outside = referencedOutside(context, elements);
    const nationalPolicy: DiagramNode[] = [];
    for (const entry of outside.national) {
        const node = nationalNode(entry, language);
        if (entry.kind === 'policy') nationalPolicy.push(node);
        else place(node, nationalElementKind(entry), 'national');
    }
    for (const element of outside.other) place(elementNode(context, element, BARE), element.kind, 'other');

    // Drawn top to bottom: the top layer (channels, measurement) first, the shared infrastructure last.
    const bands: Band[] = [...layers].reverse().map(layer => {
        const nodes = placed.get(layer.id)!;
        const palette = layer.architectures[0] ?? 'neutral';
        const groups: BlockGroup[] = [
            group('body', 'group.body', 'body', palette, nodes.body, context),
            group('national', 'group.national', 'national', palette, nodes.national, context),
            group('other', 'group.otherBodies', 'other', palette, nodes.other, context)
        ];
        return { key: `layer-${layer.id}`, title: layer.title[language], palette, groups: groups.filter(each => each.nodes.length > 0) };
    });

    // The body's platform connects to the national platforms of the same layer, as in the 4.0 overview.
    const links = bands.flatMap(band => {
        const hasPlatform = (key: string) =>
            band.groups.find(each => each.key === key)?.nodes.some(node => node.shape === 'platform') ?? false;
        return hasPlatform('body') && hasPlatform('national')
            ? [{ band: band.key, from: 'body', to: 'national', label: t('legend.platformLink', language) }]
            : [];
    });
    const empty = elements.length === 0 ? t('view.empty', language) : undefined;
    return {
        type: 'block',
        kind: 'overview',
        state,
        title,
        bands,
        left: policyBand(context, nationalPolicy),
        compact: true,
        tierArrows: true,
        links,
        empty
    };
}
