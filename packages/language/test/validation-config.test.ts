import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { ConfigError, loadConfig, METAMODEL, parseConfig, RULES, type RelationRules, type RuleSeverity } from '../src/index.js';
import { TestWorkspace, withCode } from './test-utils.js';
import { sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

/** One broken variant of the complete framework per rule family, with the rule it must trigger. */
const FAMILIES: Array<{ family: string; rule: string; text: () => string; en: RegExp }> = [
    {
        family: 'reference rules',
        rule: 'kts/unresolved-reference',
        text: () => sampleWith('integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via'),
        en: /^Cannot find element or national component 'csdlqg-dan-cuu'\. Did you mean 'csdlqg-dan-cu'/
    },
    {
        family: 'element rules',
        rule: 'kts/security-level-range',
        text: () => sampleWith('level 3', 'level 7'),
        en: /^Information-system security level '7' of 'dvc' must be 1 to 5 \(Decree 85\/2016\/ND-CP\)\.$/
    },
    {
        family: 'element rules (relations)',
        rule: 'kts/relation-target-kind',
        text: () => sampleWith('                hosted tt_dl', '                hosted lgsp_lao_cai'),
        en: /^Relation `hosted` of 'dvc' cannot point to 'lgsp_lao_cai' \(platform\); `hosted` points to a data centre, cloud or infrastructure\.$/
    },
    {
        family: 'framework rules',
        rule: 'kts/agency-code-format',
        text: () => sampleWith('code "000.00.00.H38"', 'code "H38"'),
        en: /^Electronic agency identifier 'H38' does not follow QCVN 102:2016/
    },
    {
        family: 'framework rules (periods)',
        rule: 'kts/period-invalid',
        text: () => sampleWith('period 2026-2030 {', 'period 2030-2026 {'),
        en: /^Period '2030-2026' is invalid: the start year is after the end year\.$/
    },
    {
        family: 'framework rules (budgets)',
        rule: 'kts/negative-budget',
        text: () => sampleWith('budget 10 billion VND', 'budget -1 billion VND'),
        en: /^Budget of task 't1' is negative \(-1\); write a positive amount\.$/
    },
    {
        family: 'text rules',
        rule: 'kts/text-not-nfc',
        text: () => sampleWith('"Tường lửa"', `"${'Tường lửa'.normalize('NFD')}"`),
        en: /^Text is not in Unicode NFC/
    },
    {
        family: 'workspace rules',
        rule: 'kts/integration-bypasses-platform',
        text: () => sampleWith('integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', 'integrates csdlqg-dan-cu'),
        en: /^'dvc' integrates with 'csdlqg-dan-cu' of another body without an integration platform \(LGSP\/NDXP\); add `via <LGSP>, ndxp` \(Chapter 3, II\.6–7\)\.$/
    },
    {
        family: 'workspace rules (duplicates)',
        rule: 'kts/duplicate-id',
        text: () => sampleWith('            platform lgsp_lao_cai', '            app dvc "Bản sao"\n            platform lgsp_lao_cai'),
        en: /^Id 'dvc' is already declared at main\.kts:\d+; each element needs its own id within the framework\.$/
    },
    {
        family: 'workspace rules (mandatory content)',
        rule: 'kts/missing-content',
        text: () => sampleWith('    scope { description "Các cơ quan nhà nước của tỉnh" }\n', ''),
        en: /^Framework 'lao_cai' lacks: scope \(Chapter 1, III\.2\.c\)\. Add a `scope \{ … \}` block\.$/
    }
];

describe('English messages (config language "en")', () => {
    for (const { family, rule, text, en } of FAMILIES) {
        test(`${family}: ${rule}`, async () => {
            const [diagnostic] = withCode(await workspace.diagnostics(text(), { language: 'en' }), rule);
            expect(diagnostic.message).toMatch(en);
            // Names of things stay Vietnamese; the sentence around them is English.
            const sentence = diagnostic.message.replace(/'[^']*'/g, '').replace(/\([^)]*\)/g, '');
            expect(sentence).not.toMatch(/[ăâđêôơư]/i);
        });
    }

    test('every rule has a Vietnamese and an English message with the same placeholders, and a default severity', () => {
        for (const [id, rule] of Object.entries(RULES)) {
            expect(id).toMatch(/^kts\/[a-z-]+$/);
            expect(['info', 'warning', 'error']).toContain(rule.severity);
            const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();
            expect(placeholders(rule.en), id).toEqual(placeholders(rule.vi));
            expect(rule.vi, id).toBe(rule.vi.normalize('NFC'));
            expect(rule.vi, id).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
        }
    });
});

describe('per-rule severity overrides apply to every rule family', () => {
    const LSP: Record<Exclude<RuleSeverity, 'ignore'>, number> = { error: 1, warning: 2, info: 3 };
    for (const { family, rule, text } of FAMILIES) {
        test(`${family}: ${rule} as ignore, info, warning and error`, async () => {
            expect(withCode(await workspace.diagnostics(text(), { rules: { [rule]: 'ignore' } }), rule)).toEqual([]);
            for (const severity of ['info', 'warning', 'error'] as const) {
                const diagnostics = withCode(await workspace.diagnostics(text(), { rules: { [rule]: severity } }), rule);
                expect(diagnostics.length, severity).toBeGreaterThan(0);
                expect(
                    diagnostics.every(diagnostic => diagnostic.severity === LSP[severity]),
                    severity
                ).toBe(true);
            }
        });
    }

    test('an override of one rule leaves the others at their defaults', async () => {
        const text = sampleWith('level 3', 'level 7').replace('budget 10 billion VND', 'budget -1 billion VND');
        const diagnostics = await workspace.diagnostics(text, { rules: { 'kts/security-level-range': 'ignore' } });
        expect(withCode(diagnostics, 'kts/security-level-range')).toEqual([]);
        expect(withCode(diagnostics, 'kts/negative-budget').map(diagnostic => diagnostic.severity)).toEqual([1]);
    });
});

describe('a rule that throws does not stop the others', () => {
    // The rules are data; breaking them in place stands for a bug in a check.
    const relations = METAMODEL.relations as Record<string, RelationRules>;
    const saved = { platformRequiredTargets: METAMODEL.platformRequiredTargets, hosted: METAMODEL.relations.hosted };
    let errors: MockInstance<typeof console.error>;
    beforeEach(() => {
        // The guard logs the failing rule; capture it instead of cluttering the test output.
        errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => {
        METAMODEL.platformRequiredTargets = saved.platformRequiredTargets;
        relations.hosted = saved.hosted;
        errors.mockRestore();
    });

    // A damaged data file (architecture-rules.json) is the realistic way for a rule to throw.
    test('an element rule that throws leaves the other element rules reporting', async () => {
        relations.hosted = { ...saved.hosted, sources: undefined as unknown as string[] };
        const text = sampleWith('level 3', 'level 7').replace(
            '            platform lgsp_lao_cai',
            '            database kho "Kho"\n            platform lgsp_lao_cai'
        );
        const diagnostics = await workspace.diagnostics(text);
        expect(withCode(diagnostics, 'kts/security-level-range')).toHaveLength(1);
        expect(withCode(diagnostics, 'kts/element-kind-layer')).toHaveLength(1);
        expect(withCode(diagnostics, 'kts/target-not-delivered')).toHaveLength(1);
        expect(errors).toHaveBeenCalledWith(
            expect.stringContaining('KTS: rule kts/relation-source-kind, kts/relation-target-kind, kts/via-not-platform failed')
        );
    });

    test('a workspace rule that throws leaves the other workspace rules reporting', async () => {
        METAMODEL.platformRequiredTargets = undefined as unknown as string[];
        const text = sampleWith('            platform lgsp_lao_cai', '            app dvc "Bản sao"\n            platform lgsp_lao_cai')
            .replace('    scope { description "Các cơ quan nhà nước của tỉnh" }\n', '')
            .replace('delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai')
            .replace('                replaces motcua', '                replaces lgsp_lao_cai');
        const diagnostics = await workspace.diagnostics(text);
        expect(errors).toHaveBeenCalledWith(expect.stringContaining('KTS: rule kts/integration-bypasses-platform failed'));
        expect(withCode(diagnostics, 'kts/duplicate-id')).toHaveLength(1);
        expect(withCode(diagnostics, 'kts/missing-content')).toHaveLength(1);
        expect(withCode(diagnostics, 'kts/target-not-delivered')).toHaveLength(1);
        expect(withCode(diagnostics, 'kts/replaces-not-current')).toHaveLength(1);
    });
});

describe('kts.config.json parsing', () => {
    const file = '/projects/lao_cai/kts.config.json';
    const problem = (text: string) => {
        try {
            parseConfig(text, file);
        } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            return (error as Error).message;
        }
        throw new Error(`accepted: ${text}`);
    };

    test('a valid config is read with its defaults filled in', () => {
        expect(
            parseConfig(
                '{ "language": "en", "strict": true, "catalogs": ["../catalogs"], "rules": { "kts/duplicate-id": "warning" } }',
                file
            )
        ).toEqual({
            language: 'en',
            strict: true,
            catalogs: ['../catalogs'],
            rules: { 'kts/duplicate-id': 'warning' },
            root: '/projects/lao_cai'
        });
        expect(parseConfig('{ "$schema": "x", "$comment": "y" }', file)).toMatchObject({
            language: 'vi',
            strict: false,
            catalogs: [],
            rules: {}
        });
    });

    test('each mistake is named with the file and the fix', () => {
        expect(problem('{ "language": "vi", }')).toMatch(
            /^\/projects\/lao_cai\/kts\.config\.json: không phải JSON hợp lệ \(.+\) \/ not valid JSON \(.+\)$/
        );
        expect(problem('[]')).toBe(`${file}: phải là một đối tượng JSON { … } / must be a JSON object { … }`);
        expect(problem('null')).toContain('must be a JSON object');
        expect(problem('{ "language": "fr" }')).toBe(`${file}: "language" phải là "vi" hoặc "en" / "language" must be "vi" or "en"`);
        expect(problem('{ "strict": "yes" }')).toContain('"strict" must be a boolean');
        expect(problem('{ "catalogs": "../catalogs" }')).toContain('"catalogs" must be an array of paths');
        expect(problem('{ "catalogs": [1] }')).toContain('"catalogs" must be an array of paths');
        expect(problem('{ "rules": ["kts/duplicate-id"] }')).toContain('"rules" must be an object');
        expect(problem('{ "rules": { "kts/duplicate-id": "fatal" } }')).toBe(
            `${file}: "rules.kts/duplicate-id": mức "fatal" không hợp lệ, dùng ignore/info/warning/error / "rules.kts/duplicate-id": invalid severity "fatal", use ignore/info/warning/error`
        );
    });

    test('a misspelt key or rule id is an error offering the closest name, not silently ignored', () => {
        expect(problem('{ "langauge": "en" }')).toBe(
            `${file}: khóa "langauge" không được hỗ trợ (dùng language, strict, catalogs, rules); có phải "language"? / unsupported key "langauge" (use language, strict, catalogs, rules); did you mean "language"?`
        );
        expect(problem('{ "rules": { "kts/duplicate-ids": "warning" } }')).toBe(
            `${file}: "rules": không có quy tắc "kts/duplicate-ids"; có phải "kts/duplicate-id"? / "rules": there is no rule "kts/duplicate-ids"; did you mean "kts/duplicate-id"?`
        );
        expect(problem('{ "rules": { "toString": "warning" } }')).toContain('there is no rule "toString"');
    });

    test('syntax errors cannot be downgraded', () => {
        expect(problem('{ "rules": { "kts/syntax": "ignore" } }')).toContain('syntax errors are always errors');
    });

    test('loadConfig finds the file in a parent folder and reports its path on error', () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-config-'));
        try {
            const nested = path.join(root, 'a', 'b');
            fs.mkdirSync(nested, { recursive: true });
            fs.writeFileSync(path.join(root, 'kts.config.json'), '{ "language": "en" }');
            expect(loadConfig(nested)).toMatchObject({ language: 'en', root });
            fs.writeFileSync(path.join(root, 'kts.config.json'), '{ "strict": 1 }');
            expect(() => loadConfig(nested)).toThrow(`${path.join(root, 'kts.config.json')}: "strict" phải là true/false`);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
