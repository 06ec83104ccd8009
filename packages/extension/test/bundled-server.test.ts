import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagEarlierVersion } from '../../language/test/git-repository.js';
import { fileUri, REPO_ROOT, StdioLanguageClient } from '../../language/test/lsp-stdio-client.js';
import type {
    CatalogSearchItem,
    ChangeLens,
    FrameworkSummary,
    GenerateResult,
    PreviewResult,
    SourceLocation,
    UsageLens
} from '../src/protocol.js';

// The server exactly as the .vsix carries it: the esbuild bundle out/server.mjs with the catalogue data
// copied beside it, spoken to over stdio. `npm run build` makes the bundle (root build script).

const EXTENSION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(EXTENSION_DIR, 'out', 'server.mjs');
const BROKEN = `framework hue {
    body "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    level province
    target { application { app dvc "Dịch vụ công" { integrates csdlqg-dan-cuu via ndxp } } }
}
`;

let workspace: string;
let output: string;
/** The server's figure cache, a folder of this file's own (`KTS_CACHE_DIR`), since a test changes what it holds. */
let figureCache: string;
let client: StdioLanguageClient;

beforeAll(async () => {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` (it bundles the extension)`);
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-bundle-'));
    output = path.join(workspace, 'out');
    figureCache = path.join(workspace, 'figure-cache');
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'tinh-lao-cai'), path.join(workspace, 'tinh-lao-cai'), { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, 'examples', 'catalogs'), path.join(workspace, 'catalogs'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'broken.kts'), BROKEN);
    client = await StdioLanguageClient.start({
        workspaceFolder: workspace,
        serverModule: SERVER,
        // As a client other than the extension starts it: the bundle must find its catalogues by itself.
        env: {
            ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'KTS_DATA_DIR')),
            KTS_CACHE_DIR: figureCache
        }
    });
}, 120_000);

