import { beforeAll, describe, expect, test } from 'vitest';
import { expectCompletion, expectHover } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { TestWorkspace, withCode } from './test-utils.js';
import { APPROVAL_PARTS, replaced } from './sample.js';
import * as path from 'node:path';
import { catalogueKindWord, legalDocumentName } from '../src/index.js';
import { EXAMPLES, loadModel, REPOSITORY } from './load-model.js';

/** A province's own decision, added to the legal documents by a workspace catalogue. */
const LOCAL_DECISION = `catalog van-ban-tinh "Văn bản của tỉnh" {
    version "2026"
    status local
    source "Văn phòng Ủy ban nhân dân tỉnh"
    model LEGAL
    entry qd-12-2026 "ban hành Kế hoạch chuyển đổi số năm 2026" {
        kind "decision"
        number "12/QĐ-UBND"
        date 2026-01-15
        issuer "Ủy ban nhân dân tỉnh Thử Nghiệm"
        force in-force
    }
}
`;

/** The sample's approval parts citing `bases`. */
const framework = (bases: string) => replaced(APPROVAL_PARTS, ['basis nd-194-2025, nd-47-2020', `basis ${bases}`]);

const workspace = new TestWorkspace();

describe('legal bases', () => {
    test('citing a document in force, or a local decision a workspace catalogue adds, is clean', async () => {
        const documents = await workspace.validate({
            'van-ban.kts': LOCAL_DECISION,
            'main.kts': framework('nd-194-2025, luat-du-lieu-2024, qd-12-2026')
        });
        expect(withCode(documents.get('main.kts')!.diagnostics, 'kts/legal-replaced')).toEqual([]);
        expect(withCode(documents.get('main.kts')!.diagnostics, 'kts/unresolved-reference')).toEqual([]);
        const { model } = workspace.services.model.ArchitectureModelProvider.linkedModel();
        const laoCai = model.frameworks.find(each => each.id === 'lao_cai')!;
        expect(laoCai.legalBases.map(entry => [entry.code, entry.legal?.number])).toEqual([
            ['nd-194-2025', '194/2025/NĐ-CP'],
            ['luat-du-lieu-2024', '60/2024/QH15'],
            ['qd-12-2026', '12/QĐ-UBND']
        ]);
        expect(model.legalDocuments.map(entry => entry.code)).toContain('qd-12-2026');
        expect(laoCai.reasons).toHaveLength(2);
        expect(laoCai.revisions.map(revision => [revision.version, revision.date])).toEqual([
            ['2.0', '2021-06-15'],
            ['3.0', '2026-05-20']
        ]);
        expect(laoCai.responsibilities.units.map(unit => [unit.unit, unit.role, unit.duties.length])).toEqual([
            ['Sở Khoa học và Công nghệ', 'lead', 2],
            ['Sở Tài chính', 'finance', 1],
            ['Ủy ban nhân dân các xã, phường', 'communes', 1]
        ]);
        expect(laoCai.responsibilities.training).toEqual(['Bồi dưỡng kỹ năng số cho cán bộ, công chức.']);
    });

    test('citing a partly replaced document warns and names its successor and the day it took over', async () => {
        const diagnostics = withCode(await workspace.diagnostics(framework('nd-47-2020')), 'kts/legal-replaced');
        expect(diagnostics.map(diagnostic => [diagnostic.severity, diagnostic.message])).toEqual([
            [
                2,
                'Nghị định số 47/2020/NĐ-CP đã được thay thế một phần bởi Nghị định số 194/2025/NĐ-CP từ ngày 19/08/2025; hãy dẫn văn bản đang có hiệu lực.'
            ]
        ]);
    });

    test('a replaced document warns in English too, and the severity follows kts.config.json', async () => {
        const english = withCode(await workspace.diagnostics(framework('nd-47-2024'), { language: 'en' }), 'kts/legal-replaced');
        expect(english.map(diagnostic => diagnostic.message)).toEqual([
            'Decree No. 47/2024/NĐ-CP was replaced by Decree No. 194/2025/NĐ-CP from 19 August 2025; cite the document in force.'
        ]);
        const asError = await workspace.diagnostics(framework('nd-47-2024'), { rules: { 'kts/legal-replaced': 'error' } });
        expect(withCode(asError, 'kts/legal-replaced').map(diagnostic => diagnostic.severity)).toEqual([1]);
        const ignored = await workspace.diagnostics(framework('nd-47-2024'), { rules: { 'kts/legal-replaced': 'ignore' } });
        expect(withCode(ignored, 'kts/legal-replaced')).toEqual([]);
    });

    test('a code that is no legal document is not a legal basis', async () => {
        const diagnostics = await workspace.diagnostics(framework('ndxp'));
        expect(withCode(diagnostics, 'kts/unresolved-reference')).toHaveLength(1);
    });
});

