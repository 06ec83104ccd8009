import { beforeAll, describe, expect, test } from 'vitest';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { replaced, SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('kts/agency-code-format', () => {
    for (const code of ['000.00.00.h38', '00.00.00.H38', '000.00.00.H3', '000-00-00-H38', '000.00.00.H38 ']) {
        test(`'${code}' is not a QCVN 102:2016 identifier`, async () => {
            const text = sampleWith('code "000.00.00.H38"', `code "${code}"`);
            const diagnostics = await workspace.diagnostics(text);
            const [diagnostic, ...rest] = withCode(diagnostics, 'kts/agency-code-format');
            expect(rest).toEqual([]);
            expect(diagnostic.severity).toBe(1);
            expect(diagnostic.range.start.line).toBe(lineOf(text, 'code "'));
            expect(coveredText(text, diagnostic)).toBe(`"${code}"`);
            expect(diagnostic.message).toContain(`'${code}'`);
            expect(diagnostic.message).toContain('000.00.00.G12');
            expect(withCode(diagnostics, 'kts/agency-code-unknown')).toEqual([]);
        });
    }

    test('a well-formed, corroborated identifier has no diagnostic', async () => {
        const diagnostics = await workspace.diagnostics(SAMPLE_FRAMEWORK);
        expect(withCode(diagnostics, 'kts/agency-code-format')).toEqual([]);
        expect(withCode(diagnostics, 'kts/agency-code-unknown')).toEqual([]);
    });
});

describe('kts/agency-code-unknown', () => {
    test('a well-formed identifier missing from the code list is only information', async () => {
        const text = sampleWith('code "000.00.00.H38"', 'code "000.00.00.H99"');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/agency-code-unknown');
        expect(diagnostic.severity).toBe(3);
        expect(coveredText(text, diagnostic)).toBe('"000.00.00.H99"');
        expect(diagnostic.message).toContain("'000.00.00.H99'");
        expect(diagnostic.message).toContain('Hệ thống danh mục điện tử dùng chung');
    });
});

describe('kts/period-invalid', () => {
    const cases = [
        { period: '2030-2026', reason: 'năm bắt đầu sau năm kết thúc' },
        { period: '1999-2005', reason: 'năm phải nằm trong khoảng 2000–2100' },
        { period: '2095-2101', reason: 'năm phải nằm trong khoảng 2000–2100' },
        { period: '2200-2100', reason: 'năm phải nằm trong khoảng 2000–2100' }
    ];
    for (const { period, reason } of cases) {
        test(`goal period ${period}: ${reason}`, async () => {
            const text = sampleWith('period 2026-2030 {', `period ${period} {`);
            const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/period-invalid');
            expect(rest).toEqual([]);
            expect(diagnostic.severity).toBe(1);
            expect(diagnostic.range.start.line).toBe(lineOf(text, `period ${period}`));
            expect(coveredText(text, diagnostic)).toBe(period);
            expect(diagnostic.message).toBe(`Giai đoạn '${period}' không hợp lệ: ${reason}.`);
        });
    }

    test('a task period with the years swapped is reported on the task', async () => {
        const text = sampleWith('period 2027-2028 delivers', 'period 2028-2027 delivers');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/period-invalid');
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'task t2'));
        expect(coveredText(text, diagnostic)).toBe('2028-2027');
    });

    test('a period written with spaces is read like one without', async () => {
        const text = sampleWith('period 2026-2030 {', 'period 2030 - 2026 {');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/period-invalid');
        expect(diagnostic.message).toContain("'2030-2026'");
        expect(
            withCode(await workspace.diagnostics(sampleWith('period 2026-2030 {', 'period 2026 - 2030 {')), 'kts/period-invalid')
        ).toEqual([]);
    });

    test('a goal period without its years is a syntax error, and the workspace rules still run', async () => {
        const text = sampleWith('period 2026-2030 {', 'period {').replace('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai');
        const diagnostics = await workspace.diagnostics(text);
        expect(withCode(diagnostics, 'kts/syntax')[0].range.start.line).toBe(lineOf(text, 'period {'));
        expect(withCode(diagnostics, 'kts/target-not-delivered')).toHaveLength(1);
    });

    test('periods at the edges of 2000–2100 and a one-year period are valid', async () => {
        const text = sampleWith('period 2026-2030 {', 'period 2000-2100 {').replace('period 2026-2027', 'period 2026-2026');
        expect(withCode(await workspace.diagnostics(text), 'kts/period-invalid')).toEqual([]);
    });
});

