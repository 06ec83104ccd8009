import { describe, expect, test } from 'vitest';
import { allBlocks, buildDocumentModel, renderDocx, renderHtml, type FigureBlock } from '../src/index.js';
import { measurePrintedFigures } from './printed-figures.js';
import { byTag, loadDocumentSample, readDocx, tinyFigure } from './support.js';

/** A drawing of the given size in CSS pixels whose one line of text is `fontSize` pixels high. */
function drawing(width: number, height: number, fontSize: number): string {
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
        `<text x="10" y="30" font-size="${fontSize}">Nền tảng tích hợp, chia sẻ dữ liệu</text></svg>`
    );
}

/** Each drawing is placed once; the tests read the same document. */
const documents = new Map<string, ReturnType<typeof place>>();
function placed(width: number, height: number, fontSize: number): ReturnType<typeof place> {
    const key = `${width}×${height}/${fontSize}`;
    if (!documents.has(key)) documents.set(key, place(width, height, fontSize));
    return documents.get(key)!;
}

async function place(width: number, height: number, fontSize: number) {
    const figure = await tinyFigure({ svg: drawing(width, height, fontSize), width, height, smallestFontSize: fontSize });
    const document = buildDocumentModel(await loadDocumentSample(), 'lao_cai', { date: '2026-03-05', figures: [figure] });
    const block = [...allBlocks(document)].find((item): item is FigureBlock => item.type === 'figure')!;
    const docx = await renderDocx(document);
    return { block, printed: (await measurePrintedFigures(docx))[0]!, word: await readDocx(docx), html: renderHtml(document) };
}

/** The orientation of the Word section the figure's image is in: a section's properties close it. */
function sectionOfImage(word: Awaited<ReturnType<typeof readDocx>>): string {
    const body = byTag(word.document, 'w:body')[0]!.children;
    const image = body.findIndex(node => byTag(node, 'w:drawing').length > 0);
    const closing = body.slice(image).find(node => node.tag === 'w:sectPr' || byTag(node, 'w:sectPr').length > 0)!;
    return byTag(closing, 'w:pgSz')[0]!.attrs['w:orient'] ?? 'portrait';
}

describe('a figure placed in the Word file', () => {
    test('that prints readably upright stays on a portrait page at its own size, never enlarged', async () => {
        const { block, printed, word } = await placed(240, 120, 12);
        expect(block.placement).toMatchObject({ landscape: false, width: 240, height: 120 });
        expect(block.placement.smallestTextPt).toBeCloseTo(9, 5);
        expect(printed.smallestPrintedPt).toBeCloseTo(9, 2);
        expect(sectionOfImage(word)).toBe('portrait');
    });

    test('whose text upright would print below 7 pt gets a landscape page where it prints at 7 pt or more', async () => {
        // 900 px fitted to the 165 mm text width would print 10 px text at 5.2 pt; the 257 mm of a landscape page take it whole.
        const { block, printed, word } = await placed(900, 400, 10);
        expect(block.placement).toMatchObject({ landscape: true, width: 900, height: 400 });
        expect(printed.smallestPrintedPt).toBeCloseTo(7.5, 2);
        expect(sectionOfImage(word)).toBe('landscape');
    });

    test('is printed from the HTML on the same page: a landscape figure on a landscape A4 page with the same margins', async () => {
        const landscape = (await placed(900, 400, 10)).html;
        expect(landscape).toMatch(/<figure class="diagram landscape"/);
        const named = /figure\.diagram\.landscape \{ page: ([\w-]+); \}/.exec(landscape)?.[1];
        expect(named).toBeDefined();
        expect(landscape).toContain(`@page ${named} { size: A4 landscape; margin: 30mm 20mm 15mm 20mm; }`);
        expect((await placed(240, 120, 12)).html).toMatch(/<figure class="diagram"/);
    });

    test('records the printed size of its smallest text as the Word file prints it', async () => {
        const { block, printed } = await placed(2000, 400, 10);
        expect(block.placement.landscape).toBe(true);
        expect(block.placement.smallestTextPt).toBeLessThan(7);
        expect(printed.smallestPrintedPt).toBeCloseTo(block.placement.smallestTextPt, 2);
    });
});
