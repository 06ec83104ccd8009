import * as path from 'node:path';
import { LAYER_KINDS, type ArchitectureModel, type ElementModel, type FrameworkModel } from '@kts/language';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderView, renderViewParts, type OverviewLayer, type RenderedView } from '../src/index.js';
import type { BlockContent } from '../src/content/diagram-content.js';
import { buildViewContent } from '../src/render-view.js';
import { EXAMPLES, loadModel, REPOSITORY } from '../../language/test/load-model.js';
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

/** The element or national component a box stands for, as its SVG names it (`data-collapsed` names nationals by key). */
const memberId = (id: string) => id.replace(/^national:/, '');

/** What each band (by its layer id) draws, what its "+k" box says and folds, and whether it is marked empty. */
function bandMembers(svg: string): Map<string, { drawn: string[]; folded: string[]; more?: number; empty: boolean }> {
    const bands = new Map<string, { drawn: string[]; folded: string[]; more?: number; empty: boolean }>();
    for (const chunk of svg.split('<g class="band ').slice(1)) {
        const band = /^band-(\S+?)"/.exec(chunk)![1]!;
        const folded = /data-collapsed="([^"]+)"/.exec(chunk)?.[1]?.split(' ') ?? [];
        const more = />\+(\d+) /.exec(chunk)?.[1];
        bands.set(band, {
            drawn: [...chunk.matchAll(/data-(?:element|national)="([^"]+)"/g)].map(match => match[1]!),
            folded: folded.map(memberId),
            more: more === undefined ? undefined : Number(more),
            empty: chunk.includes('>Chưa có phần tử nào')
        });
    }
    return bands;
}

/** The band (by its layer id) each drawn or folded element or national component sits in. */
function bandsOfNodes(svg: string): Map<string, string> {
    const placed = new Map<string, string>();
    for (const [band, { drawn, folded }] of bandMembers(svg))
        for (const id of [...drawn, ...folded]) if (!placed.has(id)) placed.set(id, band);
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
        expect(view.title).toBe('Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)');
        const english = await renderView(model, 'lao_cai', { kind: 'overview' }, { overviewLayers: LAYERS, language: 'en' });
        expect(english.title).toBe('Overview diagram in four functional layers (target architecture)');
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

    it('puts each element of the body in the band of its kind, drawn or folded into the band’s “+k” box', () => {
        const framework = model.frameworks.find(candidate => candidate.id === 'lao_cai')!;
        const placed = bandsOfNodes(view.svg);
        const elements = targetElements(framework);
        expect(elements.length).toBeGreaterThan(5);
        for (const element of elements)
            expect(placed.get(element.qualifiedName), element.qualifiedName).toBe(`layer-${expectedLayer(element)}`);
        expect(new Set(placed.values()).size).toBe(4);
    });

    it('places national components and other bodies’ elements by their kind too', () => {
        const placed = bandsOfNodes(view.svg);
        // NDXP is a national platform; the Ministry of Health's HIS an application of another body.
        expect(placed.get('ndxp')).toBe('layer-data');
        expect(placed.get('byt.target.his')).toBe('layer-applications');
        // Shared platforms are the first a band shows: the province's LGSP beside the national NDXP.
        expect(bandMembers(view.svg).get('layer-data')!.drawn).toEqual(['lao_cai.target.lgsp_lao_cai', 'ndxp']);
        const nodes = svgNodes(view.svg);
        expect(nodes.find(node => node.national === 'ndxp')?.classes).toContain('national');
    });

    it('leaves the tiers of framework 4.0 when no layers are given', async () => {
        const tiers = await renderView(model, 'lao_cai', { kind: 'overview' });
        expect(tiers.title).toBe('Sơ đồ khái quát (kiến trúc mục tiêu)');
        expect(tiers.svg).toContain('band-users');
        expect(tiers.svg).not.toContain('band-layer-');
    });

    it('calls its bands layers in the legend, where the 4.0 overview calls its bands tiers', async () => {
        const english = await renderView(model, 'lao_cai', { kind: 'overview' }, { overviewLayers: LAYERS, language: 'en' });
        expect(view.svg).toContain('>Luồng phục vụ giữa các lớp</text>');
        expect(english.svg).toContain('>Service flow between layers</text>');
        expect(view.svg).not.toContain('giữa các tầng');
        expect(english.svg).not.toContain('between tiers');
        const tiers = await renderView(model, 'lao_cai', { kind: 'overview' });
        const englishTiers = await renderView(model, 'lao_cai', { kind: 'overview' }, { language: 'en' });
        expect(tiers.svg).toContain('>Luồng phục vụ giữa các tầng</text>');
        expect(englishTiers.svg).toContain('>Service flow between tiers</text>');
    });
});

