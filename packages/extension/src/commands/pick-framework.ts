import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FrameworksRequest, type FrameworkSummary } from '../protocol.js';

interface FrameworkItem extends vscode.QuickPickItem {
    framework: FrameworkSummary;
}

/**
 * The framework a command acts on: the one the file (or folder) belongs to, the only one in the workspace,
 * or the one the user picks.
 */
export async function pickFramework(client: LanguageClient, resource: vscode.Uri | undefined): Promise<FrameworkSummary | undefined> {
    const frameworks = await client.sendRequest<FrameworkSummary[]>(FrameworksRequest);
    if (frameworks.length === 0) {
        void vscode.window.showWarningMessage(
            vscode.l10n.t('There is no framework in this workspace yet: create one with "KTS: New Architecture Framework…".')
        );
        return undefined;
    }
    const here = resource ? frameworks.filter(framework => framework.files.some(file => isInside(vscode.Uri.parse(file), resource))) : [];
    const candidates = here.length > 0 ? here : frameworks;
    if (candidates.length === 1) return candidates[0];
    const picked = await vscode.window.showQuickPick<FrameworkItem>(
        candidates.map(framework => ({ label: framework.id, description: framework.title, framework })),
        { title: vscode.l10n.t('Which framework?'), placeHolder: vscode.l10n.t('The workspace holds several frameworks') }
    );
    return picked?.framework;
}

function isInside(file: vscode.Uri, resource: vscode.Uri): boolean {
    const folder = resource.path.endsWith('/') ? resource.path : `${resource.path}/`;
    return file.toString() === resource.toString() || (file.scheme === resource.scheme && file.path.startsWith(folder));
}
