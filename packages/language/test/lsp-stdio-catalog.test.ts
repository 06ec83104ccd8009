import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
    CodeAction,
    CompletionItem,
    CompletionList,
    Diagnostic,
    Hover,
    Location,
    LocationLink,
    MarkupContent,
    Position,
    SemanticTokens,
    WorkspaceSymbol
} from 'vscode-languageserver-protocol';
import { REPO_ROOT, StdioLanguageClient } from './lsp-stdio-client.js';

// Catalogue features over a real LSP connection: `kts-language-server --stdio` spawned as editors do.
// Needs `npm run build` first (the root `pretest` script does it).

const ARM_CATALOG = {
    id: 'arm-tinh',
    title: { vi: 'Danh mục ARM của tỉnh' },
    version: '2026',
    status: 'official',
    source: 'Phụ lục III, bảng do Sở Khoa học và Công nghệ cung cấp',
    models: [{ model: 'ARM', pattern: '^TINH-ARM\\.\\d{2}$', complete: true }],
    entries: [
        { code: 'TINH-ARM.01', model: 'ARM', kind: 'code', name: 'Cổng dịch vụ công của tỉnh', status: 'official' },
        { code: 'TINH-ARM.02', model: 'ARM', kind: 'code', name: 'Hệ thống quản lý văn bản và điều hành', status: 'official' }
    ]
};

const BRM_CATALOG = `catalog brm-minh-hoa "BRM minh họa" {
    version "0.1" status illustrative source "Tự soạn để minh họa, không phải Phụ lục I"
    model BRM pattern "^MH-B\\\\.\\\\d{2}$"
    entry MH-B.01 "Tiếp nhận hồ sơ" { model BRM }
}
`;

const FRAMEWORK = `framework tinh {
    target {
        business { activity tiep_nhan "Tiếp nhận hồ sơ" { codes MH-B.01 } }
        application {
            app dvc "Cổng dịch vụ công" {
                codes TINH-ARM.01, TINH-ARM.03
            }
            app qlvb "Quản lý văn bản" {
                codes 
            }
        }
    }
}
`;

let client: StdioLanguageClient;
let root: string;
let uri: string;

function positionOf(text: string, needle: string, after = 0): Position {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`not in text: ${needle}`);
    return TextDocument.create('file:///x', 'kts', 0, text).positionAt(offset + after);
}

beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-lsp-catalog-'));
    fs.writeFileSync(path.join(root, 'kts.config.json'), JSON.stringify({ catalogs: ['danh-muc/arm.json'] }));
    fs.mkdirSync(path.join(root, 'danh-muc'));
    fs.writeFileSync(path.join(root, 'danh-muc', 'arm.json'), JSON.stringify(ARM_CATALOG, null, 2));
    fs.writeFileSync(path.join(root, 'danh-muc', 'brm.kts'), BRM_CATALOG);
    fs.writeFileSync(path.join(root, 'khung.kts'), FRAMEWORK);
    client = await StdioLanguageClient.start({ workspaceFolder: root });
    uri = await client.open(path.join(root, 'khung.kts'));
});

afterAll(async () => {
    await client?.stop().catch(() => client.kill());
    fs.rmSync(root, { recursive: true, force: true });
});

