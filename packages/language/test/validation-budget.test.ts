import { beforeAll, describe, expect, test } from 'vitest';
import { expectCompletion, expectHover } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { applied, coveredText, TestWorkspace, withCode } from './test-utils.js';
import { replaced, SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

const workspace = new TestWorkspace();

/** SAMPLE_FRAMEWORK with task t1's budget line replaced. */
function withBudget(line: string): string {
    return sampleWith('budget 10 billion VND', line);
}

describe('funding sources from the controlled list', () => {
    test('a list code links and raises nothing', async () => {
        const diagnostics = await workspace.diagnostics(withBudget('budget 10 billion VND funding ngan-sach-dia-phuong'));
        expect(diagnostics).toEqual([]);
    });

    test('free text is a warning whose quick fix writes the closest list entry instead', async () => {
        const text = withBudget('budget 10 billion VND funding "Ngân sách tỉnh"');
        const document = (await workspace.validate({ 'main.kts': text })).get('main.kts')!;
        const [diagnostic, ...rest] = withCode(document.diagnostics ?? [], 'kts/funding-source-text');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(coveredText(text, diagnostic)).toBe('"Ngân sách tỉnh"');
        expect(diagnostic.message).toMatch(/^Nguồn vốn 'Ngân sách tỉnh' viết tự do, không theo danh mục nguồn vốn/);
        expect(diagnostic.message).toContain("Có phải ý bạn là 'ngan-sach-dia-phuong' (Ngân sách địa phương)");
        // The documents' and the command's word for the folder of a user's files, not the English one.
        expect(diagnostic.message).toContain('Thêm nguồn riêng vào một danh mục của không gian làm việc (model FUNDING)');
        const [preferred] = await workspace.quickFixes(document, diagnostic);
        expect(preferred.isPreferred).toBe(true);
        const fixed = applied(document, preferred);
        expect(fixed).toBe(withBudget('budget 10 billion VND funding ngan-sach-dia-phuong'));
        expect(await workspace.diagnostics(fixed)).toEqual([]);
    });

    test.each([
        ['Vốn đầu tư công trung hạn của Bộ', 'von-dau-tu-cong'],
        ['Kinh phí chi thường xuyên của Bộ', 'chi-thuong-xuyen'],
        ['Nguồn sự nghiệp khoa học và công nghệ', 'su-nghiep-khcn'],
        ['Ngân sách trung ương hỗ trợ có mục tiêu', 'bo-sung-co-muc-tieu']
    ])('the near-duplicate "%s" is offered %s first', async (free, code) => {
        const [diagnostic] = withCode(
            await workspace.diagnostics(withBudget(`budget 10 billion VND funding "${free}"`)),
            'kts/funding-source-text'
        );
        expect((diagnostic.data as { suggestions: string[] }).suggestions[0]).toBe(code);
    });

    test('an unknown code is an error with the closest codes as quick fixes', async () => {
        const [diagnostic, ...rest] = withCode(
            await workspace.diagnostics(withBudget('budget 10 billion VND funding ngan-sach-tinh')),
            'kts/unresolved-reference'
        );
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect((diagnostic.data as { suggestions: string[] }).suggestions).toContain('ngan-sach-trung-uong');
    });

    test('a code of another list does not fit a funding position', async () => {
        const diagnostics = withCode(
            await workspace.diagnostics(withBudget('budget 10 billion VND funding dau-tu')),
            'kts/unresolved-reference'
        );
        expect(diagnostics).toHaveLength(1);
    });

    test('a workspace catalogue adds a funding source of its own', async () => {
        const documents = await workspace.validate({
            'main.kts': withBudget('budget 10 billion VND funding quy-rieng'),
            'nguon.kts': `catalog nguon-rieng "Nguồn riêng" { status local source "Tỉnh" entry quy-rieng "Quỹ riêng của tỉnh" { model FUNDING } }`
        });
        expect(documents.get('main.kts')!.diagnostics).toEqual([]);
    });
});

describe('investment form and coordinating units', () => {
    test('a form from the list and coordinating units raise nothing', async () => {
        const text = sampleWith(
            'period 2026-2027 budget',
            'period 2026-2027 form thue-dich-vu coordinating "Sở Tài chính", "Công an tỉnh" budget'
        );
        expect(await workspace.diagnostics(text)).toEqual([]);
    });

    test('a form outside the list is an unresolved reference', async () => {
        const text = sampleWith('period 2026-2027 budget', 'period 2026-2027 form thue budget');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect((diagnostic.data as { suggestions: string[] }).suggestions).toContain('thue-dich-vu');
    });
});

describe('budgets per year and splits', () => {
    test('amounts for years inside the period and one weight per year raise nothing', async () => {
        const text = withBudget('budget 4 billion VND year 2026 budget 6 billion VND split 1, 2');
        expect(await workspace.diagnostics(text)).toEqual([]);
    });

    test('a year outside the period is an error on the year', async () => {
        const text = withBudget('budget 4 billion VND year 2029');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/budget-year-outside-period');
        expect(rest).toEqual([]);
        expect(coveredText(text, diagnostic)).toBe('2029');
        expect(diagnostic.message).toBe("Kinh phí năm 2029 của nhiệm vụ 't1' nằm ngoài thời gian thực hiện (2026-2027).");
    });

    test.each([
        ['split 1, 2, 3', 3],
        ['split 1', 1],
        ['split 1, 0', 2]
    ])('`%s` over a two-year period is an error', async (split, count) => {
        const [diagnostic, ...rest] = withCode(
            await workspace.diagnostics(withBudget(`budget 10 billion VND ${split}`)),
            'kts/budget-split-weights'
        );
        expect(rest).toEqual([]);
        expect(diagnostic.message).toBe(
            `Nhiệm vụ 't1' chia kinh phí theo ${count} trọng số nhưng thời gian thực hiện (2026-2027) có 2 năm; cần đúng một trọng số dương cho mỗi năm.`
        );
    });
});

describe('kts/assessment-missing (Chương 1, III.2.đ)', () => {
    test('a current layer with elements and no assessment is a warning naming the layer', async () => {
        const text = sampleWith('            assessment { causes "Hạ tầng đầu tư từ năm 2015" }\n', '');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/assessment-missing');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.message).toMatch(
            /^Khung kiến trúc 'lao_cai': kiến trúc công nghệ hiện trạng có 1 phần tử nhưng chưa có đánh giá/
        );
        const english = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/assessment-missing');
        expect(english[0].message).toMatch(
            /^Framework 'lao_cai': the current technology architecture has 1 element\(s\) but no assessment/
        );
        expect(diagnostic.message).toContain('theo Chương 1, III.2.đ.');
        expect(english[0].message).toContain('as Chapter 1, III.2.đ asks.');
    });

    test('under 3090 it cites that framework by its title, with no paragraph', async () => {
        const text = replaced(
            SAMPLE_FRAMEWORK,
            ['conforms "4.0"', 'conforms "3090"'],
            ['            assessment { causes "Hạ tầng đầu tư từ năm 2015" }\n', '']
        );
        const [vietnamese] = withCode(await workspace.diagnostics(text), 'kts/assessment-missing');
        expect(vietnamese.message).toContain('theo Khung kiến trúc tổng thể quốc gia số.');
        expect(vietnamese.message).not.toContain('III.2');
        const [english] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/assessment-missing');
        expect(english.message).toContain('as National Overall Digital Architecture Framework asks.');
    });

    test('an assessment in another file of the framework counts', async () => {
        const text = sampleWith('            assessment { causes "Hạ tầng đầu tư từ năm 2015" }\n', '');
        const documents = await workspace.validate({
            'main.kts': text,
            'danh-gia.kts': 'framework lao_cai { current { technology { assessment { shortcomings "Chưa có trung tâm dự phòng" } } } }'
        });
        for (const document of documents.values()) expect(withCode(document.diagnostics ?? [], 'kts/assessment-missing')).toEqual([]);
    });
});