afterAll(async () => {
    client?.kill();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

describe('the bundled language server', () => {
    it('validates the workspace with the built-in catalogues it carries', async () => {
        const diagnostics = await client.diagnostics(fileUri(path.join(workspace, 'broken.kts')), found => found.length > 0, 0, 60_000);
        expect(diagnostics.map(diagnostic => diagnostic.message).join('\n')).toContain('csdlqg-dan-cuu');
        expect(diagnostics.map(diagnostic => diagnostic.message).join('\n')).toContain('csdlqg-dan-cu');
    });

    it('lists the frameworks of the workspace', async () => {
        const frameworks = await client.request<FrameworkSummary[]>('kts/frameworks');
        const laoCai = frameworks.find(framework => framework.id === 'tinh_lao_cai');
        expect(laoCai?.files.length).toBe(
            fs.readdirSync(path.join(workspace, 'tinh-lao-cai')).filter(name => name.endsWith('.kts')).length
        );
        expect(frameworks.map(framework => framework.id)).toContain('hue');
    });

    it('searches the catalogues without diacritics', async () => {
        for (const query of ['dan cu', 'DÂN CƯ']) {
            const found = await client.request<CatalogSearchItem[]>('kts/searchCatalog', { query, limit: 20 });
            expect(
                found.map(item => item.code),
                query
            ).toContain('csdlqg-dan-cu');
            expect(found.find(item => item.code === 'csdlqg-dan-cu')?.name).toBe('Cơ sở dữ liệu quốc gia về dân cư');
        }
        const code = await client.request<CatalogSearchItem[]>('kts/searchCatalog', { query: 'DRM001.00', limit: 5 });
        expect(code[0]?.code).toMatch(/^DRM001\.00/);
        expect(code[0]?.location?.uri).toMatch(/^kts-builtin:/);
    });

    it('counts the references of what a file declares, for the code lenses', async () => {
        const file = fileUri(path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'));
        const lenses = await client.request<UsageLens[]>('kts/usages', { uri: file });
        expect(lenses.filter(lens => lens.kind === 'framework').map(lens => lens.name)).toEqual(['tinh_lao_cai']);
        const used = lenses.filter(lens => lens.kind === 'element' && lens.references.length > 0);
        expect(used.length).toBeGreaterThan(0);
        for (const reference of used[0].references) expect(reference.uri).toMatch(/^file:/);
    });

    it('previews the HTML document with its diagrams, and locates what the preview shows', async () => {
        const preview = await client.request<PreviewResult>('kts/preview', { frameworkId: 'tinh_lao_cai' }, 120_000);
        expect(preview.title).toContain('Lào Cai');
        expect(preview.style.length).toBeGreaterThan(100);
        expect(preview.body).toContain('data-view="target-overview"');
        expect(preview.body).not.toMatch(/<script/i);
        const traced = [...new Set([...preview.body.matchAll(/data-element="([^"]+)"/g)].map(match => match[1]))];
        const element = traced.find(name => name === 'tinh_lao_cai.target.lgsp_tinh');
        expect(element, traced.slice(0, 20).join(', ')).toBeDefined();
        for (const qualifiedName of traced) {
            const location = await client.request<SourceLocation | null>('kts/locateElement', { qualifiedName });
            expect(location?.uri, qualifiedName).toMatch(/^file:.*\.kts$/);
        }
    }, 180_000);

    it('previews what changed since a git tag ("Compare with version…"), each changed row leading to its source', async () => {
        // The tagged version named the LGSP otherwise; the files go back to what the server holds before the request.
        const file = path.join(workspace, 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts');
        tagEarlierVersion(workspace, 'v4.0-phe-duyet', 'Phiên bản đã phê duyệt', [
            file,
            'platform lgsp_tinh "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)"',
            'platform lgsp_tinh "LGSP tỉnh"'
        ]);

        const since = { revision: 'v4.0-phe-duyet', folder: workspace };
        const preview = await client.request<PreviewResult>('kts/preview', { frameworkId: 'tinh_lao_cai', since }, 180_000);
        expect(preview.title).toBe('Phụ lục: Nội dung cập nhật so với phiên bản v4.0-phe-duyet');
        const text = preview.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        expect(text).toContain('Sơ đồ nội dung cập nhật so với phiên bản v4.0-phe-duyet');
        expect(text).toContain('Tên: LGSP tỉnh → Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)');
        expect(preview.body).toMatch(/<tr[^>]* data-element="tinh_lao_cai\.target\.lgsp_tinh"/);
        const location = await client.request<SourceLocation | null>('kts/locateElement', {
            qualifiedName: 'tinh_lao_cai.target.lgsp_tinh'
        });
        expect(location?.uri).toBe(fileUri(file));
        expect(location?.range.start.line).toBe(7);

        // While the comparison is shown, a code lens stands above the changed element, and above nothing else.
        const lenses = await client.request<ChangeLens[]>('kts/changeLenses', { uri: fileUri(file), since }, 180_000);
        expect(lenses.map(lens => [lens.range.start.line, lens.title])).toEqual([[7, 'đã sửa đổi so với v4.0-phe-duyet']]);
        const unchanged = path.join(workspace, 'tinh-lao-cai', '01-tong-quan.kts');
        expect(await client.request<ChangeLens[]>('kts/changeLenses', { uri: fileUri(unchanged), since })).toEqual([]);
    }, 240_000);

    it('generates the Word and HTML documents, the diagrams and the ArchiMate exchange file into the output folder', async () => {
        const docx = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'docx', frameworkId: 'tinh_lao_cai', outputFolder: output },
            180_000
        );
        expect(docx.files).toEqual([path.join(output, 'tinh_lao_cai.docx')]);
        const zip = await JSZip.loadAsync(fs.readFileSync(docx.files[0]));
        const documentXml = await zip.file('word/document.xml')!.async('string');
        expect(documentXml).toContain('Lào Cai');
        expect(Object.keys(zip.files).some(name => /^word\/media\/.*\.png$/.test(name))).toBe(true);

        const html = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'html', frameworkId: 'tinh_lao_cai', outputFolder: output },
            180_000
        );
        expect(fs.readFileSync(html.files[0], 'utf8')).toContain('<svg');

        const diagrams = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'diagrams', frameworkId: 'tinh_lao_cai', outputFolder: output },
            180_000
        );
        expect(diagrams.files).toContain(path.join(output, 'diagrams', 'tinh_lao_cai', 'target-overview.svg'));
        for (const file of diagrams.files) expect(fs.readFileSync(file, 'utf8')).toMatch(/^<svg|^<\?xml/);
        const archimate = await client.request<GenerateResult>(
            'kts/generate',
            { kind: 'archimate', frameworkId: 'tinh_lao_cai', outputFolder: output },
            180_000
        );
        expect(archimate.files).toEqual([path.join(output, 'tinh_lao_cai.archimate.xml')]);
        const exchange = fs.readFileSync(archimate.files[0], 'utf8');
        expect(exchange).toContain('http://www.opengroup.org/xsd/archimate/3.0/');
        expect(exchange).toContain('Lào Cai');
        expect(fs.readdirSync(output).filter(name => name.endsWith('.tmp'))).toEqual([]);
    }, 300_000);

    it("keeps the Word file's figures in the figure cache, and a second Generate takes them from there", async () => {
        const pictures = async (docx: string) => {
            const zip = await JSZip.loadAsync(fs.readFileSync(docx));
            const media = Object.keys(zip.files).filter(name => /^word\/media\/.*\.png$/.test(name));
            return Promise.all(media.map(name => zip.file(name)!.async('base64')));
        };
        const generateWord = async () =>
            (await client.request<GenerateResult>('kts/generate', { kind: 'docx', frameworkId: 'hue', outputFolder: output }, 180_000))
                .files[0]!;
        // Emptied first: the tests before this one kept other frameworks' pictures there.
        fs.rmSync(figureCache, { recursive: true, force: true });
        const first = await pictures(await generateWord());
        const entries = fs.readdirSync(path.join(figureCache, 'png')).map(name => path.join(figureCache, 'png', name));
        expect(first.length).toBeGreaterThan(0);
        expect(entries).toHaveLength(new Set(first).size);
        // Every entry replaced by the same whole picture: a Generate that drew its pictures would not show it.
        const [one] = entries;
        for (const entry of entries) fs.copyFileSync(one!, entry);
        const second = await pictures(await generateWord());
        expect(new Set(second)).toEqual(new Set([fs.readFileSync(one!).toString('base64')]));
        fs.rmSync(figureCache, { recursive: true, force: true });
    }, 300_000);

    it("writes the Word file when the figure cache cannot be used, and says so once in the editor's log", async () => {
        // A file where the cache folder should be: nothing can be kept, every picture is drawn.
        fs.rmSync(figureCache, { recursive: true, force: true });
        fs.writeFileSync(figureCache, 'not a folder');
        const logged = client.logs.length;
        try {
            const result = await client.request<GenerateResult>(
                'kts/generate',
                { kind: 'docx', frameworkId: 'hue', outputFolder: output },
                180_000
            );
            const zip = await JSZip.loadAsync(fs.readFileSync(result.files[0]!));
            expect(Object.keys(zip.files).filter(name => /^word\/media\/.*\.png$/.test(name)).length).toBeGreaterThan(0);
            const told = client.logs.slice(logged).filter(message => message.includes(path.join(figureCache, 'png')));
            expect(told).toEqual([
                `KTS: không dùng được bộ nhớ đệm hình ${path.join(figureCache, 'png')} (ENOTDIR); các hình được vẽ lại, tài liệu không đổi`
            ]);
        } finally {
            fs.rmSync(figureCache, { force: true });
        }
    }, 300_000);

    it('applies the VS Code settings: output language, strictness and extra catalogue paths', async () => {
        const extra = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-extra-catalog-'));
        try {
            fs.writeFileSync(
                path.join(extra, 'rieng.json'),
                JSON.stringify({
                    id: 'rieng',
                    version: '1',
                    status: 'local',
                    source: 'Danh mục thử',
                    title: { vi: 'Danh mục riêng của tỉnh' },
                    entries: [
                        { code: 'nen-tang-rieng', model: 'NATIONAL', kind: 'platform', name: 'Nền tảng riêng thử nghiệm', status: 'local' }
                    ]
                })
            );
            const broken = fileUri(path.join(workspace, 'broken.kts'));
            const since = client.published.length;
            await client.connection.sendNotification('workspace/didChangeConfiguration', {
                settings: { kts: { outputLanguage: 'en', strictness: 'strict', catalogPaths: [extra] } }
            });
            const diagnostics = await client.diagnostics(
                broken,
                found => found.some(diagnostic => /lacks/.test(String(diagnostic.message))),
                since,
                120_000
            );
            // Strict: missing mandatory content is an error; English: the messages are.
            expect(
                diagnostics.filter(diagnostic => /lacks/.test(String(diagnostic.message))).every(diagnostic => diagnostic.severity === 1)
            ).toBe(true);
            const found = await client.request<CatalogSearchItem[]>('kts/searchCatalog', { query: 'nen tang rieng', limit: 5 });
            expect(found[0]?.code).toBe('nen-tang-rieng');
        } finally {
            fs.rmSync(extra, { recursive: true, force: true });
        }
    }, 180_000);

    it('generates and previews the edition kts.documents.edition names: the submission edition unless the working one is chosen', async () => {
        // The working edition prints each element's id under its name; the official submission edition does not.
        const elementId = />lgsp_tinh</;
        const edition = async (settings: object) => {
            await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { kts: settings } });
            const preview = await client.request<PreviewResult>('kts/preview', { frameworkId: 'tinh_lao_cai' }, 120_000);
            const [html] = (
                await client.request<GenerateResult>(
                    'kts/generate',
                    { kind: 'html', frameworkId: 'tinh_lao_cai', outputFolder: output },
                    180_000
                )
            ).files;
            return { preview: preview.body, html: fs.readFileSync(html!, 'utf8') };
        };
        const unset = await edition({});
        expect(unset.preview).not.toMatch(elementId);
        expect(unset.html).not.toMatch(elementId);
        expect(unset.html).not.toContain('<meta name="generator" content="KTS"/>');
        const working = await edition({ documents: { edition: 'working' } });
        expect(working.preview).toMatch(elementId);
        expect(working.html).toMatch(elementId);
        expect(working.html).toContain('<meta name="generator" content="KTS"/>');
        const submission = await edition({ documents: { edition: 'submission' } });
        expect(submission.preview).not.toMatch(elementId);
        expect(submission.html).not.toMatch(elementId);
    }, 300_000);
});
