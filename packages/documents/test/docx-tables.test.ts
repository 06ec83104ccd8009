import * as fs from 'node:fs';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { findFontFiles } from '@kts/diagrams';
import { allBlocks, type DocumentModel, type Inline, type TableBlock } from '../src/document-model/document-model.js';
import { buildDocumentModel, renderDocx } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { byTag, readDocx, textOf, type XNode } from './support.js';

// How the Word file's tables print. A catalogue code in a table never breaks (examples/tinh-lao-cai's "Mã BRM" column broke "MH-BRM.01.01†" after "MH-"):
// its column is as wide as its longest code, measured here apart from the renderer, with HarfBuzz shaping the text in
// the font LibreOffice sets Times New Roman in, and no line of a code column holds a second code to break at its hyphen.

const EXAMPLE = EXAMPLES.find(each => each.framework === 'tinh_lao_cai')!;
const TWIPS_PER_POINT = 20;
/** The cells' left and right margins, 1.4 mm each. */
const CELL_MARGINS = 2 * Math.round((1.4 * 1440) / 25.4);

let document: DocumentModel;
let tables: XNode[];
/** The paragraphs and tables of the body, in order. */
let body: XNode[];

beforeAll(async () => {
    document = buildDocumentModel(await loadModel(EXAMPLE.folder), EXAMPLE.framework, { date: '2026-03-05' });
    const docx = await readDocx(await renderDocx(document));
    tables = byTag(docx.document, 'w:tbl');
    body = byTag(docx.document, 'w:body')[0]!.children;
}, 300_000);

const fonts = new Map<boolean, { face: hb.Face; font: hb.Font }>();

/** The text's advance width in twips, shaped by HarfBuzz in Liberation Serif (Times New Roman's metrics). */
function shapedWidth(text: string, points: number, bold: boolean): number {
    if (!fonts.has(bold)) {
        const file = findFontFiles([bold ? 'LiberationSerif-Bold.ttf' : 'LiberationSerif-Regular.ttf'])[0];
        if (!file) throw new Error('Liberation Serif is not installed');
        const face = new hb.Face(new hb.Blob(new Uint8Array(fs.readFileSync(file))));
        fonts.set(bold, { face, font: new hb.Font(face) });
    }
    const { face, font } = fonts.get(bold)!;
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const advance = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
    return (advance / face.upem) * points * TWIPS_PER_POINT;
}

function lineWidth(line: Inline[], bold: boolean): number {
    return line.reduce((sum, inline) => {
        if (inline.type === 'break') return sum;
        const muted = inline.style === 'muted';
        return sum + shapedWidth(inline.text, muted ? 10 : 11, !muted && (bold || inline.style === 'bold'));
    }, 0);
}

function cellLines(cell: Inline[]): Inline[][] {
    const lines: Inline[][] = [[]];
    for (const inline of cell) {
        if (inline.type === 'break') lines.push([]);
        else lines.at(-1)!.push(inline);
    }
    return lines.filter(line => line.length > 0);
}

