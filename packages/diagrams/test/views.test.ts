import { LAYER_KINDS, type ArchitectureModel, type ElementModel, type FrameworkModel, type StateKind } from '@kts/language';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementDomId, renderAllViews, renderView, svgToPng, type RenderedView } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { SAMPLE } from '../../language/test/sample.js';
import { contains, inkBox, overlapArea, svgNodes, svgSize } from './svg-geometry.js';

const CASES = [{ folder: SAMPLE, framework: 'lao_cai' }, ...EXAMPLES];

function elementsOf(framework: FrameworkModel, state: StateKind): ElementModel[] {
    return LAYER_KINDS.flatMap(layer => framework.states[state].layers[layer].elements);
}

/** What a reader expects to find in each view, worked out from the model independently of the view builders. */
function expectedElements(model: ArchitectureModel, framework: FrameworkModel, view: RenderedView): string[] {
    const state = view.state ?? 'target';
    const elements = elementsOf(framework, state);
    const names = (list: ElementModel[]) => list.map(element => element.qualifiedName);
    switch (view.kind) {
        case 'overview':
            return names(
                elements.filter(
                    element =>
                        element.layer === 'application' ||
                        element.layer === 'technology' ||
                        element.layer === 'security' ||
                        (element.layer === 'business' && (element.kind === 'actor' || element.kind === 'service')) ||
                        (element.layer === 'data' && element.kind === 'database')
                )
            );
        case 'integration':
            return names(elements.filter(element => element.layer === 'application'));
        case 'data':
            return names(elements.filter(element => element.layer === 'data'));
        case 'technology':
            return names(
                elements.filter(element => element.layer === 'technology' || element.relations.some(relation => relation.kind === 'hosted'))
            );
        case 'security': {
            const protectedOnes = elements
                .filter(element => element.layer === 'security')
                .flatMap(element => element.relations)
                .flatMap(relation =>
                    relation.kind === 'protects' && relation.target.type === 'element' ? [relation.target.qualifiedName] : []
                );
            return [
                ...names(elements.filter(element => element.layer === 'security' || element.securityLevel !== undefined)),
                ...protectedOnes
            ];
        }
        case 'gap': {
            const continued = new Set(
                elementsOf(framework, 'target')
                    .flatMap(element => element.relations)
                    .flatMap(relation =>
                        (relation.kind === 'keeps' || relation.kind === 'upgrades') && relation.target.type === 'element'
                            ? [relation.target.qualifiedName]
                            : []
                    )
            );
            return [
                ...names(elementsOf(framework, 'target')),
                ...names(elementsOf(framework, 'current').filter(element => !continued.has(element.qualifiedName)))
            ];
        }
        case 'roadmap':
            return framework.tasks.map(task => task.qualifiedName);
    }
    void model;
}

