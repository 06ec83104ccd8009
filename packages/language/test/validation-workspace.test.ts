import { beforeAll, describe, expect, test } from 'vitest';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('kts/duplicate-id', () => {
    test('a second element with the same id in the same architecture is an error pointing at the first', async () => {
        const text = sampleWith('            platform lgsp_lao_cai', '            app dvc "Bản sao"\n            platform lgsp_lao_cai');
        const documents = await workspace.validate({ 'lao-cai.kts': text });
        const [diagnostic, ...rest] = withCode(documents.get('lao-cai.kts')!.diagnostics, 'kts/duplicate-id');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        const first = lineOf(text, 'app dvc "HTTT');
        const second = lineOf(text, 'app dvc "Bản sao"');
        expect(second).toBeLessThan(first);
        // The later declaration is the duplicate.
        expect(diagnostic.range.start.line).toBe(first);
        expect(coveredText(text, diagnostic)).toBe('dvc');
        expect(diagnostic.message).toBe(
            `Mã 'dvc' đã được khai báo ở lao-cai.kts:${second + 1}; mỗi phần tử cần một mã riêng trong cùng khung kiến trúc.`
        );
    });

    test('ids are unique per architecture: the same id in current and target, and across layers of one state, are told apart', async () => {
        const text = sampleWith('        security { system soc_lao_cai', '        security { measure tt_dl "Biện pháp" system soc_lao_cai');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/duplicate-id');
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'measure tt_dl'));
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/duplicate-id')).toEqual([]);
    });

    test('across two files of the same framework, the second file gets the error naming the first file and line', async () => {
        const extra = 'framework lao_cai {\n    target {\n        application { app dvc "HTTT khác" }\n    }\n}\n';
        const documents = await workspace.validate({ 'a-lao-cai.kts': SAMPLE_FRAMEWORK, 'b-extra.kts': extra });
        expect(withCode(documents.get('a-lao-cai.kts')!.diagnostics, 'kts/duplicate-id')).toEqual([]);
        const [diagnostic] = withCode(documents.get('b-extra.kts')!.diagnostics, 'kts/duplicate-id');
        expect(diagnostic.range.start.line).toBe(2);
        expect(coveredText(extra, diagnostic)).toBe('dvc');
        expect(diagnostic.message).toContain(`a-lao-cai.kts:${lineOf(SAMPLE_FRAMEWORK, 'app dvc') + 1}`);
    });

    test('the same id in two different frameworks of a workspace is no duplicate', async () => {
        const other = 'framework so_yte {\n    target {\n        application { app dvc "Dịch vụ công của Sở Y tế" }\n    }\n}\n';
        const documents = await workspace.validate({ 'a-lao-cai.kts': SAMPLE_FRAMEWORK, 'b-so-yte.kts': other });
        for (const document of documents.values()) expect(withCode(document.diagnostics, 'kts/duplicate-id')).toEqual([]);
    });

    test('duplicate task, goal and principle ids are named as such', async () => {
        const text = sampleWith('        task t2 "Nâng cấp LGSP và SOC"', '        task t1 "Nâng cấp LGSP và SOC"')
            .replace('after t1 }', '}')
            .replace(
                '            goal g1 "Dữ liệu dùng chung"',
                '            goal g1 "Trùng" { indicator "Chỉ số" target 1 }\n            goal g1 "Dữ liệu dùng chung"'
            )
            .replace(
                '        principle p1 "Lấy người dân làm trung tâm" { implements a }',
                '        principle p1 "Một" { implements a }\n        principle p1 "Hai" { implements b }'
            );
        const messages = withCode(await workspace.diagnostics(text), 'kts/duplicate-id').map(diagnostic => diagnostic.message);
        expect(messages).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/^Mã 't1' .* mỗi nhiệm vụ cần một mã riêng/),
                expect.stringMatching(/^Mã 'g1' .* mỗi mục tiêu cần một mã riêng/),
                expect.stringMatching(/^Mã 'p1' .* mỗi nguyên tắc cần một mã riêng/)
            ])
        );
        expect(messages).toHaveLength(3);
    });
});

