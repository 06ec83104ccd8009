import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

// Runs inside the extension host of a desktop VS Code (see ../run.mjs). No test framework: each check
// throws, and `run` rejects with the first failure, which fails the VS Code run.

const workspace = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 500));
    }
}

function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(needle);
    assert.ok(index >= 0, `${needle} is not in ${document.uri.fsPath}`);
    return document.positionAt(index + offset);
}

const checks: Array<[string, () => Promise<void>]> = [
    [
        'a broken file has the unresolved reference among its diagnostics',
        async () => {
            const uri = vscode.Uri.file(path.join(workspace(), 'hong.kts'));
            await vscode.window.showTextDocument(uri);
            const diagnostics = await until('diagnostics of hong.kts', () => {
                const found = vscode.languages.getDiagnostics(uri);
                return found.length > 0 ? found : undefined;
            });
            assert.ok(diagnostics.some(diagnostic => diagnostic.message.includes('csdlqg-dan-cuu')));
        }
    ],
    [
        'hover on a national component shows its Vietnamese name',
        async () => {
            const document = await vscode.workspace.openTextDocument(path.join(workspace(), 'tinh-lao-cai', '09-muc-tieu-ung-dung.kts'));
            const hovers = await until('a hover', async () => {
                const found = await vscode.commands.executeCommand<vscode.Hover[]>(
                    'vscode.executeHoverProvider',
                    document.uri,
                    positionOf(document, 'csdlqg-dan-cu', 3)
                );
                return found.length > 0 ? found : undefined;
            });
            const text = hovers
                .flatMap(hover => hover.contents)
                .map(content => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
                .join('\n');
            assert.match(text, /Cơ sở dữ liệu quốc gia về dân cư/);
        }
    ],
    [
        'completion offers national components',
        async () => {
            const document = await vscode.workspace.openTextDocument({
                language: 'kts',
                content: 'framework nhap { target { application { app thu "Thử" { integrates csdlqg-dan } } } }\n'
            });
            const list = await vscode.commands.executeCommand<vscode.CompletionList>(
                'vscode.executeCompletionItemProvider',
                document.uri,
                positionOf(document, 'csdlqg-dan', 'csdlqg-dan'.length)
            );
            assert.ok(list.items.some(item => (typeof item.label === 'string' ? item.label : item.label.label) === 'csdlqg-dan-cu'));
        }
    ],
    [
        'Generate Word writes the document',
        async () => {
            const document = await vscode.workspace.openTextDocument(path.join(workspace(), 'tinh-lao-cai', '01-tong-quan.kts'));
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('kts.generateWord', document.uri);
            const docx = path.join(workspace(), 'out', 'tinh_lao_cai.docx');
            assert.ok(fs.existsSync(docx), `${docx} was not written`);
            assert.equal(fs.readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK');
        }
    ],
    [
        'a Gradle build script is Kotlin, not KTS, and gets no KTS diagnostics',
        async () => {
            const document = await vscode.workspace.openTextDocument(path.join(workspace(), 'gradle-app', 'build.gradle.kts'));
            await vscode.window.showTextDocument(document);
            assert.notEqual(document.languageId, 'kts');
            await new Promise(resolve => setTimeout(resolve, 5_000));
            assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
        }
    ]
];

export async function run(): Promise<void> {
    await until('the KTS extension to activate', async () => {
        const extension = vscode.extensions.getExtension('kts.kts-vscode');
        if (!extension) return undefined;
        await extension.activate();
        return extension.isActive ? true : undefined;
    });
    for (const [name, check] of checks) {
        try {
            await check();
            console.log(`ok  ${name}`);
        } catch (error) {
            console.error(`FAIL ${name}`);
            throw error;
        }
    }
}
