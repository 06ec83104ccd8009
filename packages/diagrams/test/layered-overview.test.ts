import { LAYER_KINDS, type ArchitectureModel, type ElementModel, type FrameworkModel } from '@kts/language';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderView, renderViewParts, type OverviewLayer, type RenderedView } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { SAMPLE } from '../../language/test/sample.js';
import { svgNodes, svgSize } from './svg-geometry.js';

/**
 * Four functional layers written by hand, bottom up, as a profile gives them: the view takes them as data, so the
 * test does not depend on any profile's file. A service is a business or an application service; the layer that
 * draws on the element's architecture takes it.
 */
const LAYERS: OverviewLayer[] = [
    {
        id: 'infrastructure',
        title: { vi: 'Hạ tầng số dùng chung và an ninh mạng', en: 'Shared digital infrastructure and cybersecurity' },
        kinds: ['datacenter', 'network', 'cloud', 'device', 'infrastructure', 'system', 'measure'],
        architectures: ['technology', 'security']
    },
    {
        id: 'data',
        title: { vi: 'Dữ liệu và nền tảng cốt lõi', en: 'Data and core platforms' },
        kinds: ['database', 'dataset', 'platform'],
        architectures: ['data', 'application']
    },
    {
        id: 'applications',
        title: { vi: 'Ứng dụng và nghiệp vụ dùng chung', en: 'Shared applications and business' },
        kinds: ['app', 'service', 'activity', 'process'],
        architectures: ['application']
    },
    {
        id: 'channels',
        title: { vi: 'Kênh tương tác và đo lường hiệu quả', en: 'Interaction channels and performance measurement' },
        kinds: ['channel', 'portal', 'actor', 'service'],
        architectures: ['business']
    }
];

/** The layer a reader expects an element in, worked out from the list above by hand. */
function expectedLayer(element: ElementModel): string {
    if (element.kind === 'service') return element.layer === 'business' ? 'channels' : 'applications';
    return LAYERS.find(layer => layer.kinds.includes(element.kind))!.id;
}

function targetElements(framework: FrameworkModel): ElementModel[] {
    return LAYER_KINDS.flatMap(layer => framework.states.target.layers[layer].elements);
}

/** The band (by its layer id) each drawn element or national component sits in, read from the SVG's band groups. */
function bandsOfNodes(svg: string): Map<string, string> {
    const placed = new Map<string, string>();
    for (const chunk of svg.split('<g class="band ').slice(1)) {
        const band = /^band-(\S+?)"/.exec(chunk)![1]!;
        for (const match of chunk.matchAll(/data-(?:element|national)="([^"]+)"/g)) if (!placed.has(match[1]!)) placed.set(match[1]!, band);
    }
    return placed;
}

