import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChangeLensesRequest, type ChangeLens, type ChangeLensesParams, type PreviewSince } from '../protocol.js';
import { KTS_LANGUAGE_ID } from '../client/language-client.js';

/** The comparison the preview shows ("Compare with Version…"), if any; its lenses go when it closes or another replaces it. */
let comparison: PreviewSince | undefined;
const comparisonChanged = new vscode.EventEmitter<void>();

/** Called by the preview when it starts showing a comparison, shows the document again, or closes. */
export function setComparison(since: PreviewSince | undefined): void {
    if (JSON.stringify(since) === JSON.stringify(comparison)) return;
    comparison = since;
    comparisonChanged.fire();
}

/**
 * While a comparison is shown: above each element added or changed since the compared version, "đã sửa đổi so với
 * <version>". The server diffs the models; the host only places the lenses.
 */
export function registerChangeCodeLenses(context: vscode.ExtensionContext, client: LanguageClient): void {
    const provider: vscode.CodeLensProvider = {
        onDidChangeCodeLenses: comparisonChanged.event,
        async provideCodeLenses(document, token) {
            if (!comparison) return [];
            const params: ChangeLensesParams = { uri: document.uri.toString(), since: comparison };
            const lenses = await client.sendRequest<ChangeLens[]>(ChangeLensesRequest, params, token);
            return lenses.map(lens => toCodeLens(lens));
        }
    };
    context.subscriptions.push(
        comparisonChanged,
        vscode.languages.registerCodeLensProvider({ language: KTS_LANGUAGE_ID }, provider),
        // An edit can make an element differ from the version, or the same again; diagnostics arrive after every rebuild.
        vscode.languages.onDidChangeDiagnostics(() => {
            if (comparison) comparisonChanged.fire();
        })
    );
}

function toCodeLens(lens: ChangeLens): vscode.CodeLens {
    const { start, end } = lens.range;
    return new vscode.CodeLens(new vscode.Range(start.line, start.character, end.line, end.character), { title: lens.title, command: '' });
}