describe('kts/security-level-not-approved', () => {
    const current = (level: string) =>
        sampleWith(
            'app motcua "Một cửa điện tử" { supports tiep_nhan stores csdl_hs hosted tt_dl }',
            `app motcua "Một cửa điện tử" { supports tiep_nhan stores csdl_hs hosted tt_dl ${level} }`
        );

    test('a current system at level 3 without an approval is a warning on its level', async () => {
        const text = current('level 3');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/security-level-not-approved');
        expect(rest).toEqual([]);
        expect(coveredText(text, diagnostic)).toBe('3');
        expect(diagnostic.message).toMatch(/^Hệ thống 'motcua' ở cấp độ 3 nhưng chưa ghi quyết định phê duyệt hồ sơ đề xuất cấp độ/);
    });

    test.each([['level 3 approved "1520/QĐ-UBND" date 2023-06-15'], ['level 4 approved "88/QĐ-UBND"'], ['level 2']])(
        '`%s` raises nothing',
        async level => {
            expect(withCode(await workspace.diagnostics(current(level)), 'kts/security-level-not-approved')).toEqual([]);
        }
    );

    test('a target system at level 3 is approved with its design, after the framework: nothing to report', async () => {
        // SAMPLE_FRAMEWORK's target dvc is at level 3 without an approval.
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/security-level-not-approved')).toEqual([]);
    });
});

