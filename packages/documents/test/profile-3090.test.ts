import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ArchitectureModel } from '@kts/language';
import { EXAMPLES, loadSample, loadSources, REPOSITORY } from '../../language/test/load-model.js';
import { replaced } from '../../language/test/sample.js';
import {
    allBlocks,
    buildDocumentModel,
    generateFramework,
    generateDiagrams,
    renderFigures,
    type DocumentModel,
    type FigureInput,
    type Inline,
    type TableBlock
} from '../src/index.js';
import { DOCUMENT_SAMPLE } from './support.js';
import { measurePrintedFigures } from './printed-figures.js';

/**
 * The sample governed by the 2025 national overall digital architecture framework (Quyết định 3090/QĐ-BKHCN) and
 * still stating framework 4.0: its principle implements the first principle of 3090 beside a), and its indicator
 * cites the national target of fully online procedures.
 */
const SAMPLE_3090 = {
    ...DOCUMENT_SAMPLE,
    'lao-cai.kts': [
        ...(DOCUMENT_SAMPLE['lao-cai.kts'] ?? []),
        ['conforms "4.0"', 'conforms "3090", "4.0"'],
        ['{ implements a }', '{ implements a, 3090.1 }'],
        ['target 80 unit "%" }', 'target 80 unit "%" basis 3090.MT.01 }']
    ]
} as const;

/** The national target 3090.MT.01 as the profile words it. */
const FULLY_ONLINE =
    '100% thủ tục hành chính đủ điều kiện và có phát sinh hồ sơ trong 3 năm gần nhất được cung cấp dịch vụ công trực tuyến toàn trình, khả dụng trên nhiều phương tiện truy cập, bao gồm cả thiết bị di động.';

