import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

/**
 * The status bar item: how many errors and warnings the workspace's KTS files have, or whether the server
 * is still starting or has stopped. It counts the server's own diagnostics, which cover every `.kts` file
 * of the workspace, opened or not.
 */
export function registerValidationStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
    const item = vscode.window.createStatusBarItem('kts.validation', vscode.StatusBarAlignment.Left, 10);
    item.name = vscode.l10n.t('KTS validation');
    item.command = 'kts.showProblems';
    const update = () => {
        if (client.state === State.Starting) {
            item.text = '$(sync~spin) KTS';
            item.tooltip = vscode.l10n.t('KTS: starting the language server…');
            item.backgroundColor = undefined;
        } else if (client.state === State.Stopped) {
            item.text = '$(circle-slash) KTS';
            item.tooltip = vscode.l10n.t('KTS: the language server has stopped; see the KTS output.');
            item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        } else {
            let errors = 0;
            let warnings = 0;
            client.diagnostics?.forEach((_uri, diagnostics) => {
                for (const diagnostic of diagnostics) {
                    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
                    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
                }
            });
            item.text = errors + warnings === 0 ? '$(check) KTS' : `$(error) ${errors} $(warning) ${warnings} KTS`;
            item.tooltip =
                errors + warnings === 0
                    ? vscode.l10n.t('KTS: no errors or warnings in the workspace')
                    : vscode.l10n.t('KTS: {0} errors and {1} warnings in the workspace; click to see them', errors, warnings);
            item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        }
        item.show();
    };
    update();
    context.subscriptions.push(
        item,
        client.onDidChangeState(update),
        vscode.languages.onDidChangeDiagnostics(update),
        vscode.commands.registerCommand('kts.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems'))
    );
}
