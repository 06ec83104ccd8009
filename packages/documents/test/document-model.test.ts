import { beforeAll, describe, expect, test } from 'vitest';
import type { ArchitectureModel } from '@kts/language';
import {
    allBlocks,
    allSections,
    buildDocumentModel,
    documentAnchors,
    inlinesOf,
    type DocumentModel,
    type TableBlock
} from '../src/index.js';
import { allMessageKeys, message } from '../src/messages.js';
import { formatDate } from '@kts/language/model';
import labels from '../data/labels.json' with { type: 'json' };
import { loadSample, loadSources } from '../../language/test/load-model.js';
import { loadDocumentSample, tinyFigure } from './support.js';

let model: ArchitectureModel;
let vi: DocumentModel;
let en: DocumentModel;

beforeAll(async () => {
    model = await loadDocumentSample();
    vi = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures: [await tinyFigure()] });
    en = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', language: 'en' });
});

const tables = (document: DocumentModel) => [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table');
const tableByCaption = (document: DocumentModel, caption: string) => tables(document).find(table => table.caption.startsWith(caption))!;
const cellText = (cell: { type: string; text?: string }[]) => cell.map(inline => inline.text ?? '\n').join('');
/** Chapter n of a–g (1 = Tầm nhìn), whatever front matter and chapters (reasons, legal bases) come before it. */
const chapter = (document: DocumentModel, number: number) => {
    const numbered = document.sections.filter(section => section.number !== undefined);
    return numbered[numbered.findIndex(section => section.anchor === 'vision') + number - 1]!;
};

describe('document structure', () => {
    test('follows Chương 1, III.2 a–g in numbered chapters after the front matter and the legal bases, then two titled appendices', () => {
        expect(vi.sections.map(section => [section.number, section.title])).toEqual([
            [undefined, 'Danh mục từ viết tắt'],
            [undefined, 'Danh mục hình'],
            [undefined, 'Danh mục bảng'],
            ['1', 'Căn cứ pháp lý'],
            ['2', 'Tầm nhìn'],
            ['3', 'Mục tiêu'],
            ['4', 'Phạm vi áp dụng'],
            ['5', 'Nguyên tắc'],
            ['6', 'Khung kiến trúc hiện trạng'],
            ['7', 'Khung kiến trúc mục tiêu'],
            ['8', 'Tổ chức triển khai'],
            [undefined, 'Phụ lục I. Mức độ phù hợp với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'],
            [undefined, 'Phụ lục II. Mức độ ánh xạ vào các mô hình tham chiếu']
        ]);
        const target = chapter(vi, 6);
        expect(target.sections.map(section => [section.number, section.title, section.level])).toEqual([
            ['7.1', 'Kiến trúc nghiệp vụ', 2],
            ['7.2', 'Kiến trúc dữ liệu', 2],
            ['7.3', 'Kiến trúc ứng dụng', 2],
            ['7.4', 'Kiến trúc công nghệ', 2],
            ['7.5', 'Kiến trúc an toàn thông tin mạng, an ninh mạng', 2]
        ]);
        expect(chapter(vi, 7).sections.map(section => section.number)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    });

    test('adds the element index as a third appendix in the working edition only', () => {
        const working = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', edition: 'working' });
        expect(working.sections.at(-1)!.title).toBe('Phụ lục III. Chỉ mục phần tử kiến trúc');
        expect(vi.sections.some(section => section.anchor === 'appendix-index')).toBe(false);
    });

    test('writes every generated word in English with language "en", user text as written', () => {
        // No figures were given for the English document, so it has no list of figures.
        expect(en.sections.map(section => section.title).slice(0, 10)).toEqual([
            'Abbreviations',
            'List of tables',
            'Legal bases',
            'Vision',
            'Goals',
            'Scope',
            'Principles',
            'Current architecture',
            'Target architecture',
            'Implementation'
        ]);
        expect(en.title).toBe('Digital Government Architecture Framework of Lao Cai Province');
        expect(vi.title).toBe('Khung kiến trúc Chính quyền số tỉnh Lào Cai');
        const principles = tableByCaption(en, 'Principles of the framework');
        expect(cellText(principles.rows[0].cells[1])).toBe('Lấy người dân làm trung tâm');
    });

    test('states on the cover the body, the version and the date in the form of Nghị định 30/2020/NĐ-CP', () => {
        expect(vi.cover.bodyLine).toBe('ỦY BAN NHÂN DÂN TỈNH LÀO CAI');
        expect(vi.cover.versionLine).toBe('Phiên bản 4.0');
        // Neither a document block nor an approval date: the day the file is generated is no date of the document.
        expect(vi.cover.dateLine).toBeUndefined();
        expect(en.cover.dateLine).toBeUndefined();
        // The title in the national pattern already says it is a province's framework; no approved cover carries a
        // conformance line or the body's code (QCVN 102:2016), which only the working edition prints.
        expect(vi.cover.lines).toEqual([]);
        const working = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', edition: 'working' });
        expect(working.cover.lines).toEqual([
            'Phù hợp với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0',
            'Mã định danh cơ quan: 000.00.00.H38'
        ]);
        // Days below 10 and the months January and February take a leading zero.
        expect(formatDate('vi', '2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
        expect(formatDate('vi', '2026-12-25')).toBe('ngày 25 tháng 12 năm 2026');
    });

    test('says what the model lacks instead of leaving a chapter empty', async () => {
        const withoutVision = await loadSample({
            'lao-cai.kts': [['    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n', '']]
        });
        const vision = chapter(buildDocumentModel(withoutVision, 'lao_cai', { date: '2026-03-05' }), 1);
        expect(vision.blocks).toEqual([
            { type: 'paragraph', role: 'warning', content: [{ type: 'text', text: 'Mô hình chưa nêu tầm nhìn (Chương 1, III.2.a).' }] }
        ]);
        const english = chapter(buildDocumentModel(withoutVision, 'lao_cai', { date: '2026-03-05', language: 'en' }), 1);
        expect(cellText(english.blocks[0].type === 'paragraph' ? english.blocks[0].content : [])).toBe(
            'The model states no vision (Chapter 1, III.2.a).'
        );
    });

    test('under 3090, whose outline was not read, a note on what the model lacks cites that framework by its title alone', async () => {
        const under3090 = await loadSample({
            'lao-cai.kts': [
                ['conforms "4.0"', 'conforms "3090"'],
                ['    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n', ''],
                ['    scope { description "Các cơ quan nhà nước của tỉnh" }\n', '']
            ]
        });
        const missingNotes = (language: 'vi' | 'en') =>
            [...allBlocks(buildDocumentModel(under3090, 'lao_cai', { date: '2026-03-05', language }))]
                .filter(block => block.type === 'paragraph' && block.role === 'warning')
                .map(block => (block.type === 'paragraph' ? cellText(block.content) : ''))
                .filter(text => /^(Mô hình|The model)/.test(text));
        expect(missingNotes('vi')).toEqual([
            'Mô hình chưa nêu tầm nhìn (Khung kiến trúc tổng thể quốc gia số).',
            'Mô hình chưa nêu phạm vi áp dụng (Khung kiến trúc tổng thể quốc gia số).'
        ]);
        expect(missingNotes('en')).toEqual([
            'The model states no vision (National Overall Digital Architecture Framework).',
            'The model states no scope (National Overall Digital Architecture Framework).'
        ]);
    });

    test('numbers tables and figures in document order and gives every anchor once', () => {
        const numbers = tables(vi).map(table => table.number);
        expect(numbers).toEqual(numbers.map((_, index) => index + 1));
        const figures = [...allBlocks(vi)].filter(block => block.type === 'figure');
        expect(figures.map(figure => figure.type === 'figure' && [figure.number, figure.viewId])).toEqual([[1, 'target-integration']]);
        const anchors = [...allSections(vi.sections)]
            .map(section => section.anchor)
            .concat(tables(vi).flatMap(table => [table.anchor, ...table.rows.flatMap(row => (row.anchor ? [row.anchor] : []))]));
        expect(new Set(anchors).size).toBe(anchors.length);
    });

    test('places the integration diagram in the target application architecture', () => {
        const application = chapter(vi, 6).sections[2];
        expect(application.blocks.map(block => block.type)).toContain('figure');
    });

    test('gives every element of the framework one home row, and every link lands on an anchor', () => {
        const anchors = documentAnchors(vi);
        for (const element of model.elements.values()) {
            if (element.framework === 'lao_cai')
                expect(anchors, element.qualifiedName).toContain(`el-${element.qualifiedName.replace(/\./g, '_')}`);
        }
        const targets = [...allBlocks(vi)]
            .flatMap(block => [...inlinesOf(block)])
            .flatMap(inline => (inline.type === 'ref' ? [inline.target] : []));
        expect(targets.length).toBeGreaterThan(20);
        expect(targets.filter(target => !anchors.has(target))).toEqual([]);
    });
});

describe('computed chapters', () => {
    test('the gap table flags the target elements no task delivers', () => {
        const detail = tableByCaption(vi, 'Chi tiết khoảng cách');
        const flagged = detail.rows.filter(row => row.role === 'flag').map(row => cellText(row.cells[1]).split('\n')[0]);
        // DOCUMENT_SAMPLE leaves the network undelivered.
        expect(flagged).toEqual(['Mạng truyền số liệu chuyên dùng cấp II']);
        const undelivered = [...allBlocks(vi)].find(
            block => block.type === 'paragraph' && block.role === 'warning' && cellText(block.content).startsWith('Có 1 phần tử')
        );
        expect(undelivered).toBeDefined();
    });

    test('the budget tables total per funding source, per investment form and per task, each year in whole millions of đồng', () => {
        const byFunding = tableByCaption(vi, 'Kinh phí dự kiến theo năm và nguồn vốn');
        expect(byFunding.columns.map(column => column.title)).toEqual([
            'Nguồn vốn',
            '2026',
            '2027',
            '2028',
            'Chưa xác định thời gian',
            'Tổng cộng (triệu đồng)'
        ]);
        // In millions: t3 (2026–2028, investment project) has 3,000 central, 1,000 evenly each year, and 1,000 local,
        // 334 + 333 + 333 (the million left over goes to the first year); t1 (10,000, no source, no form) has no
        // period in DOCUMENT_SAMPLE; t2 has no budget.
        expect(byFunding.rows.map(row => row.cells.map(cellText))).toEqual([
            // Sources in the order the budgets name them: t3 names the central budget first.
            ['Ngân sách trung ương', '1.000', '1.000', '1.000', '0', '3.000'],
            ['Ngân sách địa phương', '334', '333', '333', '0', '1.000'],
            ['Chưa xác định nguồn vốn', '0', '0', '0', '10.000', '10.000'],
            // 2026: 334 + 1,000; 2027 and 2028: 333 + 1,000; in no year: 10,000; in all: 1,000 + 3,000 + 10,000.
            ['Tổng cộng', '1.334', '1.333', '1.333', '10.000', '14.000']
        ]);
        const byForm = tableByCaption(vi, 'Kinh phí dự kiến theo hình thức đầu tư và năm');
        expect(byForm.rows.map(row => row.cells.map(cellText))).toEqual([
            // t3: 1,334 + 1,333 + 1,333 = 4,000.
            ['Dự án đầu tư', '1.334', '1.333', '1.333', '0', '4.000'],
            ['Chưa xác định hình thức đầu tư', '0', '0', '0', '10.000', '10.000'],
            ['Tổng cộng', '1.334', '1.333', '1.333', '10.000', '14.000']
        ]);
        const byTask = tableByCaption(vi, 'Kinh phí dự kiến theo nhiệm vụ và năm');
        expect(byTask.rows.map(row => row.cells.map(cellText))).toEqual([
            ['Liên thông hồ sơ sức khỏe với Bộ Y tế', '1.334', '1.333', '1.333', '0', '4.000'],
            ['Xây dựng HTTT giải quyết TTHC', '0', '0', '0', '10.000', '10.000'],
            ['Tổng cộng', '1.334', '1.333', '1.333', '10.000', '14.000']
        ]);
    });

    test('the goals table names each goal by its title, not by its id in the source', () => {
        const goals = tableByCaption(vi, 'Mục tiêu và chỉ tiêu');
        const goalRows = goals.rows.filter(row => row.role === 'subgroup').map(row => cellText(row.cells[0]));
        expect(goalRows).toEqual(['Dữ liệu dùng chung']);
        expect(goals.rows.flatMap(row => row.cells.map(cellText)).join(' ')).not.toContain('g1');
    });

    test('the compliance matrix has a row per national principle and per national component reached', () => {
        const principles = tableByCaption(vi, 'Mức độ phù hợp với các nguyên tắc cơ bản');
        expect(principles.rows.map(row => row.anchor)).toEqual(
            ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l'].map(code => `national-principle-${code === 'đ' ? '_' : code}`)
        );
        // b and c have no evidence rules, and nothing in the sample is a cloud (g).
        expect(principles.rows.filter(row => row.role === 'flag').map(row => cellText(row.cells[0]))).toEqual(['b)', 'c)', 'g)']);
        const national = tableByCaption(vi, 'Thành phần quốc gia được kết nối');
        expect(national.rows.map(row => cellText(row.cells[1]).split('\n')[0])).toEqual([
            'Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước',
            'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia',
            'Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh',
            'Hệ thống SOC Quốc gia',
            'Cơ sở dữ liệu quốc gia về dân cư'
        ]);
    });

    test('the groups of people have a table of their own, without the columns of activities, in both languages', () => {
        const vietnamese = tableByCaption(vi, 'Các nhóm người sử dụng của kiến trúc nghiệp vụ — ');
        const english = tableByCaption(en, 'The user groups of the business architecture — ');
        expect([vietnamese.caption, english.caption]).toEqual([
            'Các nhóm người sử dụng của kiến trúc nghiệp vụ — Mục tiêu',
            'The user groups of the business architecture — Target'
        ]);
        // The sample's citizens use nothing and have no description: no column is left empty but the description.
        expect(vietnamese.columns.map(column => column.title)).toEqual(['TT', 'Nhóm người sử dụng', 'Mô tả']);
        expect(english.columns.map(column => column.title)).toEqual(['No.', 'User group', 'Description']);
        // In the target each group says how it continues the current state, as every element does.
        expect(vietnamese.rows.map(row => row.cells.map(cellText))).toEqual([['1', 'Người dân\nXây dựng mới', '']]);
        expect(english.rows.map(row => row.cells.map(cellText))).toEqual([['1', 'Người dân\nNew', '']]);
        const business = tableByCaption(vi, 'Các phần tử kiến trúc nghiệp vụ — ');
        expect(business.rows.length).toBeGreaterThan(0);
        expect(business.rows.map(row => row.trace?.qualifiedName)).not.toContain('lao_cai.target.nguoi_dan');
    });

    test('the coverage appendix marks an illustrative code as not official', () => {
        const codes = tableByCaption(vi, 'Các mã được sử dụng');
        const arm = codes.rows.find(row => cellText(row.cells[0]) === 'ARM-T.1')!;
        expect(cellText(arm.cells[2])).toBe('Minh họa — không phải mã chính thức');
        const application = tableByCaption(vi, 'Các phần tử kiến trúc ứng dụng — Mục tiêu');
        expect(application.notes.map(cellText)).toContain('† mã minh họa, không phải mã chính thức (xem Phụ lục II).');
    });
});

describe('user text', () => {
    test('is written in NFC even when typed with combining marks', async () => {
        const decomposed = 'Hệ thống một cửa'.normalize('NFD');
        const { model: typed } = await loadSources({ 'k.kts': `framework m { target { application { app a "${decomposed}" } } }` });
        const document = buildDocumentModel(typed, 'm', { date: '2026-01-01' });
        const names = tables(document)
            .flatMap(table => table.rows.map(row => cellText(row.cells[1] ?? [])))
            .filter(text => text.startsWith('Hệ'));
        expect(names[0].split('\n')[0]).toBe('Hệ thống một cửa'.normalize('NFC'));
        expect(names[0]).toBe(names[0].normalize('NFC'));
    });
});

describe('message catalogue', () => {
    test('every message has Vietnamese (NFC) and English text with the same placeholders', () => {
        for (const key of allMessageKeys()) {
            const entry = (labels as Record<string, { vi: string; en: string }>)[key];
            expect(entry.vi, key).not.toBe('');
            expect(entry.en, key).not.toBe('');
            expect(entry.vi, key).toBe(entry.vi.normalize('NFC'));
            const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();
            expect(names(entry.en), key).toEqual(names(entry.vi));
        }
        expect(message('cover.version', 'en', { version: '4.0' })).toBe('Version 4.0');
    });
});