describe.each(CASES)('views of $framework', ({ folder, framework: frameworkId }) => {
    let model: ArchitectureModel;
    let views: RenderedView[];

    beforeAll(async () => {
        model = await loadModel(folder);
        views = await renderAllViews(model, frameworkId);
    });

    it('draws the seven kinds, each state view for every declared state', () => {
        const framework = model.frameworks.find(candidate => candidate.id === frameworkId)!;
        const states = (['current', 'target'] as const).filter(state => framework.states[state].declared);
        const expected = [
            ...['overview', 'integration', 'data', 'technology', 'security'].flatMap(kind => states.map(state => `${state}-${kind}`)),
            'gap',
            'roadmap'
        ];
        expect(views.map(view => view.id).sort()).toEqual(expected.sort());
    });

    it('writes well-formed SVG whose size matches the view', () => {
        for (const view of views) {
            expect(XMLValidator.validate(view.svg), view.id).toBe(true);
            expect(svgSize(view.svg), view.id).toEqual({ width: view.width, height: view.height });
        }
    });

    it('gives the same bytes when drawn again', async () => {
        const again = await renderAllViews(model, frameworkId);
        expect(again.map(view => view.svg)).toEqual(views.map(view => view.svg));
    });

    it('draws every element the view is about, each with its id and data-element for navigation', () => {
        const framework = model.frameworks.find(candidate => candidate.id === frameworkId)!;
        for (const view of views) {
            const nodes = svgNodes(view.svg);
            const drawn = new Set(nodes.flatMap(node => (node.element ? [node.element] : [])));
            const folded = new Set(nodes.flatMap(node => node.collapsed));
            for (const name of expectedElements(model, framework, view)) {
                expect(drawn.has(name) || folded.has(name), `${view.id}: ${name}`).toBe(true);
            }
            for (const name of view.elementIds) {
                const node = nodes.find(candidate => candidate.element === name);
                expect(node?.id, `${view.id}: ${name}`).toBe(elementDomId(name));
            }
            expect(new Set(view.elementIds)).toEqual(drawn);
        }
    });

    it('never lets two boxes overlap (a hosting frame holds its boxes whole)', () => {
        for (const view of views) {
            const nodes = svgNodes(view.svg);
            const frames = nodes.filter(node => node.classes.includes('frame'));
            const leaves = nodes.filter(node => !node.classes.includes('frame'));
            for (let i = 0; i < leaves.length; i++) {
                for (let j = i + 1; j < leaves.length; j++) {
                    expect(overlapArea(leaves[i]!.box, leaves[j]!.box), `${view.id}: ${leaves[i]!.id} / ${leaves[j]!.id}`).toBeLessThan(1);
                }
                for (const frame of frames) {
                    const area = overlapArea(frame.box, leaves[i]!.box);
                    if (area > 0)
                        expect(contains(frame.box, leaves[i]!.box), `${view.id}: ${leaves[i]!.id} half inside ${frame.id}`).toBe(true);
                }
            }
        }
    });

    it('keeps every word inside its box, drawn with the bundled font', () => {
        for (const view of views) {
            for (const node of svgNodes(view.svg)) {
                const ink = inkBox(node.texts, view.width, view.height);
                if (!ink) continue;
                expect(
                    contains(node.box, ink, 1),
                    `${view.id}: text of ${node.id} ${JSON.stringify(ink)} leaves ${JSON.stringify(node.box)}`
                ).toBe(true);
            }
        }
    });

    it('starts every entry of a legend with a capital, a kind as a cue ("Văn bản ban hành" beside "Người sử dụng")', () => {
        for (const view of views) {
            // The legend is drawn last, under the drawing.
            const legend = view.svg.split('<g class="legend">')[1] ?? '';
            const entries = [...legend.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(match => match[1]!);
            for (const entry of entries) expect(entry.charAt(0), `${view.id}: ${entry}`).toBe(entry.charAt(0).toLocaleUpperCase('vi'));
        }
        expect(views.some(view => view.svg.includes('class="legend"'))).toBe(true);
    });

    it('renders to PNG at the asked scale', async () => {
        // Half scale keeps the run short on a shared machine; the pixels are what resvg draws at any scale.
        for (const view of views) {
            const png = await svgToPng(view.svg, { scale: 0.5 });
            expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
            const header = Buffer.from(png.subarray(16, 24));
            expect(Math.abs(header.readUInt32BE(0) - view.width / 2), view.id).toBeLessThanOrEqual(1);
            expect(Math.abs(header.readUInt32BE(4) - view.height / 2), view.id).toBeLessThanOrEqual(1);
        }
    });
});

describe('view words', () => {
    it('are Vietnamese by default and English on request', async () => {
        const model = await loadModel(SAMPLE);
        const vi = await renderView(model, 'lao_cai', { kind: 'integration' });
        const en = await renderView(model, 'lao_cai', { kind: 'integration' }, { language: 'en' });
        expect(vi.title).toBe('Sơ đồ tích hợp ứng dụng (kiến trúc mục tiêu)');
        expect(en.title).toBe('Application integration view (target architecture)');
        expect(vi.svg).toContain('Chú giải');
        expect(en.svg).toContain('Legend');
        expect(en.svg).not.toContain('Chú giải');
    });

    it('draw the current state when asked and the target by default', async () => {
        const model = await loadModel(SAMPLE);
        expect((await renderView(model, 'lao_cai', { kind: 'overview' })).id).toBe('target-overview');
        const current = await renderView(model, 'lao_cai', { kind: 'overview', state: 'current' });
        expect(current.id).toBe('current-overview');
        expect(current.elementIds).toContain('lao_cai.current.motcua');
        expect(current.elementIds).not.toContain('lao_cai.target.dvc');
    });

    it("mark national components and other bodies' elements apart from the body's own", async () => {
        const model = await loadModel(SAMPLE);
        const view = await renderView(model, 'lao_cai', { kind: 'integration' });
        const nodes = svgNodes(view.svg);
        expect(nodes.find(node => node.national === 'ndxp')?.classes).toContain('national');
        expect(nodes.find(node => node.element === 'byt.target.his')?.classes).toContain('other');
        expect(nodes.find(node => node.element === 'lao_cai.target.dvc')?.classes).toContain('body');
    });

    it('carry their title above the drawing unless a document captions them', async () => {
        const model = await loadModel(SAMPLE);
        const drawnText = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map(match => match[1]).join(' ');
        for (const kind of ['overview', 'integration', 'security', 'roadmap'] as const) {
            const standalone = await renderView(model, 'lao_cai', { kind });
            const captioned = await renderView(model, 'lao_cai', { kind }, { heading: false });
            expect(drawnText(standalone.svg), kind).toContain(standalone.title);
            expect(drawnText(captioned.svg), kind).not.toContain(captioned.title);
            expect(captioned.svg, kind).not.toContain('class="heading"');
            expect(captioned.height, kind).toBeLessThan(standalone.height);
            expect(captioned.elementIds, kind).toEqual(standalone.elementIds);
        }
    });

    it('name an unknown framework in the error', async () => {
        const model = await loadModel(SAMPLE);
        await expect(renderView(model, 'nope', { kind: 'overview' })).rejects.toThrow(/nope.*lao_cai|lao_cai.*nope/);
    });
});
