import { beforeAll, describe, expect, test } from 'vitest';
import { formatDate, frameworkProfile, legalDocumentName, type ArchitectureModel, type FrameworkModel } from '@kts/language/model';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { allBlocks, buildDocumentModel, renderDocx, renderHtml, type DocumentModel, type Inline, type TableBlock } from '../src/index.js';
import { byTag, parseXml, readDocx, textOf, type XNode } from './support.js';

/** What a reader of each example's documents sees: the Word file's text and core properties, the HTML page's text. */
interface Edition {
    document: DocumentModel;
    docxText: string;
    docxProperties: string;
    htmlText: string;
}

interface Example {
    framework: FrameworkModel;
    submission: Edition;
    working: Edition;
}

const examples: Example[] = [];

async function edition(model: ArchitectureModel, frameworkId: string, kind: 'submission' | 'working'): Promise<Edition> {
    const document = buildDocumentModel(model, frameworkId, { edition: kind, date: '2026-12-06' });
    const docx = await readDocx(await renderDocx(document));
    const html = parseXml(renderHtml(document).replace(/^<!DOCTYPE html>/i, ''));
    return {
        document,
        docxText: wordText(docx.document),
        docxProperties: await docx.zip.file('docProps/core.xml')!.async('string'),
        htmlText: pageText(byTag(html, 'body')[0])
    };
}

/** The text of a Word body as it reads: runs joined, a line break or a paragraph's end as a new line. */
function wordText(node: XNode): string {
    if (node.tag === 'w:t') return textOf(node);
    if (node.tag === 'w:br') return '\n';
    if (node.tag === 'w:tab') return '\t';
    const text = node.children.map(wordText).join('');
    return node.tag === 'w:p' ? `${text}\n` : text;
}

/** The text of an HTML page as it reads: a line break or the end of a block as a new line. */
function pageText(node: XNode): string {
    if (node.value !== undefined) return node.value;
    if (node.tag === 'br') return '\n';
    if (['style', 'svg'].includes(node.tag)) return '';
    const text = node.children.map(pageText).join('');
    return /^(p|h\d|li|td|th|tr|div|caption|figcaption)$/.test(node.tag) ? `${text}\n` : text;
}

beforeAll(async () => {
    for (const { folder, framework: id } of EXAMPLES) {
        const model = await loadModel(folder);
        examples.push({
            framework: model.frameworks.find(framework => framework.id === id)!,
            submission: await edition(model, id, 'submission'),
            working: await edition(model, id, 'working')
        });
    }
}, 600_000);

