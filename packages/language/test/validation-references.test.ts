import { beforeAll, describe, expect, test } from 'vitest';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('kts/unresolved-reference', () => {
    test('the complete framework has no diagnostic at all', async () => {
        expect(await workspace.diagnostics(SAMPLE_FRAMEWORK)).toEqual([]);
    });

    test('a typo in a national component id names the closest real component, on the reference itself', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'csdlqg-dan-cuu'));
        expect(coveredText(text, diagnostic)).toBe('csdlqg-dan-cuu');
        // The closest component comes first; a few further candidates may follow.
        expect(diagnostic.message).toSatisfy((message: string) =>
            message.startsWith(
                "Không tìm thấy phần tử hoặc thành phần quốc gia 'csdlqg-dan-cuu'. Có phải ý bạn là 'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)"
            )
        );
        expect(diagnostic.data).toMatchObject({ suggestions: expect.arrayContaining(['csdlqg-dan-cu']), refText: 'csdlqg-dan-cuu' });
    });

    test('a national component written without its hyphens is still matched', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via', 'integrates csdlqgdancu via');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(diagnostic.message).toContain("'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)");
    });

    test('a typo in a `via` platform names ndxp', async () => {
        const text = sampleWith('via lgsp_lao_cai, ndxp', 'via lgsp_lao_cai, ndpx');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(coveredText(text, diagnostic)).toBe('ndpx');
        expect(diagnostic.message).toContain("'ndxp' (Nền tảng tích hợp, chia sẻ dữ liệu quốc gia)");
    });

    test('a typo in an own element id suggests the element of the same architecture', async () => {
        const text = sampleWith('                supports tiep_nhan', '                supports tiep_nhan_hs');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'supports tiep_nhan_hs'));
        expect(diagnostic.message).toContain("'tiep_nhan_hs'");
        expect(diagnostic.message).toContain("Có phải ý bạn là 'tiep_nhan' (Tiếp nhận hồ sơ)");
    });

    test('an unknown task in `after` is reported as a task with the closest task ids', async () => {
        const text = sampleWith('after t1', 'after t3');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(coveredText(text, diagnostic)).toBe('t3');
        expect(diagnostic.message).toMatch(/^Không tìm thấy nhiệm vụ 't3'\. Có phải ý bạn là 't1'/);
    });

    test('`delivers` only sees target elements: a current-only element is not found', async () => {
        const text = sampleWith('delivers dvc, csdl_hs', 'delivers dvc, csdl_hs, motcua');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(coveredText(text, diagnostic)).toBe('motcua');
        expect(diagnostic.message).toContain("Không tìm thấy phần tử hoặc thành phần quốc gia 'motcua'");
    });

    test('an unknown national principle in `implements` is reported on the code', async () => {
        const text = sampleWith('implements a', 'implements a, zz');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
        expect(coveredText(text, diagnostic)).toBe('zz');
        expect(diagnostic.message).toContain("'zz'");
    });

    test('another framework of the workspace is reached as `<framework>.<id>`, and a typo there suggests it', async () => {
        const department = `framework so_yte {
    target { application { app his "HIS" { integrates lao_cai.dvcc via lao_cai.lgsp_lao_cai } } }
}`;
        const documents = await workspace.validate({ 'lao-cai.kts': SAMPLE_FRAMEWORK, 'so-yte.kts': department });
        const [diagnostic] = withCode(documents.get('so-yte.kts')!.diagnostics, 'kts/unresolved-reference');
        expect(coveredText(department, diagnostic)).toBe('lao_cai.dvcc');
        expect(diagnostic.message).toContain("'lao_cai.dvc' (HTTT giải quyết TTHC)");

        const fixed = await workspace.validate({
            'lao-cai.kts': SAMPLE_FRAMEWORK,
            'so-yte.kts': department.replace('lao_cai.dvcc', 'lao_cai.dvc')
        });
        expect(withCode(fixed.get('so-yte.kts')!.diagnostics, 'kts/unresolved-reference')).toEqual([]);
    });

    test('in English the message says "Cannot find" and "Did you mean"', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via');
        const [diagnostic] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/unresolved-reference');
        expect(diagnostic.message).toSatisfy((message: string) =>
            message.startsWith(
                "Cannot find element or national component 'csdlqg-dan-cuu'. Did you mean 'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)"
            )
        );
    });
});

describe('kts/shadows-national', () => {
    const shadowing = sampleWith('platform lgsp_lao_cai "Nền tảng LGSP tỉnh"', 'platform lgsp "Nền tảng LGSP tỉnh"')
        .replace('via lgsp_lao_cai, ndxp', 'via lgsp, ndxp')
        .replace('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp, soc_lao_cai')
        .replace('{ realizes lgsp integrates ndxp }', '{ integrates ndxp }');

    test('an element whose id is a national component is a warning naming both, on the id', async () => {
        const diagnostics = await workspace.diagnostics(shadowing);
        const [diagnostic, ...rest] = withCode(diagnostics, 'kts/shadows-national');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.range.start.line).toBe(lineOf(shadowing, 'platform lgsp "'));
        expect(coveredText(shadowing, diagnostic)).toBe('lgsp');
        expect(diagnostic.message).toContain(
            "Mã 'lgsp' trùng với thành phần quốc gia 'Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh'"
        );
        expect(diagnostic.message).toContain('Đổi tên');
        // The warning exists because the id now means the body's element, not the national one.
        expect(diagnostics.filter(other => other.code !== 'kts/shadows-national')).toEqual([]);
    });

    test('the same framework with a distinct id has no such warning', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/shadows-national')).toEqual([]);
    });
});
