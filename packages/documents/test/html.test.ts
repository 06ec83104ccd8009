import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocumentModel, renderFigures, renderHtml, sanitiseId, type FigureInput } from '../src/index.js';
import { loadSources } from '../../language/test/load-model.js';
import { byTag, descendants, findAll, loadDocumentSample, parseXml, textOf, tinyFigure, type XNode } from './support.js';

let html: string;
let page: XNode;

beforeAll(async () => {
    const model = await loadDocumentSample();
    html = renderHtml(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures: [await tinyFigure()] }));
    page = parseXml(html);
});

const ids = (root: XNode) => findAll(root, node => node.attrs.id !== undefined).map(node => node.attrs.id);

describe('HTML document', () => {
    test("shows each figure's title once, in its caption, not drawn again in the diagram", async () => {
        const model = await loadDocumentSample();
        const figures = await renderFigures(model, 'lao_cai', 'vi');
        expect(figures.length).toBeGreaterThan(5);
        const document = parseXml(renderHtml(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures })));
        expect(byTag(document, 'figure').length).toBeGreaterThan(5);
        for (const figure of byTag(document, 'figure')) {
            const caption = textOf(byTag(figure, 'figcaption')[0]);
            // A view drawn in parts is several figures of one data-view; the anchor names the part.
            const anchor = (input: FigureInput) => `figure-${sanitiseId(input.viewId)}${input.part ? `-${input.part}` : ''}`;
            const title = figures.find(input => anchor(input) === figure.attrs.id)!.title;
            expect(caption).toMatch(new RegExp(`^Hình \\d+\\. ${title.replace(/[()]/g, '\\$&')}$`));
            const drawn = byTag(figure, 'text').map(textOf).join(' ');
            expect(drawn, title).not.toContain(title);
        }
    });

    test("links every diagram node of an element to the element's row", async () => {
        const model = await loadDocumentSample();
        const figures = await renderFigures(model, 'lao_cai', 'vi');
        const document = parseXml(renderHtml(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures })));
        const pageIds = new Set(findAll(document, node => node.attrs.id !== undefined).map(node => node.attrs.id));
        const svgs = byTag(document, 'svg');
        const isNode = (node: XNode) => node.attrs['data-element'] !== undefined;
        const links = svgs.flatMap(svg => findAll(svg, node => node.tag === 'a' && findAll(node, isNode).length > 0));
        const nodes = svgs.flatMap(svg => findAll(svg, isNode));
        // The Ministry of Health's system has no row in this document, so its nodes link nowhere.
        const ownNodes = nodes.filter(node => !node.attrs['data-element'].startsWith('byt.'));
        expect(ownNodes.length).toBeLessThan(nodes.length);
        expect(links.length).toBeGreaterThan(20);
        // Every node of the framework sits in a link of its own: as many links as nodes, each holding one node.
        expect(links.length).toBe(ownNodes.length);
        for (const link of links) {
            const [node] = findAll(link, isNode);
            const name = node.attrs['data-element'].replace(/[^A-Za-z0-9_-]/g, '_');
            expect([`#el-${name}`, `#task-${name}`]).toContain(link.attrs.href);
            expect(pageIds, link.attrs.href).toContain(link.attrs.href.slice(1));
        }
    });

    test('is one file that asks nothing of the network', () => {
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(byTag(page, 'html')[0].attrs.lang).toBe('vi');
        expect(byTag(page, 'script')).toEqual([]);
        expect(byTag(page, 'link')).toEqual([]);
        expect(byTag(page, 'img')).toEqual([]);
        const external = findAll(page, node => ['href', 'src', 'xlink:href'].some(name => (node.attrs[name] ?? '#').match(/^(?!#)/)));
        expect(external.map(node => `${node.tag} ${node.attrs.href ?? node.attrs.src}`)).toEqual([]);
        // Only references inside the page and data URLs (the embedded font): nothing to fetch.
        expect(html).not.toMatch(/url\((?!#|data:)/);
        expect(html).toContain('url(data:font/woff;base64,');
    });

    test('has a table of contents whose every link resolves, and anchors that are unique', () => {
        const nav = byTag(page, 'nav')[0];
        const links = byTag(nav, 'a').map(link => link.attrs.href);
        expect(links.length).toBe(13 + 5 + 5 + 4 + 2);
        const all = ids(page);
        expect(new Set(all).size).toBe(all.length);
        for (const href of links) expect(all, href).toContain(href.slice(1));
        const everyLink = byTag(page, 'a')
            .map(link => link.attrs.href)
            .filter(href => href.startsWith('#'));
        expect(everyLink.filter(href => !all.includes(href.slice(1)))).toEqual([]);
        expect(textOf(nav)).toContain('7.3. Kiến trúc ứng dụng');
    });

    test("anchors every element with the diagrams' id scheme, on its row", () => {
        for (const id of ['el-lao_cai_target_dvc', 'el-lao_cai_current_motcua', 'el-lao_cai_target_soc_lao_cai']) {
            const row = findAll(page, node => node.attrs.id === id)[0];
            expect(row?.tag, id).toBe('tr');
        }
    });

    test('renders the same tables with captions and header rows', () => {
        const tables = byTag(page, 'table');
        expect(tables.length).toBeGreaterThan(15);
        for (const [index, table] of tables.entries()) {
            expect(textOf(byTag(table, 'caption')[0])).toMatch(new RegExp(`^Bảng ${index + 1}\\. `));
            expect(byTag(table, 'thead')).toHaveLength(1);
        }
        const budget = tables.find(table => textOf(byTag(table, 'caption')[0]).includes('theo năm và nguồn vốn'))!;
        const lastRow = byTag(budget, 'tr').at(-1)!;
        // The grand totals of DOCUMENT_SAMPLE, worked out in document-model.test.ts.
        expect(byTag(lastRow, 'td').map(textOf)).toEqual(['Tổng cộng', '1.334', '1.333', '1.333', '10.000', '14.000']);
    });

    test('inlines figures as SVG with ids of their own, links to element rows kept', () => {
        const figure = findAll(page, node => node.tag === 'figure' && node.attrs.id === 'figure-target-integration')[0];
        const svg = byTag(figure, 'svg')[0];
        expect(svg).toBeDefined();
        expect(ids(svg)).toEqual(['figure-target-integration-arrow', 'figure-target-integration-el-lao_cai_target_dvc']);
        expect(findAll(svg, node => node.tag === 'line')[0].attrs['marker-end']).toBe('url(#figure-target-integration-arrow)');
        expect(byTag(svg, 'a')[0].attrs.href).toBe('#el-lao_cai_target_dvc');
        expect(textOf(byTag(figure, 'figcaption')[0])).toBe('Hình 1. Sơ đồ tích hợp ứng dụng (thử)');
    });

    test('prints on A4 with the margins of Nghị định 30/2020/NĐ-CP and fits a phone screen', () => {
        const css = textOf(byTag(page, 'style')[0]);
        expect(css).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
        expect(css).toContain('@media print');
        expect(css).toMatch(/@media \(max-width: 40rem\)/);
        expect(byTag(page, 'meta').some(meta => meta.attrs.name === 'viewport' && meta.attrs.content.includes('width=device-width'))).toBe(
            true
        );
    });

    test('turns markup in user text into inert text', async () => {
        const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
        const { model } = await loadSources({
            'k.kts': `framework h {
                body "Sở <b>Thử</b> & \\"Nghiệm\\""
                vision "${hostile.replace(/"/g, '\\"')}"
                target { application { app a "${hostile.replace(/"/g, '\\"')}" { description "' onmouseover='alert(2)" } } }
            }`
        });
        const output = renderHtml(buildDocumentModel(model, 'h', { date: '2026-01-01' }));
        const tree = parseXml(output);
        expect(byTag(tree, 'script')).toEqual([]);
        expect(byTag(tree, 'img')).toEqual([]);
        expect(byTag(tree, 'b')).toEqual([]);
        expect([...descendants(tree)].filter(node => Object.keys(node.attrs).some(name => name.startsWith('on')))).toEqual([]);
        const row = findAll(tree, node => node.attrs.id === 'el-h_target_a')[0];
        expect(textOf(row)).toContain(hostile);
        expect(textOf(row)).toContain("' onmouseover='alert(2)");
        expect(textOf(byTag(tree, 'title')[0])).toBe('Khung kiến trúc Chính phủ số Sở <b>Thử</b> & "Nghiệm"');
    });

    test('keeps a figure inert whatever its SVG holds: scripts, handlers, javascript links, quotes that break out', async () => {
        const svg =
            '<?xml version="1.0"?><svg/onload=alert(1) xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
            '<script>alert(2)</script><g id=\'a" onmouseover="alert(3)\' ONCLICK = "alert(4)"><title>Cổng onclick=1</title></g>' +
            '<a href=" javascript:alert(5)"><rect width="1" height="1" fill="url(#a&quot; onmouseover=&quot;x)"/></a></svg>';
        const model = await loadDocumentSample();
        const tree = parseXml(
            renderHtml(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures: [await tinyFigure({ svg })] }))
        );
        const figure = byTag(tree, 'figure')[0];
        expect(byTag(figure, 'script')).toEqual([]);
        expect(findAll(figure, node => Object.keys(node.attrs).some(name => /^on/i.test(name)))).toEqual([]);
        expect(byTag(figure, 'a').map(link => link.attrs.href)).toEqual(['#']);
        expect(byTag(figure, 'g')[0].attrs.id).toBe('figure-target-integration-a" onmouseover="alert(3)');
        expect(textOf(byTag(figure, 'title')[0])).toBe('Cổng onclick=1');
    });

    test("shows a name with markup characters in the diagrams' tooltips exactly as written", async () => {
        // Each piece once looked like something the inlining rewrites: an event handler, an id, a reference.
        const name = `Cổng <b>"một cửa"</b> & 'tỉnh' onclick=alert(1) id='x' url(#arrow) href="#top"`;
        const { model } = await loadSources({
            'k.kts': `framework h {
                body "Sở Thử"
                target { application { app a ${JSON.stringify(name)} { integrates b } app b "Kho" } }
                implementation { task t1 ${JSON.stringify(name)} { period 2026-2027 delivers a } }
            }`
        });
        const figures = await renderFigures(model, 'h', 'vi');
        const tree = parseXml(renderHtml(buildDocumentModel(model, 'h', { date: '2026-01-01', figures })));
        const tooltips = byTag(tree, 'svg')
            .flatMap(svg => byTag(svg, 'title'))
            .map(textOf);
        const ofElement = tooltips.filter(title => title.startsWith('Cổng'));
        expect(ofElement.length).toBeGreaterThan(3);
        for (const title of ofElement) expect(title.startsWith(name), title).toBe(true);
        const nodes = findAll(tree, node => node.attrs['data-element'] === 'h.target.a' || node.attrs['data-element'] === 'h.t1');
        expect(nodes.length).toBeGreaterThan(3);
        expect(findAll(tree, node => Object.keys(node.attrs).some(attribute => attribute.startsWith('on')))).toEqual([]);
    });
});
