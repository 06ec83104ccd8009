import { beforeAll, describe, expect, test } from 'vitest';
import { allBlocks, allSections, buildDocumentModel, inlinesOf, type DocumentModel, type Section } from '../src/index.js';
import { loadSample } from '../../language/test/load-model.js';
import { APPROVAL_PARTS } from '../../language/test/sample.js';

let vi: DocumentModel;
let en: DocumentModel;

beforeAll(async () => {
    const model = await loadSample({}, { 'lao-cai-phe-duyet.kts': APPROVAL_PARTS });
    vi = buildDocumentModel(model, 'lao_cai', { date: '2027-01-01' });
    en = buildDocumentModel(model, 'lao_cai', { date: '2027-01-01', language: 'en' });
});

const section = (document: DocumentModel, anchor: string): Section =>
    [...allSections(document.sections)].find(each => each.anchor === anchor)!;
const text = (section: Section) =>
    section.blocks.flatMap(block => [...inlinesOf(block)].map(inline => (inline.type === 'break' ? '\n' : inline.text)));

describe('the sections a submission carries', () => {
    test('come in the profile’s order: revisions and lists first, reasons and legal bases before a–g, responsibilities after g', () => {
        expect(vi.sections.map(each => [each.number, each.title])).toEqual([
            [undefined, 'Lịch sử phiên bản'],
            [undefined, 'Danh mục từ viết tắt'],
            [undefined, 'Danh mục bảng'],
            ['1', 'Sự cần thiết'],
            ['2', 'Căn cứ pháp lý'],
            ['3', 'Tầm nhìn'],
            ['4', 'Mục tiêu'],
            ['5', 'Phạm vi áp dụng'],
            ['6', 'Nguyên tắc'],
            ['7', 'Khung kiến trúc hiện trạng'],
            ['8', 'Khung kiến trúc mục tiêu'],
            ['9', 'Tổ chức triển khai'],
            ['10', 'Trách nhiệm tổ chức thực hiện'],
            [undefined, 'Phụ lục I. Mức độ phù hợp với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'],
            [undefined, 'Phụ lục II. Mức độ ánh xạ vào các mô hình tham chiếu']
        ]);
    });

    test('the reasons are the framework’s paragraphs, as written', () => {
        expect(text(section(vi, 'reasons'))).toEqual([
            'Tỉnh được hợp nhất từ ngày 01/7/2025; hai hệ thống một cửa điện tử cần được hợp nhất.',
            'Khung kiến trúc phiên bản 2.0 chưa theo Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0.'
        ]);
    });

    test('the legal bases cite the profile’s documents, then the framework’s own, each once, in the administrative form', () => {
        const citations = text(section(vi, 'legal')).slice(1);
        expect(citations).toContain('Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;');
        expect(citations).toContain(
            'Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước (đã được thay thế một phần bởi Nghị định số 194/2025/NĐ-CP từ ngày 19 tháng 8 năm 2025);'
        );
        expect(citations.at(-1)).toBe(
            'Nghị định số 194/2025/NĐ-CP ngày 03 tháng 7 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Giao dịch điện tử về cơ sở dữ liệu quốc gia, kết nối và chia sẻ dữ liệu, dữ liệu mở phục vụ giao dịch điện tử của cơ quan nhà nước.'
        );
        expect(citations.filter(citation => citation.includes('47/2020/NĐ-CP'))).toHaveLength(1);
        expect(text(section(en, 'legal')).at(-1)).toBe(
            "Decree No. 194/2025/NĐ-CP of 3 July 2025, issued by Chính phủ: detailing the Law on Electronic Transactions on national databases, data connection and sharing, and open data for state agencies' electronic transactions."
        );
    });

    test('the revision history lists every version with its date and summary', () => {
        const [table] = section(vi, 'revisions').blocks;
        expect(
            table?.type === 'table' &&
                table.rows.map(row => row.cells.map(cell => cell.map(inline => (inline.type === 'break' ? '' : inline.text)).join('')))
        ).toEqual([
            ['2.0', '15/06/2021', 'Ban hành phiên bản 2.0'],
            ['3.0', '20/05/2026', 'Cập nhật theo Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0']
        ]);
    });

    test('the list of tables names every table with its number, each a link to it', () => {
        const list = section(vi, 'list-of-tables');
        expect(list.listOf).toBe('table');
        const tables = [...allBlocks(vi)].filter(block => block.type === 'table');
        const [items] = list.blocks;
        expect(items?.type === 'list' && items.items.map(item => item[0])).toEqual(
            tables.map(
                table => table.type === 'table' && { type: 'ref', text: `Bảng ${table.number}. ${table.caption}`, target: table.anchor }
            )
        );
        expect(tables.length).toBeGreaterThan(3);
        // No figures were drawn for this document, so there is no list of figures.
        expect(vi.sections.some(each => each.listOf === 'figure')).toBe(false);
    });

    test('responsibilities name each unit, with its role where the name does not say it, then training and outreach, and where the approved framework goes', () => {
        const chapter = section(vi, 'responsibilities');
        expect(text(chapter)).toEqual([
            'Sau khi được phê duyệt, Khung kiến trúc này được gửi về Bộ Khoa học và Công nghệ để theo dõi, tổng hợp.'
        ]);
        expect([...allSections(chapter.sections)].map(each => [each.number, each.title])).toEqual([
            ['10.1', 'Trách nhiệm của các cơ quan, đơn vị'],
            ['10.1.1', 'Sở Khoa học và Công nghệ (cơ quan chủ trì)'],
            ['10.1.2', 'Sở Tài chính'],
            ['10.1.3', 'Ủy ban nhân dân các xã, phường'],
            ['10.2', 'Đào tạo, bồi dưỡng'],
            ['10.3', 'Thông tin, tuyên truyền']
        ]);
        expect(text(section(vi, 'responsibilities-unit-1'))).toEqual([
            'Chủ trì, hướng dẫn triển khai Khung kiến trúc.',
            'Tổng hợp, báo cáo kết quả hằng năm.'
        ]);
    });

    test('the cover is dated by the approval’s year, not by the day the file is made, and prints no redundant level line', () => {
        expect(vi.cover.dateLine).toBe('Năm 2026');
        expect(vi.cover.lines.some(line => line.includes('Khung kiến trúc số cấp tỉnh'))).toBe(false);
    });
});
