import { beforeAll, describe, expect, test } from 'vitest';
import { ast } from '../src/index.js';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('kts/text-not-nfc', () => {
    const decomposed = 'Tiếp nhận hồ sơ'.normalize('NFD');

    test('a decomposed Vietnamese string is a warning on exactly that string', async () => {
        const text = sampleWith(
            'business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps',
            `business { activity tiep_nhan "${decomposed}" { keeps`
        );
        expect(text).not.toBe(text.normalize('NFC'));
        const [diagnostic, ...rest] = withCode(await workspace.diagnostics(text), 'kts/text-not-nfc');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(diagnostic.range.start.line).toBe(lineOf(text, decomposed));
        expect(coveredText(text, diagnostic)).toBe(`"${decomposed}"`);
        expect(diagnostic.message).toContain('NFC');
        expect(diagnostic.message).toContain('định dạng');
    });

    test('the same text composed (NFC) has no warning', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/text-not-nfc')).toEqual([]);
    });
});

describe('kts/syntax', () => {
    test('a missing title is a Vietnamese syntax error on the broken line', async () => {
        const text = sampleWith('            platform lgsp_lao_cai', '            app broken\n            platform lgsp_lao_cai');
        const diagnostics = withCode(await workspace.diagnostics(text), 'kts/syntax');
        expect(diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of diagnostics) {
            expect(diagnostic.severity).toBe(1);
            expect(diagnostic.message).toMatch(/^Lỗi cú pháp: /);
            expect(diagnostic.message).not.toMatch(/Expecting|but found/);
        }
        expect(diagnostics[0].message).toBe('Lỗi cú pháp: cần chuỗi "…" nhưng gặp `platform`.');
    });

    test('a character the language does not know is a syntax error too, not an untagged lexer message', async () => {
        const text = sampleWith('                level 3', '                level 3 @');
        const [diagnostic, ...rest] = (await workspace.diagnostics(text)).filter(candidate => candidate.severity === 1);
        expect(rest).toEqual([]);
        expect(diagnostic.code).toBe('kts/syntax');
        expect(diagnostic.range.start.line).toBe(lineOf(text, 'level 3 @'));
        expect(coveredText(text, diagnostic)).toBe('@');
        expect(diagnostic.message).toBe('Lỗi cú pháp: ký tự không hợp lệ `@` (bỏ qua 1 ký tự); kiểm tra dấu ngoặc kép hoặc ký tự gõ nhầm.');
    });

    test('a relation without a target lists what may follow', async () => {
        const text = sampleWith('                stores csdl_hs\n', '                stores\n');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/syntax');
        expect(diagnostic.message).toMatch(/^Lỗi cú pháp: cần (một trong: )?.*mã định danh/);
    });

    test('content after the framework is closed is named as such', async () => {
        const [diagnostic] = withCode(await workspace.diagnostics(`${SAMPLE_FRAMEWORK}}\n`), 'kts/syntax');
        expect(diagnostic.message).toBe('Lỗi cú pháp: thừa nội dung sau khi khối đã đóng: `}`.');
    });

    test('in English the parser message is kept', async () => {
        const text = sampleWith('            platform lgsp_lao_cai', '            app broken\n            platform lgsp_lao_cai');
        const [diagnostic] = withCode(await workspace.diagnostics(text, { language: 'en' }), 'kts/syntax');
        expect(diagnostic.message).toMatch(/^Syntax error: Expecting .* but found `platform`\.$/);
    });

    test('the complete framework has no syntax error', async () => {
        expect(withCode(await workspace.diagnostics(SAMPLE_FRAMEWORK), 'kts/syntax')).toEqual([]);
    });
});

describe('strings', () => {
    test('escapes work and a string ends on its line', async () => {
        const text = sampleWith('"Tường lửa"', '"Tường lửa \\"thế hệ mới\\"\\nvà IPS"');
        const documents = await workspace.validate({ 'lao-cai.kts': text });
        const document = documents.get('lao-cai.kts')!;
        expect(document.diagnostics).toEqual([]);
        const root = document.parseResult.value as ast.KtsFile;
        const measure = root.frameworks[0].architectures[0].layers[4].elements[0];
        expect(measure.title).toBe('Tường lửa "thế hệ mới"\nvà IPS');
    });
});

describe('error recovery: one bad line does not turn the whole file red', () => {
    const brokenLines = {
        'an unterminated title': '            app broken "Hệ thống chưa đóng ngoặc',
        'a missing title': '            app broken { level 2 }',
        'an unknown element kind': '            widget broken "Tiện ích"',
        'a relation without target': '            app broken "Hệ thống" { supports }',
        'a missing closing brace': '            app broken "Hệ thống" { supports tiep_nhan',
        'a stray character': '            app broken "Hệ thống" { level 2 # }'
    };
    for (const [what, line] of Object.entries(brokenLines)) {
        test(`${what}: every other element is parsed and linked, and diagnostics stay near the broken line`, async () => {
            const text = sampleWith('            platform lgsp_lao_cai', `${line}\n            platform lgsp_lao_cai`);
            const broken = lineOf(text, line);
            const documents = await workspace.validate({ 'lao-cai.kts': text });
            const document = documents.get('lao-cai.kts')!;
            const root = document.parseResult.value as ast.KtsFile;
            const framework = root.frameworks[0];
            const ids = framework.architectures.flatMap(architecture =>
                architecture.layers.flatMap(layer => layer.elements.map(element => `${architecture.state}.${element.name}`))
            );
            expect(ids).toEqual(
                expect.arrayContaining([
                    'current.tiep_nhan',
                    'current.csdl_hs',
                    'current.motcua',
                    'current.tt_dl',
                    'current.tuong_lua',
                    'target.tiep_nhan',
                    'target.csdl_hs',
                    'target.lgsp_lao_cai',
                    'target.dvc',
                    'target.tt_dl',
                    'target.soc_lao_cai'
                ])
            );
            expect(framework.implementation.flatMap(implementation => implementation.tasks.map(task => task.name))).toEqual(['t1', 't2']);
            const dvc = framework.architectures[1].layers[2].elements.find(element => element.name === 'dvc')!;
            const relations = dvc.properties.filter(ast.isRelation);
            expect(relations.flatMap(relation => relation.targets.map(target => target.ref?.$type))).toEqual([
                'Element',
                'Element',
                'Element',
                'CatalogEntry',
                'Element'
            ]);
            const diagnostics = document.diagnostics ?? [];
            expect(withCode(diagnostics, 'kts/syntax').length).toBeGreaterThan(0);
            for (const diagnostic of diagnostics) {
                expect(
                    Math.abs(diagnostic.range.start.line - broken),
                    `${diagnostic.message} at line ${diagnostic.range.start.line}`
                ).toBeLessThanOrEqual(1);
            }
        });
    }
});
