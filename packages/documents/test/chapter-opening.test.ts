import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { allSections, buildDocumentModel, renderDocx, renderFigures, type DocumentModel, type FigureBlock } from '../src/index.js';
import { byTag, readDocx, textOf, type XNode } from './support.js';

// Chapters 7 and 8 of Lào Cai open with a page of text (what the state is, how many elements it has); the overview's
// first part, drawn for a page of its own, followed on the next page and left the opening alone on two thirds of an
// empty page. Drawn to fit under it, it shares that page.

const EXAMPLE = EXAMPLES.find(each => each.framework === 'tinh_lao_cai')!;
let document: DocumentModel;
let body: XNode[];

beforeAll(async () => {
    const model = await loadModel(EXAMPLE.folder);
    const figures = await renderFigures(model, EXAMPLE.framework, 'vi');
    document = buildDocumentModel(model, EXAMPLE.framework, { date: '2026-03-05', figures });
    body = byTag((await readDocx(await renderDocx(document))).document, 'w:body')[0]!.children;
}, 300_000);

const on = (node: XNode, tag: string) => byTag(node, tag).some(each => !['false', '0', 'off'].includes(each.attrs['w:val'] ?? 'true'));

describe.each(['current', 'target'])('the opening of the %s architecture', state => {
    test('is followed by the overview’s first part, drawn to fit under it on the chapter’s first page', () => {
        const section = [...allSections(document.sections)].find(each => each.anchor === `${state}-architecture`)!;
        const opening = section.blocks.findIndex(block => block.type !== 'paragraph');
        expect(opening).toBeGreaterThan(0);
        const figure = section.blocks[opening] as FigureBlock;
        expect(figure.title).toMatch(/^Sơ đồ khái quát .* — phần 1\/\d+: Chỉ đạo, chính sách$/);
        expect(figure.placement).toMatchObject({ landscape: false, belowText: true });
        expect(figure.placement.smallestTextPt).toBeGreaterThanOrEqual(7);
    });

    test('keeps with that figure in the Word file, from the chapter’s heading on', () => {
        const section = [...allSections(document.sections)].find(each => each.anchor === `${state}-architecture`)!;
        const heading = body.findIndex(node => node.tag === 'w:p' && textOf(node) === section.title);
        const image = body.findIndex((node, index) => index > heading && byTag(node, 'w:drawing').length > 0);
        expect(heading).toBeGreaterThan(0);
        expect(image - heading).toBeGreaterThan(1);
        // The heading keeps with the next paragraph by its style; the paragraphs after it, and the image with its caption.
        for (const paragraph of body.slice(heading + 1, image + 1)) expect(on(paragraph, 'w:keepNext')).toBe(true);
    });
});
