import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scratchFolder } from './run-kts.js';

// What each `kts` command loads, recorded by a resolve hook in the real bin under the project's Node: a command
// loads only the libraries it uses, so that a quick check does not wait for Word or raster libraries to load. The
// bin runs the bundle (scripts/bundle.mjs), whose metafile tells which modules each loaded chunk holds.
// Needs `npm run build` first (the root `pretest` script does it).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI_DIR = path.join(REPO_ROOT, 'packages/cli');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const RECORDER = path.join(REPO_ROOT, 'packages/cli/test/record-modules.mjs');
/** The Node binary that `NODE` (npm's link in node_modules/.bin) runs: what `process.execPath` names. */
const NODE_BINARY = fs.realpathSync(NODE);
const CLI_VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')).version;
const BUNDLE_META: {
    outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }>;
} = JSON.parse(fs.readFileSync(path.join(CLI_DIR, 'out/bundle.meta.json'), 'utf8'));

const scratch = scratchFolder('kts-start-up-');
const FIVE_LINES = `framework so {
    target {
        business { activity tiep_nhan "Tiếp nhận hồ sơ" }
    }
}
`;
fs.writeFileSync(path.join(scratch, 'khung.kts'), FIVE_LINES);

/** Runs `kts …` in the scratch folder; returns its output and the packages it loaded (`@kts/language`, `langium`, …). */
function ktsLoading(...args: string[]): { status: number | null; stdout: string; stderr: string; packages: Set<string> } {
    const record = path.join(scratch, `modules-${args.join('-').replace(/\W+/g, '_')}.txt`);
    const result = spawnSync(NODE, ['--import', RECORDER, KTS, ...args], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, KTS_RECORD_MODULES: record }
    });
    if (result.error) throw result.error;
    const packages = new Set(fs.readFileSync(record, 'utf8').split('\n').flatMap(modulesOf).flatMap(packageOf));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, packages };
}

/** The modules a loaded file holds: a chunk of the bundle holds those its metafile lists, any other file itself. */
function modulesOf(url: string): string[] {
    if (!url.startsWith('file:')) return [url];
    const output = BUNDLE_META.outputs[path.relative(CLI_DIR, fileURLToPath(url))];
    return output ? Object.keys(output.inputs).map(input => `file://${path.join(CLI_DIR, input)}`) : [url];
}

/**
 * The package a module URL belongs to: the name after its last `node_modules/`, or `@kts/<name>` for the workspace's
 * own; the language's model face (its vocabulary, with the text helpers and data it reads) is `@kts/language/model`,
 * its Node version check (which every bin runs first) `@kts/language/node-version`, the rest of it (Langium's parser and
 * services) `@kts/language`.
 */
function packageOf(url: string): string[] {
    const installed = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url.slice(url.lastIndexOf('/node_modules/')));
    if (installed) return [installed[1]!];
    const own = /\/packages\/([^/]+)\/(.*)$/.exec(url);
    if (!own) return [];
    if (own[1] === 'language' && /^(out\/(model|text|util)|data)\//.test(own[2]!)) return ['@kts/language/model'];
    if (own[1] === 'language' && own[2] === 'bin/node-version.js') return ['@kts/language/node-version'];
    return [`@kts/${own[1]}`];
}

const HEAVY = ['docx', '@resvg/resvg-wasm', 'harfbuzzjs', '@kts/documents', '@kts/diagrams', 'exceljs'];

/** The editor's code: the LSP server library, Langium's LSP services and KTS's providers (hover, completion, …). */
const EDITOR_CODE =
    /node_modules\/vscode-languageserver\/|node_modules\/langium\/lib\/lsp\/|packages\/language\/out\/(lsp\/|kts-module\.js)/;

/** The modules of a chunk and of the chunks it imports statically, i.e. what loading it evaluates. */
function modulesLoadedWith(chunk: string, seen = new Set<string>()): string[] {
    if (seen.has(chunk)) return [];
    seen.add(chunk);
    const output = BUNDLE_META.outputs[chunk]!;
    const imported = output.imports.filter(entry => entry.kind === 'import-statement' && entry.path in BUNDLE_META.outputs);
    return [...modulesOf(pathToFileURL(path.join(CLI_DIR, chunk)).href), ...imported.flatMap(entry => modulesLoadedWith(entry.path, seen))];
}

