import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, test, vi, type MockInstance } from 'vitest';
import { REPOSITORY } from './load-model.js';
import { sampleFiles } from './sample.js';
import { TestWorkspace } from './test-utils.js';

const SAMPLE = sampleFiles();

/** The example frameworks shipped in examples/, one workspace (file name → text) per folder. */
function exampleWorkspaces(): Array<{ folder: string; files: Record<string, string> }> {
    const root = path.join(REPOSITORY, 'examples');
    if (!fs.existsSync(root)) return [];
    const collect = (dir: string, files: Record<string, string>) => {
        for (const name of fs.readdirSync(dir).sort()) {
            const full = path.join(dir, name);
            if (fs.statSync(full).isDirectory()) collect(full, files);
            else if (name.endsWith('.kts')) files[path.relative(root, full)] = fs.readFileSync(full, 'utf8');
        }
        return files;
    };
    // The examples' kts.config.json lists ../catalogs, so that folder joins every example's workspace.
    const shared = fs.existsSync(path.join(root, 'catalogs')) ? collect(path.join(root, 'catalogs'), {}) : {};
    return fs
        .readdirSync(root)
        .sort()
        .filter(name => name !== 'catalogs' && fs.statSync(path.join(root, name)).isDirectory())
        .map(folder => ({ folder, files: { ...shared, ...collect(path.join(root, folder), {}) } }))
        .filter(workspace => Object.keys(workspace.files).length > 0);
}

const KEYWORDS = [
    ...new Set(
        [...fs.readFileSync(path.join(REPOSITORY, 'grammars', 'kts.langium'), 'utf8').matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1])
    )
];

/** Text a user, an editor or a broken encoding can put into a file. */
const NOISE = [
    '{',
    '}',
    '}}',
    '{{',
    '"',
    '""',
    '"\\',
    '\\',
    '.',
    ',',
    '-',
    '/*',
    '*/',
    '//',
    '\n',
    '\r\n',
    '\t',
    'Tiếp nhận hồ sơ',
    'Tiếp nhận hồ sơ'.normalize('NFD'),
    'đ',
    'Ư',
    '😀',
    '\u0000',
    '\uD800',
    '\uDFFF',
    '\uFEFF',
    '\u200B',
    'csdlqg-dan-cu',
    'ndxp',
    'current.',
    'target.',
    '2030-2026',
    '1999-2005',
    '-5',
    '999999999999999999999',
    '0',
    '000.00.00.G12',
    'framework x {',
    'app a "A"',
    'task t "T" { after t }',
    'level 9',
    'budget -1 VND'
];

type Mutation = (text: string) => string;

const lines = (text: string) => text.split('\n');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.nat().map(index => (text: string) => {
        const all = lines(text);
        all.splice(index % all.length, 1);
        return all.join('\n');
    }),
    fc.nat().map(index => (text: string) => {
        const all = lines(text);
        const at = index % all.length;
        all.splice(at, 0, all[at]);
        return all.join('\n');
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
        const all = lines(text);
        const i = a % all.length;
        const j = b % all.length;
        [all[i], all[j]] = [all[j], all[i]];
        return all.join('\n');
    }),
    fc
        .tuple(fc.nat(), fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom(...NOISE), fc.string({ unit: 'binary', maxLength: 6 })))
        .map(([position, token]) => (text: string) => {
            const at = position % (text.length + 1);
            return `${text.slice(0, at)} ${token} ${text.slice(at)}`;
        }),
    fc.nat().map(position => (text: string) => text.slice(0, position % (text.length + 1))),
    fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(([position, length]) => (text: string) => {
        const at = position % (text.length + 1);
        return text.slice(0, at) + text.slice(at + length);
    })
);

const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

/**
 * The suite's share of the shared machine: a fixed number of runs, cut short after a time budget.
 * `KTS_FUZZ_RUNS=5000` runs a longer campaign without the time limit.
 */
const campaign = process.env.KTS_FUZZ_RUNS ? Number(process.env.KTS_FUZZ_RUNS) : undefined;
const budget = (runs: number, milliseconds: number): fc.Parameters<unknown> =>
    campaign ? { numRuns: campaign } : { numRuns: runs, interruptAfterTimeLimit: milliseconds, markInterruptAsFailure: false };

