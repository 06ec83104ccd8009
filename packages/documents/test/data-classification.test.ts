import { describe, expect, test } from 'vitest';
import { allBlocks, buildDocumentModel, type DocumentModel, type TableBlock } from '../src/index.js';
import { loadSample } from '../../language/test/load-model.js';

const tables = (document: DocumentModel) => [...allBlocks(document)].filter((block): block is TableBlock => block.type === 'table');
const cellText = (cell: { type: string; text?: string }[]) => cell.map(inline => inline.text ?? '\n').join('');

describe("the data architecture's tables", () => {
    test("show each database's classes in a column of their own, in both languages", async () => {
        const model = await loadSample({
            'lao-cai.kts': [['{ upgrades csdl_hs }', '{ upgrades csdl_hs classification shared, master, personal }']]
        });
        for (const [language, caption, state, header, cell] of [
            // The cell starts with a capital, the classes after the first as they read mid-sentence.
            ['vi', 'Các phần tử kiến trúc dữ liệu', 'Mục tiêu', 'Phân loại dữ liệu', 'Dữ liệu dùng chung; dữ liệu chủ; có dữ liệu cá nhân'],
            ['en', 'Elements of the data architecture', 'Target', 'Classification', 'Shared data; master data; holds personal data']
        ] as const) {
            const document = buildDocumentModel(model, 'lao_cai', { date: '2026-03-05', language });
            const table = tables(document).find(candidate => candidate.caption.startsWith(caption) && candidate.caption.includes(state))!;
            const column = table.columns.findIndex(candidate => candidate.title === header);
            expect(column).toBeGreaterThan(0);
            const row = table.rows.find(candidate => cellText(candidate.cells[1]).split('\n')[0] === 'CSDL hồ sơ')!;
            expect(cellText(row.cells[column])).toBe(cell);
        }
    });
});