describe('catalogues over kts-language-server --stdio', () => {
    test('announces hover, completion, semantic tokens, code actions, workspace symbols and both read-only schemes', () => {
        const capabilities = client.initializeResult!.capabilities;
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.completionProvider?.triggerCharacters).toContain('.');
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(
            expect.arrayContaining(['enumMember', 'namespace', 'variable'])
        );
        expect(capabilities.codeActionProvider).toBe(true);
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.workspace?.textDocumentContent?.schemes).toEqual(expect.arrayContaining(['kts-builtin', 'kts-catalog']));
    });

    test('hover on a code shows its name, status and source', async () => {
        const hover = await client.request<Hover>('textDocument/hover', {
            textDocument: { uri },
            position: positionOf(FRAMEWORK, 'MH-B.01', 3)
        });
        const value = (hover.contents as MarkupContent).value;
        expect(value).toMatch(/^\*\*`MH-B\.01`\*\* — Tiếp nhận hồ sơ\n/);
        expect(value).toContain('**Trạng thái: minh họa**');
        expect(value).toContain('⚠️ Mã minh họa, KHÔNG phải mã chính thức');
        expect(value).toContain('Nguồn: Tự soạn để minh họa, không phải Phụ lục I');
    });

    test('hover on a code of a JSON catalogue named in kts.config.json shows its official status and source', async () => {
        const hover = await client.request<Hover>('textDocument/hover', {
            textDocument: { uri },
            position: positionOf(FRAMEWORK, 'TINH-ARM.01', 2)
        });
        const value = (hover.contents as MarkupContent).value;
        expect(value).toMatch(/^\*\*`TINH-ARM\.01`\*\* — Cổng dịch vụ công của tỉnh\n/);
        expect(value).toContain('**Trạng thái: chính thức**');
        expect(value).toContain('Nguồn: Phụ lục III, bảng do Sở Khoa học và Công nghệ cung cấp');
    });

    test("completion after an application's `codes` offers only ARM codes, with their names", async () => {
        const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri },
            position: positionOf(FRAMEWORK, 'codes \n', 'codes '.length)
        });
        const items = Array.isArray(result) ? result : result.items;
        expect(items.map(item => [item.label, item.detail])).toEqual([
            ['TINH-ARM.01', 'Cổng dịch vụ công của tỉnh'],
            ['TINH-ARM.02', 'Hệ thống quản lý văn bản và điều hành']
        ]);
    });

    test('an unknown code of the complete ARM list is an error with quick fixes', async () => {
        const diagnostics = await client.diagnostics(uri, list => list.some(diagnostic => diagnostic.code === 'kts/unknown-code'));
        const unknown = diagnostics.find(diagnostic => diagnostic.code === 'kts/unknown-code') as Diagnostic;
        expect(unknown.severity).toBe(1);
        expect(unknown.range.start).toEqual(positionOf(FRAMEWORK, 'TINH-ARM.03'));
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri },
            range: unknown.range,
            context: { diagnostics: [unknown] }
        });
        expect(actions.map(action => action.title)).toContain("Thay bằng 'TINH-ARM.01' (Cổng dịch vụ công của tỉnh)");
        expect(actions[0].edit?.changes?.[uri]?.[0]).toMatchObject({ range: unknown.range });
    });

    test('go to definition on a JSON catalogue code opens its read-only rendering, served by the server', async () => {
        const [link] = await client.request<Array<Location | LocationLink>>('textDocument/definition', {
            textDocument: { uri },
            position: positionOf(FRAMEWORK, 'TINH-ARM.01', 1)
        });
        const targetUri = 'targetUri' in link ? link.targetUri : link.uri;
        const range = 'targetUri' in link ? link.targetSelectionRange : link.range;
        expect(targetUri).toMatch(/^kts-catalog:.*\/danh-muc\/arm\.json\.kts$/);
        const content = await client.request<{ text: string }>('workspace/textDocumentContent', { uri: targetUri });
        expect(TextDocument.create(targetUri, 'kts', 0, content.text).getText(range)).toBe('TINH-ARM.01');
        expect(content.text).toContain('catalog arm-tinh "Danh mục ARM của tỉnh"');
    });

    test('workspace symbols find a national component by its name without diacritics', async () => {
        const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'dan cu' });
        expect(symbols[0].name).toBe('csdlqg-dan-cu — Cơ sở dữ liệu quốc gia về dân cư');
    });

    test('the province example opened as a folder: its codes come from ../catalogs, named in kts.config.json', async () => {
        const folder = path.join(REPO_ROOT, 'examples/tinh-lao-cai');
        const example = await StdioLanguageClient.start({ workspaceFolder: folder });
        try {
            const file = path.join(folder, '04-hien-trang-ung-dung.kts');
            const text = fs.readFileSync(file, 'utf8');
            const exampleUri = await example.open(file);
            const hover = await example.request<Hover>('textDocument/hover', {
                textDocument: { uri: exampleUri },
                position: positionOf(text, 'codes MH-ARM.', 'codes MH-'.length)
            });
            const value = (hover.contents as MarkupContent).value;
            expect(value).toMatch(/^\*\*`MH-ARM\.\d{2}\.\d{2}`\*\* — \S/);
            expect(value).toContain('**Trạng thái: minh họa**');
            expect(value).toMatch(/Nguồn: Minh họa: /);
            const result = await example.request<CompletionList | CompletionItem[]>('textDocument/completion', {
                textDocument: { uri: exampleUri },
                position: positionOf(text, 'codes MH-ARM.', 'codes '.length)
            });
            const items = Array.isArray(result) ? result : result.items;
            expect(items.length).toBeGreaterThan(10);
            expect(items.filter(item => !item.label.startsWith('MH-ARM.') || !item.detail)).toEqual([]);
        } finally {
            await example.stop().catch(() => example.kill());
        }
    });

    test('semantic tokens are produced for the document', async () => {
        const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        // Five integers per token: codes MH-B.01, TINH-ARM.01, the element names tiep_nhan, dvc, qlvb at least.
        expect(tokens.data.length / 5).toBeGreaterThanOrEqual(5);
    });
});