let workspace: TestWorkspace;
let errors: MockInstance<typeof console.error>;
beforeAll(() => {
    workspace = new TestWorkspace();
    // A guarded rule that throws only logs; in the fuzz test that log is the failure.
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(() => {
    errors.mockRestore();
});

/** Everything the language server does with a document must return for any input. */
async function exerciseServices(document: LangiumDocument, offset: number): Promise<void> {
    const services = workspace.services;
    const textDocument = { uri: document.uri.toString() };
    const lineCount = document.textDocument.lineCount;
    for (const diagnostic of document.diagnostics ?? []) {
        expect(diagnostic.range.start.line).toBeGreaterThanOrEqual(0);
        expect(diagnostic.range.end.line).toBeLessThan(lineCount);
        expect(typeof diagnostic.message).toBe('string');
    }
    const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    expect(Array.isArray(symbols)).toBe(true);
    const folding = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    expect(Array.isArray(folding)).toBe(true);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    expect(Array.isArray(edits)).toBe(true);
    const position = document.textDocument.positionAt(offset % (document.textDocument.getText().length + 1));
    await services.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
    await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
    const { model } = services.model.ArchitectureModelProvider.linkedModel();
    expect(Array.isArray(model.frameworks)).toBe(true);
}

function expectNoRuleFailed(): void {
    const failures = errors.mock.calls.map(call => call.map(String).join(' '));
    errors.mockClear();
    expect(failures).toEqual([]);
}

describe('fuzz: mutated real sources never make the language throw', () => {
    test('the unmutated sources validate and the services answer', async () => {
        const documents = await workspace.validate(SAMPLE);
        await exerciseServices(documents.get('lao-cai.kts')!, 0);
        for (const document of documents.values())
            expect((document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        // Whether the examples are free of errors is the examples' own test; here no rule may fail on them.
        for (const example of exampleWorkspaces()) await workspace.validate(example.files);
        expectNoRuleFailed();
    });

    test('mutations of the sample framework', { timeout: campaign ? 3_600_000 : 60_000 }, async () => {
        await fc.assert(
            fc.asyncProperty(mutations, fc.nat(), async (changes, offset) => {
                const text = changes.reduce((current, change) => change(current), SAMPLE['lao-cai.kts']);
                const documents = await workspace.validate({ ...SAMPLE, 'lao-cai.kts': text });
                await exerciseServices(documents.get('lao-cai.kts')!, offset);
                expectNoRuleFailed();
            }),
            budget(600, 5_000)
        );
    });

    test("token soup from the language's own vocabulary (every shape error recovery can build)", {
        timeout: campaign ? 3_600_000 : 60_000
    }, async () => {
        const token = fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...KEYWORDS) },
            { weight: 3, arbitrary: fc.constantFrom('{', '}', '.', ',', '-') },
            {
                weight: 2,
                arbitrary: fc.constantFrom(
                    'lao_cai',
                    'dvc',
                    't1',
                    'current',
                    'target',
                    'csdlqg-dan-cu',
                    'ndxp',
                    'lgsp',
                    'a',
                    'DRM001.002',
                    '1.4'
                )
            },
            {
                weight: 1,
                arbitrary: fc.constantFrom(
                    '"Tên"',
                    '""',
                    '3',
                    '-7',
                    '2026-2030',
                    '2030-2026',
                    '2026-03-15',
                    '12.5',
                    '"000.00.00.H38"',
                    '"x'
                )
            }
        );
        const soup = fc.array(token, { maxLength: 120 }).map(tokens => `framework lao_cai { ${tokens.join(' ')}`);
        await fc.assert(
            fc.asyncProperty(soup, fc.nat(), async (text, offset) => {
                const documents = await workspace.validate({ 'soup.kts': text });
                await exerciseServices(documents.get('soup.kts')!, offset);
                expectNoRuleFailed();
            }),
            budget(300, 2_500)
        );
    });

    test('mutations of one file of a bundled example, validated with the rest of its workspace', {
        timeout: campaign ? 3_600_000 : 60_000
    }, async () => {
        const examples = exampleWorkspaces();
        if (examples.length === 0) return;
        const targets = examples.flatMap(example =>
            Object.keys(example.files)
                .filter(name => name.startsWith(example.folder))
                .map(name => ({ example, name }))
        );
        await fc.assert(
            fc.asyncProperty(fc.constantFrom(...targets), mutations, fc.nat(), async ({ example, name }, changes, offset) => {
                const text = changes.reduce((current, change) => change(current), example.files[name]);
                const documents = await workspace.validate({ ...example.files, [name]: text });
                await exerciseServices(documents.get(name)!, offset);
                expectNoRuleFailed();
            }),
            budget(60, 6_000)
        );
    });
});
