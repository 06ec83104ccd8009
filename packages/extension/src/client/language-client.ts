import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    LanguageClient,
    TransportKind,
    type DocumentSelector,
    type LanguageClientOptions,
    type ServerOptions
} from 'vscode-languageclient/node';

export const KTS_LANGUAGE_ID = 'kts';

/**
 * The documents the server sees. Gradle and other Kotlin scripts share the `.kts` extension but get the
 * `kotlin` language from the manifest's `filenamePatterns` (or from the Kotlin guard), so selecting by
 * language keeps them away from the server; the server applies the same rule once more to whatever it loads
 * from disk itself (packages/language/src/text/kotlin-script.ts).
 */
export const KTS_DOCUMENT_SELECTOR: DocumentSelector = [
    { scheme: 'file', language: KTS_LANGUAGE_ID },
    { scheme: 'untitled', language: KTS_LANGUAGE_ID }
];

/** Starts the bundled language server (out/server.mjs) in its own Node process, talking over IPC. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.mjs'));
    // The server is one CommonJS bundle; the catalogue data it reads at run time ships beside it.
    const env = { ...process.env, KTS_DATA_DIR: context.asAbsolutePath('data') };
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: KTS_DOCUMENT_SELECTOR,
        outputChannel: output
    };
    return new LanguageClient('kts', 'KTS', serverOptions, clientOptions);
}
