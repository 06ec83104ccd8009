import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocumentModel, renderDocx } from '../src/index.js';
import { byTag, loadDocumentSample, readDocx, tinyFigure, type XNode } from './support.js';

// The rules of the Word file that make LibreOffice break its pages where Word and the contents' page layout do, so
// that the page numbers the contents lists are the pages LibreOffice prints (e2e/contents-pages.e2e.test.ts).

let docx: Awaited<ReturnType<typeof readDocx>>;

beforeAll(async () => {
    const model = await loadDocumentSample();
    docx = await readDocx(await renderDocx(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures: [await tinyFigure()] })));
}, 120_000);

const styleOf = (paragraph: XNode) => byTag(paragraph, 'w:pStyle')[0]?.attrs['w:val'];
/** Times New Roman's single line per em, in twips per half-point of font size. */
const SINGLE_LINE = (10 * 2355) / 2048;

describe('Word page layout that LibreOffice follows', () => {
    test('spaces the lines of every text style in whole twips at least, never below the single line of its size', () => {
        const styles = byTag(docx.styles, 'w:style').filter(style => style.attrs['w:type'] === 'paragraph');
        const byId = new Map(styles.map(style => [style.attrs['w:styleId'], style]));
        const inherited = (style: XNode | undefined, read: (style: XNode) => string | undefined): string | undefined => {
            if (!style) return undefined;
            return read(style) ?? inherited(byId.get(byTag(style, 'w:basedOn')[0]?.attrs['w:val']), read);
        };
        const defaultSize = Number(byTag(byTag(docx.styles, 'w:rPrDefault')[0]!, 'w:sz')[0]!.attrs['w:val']);
        const defaultSpacing = byTag(byTag(docx.styles, 'w:pPrDefault')[0]!, 'w:spacing')[0];
        // The styles the document's paragraphs use, but the figures', whose picture makes the line as tall as it is.
        const used = new Set(['Normal', ...byTag(docx.document, 'w:pStyle').map(node => node.attrs['w:val'])]);
        const textStyles = styles.filter(style => used.has(style.attrs['w:styleId']) && style.attrs['w:styleId'] !== 'Figure');
        expect(textStyles.length).toBeGreaterThan(10);
        const spacing = (style: XNode) => {
            const line = inherited(style, own => byTag(own, 'w:spacing')[0]?.attrs['w:line']) ?? defaultSpacing?.attrs['w:line'];
            const rule = inherited(style, own => byTag(own, 'w:spacing')[0]?.attrs['w:lineRule']) ?? defaultSpacing?.attrs['w:lineRule'];
            const size = Number(inherited(style, own => byTag(own, 'w:sz')[0]?.attrs['w:val']) ?? defaultSize);
            return { style: style.attrs['w:styleId'], line: Number(line), rule, single: Math.ceil(size * SINGLE_LINE) };
        };
        const described = textStyles.map(spacing);
        expect(described.filter(({ rule }) => rule !== 'atLeast')).toEqual([]);
        expect(described.filter(({ line, single }) => !Number.isInteger(line) || line < single)).toEqual([]);
        // The body text keeps its 1.2 lines: 14 pt is 321.97 twips a line.
        expect(described.find(({ style }) => style === 'Normal')?.line).toBe(387);
    });

    test('keeps no table row with the paragraph under its table, which LibreOffice does not do', () => {
        const body = byTag(docx.document, 'w:body')[0]!.children;
        const withNotes = body.filter((node, index) => node.tag === 'w:tbl' && styleOf(body[index + 1] ?? node) === 'TableNote');
        expect(withNotes.length).toBeGreaterThan(0);
        const lastRows = withNotes.map(table => byTag(table, 'w:tr').at(-1)!);
        const keeps = (row: XNode) => byTag(row, 'w:keepNext').some(node => !['false', '0'].includes(node.attrs['w:val'] ?? 'true'));
        expect(lastRows.filter(keeps)).toEqual([]);
    });
});