describe('kts/replaces-not-current', () => {
    test('replacing a target element is an error naming both and the fix', async () => {
        const text = sampleWith('                replaces motcua', '                replaces lgsp_lao_cai');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/replaces-not-current');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'replaces lgsp_lao_cai'));
        expect(coveredText(text, diagnostic)).toBe('lgsp_lao_cai');
        expect(diagnostic.message).toContain("'dvc'");
        expect(diagnostic.message).toContain("'lao_cai.target.lgsp_lao_cai' không thuộc kiến trúc hiện trạng");
        expect(diagnostic.message).toContain('`current`');
    });

    test('upgrading a national component is an error too', async () => {
        const text = sampleWith('{ upgrades csdl_hs }', '{ upgrades csdlqg-dan-cu }');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/replaces-not-current');
        expect(coveredText(text, diagnostic)).toBe('csdlqg-dan-cu');
        expect(diagnostic.message).toContain("'csdl_hs' nâng cấp 'csdlqg-dan-cu'");
    });

    test("keeping an element of another framework's current architecture is an error", async () => {
        const other = 'framework so_yte {\n    current {\n        application { app his "HIS" }\n    }\n}\n';
        const text = sampleWith('{ keeps tt_dl }', '{ keeps so_yte.current.his }');
        const documents = await workspace.validate({ 'lao-cai.kts': text, 'so-yte.kts': other });
        const [diagnostic] = withCode(documents.get('lao-cai.kts')!.diagnostics, 'kts/replaces-not-current');
        expect(coveredText(text, diagnostic)).toBe('so_yte.current.his');
    });

    test('replaces/upgrades/keeps of own current elements, also written `current.id`, are fine', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/replaces-not-current')).toEqual([]);
        const text = sampleWith('                replaces motcua', '                replaces current.motcua');
        expect(await workspace.diagnostics(text)).toEqual([]);
    });
});

describe('kts/integration-bypasses-platform', () => {
    test('integrating a national database without via is a warning citing Chương 3, II.6–7', async () => {
        const text = sampleWith('integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', 'integrates csdlqg-dan-cu');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/integration-bypasses-platform');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'integrates csdlqg-dan-cu'));
        expect(coveredText(text, diagnostic)).toBe('csdlqg-dan-cu');
        expect(diagnostic.message).toBe(
            "'dvc' tích hợp với 'csdlqg-dan-cu' của cơ quan khác mà không qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP/NDXP); thêm `via <LGSP>, ndxp` (Chương 3, II.6–7)."
        );
    });

    test("via the body's LGSP alone, ndxp alone, or the national lgsp component is enough", async () => {
        for (const via of ['lgsp_lao_cai', 'ndxp', 'lgsp']) {
            const text = sampleWith('integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', `integrates csdlqg-dan-cu via ${via}`);
            expect(withCode(await workspace.diagnostics(text), 'kts/integration-bypasses-platform')).toEqual([]);
        }
    });

    test('a security system linking to the national SOC needs no platform', async () => {
        const diagnostics = await workspace.diagnostics(SAMPLE_FRAMEWORK);
        expect(SAMPLE_FRAMEWORK).toContain('integrates soc-quoc-gia }');
        expect(withCode(diagnostics, 'kts/integration-bypasses-platform')).toEqual([]);
    });

    test("an application of another framework is another body's system; via that body's LGSP is fine", async () => {
        const department = (via: string) => `framework so_yte {
    target { application {
        platform lgsp_yte "LGSP ngành y tế"
        app his "HIS" { integrates lao_cai.dvc${via} }
    } }
}`;
        const bypass = department('');
        const documents = await workspace.validate({ 'lao-cai.kts': SAMPLE_FRAMEWORK, 'so-yte.kts': bypass });
        const [diagnostic] = withCode(documents.get('so-yte.kts')!.diagnostics, 'kts/integration-bypasses-platform');
        expect(coveredText(bypass, diagnostic)).toBe('lao_cai.dvc');
        expect(diagnostic.message).toContain("'his' tích hợp với 'lao_cai.target.dvc'");

        for (const via of [' via lao_cai.lgsp_lao_cai', ' via lgsp_yte', ' via ndxp']) {
            const fixed = await workspace.validate({ 'lao-cai.kts': SAMPLE_FRAMEWORK, 'so-yte.kts': department(via) });
            expect(withCode(fixed.get('so-yte.kts')!.diagnostics, 'kts/integration-bypasses-platform')).toEqual([]);
        }
    });

    test('integration between two systems of the same body needs no platform', async () => {
        const text = sampleWith('{ realizes lgsp integrates ndxp }', '{ realizes lgsp integrates ndxp, dvc }');
        expect(withCode(await workspace.diagnostics(text), 'kts/integration-bypasses-platform')).toEqual([]);
    });
});

describe('kts/task-delivers-nothing', () => {
    test('a task without delivers is a warning on the task naming the fix', async () => {
        const text = sampleWith('        task t2', '        task t3 "Đào tạo cán bộ" { period 2026-2030 }\n        task t2');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/task-delivers-nothing');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'task t3'));
        expect(coveredText(text, diagnostic)).toBe('t3');
        expect(diagnostic.message).toBe("Nhiệm vụ 't3' không tạo ra phần tử nào của kiến trúc mục tiêu; thêm `delivers <mã phần tử>`.");
    });

    test('every task of the complete framework delivers something', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/task-delivers-nothing')).toEqual([]);
    });
});

