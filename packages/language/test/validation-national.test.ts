import type { LangiumDocument } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { applied, TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { replaced, SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

async function validateMain(text: string, language: 'vi' | 'en' = 'vi'): Promise<LangiumDocument> {
    return (await workspace.validate({ 'main.kts': text }, { language })).get('main.kts')!;
}

describe('kts/missing-national-connection', () => {
    test('the clean framework, whose LGSP connects to the NDXP, has no missing connection', async () => {
        expect(withCode((await validateMain(SAMPLE_FRAMEWORK)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
    });

    test('a procedures system without the identification system and the national portal gets one warning for each, naming section and line', async () => {
        const text = sampleWith('                replaces motcua', '                realizes httt-tthc\n                replaces motcua');
        const document = await validateMain(text);
        const diagnostics = withCode(document.diagnostics, 'kts/missing-national-connection');
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual([
            "'dvc' hiện thực 'httt-tthc' nhưng chưa kết nối với Hệ thống định danh và xác thực điện tử ('he-thong-dinh-danh'), kết nối mà Chương 3, II.19.b yêu cầu; thêm `integrates he-thong-dinh-danh via ndxp, nen-tang-dinh-danh`.",
            "'dvc' hiện thực 'httt-tthc' nhưng chưa kết nối với Cổng Dịch vụ công quốc gia ('cong-dvc-quoc-gia'), kết nối mà Chương 3, II.8 yêu cầu; thêm `integrates cong-dvc-quoc-gia via lgsp_lao_cai, ndxp`."
        ]);
        for (const diagnostic of diagnostics) {
            expect(diagnostic.severity).toBe(2);
            expect(coveredText(text, diagnostic)).toBe('dvc');
        }
        const english = withCode((await validateMain(text, 'en')).diagnostics, 'kts/missing-national-connection');
        expect(english[1].message).toBe(
            "'dvc' realizes 'httt-tthc' but has no connection to Cổng Dịch vụ công quốc gia ('cong-dvc-quoc-gia'), which Chapter 3, II.8 requires; add `integrates cong-dvc-quoc-gia via lgsp_lao_cai, ndxp`."
        );
    });

    test('the quick fix adds the integration line inside the element, and the warning goes away', async () => {
        let text = sampleWith('                replaces motcua', '                realizes httt-tthc\n                replaces motcua');
        for (let round = 0; round < 2; round++) {
            const document = await validateMain(text);
            const [diagnostic] = withCode(document.diagnostics, 'kts/missing-national-connection');
            const [fix] = await workspace.quickFixes(document, diagnostic);
            expect(fix.title).toMatch(/^Thêm `integrates /);
            text = applied(document, fix);
        }
        expect(text).toContain(
            '                hosted tt_dl\n                integrates he-thong-dinh-danh via ndxp, nen-tang-dinh-danh\n                integrates cong-dvc-quoc-gia via lgsp_lao_cai, ndxp\n            }'
        );
        const fixed = await validateMain(text);
        expect(withCode(fixed.diagnostics, 'kts/missing-national-connection')).toEqual([]);
        expect(withCode(fixed.diagnostics, 'kts/integration-bypasses-platform')).toEqual([]);
    });

    test('an element written on one line gets the line before its closing brace; one without a block gets a block', async () => {
        const oneLine = sampleWith('{ realizes lgsp integrates ndxp }', '{ realizes lgsp }');
        const document = await validateMain(oneLine);
        const [diagnostic] = withCode(document.diagnostics, 'kts/missing-national-connection');
        expect(diagnostic.message).toContain("'lgsp_lao_cai' hiện thực 'lgsp'");
        expect(applied(document, (await workspace.quickFixes(document, diagnostic))[0])).toContain('{ realizes lgsp integrates ndxp }');
    });

    test('reaching the component through an element that realizes it, or a member of a group, counts; the current architecture is not checked', async () => {
        const reporting = sampleWith(
            '            platform lgsp_lao_cai',
            '            app bc "Hệ thống báo cáo tỉnh" { realizes httt-bao-cao uses bc_cp }\n            app bc_cp "Đầu mối báo cáo Chính phủ" { realizes httt-bao-cao-chinh-phu }\n            platform lgsp_lao_cai'
        ).replace('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai, soc_lao_cai, bc, bc_cp');
        expect(withCode((await validateMain(reporting)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
        const current = sampleWith('app motcua "Một cửa điện tử" {', 'app motcua "Một cửa điện tử" { realizes httt-tthc');
        expect(withCode((await validateMain(current)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
        expect(lineOf(current, 'realizes httt-tthc')).toBeGreaterThan(0);
    });

    test('the severity is set in kts.config.json', async () => {
        const text = sampleWith('{ realizes lgsp integrates ndxp }', '{ realizes lgsp }');
        const documents = await workspace.validate({ 'main.kts': text }, { rules: { 'kts/missing-national-connection': 'ignore' } });
        expect(withCode(documents.get('main.kts')!.diagnostics, 'kts/missing-national-connection')).toEqual([]);
    });
});

describe('kts/organisation-changed', () => {
    const withScopeAndTask = (scope: string, responsible: string) =>
        sampleWith('scope { description "Các cơ quan nhà nước của tỉnh" }', `scope { description "${scope}" }`).replace(
            'task t1 "Xây dựng HTTT giải quyết TTHC" { period 2026-2027',
            `task t1 "Xây dựng HTTT giải quyết TTHC" { period 2026-2027 responsible "${responsible}"`
        );

    test('the district level and a merged department named in a 2026 framework are flagged with their successor, source and dates', async () => {
        const text = withScopeAndTask('Các sở, ngành và UBND các huyện', 'Sở Thông tin và Truyền thông');
        const document = await validateMain(text);
        const diagnostics = withCode(document.diagnostics, 'kts/organisation-changed');
        expect(diagnostics.map(diagnostic => coveredText(text, diagnostic))).toEqual(['UBND các huyện', 'Sở Thông tin và Truyền thông']);
        expect(diagnostics[0].severity).toBe(2);
        expect(diagnostics[0].message).toBe(
            "'UBND các huyện' không còn từ ngày 01/07/2025 (Luật số 72/2025/QH15), trước mốc 31/12/2030 của khung kiến trúc; ghi 'UBND các xã, phường', hoặc ghi 'UBND các huyện (cũ)' nếu nói về đơn vị trước đây."
        );
        expect(diagnostics[1].message).toContain('không còn từ ngày 01/03/2025 (Nghị định số 45/2025/NĐ-CP), trước mốc 31/12/2027');
        expect(diagnostics[1].message).toContain("ghi 'Sở Khoa học và Công nghệ'");
        const english = withCode((await validateMain(text, 'en')).diagnostics, 'kts/organisation-changed');
        expect(english[1].message).toBe(
            "'Sở Thông tin và Truyền thông' no longer exists since 1 March 2025 (Nghị định số 45/2025/NĐ-CP), before the framework's date 31 December 2027; write 'Sở Khoa học và Công nghệ', or 'Sở Thông tin và Truyền thông (cũ)' if it means the former unit."
        );
    });

    test("a name written with another dash or other spacing, and one in an element's owner, are flagged where they stand", async () => {
        const text = withScopeAndTask('Các sở, ngành', 'Sở Lao động–Thương binh  và Xã hội').replace(
            'app motcua "Một cửa điện tử" {',
            'app motcua "Một cửa điện tử" { owner "Sở Thông tin và Truyền thông"'
        );
        const diagnostics = withCode((await validateMain(text)).diagnostics, 'kts/organisation-changed');
        expect(diagnostics.map(diagnostic => coveredText(text, diagnostic)).sort()).toEqual([
            'Sở Lao động–Thương binh  và Xã hội',
            'Sở Thông tin và Truyền thông'
        ]);
    });

    test('the quick fix writes the successor in place', async () => {
        const text = withScopeAndTask('Các cơ quan của tỉnh', 'Sở Thông tin và Truyền thông');
        const document = await validateMain(text);
        const [diagnostic] = withCode(document.diagnostics, 'kts/organisation-changed');
        const [fix] = await workspace.quickFixes(document, diagnostic);
        expect(fix.title).toBe("Thay bằng 'Sở Khoa học và Công nghệ'");
        const fixed = applied(document, fix);
        expect(fixed).toBe(text.replace('Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'));
        expect(withCode((await validateMain(fixed)).diagnostics, 'kts/organisation-changed')).toEqual([]);
    });

    test('a merged province named as a unit is flagged with the province it became', async () => {
        const text = withScopeAndTask('Các cơ quan của tỉnh', 'UBND tỉnh Yên Bái');
        const [diagnostic] = withCode((await validateMain(text)).diagnostics, 'kts/organisation-changed');
        expect(coveredText(text, diagnostic)).toBe('tỉnh Yên Bái');
        expect(diagnostic.message).toContain('(Nghị quyết số 202/2025/QH15)');
        expect(diagnostic.message).toContain("ghi 'tỉnh Lào Cai'");
    });

    test('names marked as historical, and units that still exist, are accepted', async () => {
        for (const [scope, responsible] of [
            ['Các xã, phường; hồ sơ của UBND các huyện (cũ)', 'Sở Thông tin và Truyền thông trước hợp nhất'],
            ['Khu vực tỉnh Yên Bái cũ và tỉnh Lào Cai', 'Sở Khoa học và Công nghệ (tiếp nhận nhiệm vụ của Sở Thông tin và Truyền thông)'],
            ['Rà soát thẩm quyền sau khi bỏ cấp huyện', 'Sở Nông nghiệp và Môi trường']
        ]) {
            expect(withCode((await validateMain(withScopeAndTask(scope, responsible))).diagnostics, 'kts/organisation-changed')).toEqual(
                []
            );
        }
    });

    test("a framework whose dates all precede the change may name the unit; a task's own period decides for its texts", async () => {
        const old = withScopeAndTask('UBND các huyện', 'Sở Thông tin và Truyền thông')
            .replace('period 2026-2030', 'period 2021-2024')
            .replace('period 2026-2027', 'period 2021-2022')
            .replace('period 2027-2028', 'period 2023-2024');
        expect(withCode((await validateMain(old)).diagnostics, 'kts/organisation-changed')).toEqual([]);
        const taskAfter = old.replace('period 2021-2022', 'period 2024-2026');
        const diagnostics = withCode((await validateMain(taskAfter)).diagnostics, 'kts/organisation-changed');
        expect(diagnostics.map(diagnostic => coveredText(taskAfter, diagnostic))).toEqual([
            'UBND các huyện',
            'Sở Thông tin và Truyền thông'
        ]);
    });

    test('the severity is set in kts.config.json', async () => {
        const text = withScopeAndTask('UBND các huyện', 'Sở Thông tin và Truyền thông');
        const documents = await workspace.validate({ 'main.kts': text }, { rules: { 'kts/organisation-changed': 'error' } });
        expect(withCode(documents.get('main.kts')!.diagnostics, 'kts/organisation-changed').map(diagnostic => diagnostic.severity)).toEqual(
            [1, 1]
        );
    });
});

describe('suggestions for an unknown national id', () => {
    test('rank the component a person abbreviates first: prefixes and initials of the hyphenated parts', async () => {
        for (const [typed, expected] of [
            ['cong-dvc-qg', 'cong-dvc-quoc-gia'],
            ['csdl-dan-cu', 'csdlqg-dan-cu'],
            ['csdlqg-dc', 'csdlqg-dan-cu'],
            ['nen-tang-dd', 'nen-tang-dinh-danh']
        ]) {
            const text = sampleWith('integrates csdlqg-dan-cu via', `integrates ${typed} via`);
            const document = await validateMain(text);
            const [diagnostic] = withCode(document.diagnostics, 'kts/unresolved-reference');
            expect(coveredText(text, diagnostic)).toBe(typed);
            expect((diagnostic.data as { suggestions: string[] }).suggestions[0]).toBe(expected);
            expect(diagnostic.message).toContain(`Có phải ý bạn là '${expected}'`);
            expect((await workspace.quickFixes(document, diagnostic))[0].title).toMatch(new RegExp(`^Thay bằng '${expected}'`));
        }
    });
});

describe('kts/task-delivers-current-only', () => {
    test('a task that delivers only current elements is flagged on each deliverable; the fix points at the target element of the same id', async () => {
        const text = sampleWith('delivers dvc, csdl_hs }', 'delivers current.motcua, current.csdl_hs }');
        const document = await validateMain(text);
        const diagnostics = withCode(document.diagnostics, 'kts/task-delivers-current-only');
        expect(diagnostics.map(diagnostic => coveredText(text, diagnostic))).toEqual(['current.motcua', 'current.csdl_hs']);
        expect(diagnostics[0].severity).toBe(2);
        expect(diagnostics[0].message).toBe(
            "Nhiệm vụ 't1' chỉ tạo ra phần tử của kiến trúc hiện trạng ('current.motcua'): nó không đưa tới điều gì mới. Trỏ `delivers` tới phần tử của kiến trúc mục tiêu."
        );
        expect(await workspace.quickFixes(document, diagnostics[0])).toEqual([]);
        const [fix] = await workspace.quickFixes(document, diagnostics[1]);
        expect(fix.title).toBe("Thay bằng 'csdl_hs'");
        expect(applied(document, fix)).toContain('delivers current.motcua, csdl_hs }');
    });

    test('a task that also delivers a target element, and the clean framework, raise nothing', async () => {
        const mixed = sampleWith('delivers dvc, csdl_hs }', 'delivers dvc, current.csdl_hs, csdl_hs }');
        expect(withCode((await validateMain(mixed)).diagnostics, 'kts/task-delivers-current-only')).toEqual([]);
        expect(withCode((await validateMain(SAMPLE_FRAMEWORK)).diagnostics, 'kts/task-delivers-current-only')).toEqual([]);
    });

    test('a target element no task delivers is still flagged (kts/target-not-delivered)', async () => {
        const text = sampleWith('delivers dvc, csdl_hs }', 'delivers csdl_hs }');
        const [diagnostic] = withCode((await validateMain(text)).diagnostics, 'kts/target-not-delivered');
        expect(coveredText(text, diagnostic)).toBe('dvc');
    });
});

describe('kts/missing-content: the contents of III.2.g', () => {
    const missing = async (text: string, config = {}) =>
        withCode((await workspace.validate({ 'main.kts': text }, config)).get('main.kts')!.diagnostics, 'kts/missing-content');

    test('maintenance without tools and frequency, and compliance without its method, are named one by one', async () => {
        const text = sampleWith(' tools "Kho mã nguồn KTS" frequency "Hằng năm"', '').replace(
            ' description "Thẩm định sự phù hợp của dự án trước khi phê duyệt"',
            ''
        );
        expect((await missing(text)).map(diagnostic => diagnostic.message)).toEqual([
            'Khung kiến trúc \'lao_cai\' chưa có công cụ duy trì, cập nhật khung kiến trúc (Chương 1, III.2.g). Bổ sung khối `maintenance { tools "…" }`.',
            'Khung kiến trúc \'lao_cai\' chưa có tần suất cập nhật khung kiến trúc (Chương 1, III.2.g). Bổ sung khối `maintenance { frequency "…" }`.',
            'Khung kiến trúc \'lao_cai\' chưa có cách thức giám sát tuân thủ khung kiến trúc (Chương 1, III.2.g). Bổ sung khối `compliance { description "…" }`.'
        ]);
    });

    test('tasks alone do not make III.2.g complete: maintenance and compliance are required, as errors with strict', async () => {
        const text = sampleWith('        maintenance {', '        // maintenance {').replace(
            '        compliance {',
            '        // compliance {'
        );
        const diagnostics = await missing(text, { strict: true });
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual([
            'Khung kiến trúc \'lao_cai\' chưa có duy trì, cập nhật khung kiến trúc (Chương 1, III.2.g). Bổ sung khối `maintenance { responsible "…" tools "…" frequency "…" }`.',
            'Khung kiến trúc \'lao_cai\' chưa có giám sát tuân thủ khung kiến trúc (Chương 1, III.2.g). Bổ sung khối `compliance { responsible "…" description "…" }`.'
        ]);
        expect(diagnostics.map(diagnostic => diagnostic.severity)).toEqual([1, 1]);
    });

    test('a target that keeps, upgrades or replaces nothing of the current architecture gives the gap analysis no input; maintenance alone has no roadmap', async () => {
        const noContinuity = replaced(
            SAMPLE_FRAMEWORK,
            [' { keeps tiep_nhan }', ''],
            [' { upgrades csdl_hs }', ''],
            ['                replaces motcua\n', ''],
            [' { keeps tt_dl }', '']
        );
        expect((await missing(noContinuity)).map(diagnostic => diagnostic.message)).toEqual([
            "Khung kiến trúc 'lao_cai' chưa có đầu vào của phân tích khoảng cách (phần tử mục tiêu nào giữ, nâng cấp hoặc thay thế phần tử hiện trạng nào) (Chương 1, III.2.g). Bổ sung khối `keeps|upgrades|replaces <current element>`."
        ]);
        const noTasks = SAMPLE_FRAMEWORK.replace(/ {8}task [^\n]*\n/g, '');
        expect((await missing(noTasks)).map(diagnostic => diagnostic.message)).toEqual([
            "Khung kiến trúc 'lao_cai' chưa có danh mục nhiệm vụ của lộ trình (Chương 1, III.2.g). Bổ sung khối `implementation { task … }`."
        ]);
        expect(await missing(SAMPLE_FRAMEWORK)).toEqual([]);
    });
});

describe('data classification', () => {
    test('a classified database is read into the model, and open data without personal data raises nothing', async () => {
        const text = sampleWith(
            'data { database csdl_hs "CSDL hồ sơ" { upgrades csdl_hs } }',
            'data { database csdl_hs "CSDL hồ sơ" { upgrades csdl_hs classification shared, transactional, personal }\n            dataset dm_mo "Danh mục mở" { classification open, reference } }'
        ).replace('delivers dvc, csdl_hs }', 'delivers dvc, csdl_hs, dm_mo }');
        const document = await validateMain(text);
        expect((document.diagnostics ?? []).map(diagnostic => diagnostic.code)).toEqual([]);
        const model = workspace.services.model.ArchitectureModelProvider.linkedModel().model;
        expect(model.elements.get('lao_cai.target.csdl_hs')?.classification).toEqual(['shared', 'transactional', 'personal']);
        expect(model.elements.get('lao_cai.target.dm_mo')?.classification).toEqual(['open', 'reference']);
    });

    test('kts/open-personal-data: open data that holds personal data is flagged on `open`; the fix drops it', async () => {
        const text = sampleWith('{ upgrades csdl_hs }', '{ upgrades csdl_hs classification open, personal }');
        const document = await validateMain(text);
        const [diagnostic, ...rest] = withCode(document.diagnostics, 'kts/open-personal-data');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(coveredText(text, diagnostic)).toBe('open');
        expect(diagnostic.message).toMatch(/^'csdl_hs' được phân loại là dữ liệu mở nhưng có dữ liệu cá nhân/);
        const fixed = applied(document, (await workspace.quickFixes(document, diagnostic))[0]);
        expect(fixed).toContain('{ upgrades csdl_hs classification personal }');
        expect(withCode((await validateMain(fixed)).diagnostics, 'kts/open-personal-data')).toEqual([]);
    });

    test('kts/classification-not-data: an application is not classified', async () => {
        const text = sampleWith('                level 3', '                level 3\n                classification shared');
        const [diagnostic] = withCode((await validateMain(text)).diagnostics, 'kts/classification-not-data');
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('classification shared');
        expect(diagnostic.message).toMatch(/^Chỉ cơ sở dữ liệu và tập dữ liệu được phân loại dữ liệu \(`classification`\); 'dvc' là /);
    });
});