describe('kts start-up', () => {
    test('--version prints the version of @kts/cli and loads neither the language (Langium) nor the documents', () => {
        const result = ktsLoading('--version');
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toBe(CLI_VERSION);
        expect(result.packages).toContain('@kts/cli');
        for (const heavy of ['@kts/language', 'langium', ...HEAVY]) expect(result.packages).not.toContain(heavy);
    });

    test('--help lists the commands without loading the language; an unknown option exits 2 the same way', () => {
        const help = ktsLoading('--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('validate [options] <paths...>');
        expect(help.stdout).toContain('-V, --version');
        for (const heavy of ['@kts/language', 'langium', ...HEAVY]) expect(help.packages).not.toContain(heavy);
        const unknown = ktsLoading('--no-such-option');
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toBe('kts: không có tùy chọn "--no-such-option"\n');
        for (const heavy of ['@kts/language', 'langium', ...HEAVY]) expect(unknown.packages).not.toContain(heavy);
    });

    test('an older Node gets a sentence naming the Node it needs, in the language asked for, and loads nothing', () => {
        // Node 20 as the user's PATH may give it: the bin must say what to install before it loads the bundle.
        const olderNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.9.0"})';
        const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
            spawnSync(NODE, ['--import', olderNode, '--import', RECORDER, KTS, ...args], {
                cwd: scratch,
                encoding: 'utf8',
                timeout: 60_000,
                env: { ...process.env, KTS_LANG: '', ...env, KTS_RECORD_MODULES: path.join(scratch, 'modules-old-node.txt') }
            });
        const vietnamese = run(['validate', 'khung.kts']);
        expect(vietnamese.status).toBe(2);
        expect(vietnamese.stdout).toBe('');
        expect(vietnamese.stderr).toBe(
            `kts: cần Node.js 22.12.0 trở lên, nhưng lệnh đang chạy bằng Node.js 20.9.0 (${NODE_BINARY}); ` +
                'hãy cài Node.js 22 LTS hoặc mới hơn (https://nodejs.org) rồi chạy lại\n'
        );
        const loaded = fs.readFileSync(path.join(scratch, 'modules-old-node.txt'), 'utf8');
        expect(loaded).not.toContain('/out/bundle/');
        expect(run(['validate', 'khung.kts', '--lang', 'en']).stderr).toMatch(
            /^kts: Node\.js 22\.12\.0 or later is needed, but this is Node\.js 20\.9\.0 /
        );
        expect(run(['--version'], { KTS_LANG: 'en' }).stderr).toMatch(/^kts: Node\.js 22\.12\.0 or later is needed/);
    });

    test('validate loads the language but no Word, diagram or raster library', () => {
        const result = ktsLoading('validate', 'khung.kts');
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('1 tệp: 0 lỗi');
        expect(result.packages).toContain('@kts/language');
        expect(result.packages).toContain('langium');
        for (const heavy of HEAVY) expect(result.packages).not.toContain(heavy);
    });

    test('no command loads the editor: neither the LSP server library nor the LSP providers of Langium and KTS', () => {
        const commands = Object.entries(BUNDLE_META.outputs).filter(([, output]) => output.entryPoint?.startsWith('out/commands/'));
        expect(commands.map(([, output]) => output.entryPoint)).toContain('out/commands/validate.js');
        for (const [chunk, output] of commands) {
            expect(
                modulesLoadedWith(chunk).filter(module => EDITOR_CODE.test(module)),
                output.entryPoint
            ).toEqual([]);
        }
    });

    test('diff as text loads the language but no Word, diagram or raster library', () => {
        const result = ktsLoading('diff', 'khung.kts', 'khung.kts');
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toBe('Kiến trúc không thay đổi từ khung.kts đến khung.kts.\n');
        expect(result.packages).toContain('@kts/language');
        for (const heavy of HEAVY) expect(result.packages).not.toContain(heavy);
    });

    test('catalog search loads the catalogues but neither the diagrams nor the table readers', () => {
        const result = ktsLoading('catalog', 'search', 'dân cư', '--limit', '1');
        expect(result.status, result.stderr).toBe(0);
        expect(result.packages).toContain('@kts/language');
        for (const heavy of [...HEAVY, 'csv-parse']) expect(result.packages).not.toContain(heavy);
    });
});