describe('the overview drawn in functional layers', () => {
    let model: ArchitectureModel;
    let view: RenderedView;

    beforeAll(async () => {
        model = await loadModel(SAMPLE);
        view = await renderView(model, 'lao_cai', { kind: 'overview' }, { overviewLayers: LAYERS });
    });

    it('is titled by its layers and keeps the overview’s id, so a document places it where the overview goes', async () => {
        expect(view.id).toBe('target-overview');
        expect(view.title).toBe('Sơ đồ khái quát theo 4 lớp chức năng (kiến trúc mục tiêu)');
        const english = await renderView(model, 'lao_cai', { kind: 'overview' }, { overviewLayers: LAYERS, language: 'en' });
        expect(english.title).toBe('Overview diagram in 4 functional layers (target architecture)');
        expect(english.svg).toContain('Shared digital infrastructure and cybersecurity');
        expect(XMLValidator.validate(view.svg)).toBe(true);
        expect(svgSize(view.svg)).toEqual({ width: view.width, height: view.height });
    });

    it('draws the layers as bands, the bottom layer at the bottom, each titled by the layer’s name', () => {
        const order = [...view.svg.matchAll(/<g class="band band-layer-(\S+?)"/g)].map(match => match[1]);
        expect(order).toEqual(['channels', 'applications', 'data', 'infrastructure']);
        const tops = order.map(id => Number(new RegExp(`id="band-layer-${id}"><rect x="[\\d.]+" y="([\\d.]+)"`).exec(view.svg)![1]));
        expect([...tops].sort((a, b) => a - b)).toEqual(tops);
        for (const layer of LAYERS) expect(view.svg).toContain(`>${layer.title.vi}</text>`);
        // The tiers of framework 4.0 and its security column are not drawn.
        expect(view.svg).not.toContain('band-users');
        expect(view.svg).not.toContain('band-security');
    });

    it('puts each element of the body in the band of its kind', () => {
        const framework = model.frameworks.find(candidate => candidate.id === 'lao_cai')!;
        const placed = bandsOfNodes(view.svg);
        const folded = new Set(svgNodes(view.svg).flatMap(node => node.collapsed));
        const elements = targetElements(framework);
        expect(elements.length).toBeGreaterThan(5);
        for (const element of elements) {
            if (folded.has(element.qualifiedName)) continue;
            expect(placed.get(element.qualifiedName), element.qualifiedName).toBe(`layer-${expectedLayer(element)}`);
        }
        expect(new Set(placed.values()).size).toBe(4);
    });

    it('places national components and other bodies’ elements by their kind too', () => {
        const placed = bandsOfNodes(view.svg);
        // NDXP is a national platform; the Ministry of Health's HIS an application of another body.
        expect(placed.get('ndxp')).toBe('layer-data');
        expect(placed.get('byt.target.his')).toBe('layer-applications');
        const nodes = svgNodes(view.svg);
        expect(nodes.find(node => node.national === 'ndxp')?.classes).toContain('national');
        expect(nodes.find(node => node.element === 'byt.target.his')?.classes).toContain('other');
    });

    it('leaves the tiers of framework 4.0 when no layers are given', async () => {
        const tiers = await renderView(model, 'lao_cai', { kind: 'overview' });
        expect(tiers.title).toBe('Sơ đồ khái quát (kiến trúc mục tiêu)');
        expect(tiers.svg).toContain('band-users');
        expect(tiers.svg).not.toContain('band-layer-');
    });
});

/** A page that takes a drawing at its natural size, no larger than 1000 × 600 and with no text under 10 units. */
const page = (drawing: { width: number; height: number; smallestFontSize: number }) =>
    drawing.width <= 1000 && drawing.height <= 600 && drawing.smallestFontSize >= 9.5;

describe.each(EXAMPLES)('the overview of $framework in functional layers, drawn for a page', ({ folder, framework }) => {
    let parts: RenderedView[];

    beforeAll(async () => {
        const model = await loadModel(folder);
        parts = await renderViewParts(model, framework, { kind: 'overview' }, { heading: false, fits: page, overviewLayers: LAYERS });
    }, 120_000);

    it('comes in balanced parts that each fit, the legend once, each part naming the layers it shows', () => {
        expect(parts.length).toBeGreaterThan(1);
        const heights = parts.map(part => part.height);
        parts.forEach((part, index) => {
            expect(page(part), `part ${index + 1}`).toBe(true);
            expect(part.part).toMatchObject({ index: index + 1, count: parts.length });
            expect(part.part!.bands.length).toBeGreaterThan(0);
            if (index === 0) expect(part.svg).toContain('Chú giải');
            else expect(part.svg).not.toContain('Chú giải');
        });
        // Balanced: no part is left with less than a third of the tallest part's height.
        expect(Math.min(...heights.slice(1))).toBeGreaterThan(Math.max(...heights) / 3);
        const titles = parts.flatMap(part => part.part!.bands.map(band => band.title));
        for (const layer of LAYERS) expect(titles).toContain(layer.title.vi);
    });
});
