import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client/language-client.js';
import { registerKotlinScriptGuard } from './client/kotlin-script-guard.js';
import { registerCompareWithVersion } from './commands/compare-with-version.js';
import { registerGenerateCommands } from './commands/generate.js';
import { registerNewFramework } from './commands/new-framework.js';
import { registerSearchCatalog } from './commands/search-catalog.js';
import { registerChangeCodeLenses } from './lenses/change-code-lens.js';
import { registerUsageCodeLenses } from './lenses/usage-code-lens.js';
import { PreviewPanel } from './preview/preview-panel.js';
import { registerValidationStatus } from './status/validation-status.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('KTS', { log: true });
    context.subscriptions.push(output);
    registerKotlinScriptGuard(context);
    client = createLanguageClient(context, output);
    registerValidationStatus(context, client);
    registerUsageCodeLenses(context, client);
    registerChangeCodeLenses(context, client);
    registerSearchCatalog(context, client);
    registerNewFramework(context);
    registerGenerateCommands(context, client);
    PreviewPanel.register(context, client);
    registerCompareWithVersion(context, client);
    await vscode.commands.executeCommand('setContext', 'kts.active', true);
    // A server that cannot start must not take the commands down with it; the status bar shows it stopped.
    await client.start().catch(error => output.error('KTS language server failed to start', error));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
