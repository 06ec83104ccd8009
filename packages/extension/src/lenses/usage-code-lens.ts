import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { UsagesRequest, type SourceLocation, type UsageLens, type UsagesParams } from '../protocol.js';
import { KTS_LANGUAGE_ID } from '../client/language-client.js';

/**
 * Above each framework: a link to the live preview. Above each element and catalogue entry: how many
 * places use it, opening them in the references peek.
 */
export function registerUsageCodeLenses(context: vscode.ExtensionContext, client: LanguageClient): void {
    const changed = new vscode.EventEmitter<void>();
    const provider: vscode.CodeLensProvider = {
        onDidChangeCodeLenses: changed.event,
        async provideCodeLenses(document, token) {
            if (!vscode.workspace.getConfiguration('kts').get<boolean>('codeLens.enabled', true)) return [];
            const params: UsagesParams = { uri: document.uri.toString() };
            const usages = await client.sendRequest<UsageLens[]>(UsagesRequest, params, token);
            return usages.map(usage => toCodeLens(document.uri, usage));
        }
    };
    context.subscriptions.push(
        changed,
        vscode.languages.registerCodeLensProvider({ language: KTS_LANGUAGE_ID }, provider),
        // A reference in another file changes this file's counts; diagnostics arrive after every rebuild.
        vscode.languages.onDidChangeDiagnostics(() => changed.fire()),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('kts.codeLens')) changed.fire();
        }),
        vscode.commands.registerCommand('kts.showUsages', (uri: vscode.Uri, position: vscode.Position, locations: vscode.Location[]) =>
            vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations)
        )
    );
}

function toRange(range: SourceLocation['range']): vscode.Range {
    return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function toCodeLens(uri: vscode.Uri, usage: UsageLens): vscode.CodeLens {
    const range = toRange(usage.range);
    if (usage.kind === 'framework') {
        return new vscode.CodeLens(range, {
            title: vscode.l10n.t('$(open-preview) Preview'),
            command: 'kts.openPreview',
            arguments: [uri]
        });
    }
    const count = usage.references.length;
    const title =
        usage.kind === 'catalogEntry'
            ? count === 1
                ? vscode.l10n.t('used once')
                : vscode.l10n.t('used {0} times', count)
            : count === 1
              ? vscode.l10n.t('1 reference')
              : vscode.l10n.t('{0} references', count);
    const locations = usage.references.map(reference => new vscode.Location(vscode.Uri.parse(reference.uri), toRange(reference.range)));
    return new vscode.CodeLens(range, { title, command: count > 0 ? 'kts.showUsages' : '', arguments: [uri, range.start, locations] });
}