const count = (text: string, part: string) => text.split(part).length - 1;
const asWord = (part: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}_&-])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_&-])`, 'u');

const codeLike = (id: string) => /[_\-0-9]/.test(id);

/** Ids a reader would take for code: those with an underscore, a hyphen or a digit (`nguoi_dan`, `ho-so-cap-do`, `t07`). */
function modelIds(framework: FrameworkModel): string[] {
    const elements = (['current', 'target'] as const).flatMap(state =>
        Object.values(framework.states[state].layers).flatMap(layer => layer.elements.map(element => element.id))
    );
    return [...elements, ...framework.tasks.map(task => task.id)].filter(codeLike);
}

/** The catalogue codes of the national components the framework's elements reach (`ttdl-bo-tinh`). */
function nationalCodes(framework: FrameworkModel): string[] {
    const elements = (['current', 'target'] as const).flatMap(state =>
        Object.values(framework.states[state].layers).flatMap(layer => layer.elements)
    );
    const codes = elements.flatMap(element =>
        element.relations.flatMap(relation =>
            [relation.target, ...relation.via].flatMap(end => (end.type === 'national' ? [end.entry.code] : []))
        )
    );
    return [...new Set(codes)].filter(codeLike);
}

describe.each(EXAMPLES.map((example, index) => [example.framework, index] as const))('the submission edition of %s', (_, index) => {
    const example = () => examples[index];
    const texts = () => [example().submission.docxText, example().submission.htmlText];

    test('opens with the national-emblem heading, the DỰ THẢO mark and "<place>, năm <year>", not the build date', () => {
        const { framework } = example();
        for (const text of texts()) {
            const heading = text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
            expect(heading).toBeGreaterThanOrEqual(0);
            expect(text.indexOf('Độc lập - Tự do - Hạnh phúc')).toBeGreaterThan(heading);
            expect(text).toContain('DỰ THẢO');
            expect(text).toContain(`${framework.document!.place}, năm ${framework.document!.year}`);
            expect(text).not.toContain('Tài liệu lập');
        }
    });

    test('carries the reasons, the legal bases cited in full, the revision history, the list of tables and the responsibilities', () => {
        const { framework, submission } = example();
        expect(framework.reasons.length).toBeGreaterThan(1);
        expect(framework.legalBases.length).toBeGreaterThan(2);
        for (const text of texts()) {
            for (const heading of ['Lịch sử phiên bản', 'Danh mục bảng', 'Sự cần thiết', 'Căn cứ pháp lý', 'Trách nhiệm tổ chức thực hiện'])
                expect(text, heading).toContain(heading);
            for (const reason of framework.reasons) expect(text).toContain(reason);
            // The profile's bases and the framework's own, each as "<kind> số <number> ngày <date> của <issuer> <title>".
            expect(text).toContain('Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;');
            expect(text).toContain(
                'Quyết định số 3090/QĐ-BKHCN ngày 08 tháng 10 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành Khung kiến trúc tổng thể quốc gia số'
            );
            for (const basis of framework.legalBases) {
                const cited = `${legalDocumentName(basis, 'vi')} ${formatDate('vi', basis.legal!.date!)}`;
                expect(count(text, cited), basis.code).toBe(1);
            }
            for (const revision of framework.revisions) expect(text).toContain(revision.summary);
            for (const unit of framework.responsibilities.units) expect(text).toContain(unit.unit);
        }
        const listOfTables = submission.document.sections.find(section => section.listOf === 'table')!;
        const [list] = listOfTables.blocks;
        const tables = [...allBlocks(submission.document)].filter(block => block.type === 'table');
        expect(list?.type === 'list' && list.items.length).toBe(tables.length);
    });

    test('names the approving decision once, with the date a draft leaves blank and its signatory', () => {
        const { framework } = example();
        for (const text of texts()) {
            expect(count(text, 'Ban hành kèm theo')).toBe(1);
            expect(text).toContain(
                `Ban hành kèm theo ${framework.approval!.decision} ngày … tháng … năm ${framework.document!.year} của ${framework.approval!.approver}`
            );
        }
    });

    test('element tables state the kind once, in a column where kinds mix, and the national counterpart as "Tương ứng"', () => {
        const { framework, submission } = example();
        const tables = tablesCaptioned(submission.document, 'Các phần tử kiến trúc ');
        expect(tables.length).toBe(10);
        // People have their own table (below); these hold everything else.
        const elements = (['current', 'target'] as const).flatMap(state =>
            Object.values(framework.states[state].layers).map(layer => layer.elements.filter(element => element.kind !== 'actor'))
        );
        for (const [index, table] of tables.entries()) {
            const kinds = new Set(elements[index]!.map(element => element.kind));
            expect(
                table.columns.some(column => column.title === 'Loại'),
                table.caption
            ).toBe(kinds.size > 1);
        }
        const [business] = tables;
        expect(business!.columns.map(column => column.title).slice(0, 3)).toEqual([
            'TT',
            'Hoạt động, quy trình, dịch vụ nghiệp vụ',
            'Loại'
        ]);
        expect(business!.rows.map(row => cellText(row.cells[2]!))).not.toContain('người sử dụng');
        for (const text of texts()) {
            expect(text).not.toContain('Hiện thực hóa');
            expect(text).toContain(
                'Tương ứng: thành phần tương ứng trong sơ đồ khái quát của Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0 (Chương 3, II).'
            );
        }
    });

    test('gives the groups of people a table of their own: who, their counterpart, the description apart, what they use', () => {
        const { framework, submission } = example();
        const tables = tablesCaptioned(submission.document, 'Các nhóm người sử dụng của kiến trúc nghiệp vụ — ');
        expect(tables.map(table => table.caption)).toEqual([
            'Các nhóm người sử dụng của kiến trúc nghiệp vụ — Hiện trạng',
            'Các nhóm người sử dụng của kiến trúc nghiệp vụ — Mục tiêu'
        ]);
        for (const [index, state] of (['current', 'target'] as const).entries()) {
            const people = framework.states[state].layers.business.elements.filter(element => element.kind === 'actor');
            const table = tables[index]!;
            // No owner, supporting application or BRM code: a column of what they use only where one of them uses something.
            const uses = people.some(person => person.relations.some(relation => relation.kind === 'uses'));
            expect(table.columns.map(column => column.title)).toEqual([
                'TT',
                'Nhóm người sử dụng',
                'Mô tả',
                ...(uses ? ['Ứng dụng, kênh sử dụng'] : [])
            ]);
            expect(table.rows.map(row => cellText(row.cells[1]!).split('\n')[0])).toEqual(people.map(person => person.title));
            for (const [row, person] of table.rows.map((row, at) => [row, people[at]!] as const)) {
                const description = person.description ?? '';
                expect(cellText(row.cells[2]!).startsWith(description), person.id).toBe(true);
                if (description) expect(cellText(row.cells[1]!), person.id).not.toContain(description);
            }
        }
        // The first group reads as a reviewer expects: its name, then its national counterpart, and nothing more.
        expect(cellText(tables[0]!.rows[0]!.cells[1]!)).toMatch(/^[^\n]+\nTương ứng: Người dân[^\n]*$/);
        expect(tables[0]!.notes.map(cellText)).toContainEqual(expect.stringMatching(/^Tương ứng: thành phần tương ứng/));
        // Nobody is left in the tables of activities, processes and services.
        const people = new Set(
            (['current', 'target'] as const).flatMap(state =>
                framework.states[state].layers.business.elements
                    .filter(element => element.kind === 'actor')
                    .map(element => element.qualifiedName)
            )
        );
        const otherRows = tablesCaptioned(submission.document, 'Các phần tử kiến trúc ').flatMap(table => table.rows);
        expect(otherRows.filter(row => people.has(row.trace?.qualifiedName ?? ''))).toEqual([]);
        const listOfTables = submission.document.sections.find(section => section.listOf === 'table')!.blocks[0]!;
        const listed = listOfTables.type === 'list' ? listOfTables.items.map(cellText) : [];
        for (const table of tables) expect(listed).toContain(`Bảng ${table.number}. ${table.caption}`);
        for (const text of texts()) for (const table of tables) expect(text).toContain(`Bảng ${table.number}. ${table.caption}`);
    });

    test('shows no model id, task id, source file, repository path or mention of the tool', () => {
        const ids = [...modelIds(example().framework), ...nationalCodes(example().framework)];
        expect(ids.length).toBeGreaterThan(50);
        for (const text of [...texts(), example().submission.docxProperties]) {
            expect(ids.filter(id => asWord(id).test(text))).toEqual([]);
            expect(text).not.toMatch(/\.kts\b/);
            expect(text).not.toMatch(/packages\/|examples\/|\.json\b/);
            expect(text).not.toMatch(/\bKTS\b|\bGit\b|kts validate/);
            expect(text).not.toContain('Chỉ mục phần tử');
        }
    });

    test('spells out, in the list of abbreviations, every abbreviation of the glossary it uses', () => {
        const { framework, submission } = example();
        const section = submission.document.sections.find(each => each.anchor === 'abbreviations')!;
        const table = section.blocks.find(block => block.type === 'table')!;
        if (table.type !== 'table') throw new Error('no table');
        const listed = table.rows.map(row => [
            row.cells[1].map(inline => (inline.type === 'break' ? '' : inline.text)).join(''),
            row.cells[2].map(inline => (inline.type === 'break' ? '' : inline.text)).join('')
        ]);
        const glossary = frameworkProfile(framework).glossary;
        for (const text of texts()) {
            // The text outside the list itself: from its caption to the next part, the list of figures or of tables.
            const start = text.search(/Bảng \d+\. Danh mục từ viết tắt/);
            const end = Math.min(...['Danh mục hình', 'Danh mục bảng'].map(next => text.indexOf(next, start)).filter(at => at > 0));
            expect(start).toBeGreaterThan(0);
            const outside = text.slice(0, start) + text.slice(end);
            const used = glossary.filter(entry => asWord(entry.abbreviation).test(outside)).map(entry => entry.abbreviation);
            expect(listed.map(([abbreviation]) => abbreviation).sort()).toEqual(used.sort());
        }
        expect(listed.map(([abbreviation]) => abbreviation)).toEqual(expect.arrayContaining(['CSDL', 'LGSP', 'NDXP']));
        for (const [abbreviation, meaning] of listed)
            expect(meaning).toBe(glossary.find(entry => entry.abbreviation === abbreviation)!.expansion.vi);
    });

    test('quotes the national principles a–l in the national wording, with their citation', () => {
        const profile = frameworkProfile(example().framework);
        for (const text of texts()) {
            for (const principle of profile.principles.entries) {
                for (const paragraph of principle.text.split('\n')) expect(text).toContain(paragraph);
                expect(text).toContain(`(${principle.citation})`);
            }
            // Principle h as the national framework words it (Chương 1, III.3.h), not our paraphrase.
            expect(text).toContain(
                'Triển khai các giải pháp bảo mật, an toàn thông tin mạng, an ninh mạng ở các thành phần của khung kiến trúc mục tiêu theo nhu cầu và lộ trình phù hợp.'
            );
        }
    });
});

describe.each(EXAMPLES.map((example, index) => [example.framework, index] as const))('the working edition of %s', (_, index) => {
    test('keeps the model ids, the task ids and the element index with its source files', () => {
        const { framework, working } = examples[index];
        const ids = modelIds(framework);
        for (const text of [working.docxText, working.htmlText]) {
            expect(ids.filter(id => asWord(id).test(text))).toEqual(ids);
            expect(text).toContain('Phụ lục III. Chỉ mục phần tử kiến trúc');
            expect(text).toMatch(/\.kts:\d+/);
        }
        expect(working.docxProperties).toContain('.kts');
    });
});

/** The tables of a document model, by the start of their caption. */
function tablesCaptioned(document: DocumentModel, caption: string): TableBlock[] {
    return [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table' && block.caption.startsWith(caption));
}

const cellText = (cell: Inline[]) => cell.map(inline => ('text' in inline ? inline.text : '\n')).join('');

/** A money cell in millions as Vietnamese writes it (`12.500`); a fraction of a million would carry a comma. */
function millions(text: string): number {
    expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
    return Number(text.replaceAll('.', ''));
}

describe.each(EXAMPLES.map((example, index) => [example.framework, index] as const))('the approvable parts of %s', (_, index) => {
    const example = () => examples[index];

    test('the budget tables per task, funding source and investment form sum across and down to the same grand total', () => {
        const { framework, submission } = example();
        const stated = framework.tasks.flatMap(task => task.budgets).reduce((sum, budget) => sum + budget.amount, 0) / 1e6;
        for (const caption of [
            'Kinh phí dự kiến theo nhiệm vụ và năm',
            'Kinh phí dự kiến theo năm và nguồn vốn',
            'Kinh phí dự kiến theo hình thức đầu tư và năm'
        ]) {
            const [table, ...others] = tablesCaptioned(submission.document, caption);
            expect(others).toEqual([]);
            const rows = table.rows.map(row => row.cells.map(cellText));
            const values = rows.map(row => row.slice(1).map(millions));
            const [total, ...body] = [values.at(-1)!, ...values.slice(0, -1)];
            expect(rows.at(-1)![0]).toBe('Tổng cộng');
            for (const row of body) expect(row.slice(0, -1).reduce((sum, value) => sum + value, 0)).toBe(row.at(-1));
            total.forEach((value, column) => expect(body.reduce((sum, row) => sum + row[column], 0)).toBe(value));
            expect(total.at(-1)).toBe(stated);
        }
        // Every task with a budget has its row; no source or form is left unstated.
        const byTask = tablesCaptioned(submission.document, 'Kinh phí dự kiến theo nhiệm vụ và năm')[0];
        expect(byTask.rows.length - 1).toBe(framework.tasks.filter(task => task.budgets.length > 0).length);
        for (const text of [submission.docxText, submission.htmlText]) {
            expect(text).not.toContain('Chưa xác định nguồn vốn');
            expect(text).not.toContain('Chưa xác định hình thức đầu tư');
        }
    });

    test('each current component architecture is followed by its assessment: results, shortcomings, causes', () => {
        const { framework, submission } = example();
        for (const text of [submission.docxText, submission.htmlText]) {
            expect(count(text, 'Đánh giá\n')).toBeGreaterThanOrEqual(5);
            for (const layer of Object.values(framework.states.current.layers)) {
                for (const item of [...layer.assessment.results, ...layer.assessment.shortcomings, ...layer.assessment.causes]) {
                    expect(text).toContain(item);
                }
            }
            for (const heading of ['Kết quả đạt được:', 'Tồn tại, hạn chế:', 'Nguyên nhân:']) expect(count(text, heading)).toBe(5);
        }
    });

    test('the security tables print each system level with its approval, owner and operator, and the four-layer model', () => {
        const { framework, submission } = example();
        const approved = Object.values(framework.states.current.layers)
            .flatMap(layer => layer.elements)
            .filter(element => element.securityApproval);
        expect(approved.length).toBeGreaterThan(5);
        // The current architecture's table comes first.
        const [levels] = tablesCaptioned(submission.document, 'Cấp độ an toàn hệ thống thông tin — ');
        expect(levels.columns.map(column => column.title)).toEqual([
            'TT',
            'Hệ thống thông tin',
            'Cấp độ an toàn',
            'Phê duyệt hồ sơ cấp độ',
            'Đơn vị chủ trì, quản lý',
            'Đơn vị vận hành',
            'Biện pháp, hệ thống bảo vệ'
        ]);
        for (const text of [submission.docxText, submission.htmlText]) {
            for (const element of approved) {
                expect(text).toContain(`Quyết định số ${element.securityApproval!.decision}`);
                if (element.operator) expect(text).toContain(element.operator);
            }
            // The examples leave the level decisions' numbers to be filled in, and their dates blank, as a draft does.
            expect(approved.every(element => element.securityApproval!.decision.startsWith('…/QĐ-'))).toBe(true);
            expect(count(text, 'ngày … tháng … năm 20…')).toBeGreaterThanOrEqual(approved.length);
            expect(count(text, 'Mô hình bảo vệ 4 lớp — ')).toBeGreaterThanOrEqual(2);
            // The four layers as Công văn số 1552/BTTTT-CATTT, which carries out Chỉ thị số 14/CT-TTg, names them.
            for (const layer of [
                'Lực lượng tại chỗ',
                'Tổ chức hoặc thuê doanh nghiệp giám sát, bảo vệ chuyên nghiệp',
                'Tổ chức hoặc thuê doanh nghiệp độc lập kiểm tra, đánh giá định kỳ',
                'Kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia'
            ]) {
                expect(text).toContain(layer);
            }
            expect(text).toContain('Chỉ thị số 14/CT-TTg ngày 07/6/2019');
            expect(text).toContain('Công văn số 1552/BTTTT-CATTT ngày 28/4/2020');
            expect(text).not.toContain('Chưa nêu');
        }
    });
});
