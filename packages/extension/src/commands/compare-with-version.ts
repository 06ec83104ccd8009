import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewPanel } from '../preview/preview-panel.js';
import type { PreviewSince } from '../protocol.js';
import { pickFramework } from './pick-framework.js';

/** How many recent commits the pick offers besides the tags and branches. */
const RECENT_COMMITS = 30;

interface RevisionItem extends vscode.QuickPickItem {
    revision?: string;
}

/**
 * "Compare with version…": the user picks a tag, branch or recent commit of the git repository the file is in, and the
 * preview shows what changed in its framework since then (the report `kts diff` writes, with the change view), each
 * row leading back to the source.
 */
export function registerCompareWithVersion(context: vscode.ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('kts.compareWithVersion', async (resource?: vscode.Uri) => {
            const target = resource ?? vscode.window.activeTextEditor?.document.uri;
            const framework = await pickFramework(client, target);
            if (!framework) return;
            const folder = (target && vscode.workspace.getWorkspaceFolder(target)) ?? vscode.workspace.workspaceFolders?.[0];
            if (!folder || folder.uri.scheme !== 'file') {
                void vscode.window.showWarningMessage(
                    vscode.l10n.t('Open a folder that is in a git repository to compare with a version.')
                );
                return;
            }
            const items = await revisionItems(folder.uri.fsPath).catch((error: Error) => {
                void vscode.window.showErrorMessage(vscode.l10n.t('The versions could not be read from git: {0}', error.message));
                return undefined;
            });
            if (!items) return;
            if (!items.some(item => item.revision)) {
                void vscode.window.showWarningMessage(vscode.l10n.t('The git repository has no version to compare with yet.'));
                return;
            }
            const picked = await vscode.window.showQuickPick(items, {
                title: vscode.l10n.t('Compare with version'),
                placeHolder: vscode.l10n.t('A tag, branch or commit: what changed since then'),
                matchOnDescription: true
            });
            if (!picked?.revision) return;
            const since: PreviewSince = { revision: picked.revision, folder: folder.uri.fsPath };
            PreviewPanel.showFramework(context, client, framework, since);
        })
    );
}

/** The repository's tags (newest first), branches and recent commits, each group under its heading. */
async function revisionItems(folder: string): Promise<RevisionItem[]> {
    const [tags, branches, commits] = await Promise.all([
        git(folder, ['for-each-ref', '--sort=-creatordate', '--format=%(refname:short)\t%(creatordate:short)', 'refs/tags']),
        git(folder, ['for-each-ref', '--sort=-committerdate', '--format=%(refname:short)\t%(committerdate:short)', 'refs/heads']),
        git(folder, ['log', `-n${RECENT_COMMITS}`, '--format=%h\t%ad\t%s', '--date=short'])
    ]);
    const group = (label: string, lines: string[], item: (fields: string[]) => RevisionItem): RevisionItem[] =>
        lines.length === 0 ? [] : [{ label, kind: vscode.QuickPickItemKind.Separator }, ...lines.map(line => item(line.split('\t')))];
    return [
        ...group(vscode.l10n.t('Tags'), tags, ([name = '', date]) => ({ label: `$(tag) ${name}`, description: date, revision: name })),
        ...group(vscode.l10n.t('Branches'), branches, ([name = '', date]) => ({
            label: `$(git-branch) ${name}`,
            description: date,
            revision: name
        })),
        ...group(vscode.l10n.t('Recent commits'), commits, ([hash = '', date, subject]) => ({
            label: `$(git-commit) ${hash}`,
            description: [date, subject].filter(Boolean).join(' · '),
            revision: hash
        }))
    ];
}

/** The lines git prints; a repository without commits lists nothing. */
function git(folder: string, args: string[]): Promise<string[]> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd: folder, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
            if (error && /does not have any commits/.test(stderr)) resolve([]);
            else if (error) reject(new Error(stderr.trim() || error.message));
            else resolve(stdout.split('\n').filter(line => line.trim() !== ''));
        });
    });
}
