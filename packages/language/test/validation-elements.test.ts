import { beforeAll, describe, expect, test } from 'vitest';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('kts/security-level-range', () => {
    for (const level of ['0', '6', '10']) {
        test(`level ${level} is outside 1–5`, async () => {
            const text = sampleWith('level 3', `level ${level}`);
            const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/security-level-range');
            expect(rest).toEqual([]);
            expect(diagnostic.severity).toBe(1);
            expect(diagnostic.range.start.line).toBe(lineOf(text, `level ${level}`));
            expect(coveredText(text, diagnostic)).toBe(level);
            expect(diagnostic.message).toBe(
                `Cấp độ an toàn hệ thống thông tin '${level}' của 'dvc' phải từ 1 đến 5 (Nghị định 85/2016/NĐ-CP).`
            );
        });
    }

    test('levels 1 and 5 are valid', async () => {
        for (const level of ['1', '5']) {
            expect(withCode(await workspace.diagnostics(sampleWith('level 3', `level ${level}`)), 'kts/security-level-range')).toEqual([]);
        }
    });
});

describe('kts/element-kind-layer', () => {
    test('a database in the application architecture is told to move to the data block', async () => {
        const text = sampleWith(
            '            platform lgsp_lao_cai',
            '            database kho_dl "Kho dữ liệu" \n            platform lgsp_lao_cai'
        ).replace('delivers dvc, csdl_hs', 'delivers dvc, csdl_hs, kho_dl');
        const diagnostics = await workspace.diagnostics(text);
        const [diagnostic, ...rest] = withCode(diagnostics, 'kts/element-kind-layer');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'database kho_dl'));
        expect(coveredText(text, diagnostic)).toBe('database');
        expect(diagnostic.message).toBe("Loại phần tử 'database' không thuộc kiến trúc ứng dụng; đặt nó trong khối `data`.");
        expect(diagnostics.filter(other => other.code !== 'kts/element-kind-layer')).toEqual([]);
    });

    test('the same database in the data block is fine', async () => {
        const text = sampleWith(
            'data { database csdl_hs "CSDL hồ sơ" { upgrades csdl_hs } }',
            'data { database csdl_hs "CSDL hồ sơ" { upgrades csdl_hs } database kho_dl "Kho dữ liệu" }'
        ).replace('delivers dvc, csdl_hs', 'delivers dvc, csdl_hs, kho_dl');
        expect(await workspace.diagnostics(text)).toEqual([]);
    });

    test('a kind that fits in two layers (service) is accepted in both', async () => {
        const text = sampleWith(
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan } }',
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan } service dv_nv "Dịch vụ nghiệp vụ" }'
        )
            .replace(
                '            platform lgsp_lao_cai',
                '            service api_hs "Dịch vụ API hồ sơ" { supports dv_nv }\n            platform lgsp_lao_cai'
            )
            .replace('delivers dvc, csdl_hs', 'delivers dvc, csdl_hs, dv_nv, api_hs');
        expect(await workspace.diagnostics(text)).toEqual([]);
    });
});

describe('kts/relation-target-kind', () => {
    test('`hosted` pointing to an application is an error naming both and what it expects', async () => {
        const text = sampleWith('                hosted tt_dl', '                hosted lgsp_lao_cai');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/relation-target-kind');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'hosted lgsp_lao_cai'));
        expect(coveredText(text, diagnostic)).toBe('lgsp_lao_cai');
        expect(diagnostic.message).toBe(
            "Quan hệ `hosted` của 'dvc' không thể trỏ tới 'lgsp_lao_cai' (platform); `hosted` trỏ tới trung tâm dữ liệu, đám mây hoặc hạ tầng."
        );
    });

    test('`supports` pointing to a national database names the national kind', async () => {
        const text = sampleWith('                supports tiep_nhan', '                supports tiep_nhan, csdlqg-dan-cu');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/relation-target-kind');
        expect(coveredText(text, diagnostic)).toBe('csdlqg-dan-cu');
        expect(diagnostic.message).toContain("'csdlqg-dan-cu' (national:database)");
    });

    test('`realizes` sees only national components: an own element is not found there, and not suggested', async () => {
        for (const ref of ['dvc', 'target.dvc']) {
            const text = sampleWith('{ realizes lgsp integrates ndxp }', `{ realizes ${ref} integrates ndxp }`);
            const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/unresolved-reference');
            expect(rest).toEqual([]);
            expect(coveredText(text, diagnostic)).toBe(ref);
            expect(diagnostic.message).not.toContain('HTTT giải quyết TTHC');
        }
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/relation-target-kind')).toEqual([]);
    });

    test('`hosted` at the national data centre is accepted', async () => {
        const text = sampleWith('                hosted tt_dl', '                hosted ttdlqg');
        expect(withCode(await workspace.diagnostics(text), 'kts/relation-target-kind')).toEqual([]);
    });
});

describe('kts/relation-source-kind', () => {
    test('a business activity cannot `stores` a database', async () => {
        const text = sampleWith(
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan } }',
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan stores csdl_hs } }'
        );
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/relation-source-kind');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('stores');
        expect(diagnostic.message).toBe(
            "Phần tử loại 'activity' không dùng quan hệ `stores`; `stores` trỏ tới cơ sở dữ liệu hoặc tập dữ liệu của cơ quan."
        );
    });

    test('the activity `uses` the database instead, which is allowed', async () => {
        const text = sampleWith(
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan } }',
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan uses csdl_hs } }'
        );
        expect(await workspace.diagnostics(text)).toEqual([]);
    });
});

describe('kts/via-not-platform', () => {
    test('an application in `via` is not an integration platform', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', 'integrates csdlqg-dan-cu via tt_dl, ndxp');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/via-not-platform');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(coveredText(text, diagnostic)).toBe('tt_dl');
        expect(diagnostic.message).toBe("'tt_dl' trong `via` không phải nền tảng tích hợp; dùng LGSP của cơ quan hoặc ndxp.");
    });

    test('the national LGSP component and NDXP are platforms', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', 'integrates csdlqg-dan-cu via lgsp, ndxp');
        expect(withCode(await workspace.diagnostics(text), 'kts/via-not-platform')).toEqual([]);
    });
});
