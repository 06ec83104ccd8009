import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import { applied, TestWorkspace, coveredText, withCode } from './test-utils.js';

/** A small complete ARM catalogue (group codes must not be mapped) and an incomplete BRM one. */
const TEST_CATALOG = `catalog thu-nghiem "Danh mục thử nghiệm" {
    version "1"
    status local
    source "Bộ kiểm thử KTS"
    model ARM pattern "^T-ARM\\\\.\\\\d{2}(\\\\.\\\\d{2})?$" complete { vi "Mô hình tham chiếu ứng dụng (thử nghiệm)" leaf-only }
    model BRM pattern "^T-BRM\\\\.\\\\d{2}$"
    entry T-ARM.01 "Ứng dụng phục vụ người dân" { model ARM }
    entry T-ARM.01.01 "Cổng dịch vụ công trực tuyến" { model ARM parent T-ARM.01 }
    entry T-ARM.01.02 "Hệ thống thông tin giải quyết thủ tục hành chính" { model ARM parent T-ARM.01 }
    entry T-ARM.02 "Quản lý văn bản và điều hành" { model ARM }
    entry T-BRM.01 "Tiếp nhận hồ sơ" { model BRM }
}
`;

/** One framework whose elements carry the codes under test; `{codes}` marks where they go. */
function framework(appCodes: string, dataCodes = 'DRM001.002', businessCodes = 'T-BRM.01'): string {
    return `framework hue {
    target {
        business { activity tiep_nhan "Tiếp nhận hồ sơ" { codes ${businessCodes} } }
        data { database csdl_kt "CSDL kinh tế" { codes ${dataCodes} } }
        application { app dvc "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh" { codes ${appCodes} } }
    }
}
`;
}

const CODE_RULES = ['kts/code-pattern', 'kts/unknown-code', 'kts/code-wrong-model', 'kts/code-not-leaf', 'kts/unresolved-reference'];

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

async function check(text: string): Promise<{ document: LangiumDocument; diagnostics: Diagnostic[] }> {
    const documents = await workspace.validate({ 'catalog.kts': TEST_CATALOG, 'main.kts': text });
    expect(documents.get('catalog.kts')!.diagnostics ?? []).toEqual([]);
    const document = documents.get('main.kts')!;
    return { document, diagnostics: (document.diagnostics ?? []).filter(diagnostic => CODE_RULES.includes(String(diagnostic.code))) };
}

