import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, StdioLanguageClient } from '../../language/test/lsp-stdio-client.js';
import type { GenerateResult } from '../src/protocol.js';

// The .vsix as `npm run package` makes it from the build (`npm run build`), unpacked into a folder outside the
// repository, so that its server can reach nothing but what the .vsix carries.

const EXTENSION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-vsix-'));
let entries: string[];
let client: StdioLanguageClient | undefined;

function run(command: string, args: string[], cwd: string): void {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
    if (result.error) throw result.error;
    expect(result.status, `${command} ${args.join(' ')}: ${result.stderr}`).toBe(0);
}

async function wordFigures(file: string): Promise<Map<string, Buffer>> {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const names = Object.keys(zip.files).filter(name => /^word\/media\/.*\.png$/.test(name));
    return new Map(await Promise.all(names.map(async name => [name, await zip.file(name)!.async('nodebuffer')] as const)));
}

beforeAll(async () => {
    const vsix = path.join(scratch, 'kts-vscode.vsix');
    run(
        NODE,
        [
            path.join(REPO_ROOT, 'node_modules/@vscode/vsce/vsce'),
            'package',
            '--no-dependencies',
            '--allow-missing-repository',
            '--out',
            vsix
        ],
        EXTENSION_DIR
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
    entries = Object.keys(zip.files).filter(name => !zip.files[name]!.dir);
    for (const name of entries) {
        const target = path.join(scratch, 'unpacked', name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await zip.file(name)!.async('nodebuffer'));
    }
}, 300_000);

afterAll(() => {
    client?.kill();
    fs.rmSync(scratch, { recursive: true, force: true });
});

describe('the packaged .vsix', () => {
    it('carries no platform binary, the WebAssembly renderer and font subsetter, and the diagrams fonts with their licence', () => {
        expect(entries.filter(name => /\.(node|dll|so|dylib|exe)$/i.test(name))).toEqual([]);
        expect(entries.filter(name => name.endsWith('.wasm')).sort()).toEqual([
            'extension/out/harfbuzz-subset.wasm',
            'extension/out/resvg.wasm'
        ]);
        expect(entries.filter(name => name.startsWith('extension/out/fonts/')).sort()).toEqual(
            ['DejaVuSans-Bold.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf', 'LICENSE'].map(
                name => `extension/out/fonts/${name}`
            )
        );
    });

    it("carries the page-layout worker, which lays out a piece of a Word file's pages from the .vsix alone", async () => {
        // Without it the server laid every page out on its own thread: the package has no node_modules to find it in.
        const file = path.join(scratch, 'unpacked', 'extension', 'out', 'docx-layout-worker.mjs');
        expect(entries).toContain('extension/out/docx-layout-worker.mjs');
        expect(fs.readFileSync(path.join(scratch, 'unpacked', 'extension', 'out', 'server.mjs'), 'utf8')).toContain(
            'docx-layout-worker.mjs'
        );
        const worker = new Worker(file, { workerData: { fonts: [] } });
        try {
            const reply = await new Promise<{ pageNumbers?: { pageCount?: number }; error?: string }>((resolve, reject) => {
                worker.once('message', resolve);
                worker.once('error', reject);
                const page = { 'w:pgSz': { _attr: { 'w:w': 11906, 'w:h': 16838 } } };
                const paragraph = (text: string, pageBreakBefore = false) => ({
                    'w:p': [...(pageBreakBefore ? [{ 'w:pPr': [{ 'w:pageBreakBefore': {} }] }] : []), { 'w:r': [{ 'w:t': [text] }] }]
                });
                const body = { 'w:body': [paragraph('Trang một'), paragraph('Trang hai', true), { 'w:sectPr': [page] }] };
                worker.postMessage({ index: 0, language: 'vi', landscape: [false], body });
            });
            expect(reply.error).toBeUndefined();
            expect(reply.pageNumbers?.pageCount).toBe(2);
        } finally {
            await worker.terminate();
        }
    });

    it('generates, from its contents alone, a Word file with the same figures and an HTML file with the same embedded font as the CLI', async () => {
        const workspace = path.join(scratch, 'workspace');
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'tinh-lao-cai'), path.join(workspace, 'tinh-lao-cai'), { recursive: true });
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'catalogs'), path.join(workspace, 'catalogs'), { recursive: true });
        client = await StdioLanguageClient.start({
            workspaceFolder: workspace,
            serverModule: path.join(scratch, 'unpacked', 'extension', 'out', 'server.mjs'),
            env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'KTS_DATA_DIR'))
        });
        const output = path.join(scratch, 'editor');
        const docx = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'docx', frameworkId: 'tinh_lao_cai', outputFolder: output },
            300_000
        );
        run(
            NODE,
            [
                path.join(REPO_ROOT, 'packages/cli/bin/kts.js'),
                'generate',
                path.join(workspace, 'tinh-lao-cai'),
                '--format',
                'docx,html',
                '--out',
                path.join(scratch, 'cli')
            ],
            workspace
        );
        const expected = await wordFigures(path.join(scratch, 'cli', 'tinh_lao_cai.docx'));
        const figures = await wordFigures(docx.files[0]!);
        expect(expected.size).toBeGreaterThanOrEqual(7);
        expect([...figures.keys()]).toEqual([...expected.keys()]);
        for (const [name, png] of expected) expect(Buffer.compare(figures.get(name)!, png), name).toBe(0);

        const html = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'html', frameworkId: 'tinh_lao_cai', outputFolder: output },
            300_000
        );
        const style = (file: string) => /<style>([\s\S]*?)<\/style>/.exec(fs.readFileSync(file, 'utf8'))![1]!;
        expect(style(html.files[0]!)).toContain('@font-face');
        expect(style(html.files[0]!)).toBe(style(path.join(scratch, 'cli', 'tinh_lao_cai.html')));
    }, 600_000);
});
