import mammoth from 'mammoth';
import { beforeAll, describe, expect, test } from 'vitest';
import { diffWorkspaces, type ArchitectureModel, type ChangeSet } from '@kts/language/model';
import { buildChangeAnnexDocument, buildDocumentModel, generateChangeAnnex, renderHtml } from '../src/index.js';
import { loadSample } from '../../language/test/load-model.js';
import type { SampleVariant } from '../../language/test/sample.js';
import { allBlocks, allSections, type TableBlock } from '../src/document-model/document-model.js';
import { renderChangeFigures } from '../src/render-figures.js';
import { DOCUMENT_SAMPLE, loadDocumentSample } from './support.js';

/**
 * The documents' sample updated: a new portal integrating the national public-service portal, the current firewall
 * retired, the health-record task's budget spread 1 : 2 : 3 over its years instead of evenly, and the LGSP
 * integrating the national population database through NDXP.
 */
const UPDATED: SampleVariant = {
    'lao-cai.kts': [
        ...(DOCUMENT_SAMPLE['lao-cai.kts'] ?? []),
        [
            '            platform lgsp_lao_cai "Nền tảng LGSP tỉnh" { realizes lgsp integrates ndxp }\n',
            '            platform lgsp_lao_cai "Nền tảng LGSP tỉnh" { realizes lgsp integrates ndxp integrates csdlqg-dan-cu via ndxp }\n' +
                '            app cong_dvc "Cổng dịch vụ công tỉnh" { integrates cong-dvc-quoc-gia via lgsp_lao_cai, ndxp }\n'
        ],
        ['            measure tuong_lua "Tường lửa" { protects tt_dl }\n', '']
    ],
    'lao-cai-lien-thong.kts': [
        ...(DOCUMENT_SAMPLE['lao-cai-lien-thong.kts'] ?? []),
        ['period 2026-2028\n            form dau-tu\n', 'period 2026-2028\n            split 1, 2, 3\n            form dau-tu\n']
    ]
};

let head: ArchitectureModel;
let changeSet: ChangeSet;
beforeAll(async () => {
    head = await loadSample(UPDATED);
    changeSet = diffWorkspaces(await loadDocumentSample(), head);
});