const tables = (document: DocumentModel) => [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table');
const tableByCaption = (document: DocumentModel, caption: string) => tables(document).find(table => table.caption.startsWith(caption));
const cellText = (cell: Inline[]) => cell.map(inline => (inline.type === 'break' ? '\n' : inline.text)).join('');

let model: ArchitectureModel;
let submission: DocumentModel;
let working: DocumentModel;
let english: DocumentModel;

beforeAll(async () => {
    model = await loadSample(SAMPLE_3090);
    submission = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05' });
    working = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', edition: 'working' });
    english = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', language: 'en' });
});

describe('a framework governed by the 3090 profile', () => {
    test('is titled in the 3090 pattern, in both languages', () => {
        expect(submission.title).toBe('Khung kiến trúc số tỉnh Lào Cai');
        expect(english.title).toBe('Digital Architecture Framework of Lao Cai Province');
        expect(submission.cover.title).toBe(submission.title);
    });

    test('names on the cover of the working edition every national framework it states, the governing one first', () => {
        // The title "Khung kiến trúc số …" already says it is a digital architecture framework: no level line.
        expect(submission.cover.lines).toEqual([]);
        expect(working.cover.lines[0]).toBe(
            'Phù hợp với Khung kiến trúc tổng thể quốc gia số; Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'
        );
    });

    test('cites the 3090 decision among its legal bases', () => {
        const legal = submission.sections.find(section => section.anchor === 'legal');
        const text = legal ? JSON.stringify(legal.blocks) : '';
        expect(text).toContain('3090/QĐ-BKHCN');
    });

    test('has a compliance appendix per stated national framework, then the reference models, numbered in order', () => {
        const appendices = submission.sections.filter(section => section.appendix).map(section => section.title);
        expect(appendices).toEqual([
            'Phụ lục I. Mức độ phù hợp với Khung kiến trúc tổng thể quốc gia số',
            'Phụ lục II. Mức độ phù hợp với Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0',
            'Phụ lục III. Mức độ ánh xạ vào các mô hình tham chiếu'
        ]);
        expect(working.sections.at(-1)!.title).toBe('Phụ lục IV. Chỉ mục phần tử kiến trúc');
        // The working edition's preface points at the index by its number.
        expect(JSON.stringify(working.preface)).toContain('Phụ lục IV');
        // The principles chapter points at both comparisons.
        const principles = tableByCaption(submission, 'Nguyên tắc của khung kiến trúc')!;
        expect(principles.notes.map(cellText)).toEqual([
            'Đối chiếu đầy đủ với các nguyên tắc của Khung kiến trúc tổng thể quốc gia số tại Phụ lục I.',
            'Đối chiếu đầy đủ với các nguyên tắc cơ bản của Khung kiến trúc quốc gia (Chương 1, III.3) tại Phụ lục II.'
        ]);
        // Each national principle is numbered as its own text numbers it, never by the code KTS gave it (3090.1).
        expect(principles.rows[0]!.cells[2]!.map(inline => (inline.type === 'break' ? '\n' : inline.text)).join('')).toBe(
            'a) Phù hợp với khung kiến trúc quốc gia\n1) Quản trị dựa trên kết quả'
        );
    });

    test('compares the framework with the principles of 3090, marking a paraphrase in the working edition only', () => {
        const caption = 'Mức độ phù hợp với các nguyên tắc cốt lõi của Khung kiến trúc tổng thể quốc gia số';
        const matrix = tableByCaption(submission, caption)!;
        const first = matrix.rows[0]!;
        expect(cellText(first.cells[0]!)).toBe('1)');
        expect(matrix.columns.map(column => column.title).slice(0, 2)).toEqual(['Mục', 'Nguyên tắc cốt lõi']);
        expect(cellText(first.cells[1]!)).toContain('Quản trị dựa trên kết quả');
        // The framework's principle p1 implements 3090.1.
        expect(cellText(first.cells[2]!)).toBe('Lấy người dân làm trung tâm');
        expect(cellText(first.cells[4]!)).toBe('Có nguyên tắc cụ thể hóa');
        expect(cellText(first.cells[1]!)).not.toContain('chưa đối chiếu văn bản gốc');
        const marked = tableByCaption(working, caption)!;
        expect(cellText(marked.rows[0]!.cells[1]!)).toContain('(chưa đối chiếu văn bản gốc)');
        // The 4.0 appendix still quotes a) in the national wording, unmarked.
        const matrix40 = tableByCaption(working, 'Mức độ phù hợp với các nguyên tắc cơ bản a–l')!;
        expect(cellText(matrix40.rows[0]!.cells[1]!)).not.toContain('chưa đối chiếu văn bản gốc');
    });

    test('introduces its principles as putting into practice the principles of every national framework it states', async () => {
        const intro = (document: DocumentModel) =>
            [...allBlocks(document)]
                .flatMap(block => (block.type === 'paragraph' ? [cellText(block.content)] : []))
                .find(text => /^(Khung kiến trúc tuân theo|The framework follows these) /.test(text));
        expect(intro(submission)).toContain(
            'ghi rõ nguyên tắc của Khung kiến trúc tổng thể quốc gia số và nguyên tắc cơ bản của Khung kiến trúc quốc gia (Chương 1, III.3) mà nó cụ thể hóa.'
        );
        expect(intro(english)).toContain(
            'each names the principles of the National Overall Digital Architecture Framework and the basic principles of the national framework (Chapter 1, III.3) it puts into practice.'
        );
        // Stating 3090 alone, the introduction cites no paragraph of framework 4.0.
        const only3090 = await loadSample({
            ...SAMPLE_3090,
            'lao-cai.kts': [
                ...SAMPLE_3090['lao-cai.kts'],
                ['conforms "3090", "4.0"', 'conforms "3090"'],
                ['{ implements a, 3090.1 }', '{ implements 3090.1 }']
            ]
        });
        const alone = intro(buildDocumentModel(only3090, 'lao_cai', { date: '2026-03-05' }));
        expect(alone).toContain('ghi rõ nguyên tắc của Khung kiến trúc tổng thể quốc gia số mà nó cụ thể hóa.');
        expect(alone).not.toContain('Chương 1');
    });

    test('maps the four functional layers onto the five component architectures', () => {
        const mapping = tableByCaption(submission, 'Tương quan giữa bốn lớp chức năng và năm kiến trúc thành phần')!;
        expect(mapping.rows.map(row => cellText(row.cells[0]!))).toEqual([
            '1. Lớp hạ tầng số và an ninh mạng dùng chung',
            '2. Lớp dữ liệu và nền tảng cốt lõi',
            '3. Lớp ứng dụng và nghiệp vụ dùng chung',
            '4. Lớp kênh tương tác và đo lường hiệu quả'
        ]);
        // The architectures' columns are numbered, too narrow for their names; the key under the table names them.
        expect(mapping.columns.slice(1, 6).map(column => column.title)).toEqual(['1', '2', '3', '4', '5']);
        expect(mapping.notes.map(cellText)).toEqual([
            'Các cột kiến trúc thành phần: (1) Kiến trúc nghiệp vụ; (2) Kiến trúc dữ liệu; (3) Kiến trúc ứng dụng; ' +
                '(4) Kiến trúc công nghệ; (5) Kiến trúc an toàn thông tin mạng, an ninh mạng.'
        ]);
        // Infrastructure and cybersecurity: technology and security.
        expect(mapping.rows[0]!.cells.slice(1, 6).map(cellText)).toEqual(['', '', '', 'x', 'x']);
        // The kinds of a layer apart by semicolons, since the word for applications holds a comma.
        const kinds = mapping.rows.map(row => cellText(row.cells[6]!).split('; '));
        expect(kinds.flat().map(kind => kind.toLocaleLowerCase('vi'))).toContain('ứng dụng, hệ thống thông tin');
        // Each cell starts with a capital, the kinds after the first as they read mid-sentence.
        for (const [first, ...rest] of kinds) {
            expect(first).toMatch(/^\p{Lu}/u);
            for (const kind of rest) expect(kind).toMatch(/^\p{Ll}/u);
        }
        const marked = tableByCaption(working, 'Tương quan giữa bốn lớp chức năng')!;
        expect(cellText(marked.rows[0]!.cells[0]!)).toContain('(chưa đối chiếu văn bản gốc)');
        expect(marked.notes.map(cellText).join('\n')).toContain('(chưa đối chiếu văn bản gốc)');
    });

    test('places each target element in the layer of its kind', () => {
        const placement = tableByCaption(submission, 'Phần tử của kiến trúc mục tiêu theo lớp chức năng')!;
        // Worked out by hand from the sample's target architecture (lao-cai.kts and lao-cai-lien-thong.kts), in layer order:
        // the network, the data centre and the SOC (a security system) at the bottom; the health-record dataset, the
        // records database and the LGSP platform on data and platforms; the reception activity and the two applications
        // on applications; the citizens (a user) at the top.
        expect(placement.rows.map(row => cellText(row.cells[1]!))).toEqual([
            'Mạng truyền số liệu chuyên dùng cấp II, Trung tâm dữ liệu tỉnh, SOC tỉnh',
            'Hồ sơ sức khỏe điện tử, CSDL hồ sơ, Nền tảng LGSP tỉnh',
            'Tiếp nhận hồ sơ, Liên thông hồ sơ sức khỏe, HTTT giải quyết TTHC',
            'Người dân'
        ]);
        expect(placement.rows.map(row => row.role)).toEqual([undefined, undefined, undefined, undefined]);
    });

    test('flags a layer that none of the elements falls in', async () => {
        // The citizens written as an activity: nothing is left in the top layer (channels, portals, users).
        const withoutUsers = await loadSample({
            ...SAMPLE_3090,
            'lao-cai-lien-thong.kts': [['business { actor nguoi_dan "Người dân" }', 'business { activity nguoi_dan "Người dân" }']]
        });
        const document = buildDocumentModel(withoutUsers, 'lao_cai', { date: '2026-03-05' });
        const placement = tableByCaption(document, 'Phần tử của kiến trúc mục tiêu theo lớp chức năng')!;
        expect(placement.rows.map(row => row.role)).toEqual([undefined, undefined, undefined, 'flag']);
        expect(cellText(placement.rows[3]!.cells[1]!)).toBe('Chưa có phần tử nào thuộc lớp này');
    });

    test('lists the national targets its indicators cite, a draft target marked in the working edition only', () => {
        const targets = tableByCaption(submission, 'Mục tiêu quốc gia và chỉ tiêu của khung')!;
        expect(targets.rows).toHaveLength(1);
        const [, target, year, indicators] = targets.rows[0]!.cells;
        expect(cellText(target!)).toBe(FULLY_ONLINE);
        expect(cellText(year!)).toBe('2030');
        expect(cellText(indicators!)).toBe('Tỷ lệ hồ sơ xử lý trực tuyến: 80 % (2026-2030)');
        const marked = tableByCaption(working, 'Mục tiêu quốc gia và chỉ tiêu của khung')!;
        expect(cellText(marked.rows[0]!.cells[1]!)).toBe(`${FULLY_ONLINE}\n3090.MT.01 (chưa đối chiếu văn bản gốc)`);
    });

    test('lists the connections to national components once, in the 4.0 appendix', () => {
        const anchors = submission.sections.flatMap(section => section.sections.map(sub => sub.anchor));
        expect(anchors.filter(anchor => anchor.endsWith('-national'))).toEqual(['appendix-compliance-khung-4_0-national']);
    });
});

describe('the four-layer overview', () => {
    let figures: FigureInput[];

    beforeAll(async () => {
        figures = await renderFigures(model, 'lao_cai', 'vi');
    });

    test('takes the place of the overview of framework 4.0 in the document of a 3090-governed framework', async () => {
        // The four layers summarised to one figure; the sample's overview of framework 4.0 comes in two parts (see
        // figure-placement.test.ts).
        const overview = figures.filter(figure => figure.viewId === 'target-overview');
        expect(overview.map(figure => figure.title)).toEqual(['Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)']);
        expect(overview.map(figure => figure.svg).join('')).toContain('Lớp hạ tầng số và an ninh mạng dùng chung');
        const governed40 = await renderFigures(await loadSample(DOCUMENT_SAMPLE), 'lao_cai', 'vi');
        const overview40 = governed40.filter(figure => figure.viewId === 'target-overview');
        expect(overview40.map(figure => figure.title.split(' — phần')[0])).toEqual([
            'Sơ đồ khái quát (kiến trúc mục tiêu)',
            'Sơ đồ khái quát (kiến trúc mục tiêu)'
        ]);
        expect(overview40.map(figure => figure.svg).join('')).not.toContain('Lớp hạ tầng số và an ninh mạng dùng chung');
    });

    test('is followed by a note that says how each layer is summarised and where the rest is listed', async () => {
        const note = (document: DocumentModel) =>
            [...allBlocks(document)].filter(
                block =>
                    block.type === 'paragraph' &&
                    block.content.some(inline => inline.type !== 'break' && inline.text.includes('+k thành phần khác'))
            );
        const placed = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', figures });
        const target = placed.sections.find(section => section.anchor === 'target-architecture')!;
        const blocks = target.blocks.map(block => block.type);
        // The figure, then the note.
        expect(blocks.slice(blocks.indexOf('figure'))).toEqual(['figure', 'paragraph']);
        // One under the overview of each state: the sample has a current and a target architecture.
        expect(figures.filter(figure => figure.kind === 'overview').map(figure => figure.state)).toEqual(['current', 'target']);
        expect(note(placed)).toHaveLength(2);
        // Under framework 4.0 the overview is not summarised, and no note says it is.
        const governed40 = await loadSample(DOCUMENT_SAMPLE);
        const figures40 = await renderFigures(governed40, 'lao_cai', 'vi');
        expect(note(buildDocumentModel(governed40, 'lao_cai', { date: '2026-03-05', figures: figures40 }))).toEqual([]);
    });

    test('is what kts diagram draws for it, unless asked for the five-architecture tiers, and for 4.0 when asked for four', async () => {
        const request = { requests: [{ kind: 'overview' as const }], formats: ['svg' as const], language: 'vi' as const };
        const [layered] = await generateDiagrams(model, 'lao_cai', request);
        expect(layered!.title).toBe('Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)');
        const [tiers] = await generateDiagrams(model, 'lao_cai', { ...request, overview: 'five' });
        expect(tiers!.title).toBe('Sơ đồ khái quát (kiến trúc mục tiêu)');
        const [asked] = await generateDiagrams(await loadSample(DOCUMENT_SAMPLE), 'lao_cai', { ...request, overview: 'four' });
        expect(asked!.title).toBe('Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)');
    });
});

describe('the four-layer overview of a large framework, as printed', () => {
    test('is one figure per state, each on one page with no text below 7 pt', async () => {
        // The Lào Cai example, governed by 3090 instead of 4.0: its overview is the largest of the examples.
        const example = EXAMPLES[0]!;
        const files: Record<string, string> = {};
        for (const folder of [example.folder, path.join(REPOSITORY, 'examples/catalogs')])
            for (const name of fs.readdirSync(folder).filter(file => file.endsWith('.kts')))
                files[name] = fs.readFileSync(path.join(folder, name), 'utf8');
        files['01-tong-quan.kts'] = replaced(files['01-tong-quan.kts']!, ['conforms "4.0"', 'conforms "3090"']);
        const { model: governed, errors } = await loadSources(files);
        expect(errors).toEqual([]);
        const [docx] = await generateFramework(governed, example.framework, { formats: ['docx'], language: 'vi' });
        const overview = (await measurePrintedFigures(docx!.content as Uint8Array)).filter(figure =>
            figure.caption.includes('Sơ đồ khái quát theo bốn lớp chức năng')
        );
        expect(overview.map(figure => figure.caption.replace(/^Hình \d+\. /, ''))).toEqual([
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc hiện trạng)',
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)'
        ]);
        for (const figure of overview) expect(figure.smallestPrintedPt, figure.caption).toBeGreaterThanOrEqual(7);
    }, 600_000);
});
