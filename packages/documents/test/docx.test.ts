import { beforeAll, describe, expect, test } from 'vitest';
import mammoth from 'mammoth';
import { buildDocumentModel, renderDocx } from '../src/index.js';
import { byTag, findAll, loadDocumentSample, readDocx, textOf, tinyFigure, type XNode } from './support.js';

let bytes: Uint8Array;
let docx: Awaited<ReturnType<typeof readDocx>>;

beforeAll(async () => {
    const model = await loadDocumentSample();
    bytes = await renderDocx(buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures: [await tinyFigure()] }));
    docx = await readDocx(bytes);
}, 120_000);

const paragraphs = (root: XNode) => byTag(root, 'w:p');
const styleOf = (paragraph: XNode) => byTag(paragraph, 'w:pStyle')[0]?.attrs['w:val'];
const runText = (node: XNode) => byTag(node, 'w:t').map(textOf).join('');
/** Text of the paragraphs that are not inside a table (cells are paragraphs too). */
const bodyParagraphs = () => byTag(docx.document, 'w:body')[0].children.filter(node => node.tag === 'w:p');

describe('Word document', () => {
    test('is A4 with the margins of Nghị định 30/2020/NĐ-CP, Times New Roman 14 pt, and page numbers from page two', async () => {
        const sections = byTag(docx.document, 'w:sectPr');
        const portrait = sections.find(section => byTag(section, 'w:pgSz')[0].attrs['w:orient'] !== 'landscape')!;
        expect(byTag(portrait, 'w:pgSz')[0].attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
        const margin = byTag(portrait, 'w:pgMar')[0].attrs;
        const mm = (twips: string) => Math.round((Number(twips) * 25.4) / 1440);
        expect([mm(margin['w:top']), mm(margin['w:bottom']), mm(margin['w:left']), mm(margin['w:right'])]).toEqual([20, 20, 30, 15]);
        expect(byTag(sections[0], 'w:titlePg')).toHaveLength(1);
        const defaults = byTag(docx.styles, 'w:rPrDefault')[0];
        expect(byTag(defaults, 'w:rFonts')[0].attrs['w:ascii']).toBe('Times New Roman');
        expect(byTag(defaults, 'w:sz')[0].attrs['w:val']).toBe('28');
        const headers = Object.keys(docx.zip.files).filter(name => /^word\/header\d+\.xml$/.test(name));
        const headerXml = await Promise.all(headers.map(name => docx.zip.file(name)!.async('string')));
        expect(headerXml.some(xml => xml.includes('PAGE'))).toBe(true);
    });

    test('uses Word heading styles with multi-level numbering for chapters and none for appendices', () => {
        const headings = bodyParagraphs().filter(paragraph => /^Heading\d$/.test(styleOf(paragraph) ?? ''));
        const described = headings.map(paragraph => [
            styleOf(paragraph),
            byTag(paragraph, 'w:ilvl')[0]?.attrs['w:val'],
            runText(paragraph)
        ]);
        expect(described.slice(0, 10)).toEqual([
            ['Heading1', undefined, 'Danh mục từ viết tắt'],
            ['Heading1', undefined, 'Danh mục hình'],
            ['Heading1', undefined, 'Danh mục bảng'],
            ['Heading1', '0', 'Căn cứ pháp lý'],
            ['Heading1', '0', 'Tầm nhìn'],
            ['Heading1', '0', 'Mục tiêu'],
            ['Heading1', '0', 'Phạm vi áp dụng'],
            ['Heading1', '0', 'Nguyên tắc'],
            ['Heading1', '0', 'Khung kiến trúc hiện trạng'],
            ['Heading2', '1', 'Kiến trúc nghiệp vụ']
        ]);
        expect(described.find(item => item[2].startsWith('Phụ lục I.'))).toEqual([
            'Heading1',
            undefined,
            'Phụ lục I. Mức độ phù hợp với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'
        ]);
        const numIds = new Set(headings.flatMap(paragraph => byTag(paragraph, 'w:numId').map(node => node.attrs['w:val'])));
        expect(numIds.size).toBe(1);
        const numId = [...numIds][0];
        const num = findAll(docx.numbering, node => node.tag === 'w:num' && node.attrs['w:numId'] === numId)[0];
        const abstractId = byTag(num, 'w:abstractNumId')[0].attrs['w:val'];
        const abstract = findAll(docx.numbering, node => node.tag === 'w:abstractNum' && node.attrs['w:abstractNumId'] === abstractId)[0];
        expect(
            byTag(abstract, 'w:lvlText')
                .slice(0, 3)
                .map(node => node.attrs['w:val'])
        ).toEqual(['%1.', '%1.%2.', '%1.%2.%3.']);
    });

    test('has a table of contents field, filled in with numbered headings and page numbers', () => {
        const instructions = byTag(docx.document, 'w:instrText').map(textOf).join(' ');
        expect(instructions).toMatch(/TOC \\h \\o "1-3"|TOC \\o "1-3" \\h/);
        const entries = paragraphs(docx.document).filter(paragraph => styleOf(paragraph) === 'TOC1' || styleOf(paragraph) === 'TOC2');
        const texts = entries.map(runText);
        expect(texts[0]).toMatch(/^Danh mục từ viết tắt\s*\d+$/);
        expect(texts[3]).toMatch(/^1\.\s*Căn cứ pháp lý\s*\d+$/);
        expect(texts[4]).toMatch(/^2\.\s*Tầm nhìn\s*\d+$/);
        expect(texts).toContainEqual(expect.stringMatching(/^7\.3\.\s*Kiến trúc ứng dụng\s*\d+$/));
        // Each entry's page number refers to the bookmark on its heading, as Word's own table of contents does.
        const bookmarks = new Set(byTag(docx.document, 'w:bookmarkStart').map(node => node.attrs['w:name']));
        const references = instructions.match(/PAGEREF \S+/g) ?? [];
        expect(references.length).toBeGreaterThanOrEqual(entries.length);
        expect(references.map(reference => reference.slice('PAGEREF '.length)).filter(name => !bookmarks.has(name))).toEqual([]);
    });

    test('lists the figures and the tables as fields over their caption styles, filled in with captions and page numbers', () => {
        const instructions = byTag(docx.document, 'w:instrText').map(textOf);
        expect(instructions.filter(text => /TOC .*\\t "KTS Figure Caption,1"/.test(text))).toHaveLength(1);
        expect(instructions.filter(text => /TOC .*\\t "KTS Table Caption,1"/.test(text))).toHaveLength(1);
        const entries = paragraphs(docx.document)
            .filter(paragraph => styleOf(paragraph) === 'TOC1')
            .map(runText);
        expect(entries).toContainEqual(expect.stringMatching(/^Hình 1\. Sơ đồ tích hợp ứng dụng \(thử\)\s*\d+$/));
        expect(entries).toContainEqual(expect.stringMatching(/^Bảng 1\. Danh mục từ viết tắt\s*\d+$/));
        expect(entries).toContainEqual(expect.stringMatching(/^Bảng 2\. Mục tiêu và chỉ tiêu theo giai đoạn\s*\d+$/));
        expect(entries).toContainEqual(expect.stringMatching(/^Bảng 3\. Nguyên tắc của khung kiến trúc\s*\d+$/));
    });

    test('repeats table header rows and captions tables and figures with SEQ fields', () => {
        const tables = byTag(docx.document, 'w:tbl');
        expect(tables.length).toBeGreaterThan(15);
        for (const table of tables) {
            const firstRow = byTag(table, 'w:tr')[0];
            expect(byTag(firstRow, 'w:tblHeader')).toHaveLength(1);
        }
        const captions = paragraphs(docx.document)
            .filter(paragraph => styleOf(paragraph) === 'TableCaption' || styleOf(paragraph) === 'FigureCaption')
            .map(runText);
        expect(captions.slice(0, 3)).toEqual([
            'Bảng 1. Danh mục từ viết tắt',
            'Bảng 2. Mục tiêu và chỉ tiêu theo giai đoạn',
            'Bảng 3. Nguyên tắc của khung kiến trúc'
        ]);
        expect(captions.filter(text => text.startsWith('Bảng ')).map(text => Number(/^Bảng (\d+)\./.exec(text)![1]))).toEqual(
            captions.filter(text => text.startsWith('Bảng ')).map((_, index) => index + 1)
        );
        expect(captions).toContain('Hình 1. Sơ đồ tích hợp ứng dụng (thử)');
        const fields = findAll(docx.document, node => node.tag === 'w:fldSimple').map(node => node.attrs['w:instr']);
        expect(fields).toContain('SEQ Table \\* ARABIC');
        expect(fields).toContain('SEQ Figure \\* ARABIC');
    });

    test('gives no space before to what a page break or a new section puts at the top of a page', () => {
        // Word and LibreOffice disagree on that space (LibreOffice keeps it), and the contents' page numbers follow Word.
        const body = byTag(docx.document, 'w:body')[0].children.filter(node => node.tag === 'w:p' || node.tag === 'w:tbl');
        const styles = byTag(docx.styles, 'w:style');
        const styleSpaceBefore = (id: string | undefined): string | undefined => {
            const style = styles.find(node => node.attrs['w:styleId'] === id);
            if (!style) return undefined;
            return byTag(style, 'w:spacing')[0]?.attrs['w:before'] ?? styleSpaceBefore(byTag(style, 'w:basedOn')[0]?.attrs['w:val']);
        };
        const spaceBefore = (paragraph: XNode) =>
            Number(byTag(paragraph, 'w:spacing')[0]?.attrs['w:before'] ?? styleSpaceBefore(styleOf(paragraph)) ?? 0);
        const breaking = body.filter(node => byTag(node, 'w:pageBreakBefore').length > 0);
        const sectionStarts = body.filter((_, index) => index > 0 && byTag(body[index - 1]!, 'w:sectPr').length > 0);
        expect(breaking.map(runText)).toContain('Khung kiến trúc hiện trạng');
        expect(sectionStarts.length).toBeGreaterThan(1);
        expect([...breaking, ...sectionStarts].filter(node => spaceBefore(node) !== 0).map(runText)).toEqual([]);
    });

    test('embeds each figure as SVG with a real PNG fallback', async () => {
        expect(docx.media).toEqual(['word/media/image1.png', 'word/media/image1.svg']);
        const png = await docx.zip.file('word/media/image1.png')!.async('uint8array');
        expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.length).toBeGreaterThan(1000);
        const blip = byTag(docx.document, 'a:blip')[0];
        expect(byTag(blip, 'asvg:svgBlip')).toHaveLength(1);
    });

    test('renders the PNG fallback at 200 dpi of the size the figure is printed', async () => {
        const png = Buffer.from(await docx.zip.file('word/media/image1.png')!.async('uint8array'));
        const extent = byTag(docx.document, 'wp:extent')[0];
        const printedInches = Number(extent.attrs.cx) / 914400;
        expect(Math.abs(png.readUInt32BE(16) - printedInches * 200)).toBeLessThanOrEqual(1);
        expect(Math.abs(png.readUInt32BE(20) - (Number(extent.attrs.cy) / 914400) * 200)).toBeLessThanOrEqual(2);
        // An 8-bit palette image: a diagram's flat colours take a byte per pixel, not four.
        expect([png[24], png[25]]).toEqual([8, 3]);
    });

    test('links element names to bookmarks on their rows', () => {
        const bookmarks = new Set(byTag(docx.document, 'w:bookmarkStart').map(node => node.attrs['w:name']));
        const links = byTag(docx.document, 'w:hyperlink')
            .map(node => node.attrs['w:anchor'])
            .filter(Boolean);
        expect(links.length).toBeGreaterThan(20);
        expect(links.filter(anchor => !bookmarks.has(anchor))).toEqual([]);
        expect([...bookmarks].every(name => name.length <= 40 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))).toBe(true);
    });

    test('reads back in mammoth with the headings, tables and Vietnamese text intact', async () => {
        const { value: withBookmarks } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
        const value = withBookmarks.replace(/<a id="[^"]*"><\/a>/g, '');
        expect(value).toContain('<h1>Khung kiến trúc mục tiêu</h1>');
        expect(value).toContain('<h2>Phân tích khoảng cách giữa hiện trạng và mục tiêu</h2>');
        expect(value).toContain('Chưa có nhiệm vụ thực hiện');
        expect(value).toContain('HTTT giải quyết TTHC');
        expect((value.match(/<table>/g) ?? []).length).toBeGreaterThan(15);
    });
});