describe('kts/target-not-delivered', () => {
    test('a new target element no task delivers is a warning: the roadmap does not reach the target', async () => {
        const text = sampleWith('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/target-not-delivered');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'system soc_lao_cai'));
        expect(coveredText(text, diagnostic)).toBe('soc_lao_cai');
        expect(diagnostic.message).toBe(
            "Phần tử mục tiêu 'soc_lao_cai' (xây dựng mới) chưa có nhiệm vụ nào thực hiện: lộ trình chưa dẫn tới kiến trúc mục tiêu. Thêm nó vào `delivers` của một nhiệm vụ."
        );
    });

    test('upgraded and replacing elements are named with their status; kept ones need no task', async () => {
        const text = sampleWith('delivers dvc, csdl_hs', 'delivers lgsp_lao_cai').replace(
            'delivers lgsp_lao_cai, soc_lao_cai',
            'delivers soc_lao_cai'
        );
        const messages = withCode(await workspace.diagnostics(text), 'kts/target-not-delivered').map(diagnostic => diagnostic.message);
        expect(messages).toHaveLength(2);
        expect(messages).toEqual(
            expect.arrayContaining([expect.stringContaining("'csdl_hs' (nâng cấp)"), expect.stringContaining("'dvc' (thay thế)")])
        );
    });

    test('a framework without any task gets only the missing-implementation warning, not one per element', async () => {
        const text = SAMPLE_FRAMEWORK.replace(/    implementation \{[\s\S]*?\n    \}\n/, '');
        const diagnostics = await workspace.diagnostics(text);
        expect(withCode(diagnostics, 'kts/target-not-delivered')).toEqual([]);
        expect(withCode(diagnostics, 'kts/missing-content')).toHaveLength(1);
    });

    test('a task in another file of the framework counts', async () => {
        const withoutSoc = sampleWith('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai');
        const documents = await workspace.validate({
            'lao-cai.kts': withoutSoc,
            'roadmap.kts': 'framework lao_cai { implementation { task t9 "SOC" { period 2028-2029 delivers soc_lao_cai } } }'
        });
        for (const document of documents.values()) expect(document.diagnostics).toEqual([]);
    });
});

describe('kts/task-cycle', () => {
    test('two tasks waiting for each other are both reported with the cycle', async () => {
        const text = sampleWith('budget 10 billion VND delivers dvc, csdl_hs }', 'budget 10 billion VND delivers dvc, csdl_hs after t2 }');
        const diagnostics = withCode(await workspace.diagnostics(text), 'kts/task-cycle');
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual([
            "Nhiệm vụ 't1' phụ thuộc vòng tròn: t1 → t2 → t1.",
            "Nhiệm vụ 't2' phụ thuộc vòng tròn: t2 → t1 → t2."
        ]);
        expect(diagnostics[0].severity).toBe(1);
        expect(diagnostics[0].range.start.line).toBe(lineOf(text, 'task t1'));
        expect(coveredText(text, diagnostics[0])).toBe('t2');
    });

    test('a task waiting for itself is a cycle', async () => {
        const text = sampleWith('after t1 }', 'after t2 }');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/task-cycle');
        expect(diagnostic.message).toBe("Nhiệm vụ 't2' phụ thuộc vòng tròn: t2 → t2.");
    });

    test('a chain without a cycle is fine, however long', async () => {
        const tasks = Array.from(
            { length: 30 },
            (_, index) =>
                `        task c${index} "Bước ${index}" { delivers dvc${index > 0 ? ` after ${Array.from({ length: index }, (__, prior) => `c${prior}`).join(', ')}` : ''} }`
        ).join('\n');
        const text = sampleWith('        task t2', `${tasks}\n        task t2`);
        expect(withCode(await workspace.diagnostics(text), 'kts/task-cycle')).toEqual([]);
    });
});

describe('kts/task-order', () => {
    test('a task starting before its prerequisite starts is a warning naming both periods', async () => {
        const text = sampleWith('period 2027-2028 delivers lgsp_lao_cai', 'period 2025-2028 delivers lgsp_lao_cai');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/task-order');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(coveredText(text, diagnostic)).toBe('t1');
        expect(diagnostic.message).toBe(
            "Nhiệm vụ 't2' (2025-2028) bắt đầu trước cả nhiệm vụ tiên quyết 't1' (2026-2027); kiểm tra lại giai đoạn hoặc `after`."
        );
    });

    test('a task starting when its prerequisite starts or later is fine', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/task-order')).toEqual([]);
        const text = sampleWith('period 2027-2028 delivers lgsp_lao_cai', 'period 2026-2028 delivers lgsp_lao_cai');
        expect(withCode(await workspace.diagnostics(text), 'kts/task-order')).toEqual([]);
    });
});