describe('kts/negative-budget', () => {
    test('a negative amount is an error naming the task, on the amount', async () => {
        const text = sampleWith('budget 10 billion VND', 'budget -10 billion VND');
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/negative-budget');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'budget -10'));
        expect(coveredText(text, diagnostic)).toBe('-10');
        expect(diagnostic.message).toBe("Kinh phí của nhiệm vụ 't1' là số âm (-10); ghi số tiền dương.");
    });

    test('a decimal amount and a zero amount are accepted', async () => {
        expect(
            withCode(await workspace.diagnostics(sampleWith('budget 10 billion VND', 'budget 12.5 billion VND')), 'kts/negative-budget')
        ).toEqual([]);
        expect(withCode(await workspace.diagnostics(sampleWith('budget 10 billion VND', 'budget 0 VND')), 'kts/negative-budget')).toEqual(
            []
        );
    });
});

describe('kts/missing-content (Chương 1, III.2)', () => {
    const parts = [
        {
            search: '    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n',
            part: 'tầm nhìn',
            section: 'Chương 1, III.2.a',
            syntax: 'vision "…"'
        },
        {
            search: '    scope { description "Các cơ quan nhà nước của tỉnh" }\n',
            part: 'phạm vi áp dụng',
            section: 'Chương 1, III.2.c',
            syntax: 'scope { … }'
        },
        {
            search: '    principles {\n        principle p1 "Lấy người dân làm trung tâm" { implements a }\n    }\n',
            part: 'nguyên tắc',
            section: 'Chương 1, III.2.d',
            syntax: 'principles { principle … }'
        },
        { search: '    level province\n', part: 'cấp (bộ hoặc tỉnh)', section: 'Chương 1, I.1', syntax: 'level ministry|province' }
    ];
    for (const { search, part, section, syntax } of parts) {
        test(`without ${part} the framework gets a warning citing ${section} and the block to add`, async () => {
            const text = sampleWith(search, '');
            const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/missing-content');
            expect(rest).toEqual([]);
            expect(diagnostic.severity).toBe(2);
            expect(diagnostic.range.start.line).toBe(0);
            expect(coveredText(text, diagnostic)).toBe('lao_cai');
            expect(diagnostic.message).toBe(`Khung kiến trúc 'lao_cai' chưa có ${part} (${section}). Bổ sung khối \`${syntax}\`.`);
        });
    }

    test('in English the warning cites Chapter 1 of framework 4.0', async () => {
        const text = sampleWith('    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n', '');
        const [diagnostic] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/missing-content');
        expect(diagnostic.message).toBe('Framework \'lao_cai\' lacks: vision (Chapter 1, III.2.a). Add a `vision "…"` block.');
    });

    test('under 3090, whose outline was not read, the warning cites that framework by its title, with no paragraph', async () => {
        const text = replaced(
            SAMPLE_FRAMEWORK,
            ['conforms "4.0"', 'conforms "3090"'],
            ['    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n', '']
        );
        const [vietnamese] = withCode(await workspace.diagnostics(text), 'kts/missing-content');
        expect(vietnamese.message).toBe(
            'Khung kiến trúc \'lao_cai\' chưa có tầm nhìn (Khung kiến trúc tổng thể quốc gia số). Bổ sung khối `vision "…"`.'
        );
        const [english] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/missing-content');
        expect(english.message).toBe(
            'Framework \'lao_cai\' lacks: vision (National Overall Digital Architecture Framework). Add a `vision "…"` block.'
        );
    });

    describe('a missing body or level cites where the governing profile names a framework by them', () => {
        const BODY =
            '    body "Ủy ban nhân dân tỉnh Lào Cai" { code "000.00.00.H38" en "Lao Cai Provincial People\'s Committee" abbreviation "UBND tỉnh" }\n';
        const LEVEL = '    level province\n';
        const messages = async (text: string, language: 'vi' | 'en') =>
            withCode(await workspace.diagnostics(text, { language }), 'kts/missing-content').map(diagnostic => diagnostic.message);

        test('under 4.0, Chương 1, I.1 (Chapter 1, I.1)', async () => {
            const text = replaced(SAMPLE_FRAMEWORK, [BODY, ''], [LEVEL, '']);
            expect(await messages(text, 'vi')).toEqual([
                'Khung kiến trúc \'lao_cai\' chưa có tên cơ quan (Chương 1, I.1). Bổ sung khối `body "…"`.',
                "Khung kiến trúc 'lao_cai' chưa có cấp (bộ hoặc tỉnh) (Chương 1, I.1). Bổ sung khối `level ministry|province`."
            ]);
            expect(await messages(text, 'en')).toEqual([
                "Framework 'lao_cai' lacks: the body's name (Chapter 1, I.1). Add a `body \"…\"` block.",
                "Framework 'lao_cai' lacks: a level (ministry or province) (Chapter 1, I.1). Add a `level ministry|province` block."
            ]);
        });

        test('under 3090, whose outline was not read, that framework by its title, with no paragraph', async () => {
            const text = replaced(SAMPLE_FRAMEWORK, ['conforms "4.0"', 'conforms "3090"'], [BODY, ''], [LEVEL, '']);
            expect(await messages(text, 'vi')).toEqual([
                'Khung kiến trúc \'lao_cai\' chưa có tên cơ quan (Khung kiến trúc tổng thể quốc gia số). Bổ sung khối `body "…"`.',
                "Khung kiến trúc 'lao_cai' chưa có cấp (bộ hoặc tỉnh) (Khung kiến trúc tổng thể quốc gia số). Bổ sung khối `level ministry|province`."
            ]);
            expect(await messages(text, 'en')).toEqual([
                "Framework 'lao_cai' lacks: the body's name (National Overall Digital Architecture Framework). Add a `body \"…\"` block.",
                "Framework 'lao_cai' lacks: a level (ministry or province) (National Overall Digital Architecture Framework). Add a `level ministry|province` block."
            ]);
        });
    });

    test('goals without any goal, and an implementation without tasks or maintenance, count as missing', async () => {
        const text = sampleWith(
            '            goal g1 "Dữ liệu dùng chung" { indicator "Tỷ lệ hồ sơ xử lý trực tuyến" target 80 unit "%" }\n',
            ''
        ).replace(/    implementation \{[\s\S]*?\n    \}\n/, '    implementation { description "Chưa có" }\n');
        const messages = withCode(await workspace.diagnostics(text), 'kts/missing-content').map(diagnostic => diagnostic.message);
        expect(messages).toEqual([
            expect.stringContaining('chưa có mục tiêu (Chương 1, III.2.b)'),
            expect.stringContaining('tổ chức triển khai (Chương 1, III.2.g)')
        ]);
    });

    test('a missing component architecture names the state and the layer', async () => {
        const text = sampleWith('        technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } }\n', '').replace(
            'hosted tt_dl\n            }',
            '\n            }'
        );
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/missing-content');
        expect(rest).toEqual([]);
        expect(diagnostic.message).toBe(
            "Khung kiến trúc 'lao_cai' chưa có kiến trúc công nghệ của kiến trúc mục tiêu (Chương 1, III.2.e). Bổ sung khối `target { technology { … } }`."
        );
    });

    test('a bare framework lists every mandatory part, as warnings by default', async () => {
        const diagnostics = withCode(await workspace.diagnostics('framework nhap { }'), 'kts/missing-content');
        expect(diagnostics.map(diagnostic => /chưa có (.*) \(/.exec(diagnostic.message)?.[1])).toEqual([
            'tên cơ quan',
            'cấp (bộ hoặc tỉnh)',
            'tầm nhìn',
            'mục tiêu',
            'phạm vi áp dụng',
            'nguyên tắc',
            'khung kiến trúc hiện trạng',
            'khung kiến trúc mục tiêu',
            'tổ chức triển khai'
        ]);
        expect(diagnostics.every(diagnostic => diagnostic.severity === 2)).toBe(true);
    });

    test('with strict config the same gaps are errors', async () => {
        const diagnostics = withCode(await workspace.diagnostics('framework nhap { }', { strict: true }), 'kts/missing-content');
        expect(diagnostics).toHaveLength(9);
        expect(diagnostics.every(diagnostic => diagnostic.severity === 1)).toBe(true);
    });

    test('a per-rule override wins over strict', async () => {
        const diagnostics = withCode(
            await workspace.diagnostics('framework nhap { }', { strict: true, rules: { 'kts/missing-content': 'info' } }),
            'kts/missing-content'
        );
        expect(diagnostics).toHaveLength(9);
        expect(diagnostics.every(diagnostic => diagnostic.severity === 3)).toBe(true);
    });

    test('a complete framework has none, even with strict config', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK, { strict: true }), 'kts/missing-content')).toEqual([]);
    });

    test('parts spread over several files of the same framework count for the whole framework', async () => {
        const [header, rest] = SAMPLE_FRAMEWORK.split('    current {');
        const documents = await workspace.validate(
            {
                'header.kts': `${header}}\n`,
                'architecture.kts': `framework lao_cai {\n    current {${rest}`
            },
            { strict: true }
        );
        for (const document of documents.values()) {
            expect(document.diagnostics).toEqual([]);
        }
    });
});