/**
 * The figure area of a portrait A4 page (165 × 210 mm, in CSS pixels) taking a drawing at its natural size, with no
 * text under 9.5 units: 7 pt and a little more. The documents place figures on such a page.
 */
const page = (drawing: { width: number; height: number; smallestFontSize: number }) =>
    drawing.width <= 623 && drawing.height <= 796 && drawing.smallestFontSize >= 9.5;

const GIA_LAI = { folder: path.join(REPOSITORY, 'examples/tinh-gia-lai'), framework: 'tinh_gia_lai' };

describe.each([...EXAMPLES, GIA_LAI])('the overview of $framework in functional layers, drawn for a page', ({ folder, framework }) => {
    let model: ArchitectureModel;
    const views = new Map<string, RenderedView[]>();

    beforeAll(async () => {
        model = await loadModel(folder);
        for (const state of ['current', 'target'] as const)
            views.set(
                state,
                await renderViewParts(model, framework, { kind: 'overview', state }, { heading: false, fits: page, overviewLayers: LAYERS })
            );
    }, 120_000);

    it.each(['current', 'target'])('is one figure for the %s architecture, all four layers on the page', state => {
        const parts = views.get(state)!;
        expect(parts).toHaveLength(1);
        expect(parts[0]!.part).toBeUndefined();
        expect(page(parts[0]!)).toBe(true);
        expect([...bandMembers(parts[0]!.svg).keys()]).toEqual(
            ['channels', 'applications', 'data', 'infrastructure'].map(id => `layer-${id}`)
        );
    });

    it('lists the kinds a “+k” box folds apart by semicolons, since the word for applications holds a comma', () => {
        const captions = (['current', 'target'] as const).flatMap(state => {
            const { content } = buildViewContent(model, framework, { kind: 'overview', state }, { overviewLayers: LAYERS });
            return (content as BlockContent).bands.flatMap(band =>
                band.groups.flatMap(group => group.nodes.filter(node => node.shape === 'summary').map(node => node.caption ?? ''))
            );
        });
        // "hoạt động nghiệp vụ; quy trình nghiệp vụ; ứng dụng, hệ thống thông tin" in every example.
        const withApplications = captions.map(caption => caption.split('; ')).filter(kinds => kinds.length > 1);
        expect(withApplications.filter(kinds => kinds.includes('ứng dụng, hệ thống thông tin')).length).toBeGreaterThan(0);
        for (const kinds of withApplications) expect(kinds).not.toContain('ứng dụng');
    });

    it.each(['current', 'target'])('folds the rest of each %s layer into a “+k” box that counts what it leaves out', state => {
        const bands = bandMembers(views.get(state)![0]!.svg);
        const elements = LAYER_KINDS.flatMap(
            layer => model.frameworks.find(each => each.id === framework)!.states[state as 'current'].layers[layer].elements
        );
        let folded = 0;
        for (const [band, members] of bands) {
            // At most three boxes side by side: the shown ones and the "+k" box.
            expect(members.drawn.length + (members.more === undefined ? 0 : 1)).toBeLessThanOrEqual(3);
            expect(members.more ?? 0, band).toBe(members.folded.length);
            expect(members.drawn.filter(id => members.folded.includes(id))).toEqual([]);
            // Every element of the body in this layer is drawn or folded here.
            const own = elements.filter(
                element => LAYERS.some(layer => layer.kinds.includes(element.kind)) && `layer-${expectedLayer(element)}` === band
            );
            for (const element of own)
                expect([...members.drawn, ...members.folded], element.qualifiedName).toContain(element.qualifiedName);
            folded += members.folded.length;
        }
        expect(folded).toBeGreaterThan(0);
    });
});

describe('a layer that none of the elements falls in', () => {
    it('keeps its band, marked empty', async () => {
        const model = await loadModel(SAMPLE);
        // The sample's Lào Cai has no channel or portal: a top layer of those alone is empty.
        const layers = LAYERS.map(layer => (layer.id === 'channels' ? { ...layer, kinds: ['channel', 'portal'] } : layer));
        const view = await renderView(model, 'lao_cai', { kind: 'overview' }, { overviewLayers: layers });
        const bands = bandMembers(view.svg);
        expect([...bands.keys()]).toEqual(['layer-channels', 'layer-applications', 'layer-data', 'layer-infrastructure']);
        expect(bands.get('layer-channels')).toMatchObject({ drawn: [], folded: [], empty: true });
        expect([...bands.values()].filter(band => band.empty)).toHaveLength(1);
        expect(view.svg).toContain('Lớp chưa có phần tử');
    });
});
