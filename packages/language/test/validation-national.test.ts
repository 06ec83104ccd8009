import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLEAN_FRAMEWORK, TestWorkspace, cleanWith, coveredText, lineOf, withCode } from './test-utils.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

async function validateMain(text: string, language: 'vi' | 'en' = 'vi'): Promise<LangiumDocument> {
    return (await workspace.validate({ 'main.kts': text }, { language })).get('main.kts')!;
}

async function quickFixes(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []) as CodeAction[];
}

function applied(document: LangiumDocument, action: CodeAction): string {
    return TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.uri.toString()]);
}

describe('kts/missing-national-connection', () => {
    test('the clean framework, whose LGSP connects to the NDXP, has no missing connection', async () => {
        expect(withCode((await validateMain(CLEAN_FRAMEWORK)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
    });

    test('a procedures system without the identification system and the national portal gets one warning for each, naming section and line', async () => {
        const text = cleanWith('                replaces motcua', '                realizes httt-tthc\n                replaces motcua');
        const document = await validateMain(text);
        const diagnostics = withCode(document.diagnostics, 'kts/missing-national-connection');
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual([
            "'dvc' hiện thực 'httt-tthc' nhưng chưa kết nối với Hệ thống định danh và xác thực điện tử ('he-thong-dinh-danh'), kết nối mà Chương 3, II.19.b yêu cầu; thêm `integrates he-thong-dinh-danh via ndxp, nen-tang-dinh-danh`.",
            "'dvc' hiện thực 'httt-tthc' nhưng chưa kết nối với Cổng Dịch vụ công quốc gia ('cong-dvc-quoc-gia'), kết nối mà Chương 3, II.8 yêu cầu; thêm `integrates cong-dvc-quoc-gia via lgsp_hue, ndxp`."
        ]);
        for (const diagnostic of diagnostics) {
            expect(diagnostic.severity).toBe(2);
            expect(coveredText(text, diagnostic)).toBe('dvc');
        }
        const english = withCode((await validateMain(text, 'en')).diagnostics, 'kts/missing-national-connection');
        expect(english[1].message).toBe(
            "'dvc' realizes 'httt-tthc' but has no connection to Cổng Dịch vụ công quốc gia ('cong-dvc-quoc-gia'), which Chapter 3, II.8 requires; add `integrates cong-dvc-quoc-gia via lgsp_hue, ndxp`."
        );
    });

    test('the quick fix adds the integration line inside the element, and the warning goes away', async () => {
        let text = cleanWith('                replaces motcua', '                realizes httt-tthc\n                replaces motcua');
        for (let round = 0; round < 2; round++) {
            const document = await validateMain(text);
            const [diagnostic] = withCode(document.diagnostics, 'kts/missing-national-connection');
            const [fix] = await quickFixes(document, diagnostic);
            expect(fix.title).toMatch(/^Thêm `integrates /);
            text = applied(document, fix);
        }
        expect(text).toContain(
            '                hosted tt_dl\n                integrates he-thong-dinh-danh via ndxp, nen-tang-dinh-danh\n                integrates cong-dvc-quoc-gia via lgsp_hue, ndxp\n            }'
        );
        const fixed = await validateMain(text);
        expect(withCode(fixed.diagnostics, 'kts/missing-national-connection')).toEqual([]);
        expect(withCode(fixed.diagnostics, 'kts/integration-bypasses-platform')).toEqual([]);
    });

    test('an element written on one line gets the line before its closing brace; one without a block gets a block', async () => {
        const oneLine = cleanWith('{ realizes lgsp integrates ndxp }', '{ realizes lgsp }');
        const document = await validateMain(oneLine);
        const [diagnostic] = withCode(document.diagnostics, 'kts/missing-national-connection');
        expect(diagnostic.message).toContain("'lgsp_hue' hiện thực 'lgsp'");
        expect(applied(document, (await quickFixes(document, diagnostic))[0])).toContain('{ realizes lgsp integrates ndxp }');
    });

    test('reaching the component through an element that realizes it, or a member of a group, counts; the current architecture is not checked', async () => {
        const reporting = cleanWith(
            '            platform lgsp_hue',
            '            app bc "Hệ thống báo cáo tỉnh" { realizes httt-bao-cao uses bc_cp }\n            app bc_cp "Đầu mối báo cáo Chính phủ" { realizes httt-bao-cao-chinh-phu }\n            platform lgsp_hue'
        ).replace('delivers lgsp_hue, soc_hue', 'delivers lgsp_hue, soc_hue, bc, bc_cp');
        expect(withCode((await validateMain(reporting)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
        const current = cleanWith('app motcua "Một cửa điện tử" {', 'app motcua "Một cửa điện tử" { realizes httt-tthc');
        expect(withCode((await validateMain(current)).diagnostics, 'kts/missing-national-connection')).toEqual([]);
        expect(lineOf(current, 'realizes httt-tthc')).toBeGreaterThan(0);
    });

    test('the severity is set in kts.config.json', async () => {
        const text = cleanWith('{ realizes lgsp integrates ndxp }', '{ realizes lgsp }');
        const documents = await workspace.validate({ 'main.kts': text }, { rules: { 'kts/missing-national-connection': 'ignore' } });
        expect(withCode(documents.get('main.kts')!.diagnostics, 'kts/missing-national-connection')).toEqual([]);
    });
});
