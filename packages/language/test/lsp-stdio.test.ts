import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, FoldingRange, Location, LocationLink, Position, TextEdit } from 'vscode-languageserver-protocol';
import { URI } from 'langium';
import { NODE, SERVER_BIN, StdioLanguageClient } from './lsp-stdio-client.js';

// The standalone server as Neovim, Emacs or JetBrains run it: `kts-language-server --stdio`, spoken to
// over JSON-RPC. Needs `npm run build` first (the root `pretest` script does it).

const FRAMEWORK = `framework hue {
    body "Ủy ban nhân dân tỉnh Thừa Thiên Huế"
    level province
    vision "Chính quyền số phục vụ người dân, doanh nghiệp."
    target {
        application {
            platform lgsp_hue "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh"
            app dvc "Hệ thống thông tin giải quyết thủ tục hành chính" {
                stores csdl_hs
                integrates csdlqg-dan-cuu via lgsp_hue, ndxp
            }
        }
    }
}
`;

const DATA = `framework hue {
    target {
        data {
            database csdl_hs "Cơ sở dữ liệu hồ sơ thủ tục hành chính"
        }
    }
}
`;

const GRADLE_BUILD = `plugins {
    kotlin("jvm") version "2.1.0"
}

dependencies {
    implementation(kotlin("stdlib"))
}
`;

const KOTLIN_SCRIPT = `import java.io.File

println(File(".").absolutePath)
`;

const tempDirs: string[] = [];
const clients: StdioLanguageClient[] = [];

