import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Language } from '@kts/language/model';

/** The language of text the extension writes into files for the user: the output language, Vietnamese by default. */
export function guideLanguage(): Language {
    return vscode.workspace.getConfiguration('kts').get<string>('outputLanguage', 'config') === 'en' ? 'en' : 'vi';
}

/** `kts.outputFolder`, resolved against the workspace folder of a file (or the first one). */
export function outputFolder(resource: vscode.Uri | undefined): vscode.Uri | undefined {
    const configured = vscode.workspace.getConfiguration('kts', resource).get<string>('outputFolder', 'out');
    if (path.isAbsolute(configured)) return vscode.Uri.file(configured);
    const folder = (resource && vscode.workspace.getWorkspaceFolder(resource)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, configured) : undefined;
}