describe('legal bases in the editor', () => {
    let hover: ReturnType<typeof expectHover>;
    let completion: ReturnType<typeof expectCompletion>;

    beforeAll(async () => {
        await workspace.validate({ 'van-ban.kts': LOCAL_DECISION });
        hover = expectHover(workspace.services);
        completion = expectCompletion(workspace.services);
    });

    test('completion after `basis` offers the legal documents only, the workspace’s own among them', async () => {
        await completion({
            text: 'framework thu { legal { basis <|> } }',
            index: 0,
            disposeAfterCheck: true,
            assert: (list: CompletionList) => {
                const labels = list.items.map(item => item.label);
                expect(labels).toEqual(expect.arrayContaining(['nd-194-2025', 'luat-du-lieu-2024', 'qd-3090-2025', 'qd-12-2026']));
                expect(labels).not.toContain('ndxp');
                expect(labels).not.toContain('a');
            }
        });
    });

    test('hover on a basis shows its number, date, issuer and that it was partly replaced, by what and from when', async () => {
        await hover({
            text: 'framework thu { legal { basis nd-47-<|>2020 } }',
            index: 0,
            disposeAfterCheck: true,
            hover: new RegExp(
                [
                    'Mô hình: Văn bản pháp lý \\(`LEGAL`\\) · Loại: nghị định',
                    'Số hiệu: 47/2020/NĐ-CP',
                    'Ngày ban hành: 09/04/2020',
                    'Cơ quan ban hành: Chính phủ',
                    'Hiệu lực: ⚠️ được thay thế một phần bởi Nghị định số 194/2025/NĐ-CP từ ngày 19 tháng 8 năm 2025',
                    'Ghi chú: Từ ngày 19/8/2025, Nghị định 194/2025/NĐ-CP bãi bỏ'
                ].join('[^]*')
            )
        });
    });
});

describe('the kind of a legal document a workspace catalogue adds', () => {
    test('is one the vocabulary names; its Vietnamese word gets the kind to write, anything else the list', async () => {
        const catalogue = LOCAL_DECISION.replace('kind "decision"', 'kind "Kế hoạch"').replace(
            '\n}\n',
            `
    entry ct-3-2026 "về chuyển đổi số" {
        kind "chỉ thị"
        number "03/CT-UBND"
    }
    entry kh-5-2026 "chuyển đổi số năm 2026" {
        kind "plan"
        number "05/KH-UBND"
    }
}
`
        );
        const documents = await workspace.validate({ 'van-ban.kts': catalogue });
        const found = (code: string) =>
            withCode(documents.get('van-ban.kts')!.diagnostics, code).map(diagnostic => [diagnostic.range.start.line, diagnostic.message]);
        expect(found('kts/legal-kind-word')).toEqual([
            [6, '"Kế hoạch" là tên gọi của loại văn bản "plan"; hãy viết kind "plan" để tài liệu gọi đúng tên loại ở cả hai ngôn ngữ.']
        ]);
        expect(found('kts/legal-kind-unknown')).toEqual([
            [
                13,
                'Loại văn bản "chỉ thị" chưa có trong từ vựng, nên tài liệu in nguyên chữ này trước số hiệu; hãy dùng một trong các loại "law", "resolution", "decree", "decision", "circular", "regulation", "official-letter", "plan".'
            ]
        ]);
    });
});

describe('legal bases of the examples', () => {
    test('each is of a kind the vocabulary names, so that hover and documents say "Kế hoạch số 22-KH/TU", not a code', async () => {
        const folders = [...EXAMPLES.map(example => example.folder), path.join(REPOSITORY, 'examples/tinh-gia-lai')];
        for (const folder of folders) {
            const model = await loadModel(folder);
            for (const framework of model.frameworks)
                for (const basis of framework.legalBases) expect(catalogueKindWord(basis.kind, 'vi'), basis.code).toBeDefined();
        }
        const giaLai = await loadModel(path.join(REPOSITORY, 'examples/tinh-gia-lai'));
        const plan = giaLai.legalDocuments.find(entry => entry.code === 'kh-22-tu-gia-lai-2025')!;
        expect(legalDocumentName(plan, 'vi')).toBe('Kế hoạch số 22-KH/TU');
        expect(legalDocumentName(plan, 'en')).toBe('Plan No. 22-KH/TU');
    }, 120_000);
});