describe('reference-model codes', () => {
    test('codes of the right model, each a leaf where the model asks for leaves, raise nothing', async () => {
        const { diagnostics } = await check(framework('T-ARM.01.02, T-ARM.02'));
        expect(diagnostics).toEqual([]);
    });

    test("kts/code-pattern: a code that fits no model's pattern is an error naming the patterns", async () => {
        const text = framework('T-ARM.01.02', 'XYZ-1');
        const { diagnostics } = await check(text);
        const [diagnostic, ...rest] = withCode(diagnostics, 'kts/code-pattern');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('XYZ-1');
        expect(diagnostic.message).toContain("'XYZ-1' không khớp mẫu mã");
        expect(diagnostic.message).toContain('DRM: ^DRM\\d{3}(\\.\\d{3})*$');
    });

    test('kts/unknown-code: an unknown code of a complete catalogue is an error, with a quick fix that makes it valid', async () => {
        const text = framework('T-ARM.01.03');
        const { document, diagnostics } = await check(text);
        const [diagnostic] = withCode(diagnostics, 'kts/unknown-code');
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('T-ARM.01.03');
        // T-ARM.01.02 is as close in spelling as T-ARM.01.01 and also named like the application: it comes first.
        // The group T-ARM.01 is no fix, since ARM asks for the most specific codes.
        expect(diagnostic.message).toBe(
            "Mã 'T-ARM.01.03' không có trong danh mục ARM. Có phải ý bạn là 'T-ARM.01.02' (Hệ thống thông tin giải quyết thủ tục hành chính), 'T-ARM.01.01' (Cổng dịch vụ công trực tuyến)?"
        );
        // By spelling (T-ARM.01.01/.02) and by the application's name ("Hệ thống thông tin giải quyết thủ tục hành chính").
        expect(diagnostic.data).toMatchObject({ suggestions: expect.arrayContaining(['T-ARM.01.01', 'T-ARM.01.02']) });
        const fixes = await workspace.quickFixes(document, diagnostic);
        const preferred = fixes.find(fix => fix.isPreferred)!;
        expect(preferred.title).toBe("Thay bằng 'T-ARM.01.02' (Hệ thống thông tin giải quyết thủ tục hành chính)");
        const fixed = await check(applied(document, preferred));
        expect(fixed.diagnostics).toEqual([]);
    });

    test('kts/unknown-code: an unknown code of an incomplete catalogue (the DRM draft) is only a warning that says so', async () => {
        const text = framework('T-ARM.01.02', 'DRM001.009');
        const { diagnostics } = await check(text);
        const [diagnostic] = withCode(diagnostics, 'kts/unknown-code');
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.message).toContain('danh mục chưa đầy đủ');
        expect(diagnostic.message).toContain("'DRM001.001'");
    });

    test("kts/code-wrong-model: a DRM code on an application is an error; the fix offers ARM codes by the application's name", async () => {
        const text = framework('DRM001.002');
        const { document, diagnostics } = await check(text);
        const [diagnostic, ...rest] = withCode(diagnostics, 'kts/code-wrong-model');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('DRM001.002');
        expect(diagnostic.message).toContain(
            "Mã DRM 'DRM001.002' không dùng cho phần tử loại 'app' thuộc kiến trúc ứng dụng; phần tử này cần mã ARM."
        );
        expect(diagnostic.message).toContain("Có phải ý bạn là 'T-ARM.01.02'");
        const fixes = await workspace.quickFixes(document, diagnostic);
        expect(fixes.map(fix => fix.title)).toContain("Thay bằng 'T-ARM.01.02' (Hệ thống thông tin giải quyết thủ tục hành chính)");
        const fixed = await check(applied(document, fixes[0]));
        expect(fixed.diagnostics).toEqual([]);
    });

    test('kts/code-wrong-model: a BRM code on a database is an error too, suggesting DRM codes named like the database', async () => {
        const { diagnostics } = await check(framework('T-ARM.01.02', 'T-BRM.01'));
        expect(withCode(diagnostics, 'kts/code-wrong-model').map(diagnostic => diagnostic.message)).toEqual([
            "Mã BRM 'T-BRM.01' không dùng cho phần tử loại 'database' thuộc kiến trúc dữ liệu; phần tử này cần mã DRM." +
                " Có phải ý bạn là 'DRM001.002' (Quản lý kinh tế), 'DRM001' (Dữ liệu lĩnh vực kinh tế), 'DRM001.001' (Hỗ trợ doanh nghiệp và các ngành kinh tế)?"
        ]);
    });

    test('kts/code-not-leaf: a group code where the model wants leaves is a warning; the fix offers its children', async () => {
        const text = framework('T-ARM.01');
        const { document, diagnostics } = await check(text);
        const [diagnostic] = withCode(diagnostics, 'kts/code-not-leaf');
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.message).toMatch(/^Mã 'T-ARM\.01' là nhóm có 2 mã con; mô hình ARM yêu cầu ánh xạ tới mã chi tiết nhất\./);
        expect(diagnostic.data).toMatchObject({ suggestions: ['T-ARM.01.02', 'T-ARM.01.01'] });
        const fixes = await workspace.quickFixes(document, diagnostic);
        const fixed = await check(applied(document, fixes[0]));
        expect(fixed.diagnostics).toEqual([]);
    });

    test('a group code is fine where the model does not ask for leaves (the DRM draft)', async () => {
        const { diagnostics } = await check(framework('T-ARM.01.02', 'DRM001'));
        expect(diagnostics).toEqual([]);
    });

    test('messages come in English when the workspace asks for it', async () => {
        const documents = await workspace.validate(
            { 'catalog.kts': TEST_CATALOG, 'main.kts': framework('DRM001.002') },
            { language: 'en' }
        );
        const [diagnostic] = withCode(documents.get('main.kts')!.diagnostics, 'kts/code-wrong-model');
        expect(diagnostic.message).toMatch(
            /^DRM code 'DRM001\.002' does not fit an element of kind 'app' in the application architecture; it needs a ARM code\. Did you mean 'T-ARM\.01\.02'/
        );
    });
});

describe('quick fixes for other references and text', () => {
    test('an unresolved national component is replaced by the suggestion', async () => {
        const text = framework('T-ARM.01.02').replace('codes T-ARM.01.02', 'codes T-ARM.01.02 integrates csdlqg-dan-cuu via ndxp');
        const documents = await workspace.validate({ 'catalog.kts': TEST_CATALOG, 'main.kts': text });
        const document = documents.get('main.kts')!;
        const [diagnostic] = withCode(document.diagnostics, 'kts/unresolved-reference');
        const [first] = await workspace.quickFixes(document, diagnostic);
        expect(first.title).toBe("Thay bằng 'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)");
        expect(applied(document, first)).toContain('integrates csdlqg-dan-cu via ndxp');
    });

    test('kts/text-not-nfc: the fix writes the string in NFC', async () => {
        const decomposed = 'Cơ sở dữ liệu'.normalize('NFD');
        const text = framework('T-ARM.01.02').replace('"CSDL kinh tế"', `"${decomposed}"`);
        const documents = await workspace.validate({ 'catalog.kts': TEST_CATALOG, 'main.kts': text });
        const document = documents.get('main.kts')!;
        const [diagnostic] = withCode(document.diagnostics, 'kts/text-not-nfc');
        const [fix] = await workspace.quickFixes(document, diagnostic);
        expect(fix.title).toBe('Chuẩn hóa về dạng Unicode dựng sẵn (NFC)');
        const fixedText = applied(document, fix);
        expect(fixedText).toContain('"Cơ sở dữ liệu"'.normalize('NFC'));
        expect(fixedText).toBe(fixedText.normalize('NFC'));
    });
});