describe('editor features for the new positions', () => {
    let completion: ReturnType<typeof expectCompletion>;
    let hover: ReturnType<typeof expectHover>;
    beforeAll(async () => {
        await workspace.validate({});
        completion = expectCompletion(workspace.services);
        hover = expectHover(workspace.services);
    });
    const task = (body: string) =>
        `framework lao_cai { target { application { app a "A" } } implementation { task t "T" { period 2026-2027 ${body} delivers a } } }`;

    test('completion after `funding` offers the funding sources and nothing else', async () => {
        await completion({
            text: task('budget 1 billion VND funding <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: (list: CompletionList) => {
                const labels = list.items.map(item => item.label);
                expect(labels).toContain('ngan-sach-dia-phuong');
                expect(labels).toContain('von-dau-tu-cong');
                expect(labels).not.toContain('dau-tu');
                expect(labels).not.toContain('ndxp');
            }
        });
    });

    test('completion after `form` offers the investment forms', async () => {
        await completion({
            text: task('form <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: (list: CompletionList) => {
                const labels = list.items.map(item => item.label);
                expect(labels).toEqual(expect.arrayContaining(['dau-tu', 'mua-sam', 'thue-dich-vu']));
                expect(labels).not.toContain('ngan-sach-dia-phuong');
            }
        });
    });

    test('hover on a funding code names the source and where the list comes from', async () => {
        await hover({
            text: task('budget 1 billion VND funding von-dau-<|>tu-cong'),
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`von-dau-tu-cong`\*\* — Vốn đầu tư công[\s\S]*Luật Đầu tư công/
        });
    });
});

describe('blocks only one place prints', () => {
    test('a protection block outside the security layer, or an assessment in the target, is a warning on the block', async () => {
        const text = sampleWith(
            'technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } }',
            'technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } protection { onsite "Tổ ứng cứu" } assessment { results "Đạt" } }'
        );
        const diagnostics = await workspace.diagnostics(text);
        const [protection] = withCode(diagnostics, 'kts/protection-not-security');
        expect(coveredText(text, protection)).toBe('protection { onsite "Tổ ứng cứu" }');
        const [assessment] = withCode(diagnostics, 'kts/assessment-not-current');
        expect(coveredText(text, assessment)).toBe('assessment { results "Đạt" }');
        expect(assessment.message).toContain('chỉ dành cho kiến trúc hiện trạng (Chương 1, III.2.đ);');
        expect(diagnostics).toHaveLength(2);
    });

    test('an assessment in the target of a 3090 framework cites that framework, in either language', async () => {
        const text = replaced(
            SAMPLE_FRAMEWORK,
            ['conforms "4.0"', 'conforms "3090"'],
            [
                'technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } }',
                'technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } assessment { results "Đạt" } }'
            ]
        );
        const [vietnamese] = withCode(await workspace.diagnostics(text), 'kts/assessment-not-current');
        expect(vietnamese.message).toContain('chỉ dành cho kiến trúc hiện trạng (Khung kiến trúc tổng thể quốc gia số);');
        const [english] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/assessment-not-current');
        expect(english.message).toContain('belongs to the current architecture (National Overall Digital Architecture Framework);');
    });
});