function workspace(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-lsp-'));
    tempDirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

async function start(options: Parameters<typeof StdioLanguageClient.start>[0]): Promise<StdioLanguageClient> {
    const client = await StdioLanguageClient.start(options);
    clients.push(client);
    return client;
}

/** Line and character of the `occurrence`-th appearance of `needle` in `text` (0-based, as LSP counts). */
function positionOf(text: string, needle: string, occurrence = 1): Position {
    let offset = -1;
    for (let found = 0; found < occurrence; found++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence} times`);
    }
    return TextDocument.create('file:///x', 'kts', 0, text).positionAt(offset);
}

function target(result: Location | LocationLink): { uri: string; start: Position; end: Position } {
    return 'targetUri' in result ? { uri: result.targetUri, ...result.targetSelectionRange } : { uri: result.uri, ...result.range };
}

function textAt(text: string, range: { start: Position; end: Position }): string {
    const document = TextDocument.create('file:///x', 'kts', 0, text);
    return document.getText(range);
}

function named(symbols: DocumentSymbol[] | undefined, name: string): DocumentSymbol {
    const symbol = symbols?.find(item => item.name === name);
    if (!symbol) throw new Error(`no symbol '${name}' among ${JSON.stringify(symbols?.map(item => item.name))}`);
    return symbol;
}

const unresolved = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'kts/unresolved-reference');

afterAll(() => {
    for (const client of clients) client.kill();
    for (const dir of tempDirs) {
        fs.chmodSync(dir, 0o755);
        for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isFile()) fs.chmodSync(path.join(entry.parentPath, entry.name), 0o644);
        }
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

describe('kts-language-server --stdio with a workspace folder', () => {
    let client: StdioLanguageClient;
    let root: string;
    let frameworkUri: string;
    let dataUri: string;

    beforeAll(async () => {
        root = workspace({
            'khung.kts': FRAMEWORK,
            'du-lieu.kts': DATA,
            'build.gradle.kts': GRADLE_BUILD,
            'scripts/tool.kts': KOTLIN_SCRIPT
        });
        client = await start({ workspaceFolder: root });
        frameworkUri = await client.open(path.join(root, 'khung.kts'));
        dataUri = await client.open(path.join(root, 'du-lieu.kts'));
    });

    test('announces the features an editor needs', () => {
        const capabilities = client.initializeResult!.capabilities;
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.definitionProvider).toBeTruthy();
        expect(capabilities.referencesProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.workspace?.textDocumentContent?.schemes).toContain('kts-builtin');
    });

    test('publishes a Vietnamese error naming the closest national component for a typo', async () => {
        const diagnostics = await client.diagnostics(frameworkUri, list => unresolved(list).length > 0);
        const [typo, ...others] = unresolved(diagnostics);
        expect(others).toEqual([]);
        expect(typo.severity).toBe(1);
        expect(typo.range.start).toEqual(positionOf(FRAMEWORK, 'csdlqg-dan-cuu'));
        expect(typo.message).toContain('Không tìm thấy');
        expect(typo.message).toContain("'csdlqg-dan-cuu'");
        expect(typo.message).toContain("'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)");
    });

    test('goes to the definition in another file of the same framework', async () => {
        const result = await client.request<Array<Location | LocationLink>>('textDocument/definition', {
            textDocument: { uri: frameworkUri },
            position: positionOf(FRAMEWORK, 'csdl_hs')
        });
        expect(result).toHaveLength(1);
        const location = target(result[0]);
        expect(location.uri).toBe(dataUri);
        expect(location.start).toEqual(positionOf(DATA, 'csdl_hs'));
    });

    test('goes to the definition of a national component in the read-only built-in catalogue', async () => {
        const result = await client.request<Array<Location | LocationLink>>('textDocument/definition', {
            textDocument: { uri: frameworkUri },
            position: positionOf(FRAMEWORK, 'ndxp')
        });
        expect(result).toHaveLength(1);
        const location = target(result[0]);
        expect(location.uri).toMatch(/^kts-builtin:/);
        const content = await client.request<{ text: string }>('workspace/textDocumentContent', { uri: location.uri });
        expect(textAt(content.text, location)).toBe('ndxp');
    });

    test('outlines frameworks, sections, component architectures and elements with title and kind', async () => {
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: frameworkUri } });
        expect(symbols.map(symbol => symbol.name)).toEqual(['hue']);
        const framework = symbols[0];
        expect(framework.children?.map(symbol => symbol.name)).toEqual(['Tên cơ quan', 'Tầm nhìn', 'Khung kiến trúc mục tiêu']);
        const application = named(named(framework.children, 'Khung kiến trúc mục tiêu').children, 'Kiến trúc ứng dụng');
        expect(application.children?.map(symbol => symbol.name)).toEqual(['lgsp_hue', 'dvc']);
        const dvc = named(application.children, 'dvc');
        expect(dvc.detail).toBe('Hệ thống thông tin giải quyết thủ tục hành chính · ứng dụng, hệ thống thông tin');
        expect(dvc.selectionRange.start).toEqual(positionOf(FRAMEWORK, 'dvc'));
        expect(dvc.range.start.line).toBe(7);
        expect(dvc.range.end.line).toBe(10);
    });

    test('finds the references to an element from the other file', async () => {
        const result = await client.request<Location[]>('textDocument/references', {
            textDocument: { uri: dataUri },
            position: positionOf(DATA, 'csdl_hs'),
            context: { includeDeclaration: false }
        });
        expect(result.map(location => ({ uri: location.uri, start: location.range.start }))).toEqual([
            { uri: frameworkUri, start: positionOf(FRAMEWORK, 'csdl_hs') }
        ]);
    });

    test('folds every multi-line block', async () => {
        const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: frameworkUri } });
        const starts = ranges.map(range => range.startLine).sort((a, b) => a - b);
        expect(starts).toEqual(expect.arrayContaining([0, 4, 5, 7]));
        const app = ranges.find(range => range.startLine === 7)!;
        expect(app.endLine).toBeGreaterThanOrEqual(9);
        expect(app.endLine).toBeLessThanOrEqual(10);
    });

    test('formats to the canonical layout, and a second formatting changes nothing', async () => {
        const messy = `framework   hue_fmt{ level   province
\tvision "Tầm nhìn"



  target{application{
/** Hệ thống dùng chung. */
app dvc
   "Dịch vụ công" { integrates csdlqg-dan-cu,
   he-thong-dinh-danh via ndxp  // qua NDXP
 level 3 }
 app cong "Cổng" { owner "Văn phòng UBND tỉnh" }
  }}
     implementation { task t1 "Xây dựng" { budget 1 . 5 billion VND delivers dvc } }
}`;
        const expected = `framework hue_fmt {
    level province
    vision "Tầm nhìn"

    target {
        application {
            /** Hệ thống dùng chung. */
            app dvc "Dịch vụ công" {
                integrates csdlqg-dan-cu,
                    he-thong-dinh-danh via ndxp // qua NDXP
                level 3
            }
            app cong "Cổng" { owner "Văn phòng UBND tỉnh" }
        }
    }
    implementation {
        task t1 "Xây dựng" {
            budget 1.5 billion VND
            delivers dvc
        }
    }
}
`;
        const uri = await client.open(path.join(root, 'unsaved-format.kts'), messy);
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'kts', 1, messy), edits);
        expect(formatted).toBe(expected);
        await client.change(uri, 2, formatted);
        expect(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options })).toEqual([]);
    });

    test('publishes no diagnostics for Gradle and Kotlin scripts that share the .kts extension', async () => {
        for (const name of ['build.gradle.kts', 'scripts/tool.kts']) {
            const since = client.published.length;
            const uri = await client.open(path.join(root, name));
            expect(await client.diagnostics(uri, () => true, since)).toEqual([]);
            expect(client.published.filter(params => params.uri === uri).flatMap(params => params.diagnostics)).toEqual([]);
            expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
            expect(
                await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })
            ).toEqual([]);
        }
    });

    test('survives garbage: random bytes, a megabyte-long line, unbalanced braces', async () => {
        let seed = 42;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const randomBytes = Buffer.from(Array.from({ length: 20_000 }, () => Math.floor(random() * 256))).toString('latin1');
        const garbage = [
            randomBytes,
            '\u0000\uD800\uDFFF\uFFFE "unterminated \\',
            'a'.repeat(1_000_000),
            `framework g { target { application { app x "X" { uses ${'x'.repeat(500_000)} } } } }`,
            '{'.repeat(20_000),
            '}'.repeat(20_000) + 'framework',
            'framework g {\n'.repeat(5_000),
            FRAMEWORK.replaceAll('}', '').replaceAll('"', ''),
            FRAMEWORK.slice(0, FRAMEWORK.length / 2) + randomBytes.slice(0, 500) + FRAMEWORK
        ];
        const uri = await client.open(path.join(root, 'garbage.kts'), '');
        let version = 1;
        for (const text of garbage) {
            await client.change(uri, ++version, text);
            // A document request waits for the new text to be parsed: an answer means the server got through it.
            const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
            expect(Array.isArray(symbols)).toBe(true);
            expect(await client.request('textDocument/foldingRange', { textDocument: { uri } })).toBeInstanceOf(Array);
            const edits = await client.request<TextEdit[]>('textDocument/formatting', {
                textDocument: { uri },
                options: { tabSize: 4, insertSpaces: true }
            });
            const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'kts', version, text), edits);
            expect(formatted.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
            await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 3 } });
            expect(client.alive).toBe(true);
        }
        const since = client.published.length;
        await client.change(uri, ++version, 'framework g { vision "Tầm nhìn" }\n');
        expect(await client.diagnostics(uri, list => list.every(diagnostic => diagnostic.code !== 'kts/syntax'), since)).toBeInstanceOf(
            Array
        );
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: frameworkUri } });
        expect(symbols[0].name).toBe('hue');
        expect(client.alive).toBe(true);
    });

    test('survives malformed messages: a body that is not JSON, parameters of the wrong shape', async () => {
        client.child.stdin!.write('Content-Length: 9\r\n\r\n{"jsonrpc');
        await expect(client.request('textDocument/definition', 42)).rejects.toThrow();
        await expect(
            client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/none.kts' } })
        ).rejects.toThrow();
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: frameworkUri } });
        expect(symbols[0].name).toBe('hue');
        expect(client.alive).toBe(true);
    });

    test('shuts down cleanly on shutdown + exit', async () => {
        expect(await client.stop()).toBe(0);
    });
});

describe('kts-language-server --stdio without workspace folders', () => {
    test('a single opened file still resolves the national components', async () => {
        const text = `framework don_le {
    target {
        application {
            app dvc "Dịch vụ công" { integrates csdlqg-dan-cu, cong-dvc-quoc-ga via ndxp }
        }
    }
}
`;
        const dir = workspace({ 'don-le.kts': text });
        const client = await start({});
        const uri = await client.open(path.join(dir, 'don-le.kts'));
        const diagnostics = await client.diagnostics(uri, list => unresolved(list).length > 0);
        expect(unresolved(diagnostics).map(diagnostic => diagnostic.range.start)).toEqual([positionOf(text, 'cong-dvc-quoc-ga')]);
        expect(unresolved(diagnostics)[0].message).toContain("'cong-dvc-quoc-gia'");
        const definition = await client.request<Array<Location | LocationLink>>('textDocument/definition', {
            textDocument: { uri },
            position: positionOf(text, 'csdlqg-dan-cu')
        });
        expect(target(definition[0]).uri).toMatch(/^kts-builtin:/);
        expect(await client.stop()).toBe(0);
    });

    test('a client that sends only rootUri gets the whole folder and its kts.config.json', async () => {
        const root = workspace({ 'khung.kts': FRAMEWORK, 'du-lieu.kts': DATA, 'kts.config.json': '{ "language": "en" }' });
        const client = await start({ workspaceFolder: root, rootOnly: true });
        const uri = await client.open(path.join(root, 'khung.kts'));
        const diagnostics = await client.diagnostics(uri, list => unresolved(list).length > 0);
        // csdl_hs lives in the other file, which only a loaded folder provides; the message follows the config.
        expect(unresolved(diagnostics)).toHaveLength(1);
        expect(unresolved(diagnostics)[0].message).toContain('Cannot find');
        expect(unresolved(diagnostics)[0].message).toContain("'csdlqg-dan-cu'");
        expect(await client.stop()).toBe(0);
    });
});

describe('kts-language-server on an older Node', () => {
    test('says which Node it needs, in the language KTS_LANG asks for, and exits before loading the server', () => {
        // Node 20 as another editor's PATH may give it: the bin must say what to install instead of a syntax error.
        const olderNode = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.9.0"})';
        const run = (language: string) =>
            spawnSync(NODE, ['--import', olderNode, SERVER_BIN, '--stdio'], {
                encoding: 'utf8',
                timeout: 60_000,
                env: { ...process.env, KTS_LANG: language }
            });
        const nodeBinary = fs.realpathSync(NODE);
        const vietnamese = run('');
        expect(vietnamese.status).toBe(2);
        expect(vietnamese.stdout).toBe('');
        expect(vietnamese.stderr).toBe(
            `kts-language-server: cần Node.js 22.12.0 trở lên, nhưng máy chủ ngôn ngữ KTS đang chạy bằng Node.js 20.9.0 (${nodeBinary}); ` +
                'hãy cài Node.js 22 LTS hoặc mới hơn (https://nodejs.org) rồi khởi động lại trình soạn thảo\n'
        );
        expect(run('en').stderr).toMatch(/^kts-language-server: Node\.js 22\.12\.0 or later is needed, but the KTS language server /);
    });
});

describe('kts-language-server --stdio with files saved on Windows', () => {
    test('a CRLF file with a BOM, in a folder with spaces, & and Vietnamese letters, has its diagnostics where the editor shows the text', async () => {
        // Missing sections are reported on the framework's name, on the line the BOM starts.
        const text = 'framework hue {\n    current { application { app motcua "Một cửa" { integrates csdlqg-dan-cuu } } }\n}\n';
        const windowsText = text.replace(/\n/g, '\r\n');
        const root = workspace({ 'Sở KH&CN/khung cũ.kts': `\uFEFF${windowsText}` });
        const client = await start({ workspaceFolder: root });
        // As VS Code writes it (`&` as %26); the server answers every client with this form.
        const uri = URI.file(path.join(root, 'Sở KH&CN', 'khung cũ.kts')).toString();
        const starts = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => diagnostic.range.start);
        // Read from disk before the editor opens it, then as the editor sends it: CRLF kept, the BOM not part of the text.
        const fromDisk = await client.diagnostics(uri, list => unresolved(list).length > 0);
        expect(starts(unresolved(fromDisk))).toEqual([positionOf(text, 'csdlqg-dan-cuu')]);
        const missing = fromDisk.filter(diagnostic => diagnostic.code === 'kts/missing-content');
        expect(missing.length).toBeGreaterThan(0);
        expect(new Set(starts(missing).map(start => JSON.stringify(start)))).toEqual(new Set([JSON.stringify(positionOf(text, 'hue'))]));
        const since = client.published.length;
        await client.open(path.join(root, 'Sở KH&CN', 'khung cũ.kts'), windowsText);
        const opened = await client.diagnostics(uri, list => unresolved(list).length > 0, since);
        expect(opened.map(diagnostic => diagnostic.range)).toEqual(fromDisk.map(diagnostic => diagnostic.range));
        expect(await client.stop()).toBe(0);
    });
});

describe('kts-language-server --stdio with an unreadable file in the workspace', () => {
    test('skips the file, says so in the log, and keeps answering', async () => {
        const root = workspace({ 'khung.kts': FRAMEWORK, 'du-lieu.kts': DATA, 'bi-khoa.kts': 'framework khoa { }\n' });
        const locked = path.join(root, 'bi-khoa.kts');
        fs.chmodSync(root, 0o755);
        fs.chmodSync(locked, 0o000);
        // root reads any file whatever its mode, so under root the server runs as the unprivileged user.
        const uid = process.getuid?.() === 0 ? 65534 : undefined;
        const probe = spawnSync(NODE, ['-e', 'require("node:fs").readFileSync(process.argv[1])', locked], { uid, gid: uid });
        expect(probe.status, "test setup: the server's user must be unable to read the file").not.toBe(0);
        const client = await start({ workspaceFolder: root, uid });
        const uri = await client.open(path.join(root, 'khung.kts'));
        const diagnostics = await client.diagnostics(uri, list => unresolved(list).length > 0);
        // csdl_hs, from du-lieu.kts, resolves: the rest of the folder was loaded.
        expect(unresolved(diagnostics)).toHaveLength(1);
        expect(client.logs.join('\n')).toContain(`${locked}, cannot read it (EACCES)`);
        const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols[0].name).toBe('hue');
        expect(await client.stop()).toBe(0);
    });
});