/** The columns of catalogue codes: "Mã BRM" … in the element tables, "Mã" in the reference models' appendix. */
const isCodeColumn = (title: string) => /^Mã( |$)/.test(title);
const modelTables = () => [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table');

describe('code columns in the Word file', () => {
    test('fit their longest code on one line, in every table with a code column', () => {
        const withCodes = modelTables().flatMap((table, index) =>
            table.columns.flatMap((column, columnIndex) => (isCodeColumn(column.title) ? [{ table, index, columnIndex }] : []))
        );
        // The element tables of the five component architectures, both states, and the reference models' appendix.
        expect(withCodes.length).toBeGreaterThanOrEqual(8);
        expect(tables).toHaveLength(modelTables().length);
        // Times New Roman sets "MH-BRM.01.01" 6.667 em wide: 73.3 pt at 11 pt.
        expect(shapedWidth('MH-BRM.01.01', 11, false) / TWIPS_PER_POINT).toBeCloseTo(73.3, 0);
        const tooNarrow: string[] = [];
        for (const { table, index, columnIndex } of withCodes) {
            const columnWidth = Number(byTag(tables[index]!, 'w:gridCol')[columnIndex]!.attrs['w:w']);
            for (const row of table.rows) {
                if (row.role === 'group' || row.role === 'subgroup') continue;
                for (const line of cellLines(row.cells[columnIndex] ?? [])) {
                    const needed = lineWidth(line, row.role === 'total') + CELL_MARGINS;
                    if (needed > columnWidth) {
                        const text = line.map(inline => (inline.type === 'break' ? '' : inline.text)).join('');
                        tooNarrow.push(`${table.caption}: "${text}" needs ${Math.ceil(needed)} twips, has ${columnWidth}`);
                    }
                }
            }
        }
        expect(tooNarrow).toEqual([]);
    });

    test('put each code of an element on a line of its own', () => {
        const business = modelTables().find(table => table.columns.some(column => column.title === 'Mã BRM'))!;
        const codeColumn = business.columns.findIndex(column => isCodeColumn(column.title));
        const codeLines = business.rows.flatMap(row => cellLines(row.cells[codeColumn] ?? []));
        expect(codeLines.map(line => line[0]?.type === 'text' && line[0].text)).toContain('MH-BRM.01.01');
        for (const line of codeLines) {
            const text = line.map(inline => (inline.type === 'break' ? '' : inline.text)).join('');
            expect(text).toMatch(/^MH-BRM\.\d\d\.\d\d\S?$/);
        }
        const several = modelTables()
            .flatMap(table => {
                const column = table.columns.findIndex(each => isCodeColumn(each.title));
                return column < 0 ? [] : table.rows.map(row => cellLines(row.cells[column] ?? []).length);
            })
            .filter(count => count > 1);
        // examples/tinh-lao-cai has applications with two and three codes.
        expect(several.length).toBeGreaterThan(0);
    });
});

describe('the platforms an application uses, in the Word file', () => {
    test('print each word of a platform’s name whole, its abbreviation in brackets included', () => {
        // "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)" broke as "(LGSP" and ")" in a narrower column.
        const applications = modelTables().findIndex(table => table.caption === 'Các phần tử kiến trúc ứng dụng — Mục tiêu');
        const table = modelTables()[applications]!;
        const column = table.columns.findIndex(each => each.title === 'Nền tảng sử dụng');
        const width = Number(byTag(tables[applications]!, 'w:gridCol')[column]!.attrs['w:w']);
        const words = table.rows.flatMap(row =>
            (row.cells[column] ?? []).flatMap(inline => (inline.type === 'break' ? [] : inline.text.split(/\s+/).filter(Boolean)))
        );
        expect(words).toContain('(LGSP)');
        for (const word of words) expect(shapedWidth(word, 11, false) + CELL_MARGINS, word).toBeLessThanOrEqual(width);
    });
});

describe('short tables in the Word file', () => {
    const keeps = (row: XNode) => byTag(row, 'w:keepNext').some(node => !['false', '0'].includes(node.attrs['w:val'] ?? 'true'));
    const rowsOf = (caption: string) => {
        const index = modelTables().findIndex(table => table.caption === caption);
        expect(index).toBeGreaterThanOrEqual(0);
        // The header row repeats on every page and keeps to the first row already.
        return byTag(tables[index]!, 'w:tr').slice(1);
    };

    test('keep their rows together and with the caption: every row but the last keeps with the next', () => {
        // Before the roadmap, two rows of this table were left alone on the next page.
        const rows = rowsOf('Kinh phí dự kiến theo hình thức đầu tư và năm');
        expect(rows.length).toBeGreaterThanOrEqual(4);
        expect(rows.slice(0, -1).filter(row => !keeps(row))).toEqual([]);
        expect(keeps(rows.at(-1)!)).toBe(false);
    });

    test('longer than half a page still break between rows', () => {
        const rows = rowsOf('Các phần tử kiến trúc nghiệp vụ — Hiện trạng');
        expect(rows.length).toBeGreaterThan(10);
        expect(rows.filter(keeps)).toEqual([]);
    });
});

describe("a table's heading and introduction in the Word file", () => {
    const on = (node: XNode, tag: string) => byTag(node, tag).some(each => !['false', '0', 'off'].includes(each.attrs['w:val'] ?? 'true'));
    const keepsWithNext = (node: XNode) => on(node, 'w:keepNext');
    /** The table with this caption, its caption paragraph and what comes before it in the body. */
    const around = (caption: string) => {
        const at = body.findIndex(
            node => node.tag === 'w:p' && byTag(node, 'w:pStyle')[0]?.attrs['w:val'] === 'TableCaption' && textOf(node).endsWith(caption)
        );
        expect(at).toBeGreaterThan(1);
        const [header, ...rows] = byTag(body[at + 1]!, 'w:tr');
        return { heading: body[at - 2]!, introduction: body[at - 1]!, caption: body[at]!, header: header!, rows };
    };

    test('keep with the caption and the first row, so that they are never left alone at the foot of a page', () => {
        // "7.2. Kiến trúc dữ liệu": the heading, one paragraph, then the table, whose first row takes a part of a page.
        const { heading, introduction, caption, header, rows } = around('Các phần tử kiến trúc dữ liệu — Hiện trạng');
        expect(byTag(heading, 'w:pStyle')[0]?.attrs['w:val']).toMatch(/^Heading/);
        expect(byTag(introduction, 'w:pStyle')).toEqual([]);
        expect([introduction, caption, header].map(keepsWithNext)).toEqual([true, true, true]);
        expect(on(rows[0]!, 'w:cantSplit')).toBe(true);
    });

    test('are followed by the table right away when its first row is taller than half a page, which goes on over the next', () => {
        // Bảng 16 of Lào Cai: the target's first database, with what it replaces, contains and its description. Kept
        // whole, such a row leaves the heading, its introduction and the caption alone on a page (LibreOffice prints them
        // on one page now; the contents' page numbers agree: contents-pages.e2e.test.ts).
        const { introduction, header, rows } = around('Các phần tử kiến trúc dữ liệu — Mục tiêu');
        expect(on(rows[0]!, 'w:cantSplit')).toBe(false);
        // Word would keep the introduction and the header with the whole row, LibreOffice with its first lines.
        expect([introduction, header].map(keepsWithNext)).toEqual([false, false]);
        expect(rows.filter(row => on(row, 'w:cantSplit')).length).toBeGreaterThan(0);
    });

    test('a row that may go on over the next page is under a header row repeated on every page', () => {
        for (const table of tables) {
            const [header, ...rows] = byTag(table, 'w:tr');
            if (rows.every(row => on(row, 'w:cantSplit'))) continue;
            expect(on(header!, 'w:tblHeader')).toBe(true);
        }
    });
});

describe('the systems a technical infrastructure hosts, in the Word file', () => {
    const rowTexts = (table: XNode) => byTag(table, 'w:tr').map(row => byTag(row, 'w:tc').map(textOf));
    const tableAfter = (caption: string) => {
        const at = body.findIndex(node => node.tag === 'w:p' && textOf(node).endsWith(caption));
        expect(at).toBeGreaterThan(0);
        return body.slice(at + 1).find(node => node.tag === 'w:tbl')!;
    };

    test('are counted in the technology table, whose rows each fit a page, and listed one by one in the next table', () => {
        // The data centre of the former Lào Cai hosts fourteen systems: one a line, they ran its row past its page.
        const technology = tableAfter('Các phần tử kiến trúc công nghệ — Hiện trạng');
        const rows = byTag(technology, 'w:tr').slice(1);
        expect(rows.filter(row => !byTag(row, 'w:cantSplit').length)).toEqual([]);
        const centre = rowTexts(technology).find(cells => cells[1]?.startsWith('Trung tâm dữ liệu khu vực Lào Cai cũ'))!;
        expect(centre.at(-1)).toBe('14 hệ thống (xem bảng sau)');
        // A cell with nothing to say says so: no standard is named for the data centre.
        expect(centre.at(-2)).toBe('—');
        const hosted = rowTexts(tableAfter('Các hệ thống được triển khai trên hạ tầng kỹ thuật — Hiện trạng'));
        expect(hosted[0]).toEqual(['TT', 'Hệ thống thông tin', 'Loại', 'Đơn vị chủ trì, quản lý']);
        const group = hosted.findIndex(cells => cells[0] === 'Trung tâm dữ liệu khu vực Lào Cai cũ — 14 hệ thống');
        expect(group).toBeGreaterThan(0);
        const systems = hosted.slice(group + 1, group + 15);
        expect(systems.map(cells => cells[0])).toEqual(Array.from({ length: 14 }, (_, index) => String(index + 1)));
        expect(systems.map(cells => cells[1])).toContain('Cổng thông tin điện tử tỉnh Lào Cai (cũ)');
    });
});

/** The text of each line of a cell. */
const lineTexts = (cell: Inline[]) =>
    cellLines(cell).map(line => line.map(inline => (inline.type === 'break' ? '' : inline.text)).join(''));

describe('the columns of a table of elements', () => {
    const columnTitles = (caption: string) =>
        modelTables()
            .find(table => table.caption === caption)!
            .columns.map(column => column.title);

    test('leave out a column no element fills, and keep it where one does', () => {
        // The current databases of Lào Cai have no data classification, the target ones have; no target system's
        // security level is approved yet, nor is its operator named. Each printed a dash or nothing in every row.
        expect(columnTitles('Các phần tử kiến trúc dữ liệu — Hiện trạng')).not.toContain('Phân loại dữ liệu');
        expect(columnTitles('Các phần tử kiến trúc dữ liệu — Mục tiêu')).toContain('Phân loại dữ liệu');
        const targetLevels = columnTitles('Cấp độ an toàn hệ thống thông tin — Mục tiêu');
        expect(targetLevels).not.toContain('Phê duyệt hồ sơ cấp độ');
        expect(targetLevels).not.toContain('Đơn vị vận hành');
        expect(columnTitles('Cấp độ an toàn hệ thống thông tin — Hiện trạng')).toContain('Phê duyệt hồ sơ cấp độ');
        for (const table of modelTables().filter(each => /^(Các phần tử kiến trúc|Cấp độ an toàn)/.test(each.caption))) {
            for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
            const unfilled = table.columns.filter((_, index) =>
                table.rows.every(row => lineTexts(row.cells[index] ?? []).every(text => text === '' || text === '—'))
            );
            expect(unfilled.map(column => `${table.caption}: ${column.title}`)).toEqual([]);
        }
    });

    test('print a kind or a status on at most two lines, a short one on one, never wider than the longest on one line', () => {
        // The kinds took three and four lines in a column of 15 mm ("ứng dụng, hệ thống thông tin").
        const columns = modelTables().flatMap((table, index) =>
            table.columns.flatMap((column, columnIndex) =>
                ['Loại', 'Tình trạng'].includes(column.title) ? [{ table, index, columnIndex }] : []
            )
        );
        // The element tables whose kinds mix, the hosted systems and the gap details.
        expect(columns.length).toBeGreaterThanOrEqual(10);
        const tooNarrow: string[] = [];
        for (const { table, index, columnIndex } of columns) {
            const width = Number(byTag(tables[index]!, 'w:gridCol')[columnIndex]!.attrs['w:w']) - CELL_MARGINS;
            const terms = table.rows
                .filter(row => !row.role || row.role === 'flag')
                .flatMap(row => lineTexts(row.cells[columnIndex] ?? []));
            for (const term of terms) {
                const words = term.split(' ');
                // A term of three words or fewer on one line ("Xây dựng mới" took two).
                const twoLines =
                    words.length <= 3
                        ? shapedWidth(term, 11, false)
                        : Math.min(
                              ...words.map((_, at) =>
                                  Math.max(
                                      shapedWidth(words.slice(0, at).join(' '), 11, false),
                                      shapedWidth(words.slice(at).join(' '), 11, false)
                                  )
                              )
                          );
                if (twoLines > width) tooNarrow.push(`${table.caption}: "${term}" needs ${Math.ceil(twoLines)} twips, has ${width}`);
            }
            // Room for the longest on one line, and the point over that keeps it from wrapping on a rounding.
            const longest = Math.max(...terms.map(term => shapedWidth(term, 11, false)));
            expect(width, table.caption).toBeLessThanOrEqual(longest + 2 * TWIPS_PER_POINT);
        }
        expect(tooNarrow).toEqual([]);
    });

    test('start each line of a cell with a capital: a kind, a status, a classification, a missing measure', () => {
        // The gap table's kind line read "biện pháp an toàn thông tin · Mục tiêu", the vocabulary's word as mid-sentence.
        const gaps = modelTables().find(table => table.caption === 'Chi tiết khoảng cách và nhiệm vụ thực hiện')!;
        expect(lineTexts(gaps.rows.find(row => !row.role || row.role === 'flag')!.cells[1]!)[1]).toMatch(/^\p{Lu}.* · \p{Lu}/u);
        // A domain name is written as it is; a decision's date goes on from its number ("Quyết định số … / ngày …").
        const asWritten = /^([a-z.]+\.vn\b|ngày )/;
        const lowerCase = modelTables()
            .filter(each => /^(Các phần tử kiến trúc|Cấp độ an toàn|Các hệ thống|Chi tiết khoảng cách)/.test(each.caption))
            .flatMap(table =>
                table.rows
                    .flatMap(row => row.cells.flatMap(lineTexts))
                    .flatMap(text => (/^\p{Ll}/u.test(text) && !asWritten.test(text) ? [`${table.caption}: ${text}`] : []))
            );
        expect(lowerCase).toEqual([]);
    });
});

describe('a row of a table in the Word file', () => {
    test('taller than a third of a page may go on over the next, rather than leave the foot of the page before it empty', () => {
        // Row 3 of Lào Cai's target data table, about 24 lines: kept whole, it left 40% of a page empty above it.
        const index = modelTables().findIndex(table => table.caption === 'Các phần tử kiến trúc dữ liệu — Mục tiêu');
        const rowIndex = modelTables()[index]!.rows.findIndex(
            row => lineTexts(row.cells[1] ?? [])[0] === 'CSDL văn bản, hồ sơ công việc tỉnh'
        );
        expect(rowIndex).toBeGreaterThan(0);
        const row = byTag(tables[index]!, 'w:tr')[rowIndex + 1]!;
        expect(byTag(row, 'w:cantSplit').filter(each => !['false', '0', 'off'].includes(each.attrs['w:val'] ?? 'true'))).toEqual([]);
    });
});

describe('a paragraph that introduces a list, in the Word file', () => {
    test('keeps with the list, so that a page never ends on it and on the heading above it', () => {
        // "7.1.1. Đánh giá" and "Kết quả đạt được:" ended a page of Lào Cai, the results on the next.
        const lead = body.findIndex(node => node.tag === 'w:p' && textOf(node) === 'Kết quả đạt được:');
        expect(lead).toBeGreaterThan(0);
        expect(byTag(body[lead + 1]!, 'w:numPr')).not.toEqual([]);
        expect(byTag(body[lead]!, 'w:keepNext').filter(each => !['false', '0', 'off'].includes(each.attrs['w:val'] ?? 'true'))).not.toEqual(
            []
        );
    });
});

describe('a word too long for any column, in the Word file', () => {
    test('is left to wrap, and the table stays within the page', async () => {
        // A web address of 120 letters in an owner's cell: kept whole, its column alone would be wider than the page.
        const address = `https://dichvucong.laocai.gov.vn/${'thu-tuc-hanh-chinh-'.repeat(5)}chi-tiet`;
        const withAddress = structuredClone(document);
        const table = [...allBlocks(withAddress)].find(
            (block): block is TableBlock => block.type === 'table' && block.caption === 'Các phần tử kiến trúc dữ liệu — Mục tiêu'
        )!;
        const owner = table.columns.findIndex(column => column.title === 'Đơn vị chủ trì, quản lý');
        expect(owner).toBeGreaterThan(0);
        table.rows[0]!.cells[owner] = [{ type: 'text', text: `Xem ${address}` }];
        const docx = await readDocx(await renderDocx(withAddress));
        const printed = byTag(docx.document, 'w:tbl').find(each => textOf(each).includes(address))!;
        const widths = byTag(printed, 'w:gridCol').map(column => Number(column.attrs['w:w']));
        // A4 portrait, 30 mm and 15–20 mm margins: 165 mm of text.
        expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(Math.round((165 * 1440) / 25.4));
    });
});
