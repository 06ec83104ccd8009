import { LAYER_KINDS, VOCABULARY, type ArchitectureModel } from '@kts/language/model';
import type { DrawnBox } from '../../render/block-svg.js';
import { allViewRequests, drawView, viewTitle } from '../../render-view.js';
import { PALETTES } from '../../style/palette.js';
import type { Language, RenderOptions, ViewKind } from '../../view-types.js';
import type { XmlWriter } from '../xml-writer.js';
import { ncName, type Concept, type Localized, type Relationship } from './concepts.js';

export interface ViewNode {
    box: DrawnBox;
    concept: Concept;
}

export interface LaidOutView {
    id: string;
    kind: ViewKind;
    name: Localized;
    nodes: ViewNode[];
}

/** Views whose arrows are the point of the picture; block views and the matrix would turn into a web of lines. */
const CONNECTED_VIEWS: ReadonlySet<ViewKind> = new Set(['integration', 'data', 'technology', 'roadmap']);

/** One view per diagram, with the diagrams' own geometry: each drawn box that is a concept becomes a node. */
export async function layoutViews(
    model: ArchitectureModel,
    frameworkId: string,
    byKey: ReadonlyMap<string, Concept>,
    language: Language,
    overviewLayers?: RenderOptions['overviewLayers']
): Promise<LaidOutView[]> {
    const views: LaidOutView[] = [];
    for (const request of allViewRequests(model, frameworkId)) {
        const { rendered, drawn } = await drawView(model, frameworkId, request, { language, overviewLayers });
        const english = viewTitle(rendered.kind, rendered.state, 'en', overviewLayers?.length);
        const nodes = drawn.boxes.flatMap(box => {
            const concept = byKey.get(box.key) ?? byKey.get(`task:${box.key}`);
            return concept ? [{ box, concept }] : [];
        });
        views.push({
            id: ncName('id-view', rendered.id),
            kind: rendered.kind,
            name: language === 'vi' ? { vi: rendered.title, en: english } : { vi: rendered.title },
            nodes
        });
    }
    return views;
}

/** A view's nodes, nested as the diagram nests its boxes, and the connections of the views whose arrows matter. */
export function writeView(xml: XmlWriter, view: LaidOutView, relationships: readonly Relationship[]): void {
    xml.open('view', { identifier: view.id, 'xsi:type': 'Diagram' });
    xml.localized('name', view.name);
    const nodeIds = new Map<string, string>();
    view.nodes.forEach(({ concept }, index) => nodeIds.set(concept.key, `${view.id}.n${index}`));
    const children = new Map<string | undefined, ViewNode[]>();
    for (const node of view.nodes) {
        const parent = node.box.parent && nodeIds.has(node.box.parent) ? node.box.parent : undefined;
        children.set(parent, [...(children.get(parent) ?? []), node]);
    }
    const writeNode = (node: ViewNode) => {
        const { box, concept } = node;
        xml.open('node', {
            identifier: nodeIds.get(concept.key),
            elementRef: concept.id,
            'xsi:type': 'Element',
            x: Math.round(box.x),
            y: Math.round(box.y),
            w: Math.max(1, Math.round(box.width)),
            h: Math.max(1, Math.round(box.height))
        });
        const colours = PALETTES[paletteOf(concept)];
        xml.open('style');
        xml.leaf('fillColor', rgb(colours.fill));
        xml.leaf('lineColor', rgb(colours.stroke));
        xml.close('style');
        for (const child of children.get(concept.key) ?? []) writeNode(child);
        xml.close('node');
    };
    for (const node of children.get(undefined) ?? []) writeNode(node);
    if (CONNECTED_VIEWS.has(view.kind)) {
        const byConceptId = new Map(view.nodes.map(node => [node.concept.id, nodeIds.get(node.concept.key)!]));
        let index = 0;
        for (const relationship of relationships) {
            const source = byConceptId.get(relationship.source);
            const target = byConceptId.get(relationship.target);
            if (!source || !target || relationship.type === 'Composition') continue;
            xml.leaf('connection', {
                identifier: `${view.id}.c${index++}`,
                relationshipRef: relationship.id,
                'xsi:type': 'Relationship',
                source,
                target
            });
        }
    }
    xml.close('view');
}

function paletteOf(concept: Concept): keyof typeof PALETTES {
    const layer = concept.properties.find(property => property.key === 'layer')?.value;
    const byName = LAYER_KINDS.find(kind => VOCABULARY.layer[kind].vi === layer);
    if (byName) return byName;
    if (concept.type.startsWith('Business')) return 'business';
    if (concept.type === 'DataObject') return 'data';
    if (concept.type.startsWith('Application')) return 'application';
    if (concept.type === 'Node' || concept.type === 'Device' || concept.type === 'CommunicationNetwork') return 'technology';
    return 'neutral';
}

function rgb(hex: string): Record<string, number> {
    return { r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
}