const tables = (language: 'vi' | 'en' = 'vi') => {
    const document = buildChangeAnnexDocument(head, 'lao_cai', changeSet, { base: 'v4.0', language });
    return { document, tables: [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table') };
};
const cellText = (table: TableBlock) =>
    table.rows.map(row => row.cells.map(cell => cell.map(inline => (inline.type === 'break' ? ' / ' : inline.text)).join('')));

describe('the annex of changes since a version', () => {
    test('is titled after the base version, with a summary table of counts and one numbered table per part that changed', () => {
        const { document, tables: found } = tables();
        expect(document.title).toBe('Phụ lục: Nội dung cập nhật so với phiên bản v4.0');
        expect(document.cover.title).toBe(document.title);
        expect(document.cover.lines[0]).toBe('Khung kiến trúc Chính quyền số tỉnh Lào Cai');
        expect([...allSections(document.sections)].map(section => section.title)).toEqual([
            'Phụ lục: Nội dung cập nhật so với phiên bản v4.0',
            'Phần tử kiến trúc',
            'Quan hệ, kết nối',
            'Nhiệm vụ'
        ]);
        expect(found.map(table => `${table.number}. ${table.caption}`)).toEqual([
            '1. Tổng hợp nội dung cập nhật so với phiên bản v4.0',
            '2. Nội dung cập nhật: Phần tử kiến trúc',
            '3. Nội dung cập nhật: Quan hệ, kết nối',
            '4. Nội dung cập nhật: Nhiệm vụ'
        ]);
        expect(cellText(found[0])).toEqual([
            ['Phần tử kiến trúc', '1', '1', '0'],
            ['Quan hệ, kết nối', '1', '0', '0'],
            ['Nhiệm vụ', '0', '0', '1'],
            ['Tổng cộng', '2', '1', '1']
        ]);
    });

    test('names each thing as the document does, and a changed budget per year and source in millions', () => {
        const [, elements, relations, tasks] = tables().tables;
        expect(cellText(elements)).toEqual([
            [
                '1',
                'Tường lửa / Biện pháp an toàn thông tin — kiến trúc an toàn thông tin mạng, an ninh mạng của kiến trúc hiện trạng',
                'Lược bỏ',
                '—'
            ],
            ['2', 'Cổng dịch vụ công tỉnh / Ứng dụng, hệ thống thông tin — kiến trúc ứng dụng của kiến trúc mục tiêu', 'Bổ sung', '—']
        ]);
        expect(cellText(relations)[0][1]).toBe(
            'Nền tảng LGSP tỉnh — tích hợp với — Cơ sở dữ liệu quốc gia về dân cư / Kiến trúc ứng dụng của kiến trúc mục tiêu'
        );
        // Task t3's 3 billion (central) over 2026–2028 evenly is 1 000 million a year, then 1 : 2 : 3 is 500, 1 000, 1 500;
        // its 1 billion (local) evenly is 334, 333, 333, then 167, 333, 500. The years whose amount is the same are no change.
        expect(cellText(tasks)).toEqual([
            [
                '1',
                'Liên thông hồ sơ sức khỏe với Bộ Y tế',
                'Sửa đổi',
                [
                    'Kinh phí năm 2026 (Ngân sách địa phương): 334 → 167 triệu đồng',
                    'Kinh phí năm 2026 (Ngân sách trung ương): 1.000 → 500 triệu đồng',
                    'Kinh phí năm 2028 (Ngân sách địa phương): 333 → 500 triệu đồng',
                    'Kinh phí năm 2028 (Ngân sách trung ương): 1.000 → 1.500 triệu đồng'
                ].join(' / ')
            ]
        ]);
    });

    test('a list of ids names what it gained and lost, not the whole list twice', async () => {
        const before = await loadSample();
        const after = await loadSample({
            'lao-cai.kts': [['delivers lgsp_lao_cai, soc_lao_cai after t1', 'delivers lgsp_lao_cai, tt_dl after t1']]
        });
        const changes = diffWorkspaces(before, after);
        const document = buildChangeAnnexDocument(after, 'lao_cai', changes, { base: 'v4.0' });
        const tasks = [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table').at(-1)!;
        expect(cellText(tasks)).toEqual([['1', 'Nâng cấp LGSP và SOC', 'Sửa đổi', 'Kết quả: + Trung tâm dữ liệu tỉnh; − SOC tỉnh']]);
    });

    test('in English, and as Word and HTML files that read back with its tables', async () => {
        expect(tables('en').document.title).toBe('Annex: changes since version v4.0');
        const files = await generateChangeAnnex(head, 'lao_cai', changeSet, { formats: ['docx', 'html'], language: 'vi', base: 'v4.0' });
        expect(files.map(file => file.name)).toEqual(['lao_cai.changes.docx', 'lao_cai.changes.html']);
        const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(files[0].content as Uint8Array) });
        expect(value).toContain('Phụ lục: Nội dung cập nhật so với phiên bản v4.0');
        expect(value).toContain('Cổng dịch vụ công tỉnh');
        expect((value.match(/<table>/g) ?? []).length).toBe(4);
        expect(files[1].content).toBe(renderHtml(tables().document));
    });

    test('opens with the change view, placed to print no text below 7 pt, when the base version’s model is given', async () => {
        const before = await loadDocumentSample();
        const figures = await renderChangeFigures(head, 'lao_cai', { changeSet, base: 'v4.0', before }, 'vi');
        const document = buildChangeAnnexDocument(head, 'lao_cai', changeSet, { base: 'v4.0', figures });
        const [intro, figure, summary] = document.sections[0]!.blocks;
        expect(intro?.type).toBe('paragraph');
        expect(figure).toMatchObject({ type: 'figure', number: 1, title: 'Sơ đồ nội dung cập nhật so với phiên bản v4.0' });
        expect(summary?.type).toBe('table');
        if (figure?.type !== 'figure') throw new Error('no figure');
        expect(figure.placement.smallestTextPt).toBeGreaterThanOrEqual(7);
        expect(figure.elementIds).toEqual(
            expect.arrayContaining(['lao_cai.target.cong_dvc', 'lao_cai.current.tuong_lua', 'lao_cai.target.lgsp_lao_cai'])
        );
        const files = await generateChangeAnnex(head, 'lao_cai', changeSet, { formats: ['html'], language: 'vi', base: 'v4.0', before });
        expect(files[0]!.content).toContain('Hình 1. Sơ đồ nội dung cập nhật so với phiên bản v4.0');
        // A row leads to where the thing is written now (the preview reveals it); a removed thing is written nowhere.
        expect(files[0]!.content).toMatch(/<tr[^>]* data-element="lao_cai\.target\.cong_dvc"/);
        expect(files[0]!.content).not.toMatch(/<tr[^>]* data-element="lao_cai\.current\.tuong_lua"/);
    });

    test('says there is no change when there is none', () => {
        const document = buildChangeAnnexDocument(head, 'lao_cai', { changes: [] }, { base: 'v4.1' });
        expect(
            [...allBlocks(document)].map(block =>
                block.type === 'paragraph' ? block.content.map(inline => (inline.type === 'break' ? '' : inline.text)).join('') : block.type
            )
        ).toEqual(['Nội dung của khung kiến trúc không thay đổi so với phiên bản v4.1.']);
    });

    test('kts generate --since: the framework document ends with the annex and marks the rows added or changed', () => {
        const document = buildDocumentModel(head, 'lao_cai', { since: { changeSet, base: 'v4.0' } });
        const last = document.sections.at(-1)!;
        expect(last.title).toBe('Phụ lục: Nội dung cập nhật so với phiên bản v4.0');
        expect(last.appendix).toBe(true);
        const marked = [...allBlocks(document)]
            .filter((block): block is TableBlock => block.type === 'table')
            .flatMap(table =>
                table.rows.flatMap(row => {
                    const text = row.cells
                        .map(cell => cell.map(inline => (inline.type === 'break' ? ' / ' : inline.text)).join(''))
                        .join(' | ');
                    const mark = /([^|/\s][^|/]*?) \((bổ sung|sửa đổi)\)/.exec(text);
                    return mark ? [`${table.caption}: ${mark[1]} (${mark[2]})`] : [];
                })
            );
        // The new portal, the LGSP with its new integration and the task whose budget moved; each where it has a row.
        expect(new Set(marked.map(line => line.replace(/^[^:]*: /, '')))).toEqual(
            new Set(['Cổng dịch vụ công tỉnh (bổ sung)', 'Nền tảng LGSP tỉnh (sửa đổi)', 'Liên thông hồ sơ sức khỏe với Bộ Y tế (sửa đổi)'])
        );
        const noted = [...allBlocks(document)].filter(
            (block): block is TableBlock =>
                block.type === 'table' &&
                block.notes.some(note => note.some(inline => inline.type === 'text' && inline.text.startsWith('Dòng ghi')))
        );
        expect(noted.length).toBeGreaterThan(0);
        for (const table of noted) expect(cellText(table).flat().join(' ')).toMatch(/\((bổ sung|sửa đổi)\)/);
        const plain = buildDocumentModel(head, 'lao_cai');
        expect(plain.sections.map(section => section.title)).not.toContain(last.title);
    });
});
