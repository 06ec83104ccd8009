import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GenerateRequest, type GenerateParams, type GenerateResult, type GenerationKind } from '../protocol.js';
import { outputFolder } from '../settings.js';
import { pickFramework } from './pick-framework.js';

const COMMANDS: Record<GenerationKind, string> = {
    docx: 'kts.generateWord',
    html: 'kts.generateHtml',
    diagrams: 'kts.generateDiagrams',
    archimate: 'kts.exportArchimate'
};

function progressTitle(kind: GenerationKind, frameworkId: string): string {
    switch (kind) {
        case 'docx':
            return vscode.l10n.t('Generating the Word document of {0}…', frameworkId);
        case 'html':
            return vscode.l10n.t('Generating the HTML document of {0}…', frameworkId);
        case 'diagrams':
            return vscode.l10n.t('Drawing the diagrams of {0}…', frameworkId);
        case 'archimate':
            return vscode.l10n.t('Exporting {0} to ArchiMate…', frameworkId);
    }
}

/**
 * Generate Word / HTML / diagrams / Export ArchiMate, from the palette, the editor title and context menus,
 * and the explorer. The server renders the framework as the editor holds it, unsaved edits included, and
 * writes into `kts.outputFolder`; the notification at the end opens the file or shows it in the explorer.
 */
export function registerGenerateCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
    for (const [kind, command] of Object.entries(COMMANDS) as Array<[GenerationKind, string]>) {
        context.subscriptions.push(vscode.commands.registerCommand(command, (resource?: vscode.Uri) => generate(client, kind, resource)));
    }
}

async function generate(client: LanguageClient, kind: GenerationKind, resource: vscode.Uri | undefined): Promise<void> {
    const target = resource ?? vscode.window.activeTextEditor?.document.uri;
    const framework = await pickFramework(client, target);
    if (!framework) return;
    const folder = outputFolder(target);
    if (!folder) {
        void vscode.window.showErrorMessage(
            vscode.l10n.t('Open a folder first: generated files go to its "{0}" folder (setting kts.outputFolder).', 'out')
        );
        return;
    }
    let result: GenerateResult;
    try {
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: progressTitle(kind, framework.id), cancellable: false },
            () => {
                const params: GenerateParams = { kind, frameworkId: framework.id, outputFolder: folder.fsPath };
                return client.sendRequest<GenerateResult>(GenerateRequest, params);
            }
        );
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('KTS could not generate {0}: {1}', framework.id, (error as Error).message));
        return;
    }
    // Not awaited: the command is done when the files are written, whether or not the user answers.
    void offerToOpen(
        kind,
        result.files.map(file => vscode.Uri.file(file))
    );
}

async function offerToOpen(kind: GenerationKind, files: vscode.Uri[]): Promise<void> {
    const first = files[0];
    if (!first) return;
    const open = vscode.l10n.t('Open');
    const reveal = vscode.l10n.t('Show in Explorer');
    const message =
        files.length === 1
            ? vscode.l10n.t('Generated {0}', vscode.workspace.asRelativePath(first))
            : vscode.l10n.t('Generated {0} files in {1}', files.length, vscode.workspace.asRelativePath(path.dirname(first.fsPath)));
    // The system's file manager is only reachable from a desktop VS Code on the same machine.
    const folder =
        vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined
            ? vscode.l10n.t('Open Containing Folder')
            : undefined;
    const choice = await vscode.window.showInformationMessage(
        message,
        ...[open, reveal, folder].filter((item): item is string => item !== undefined)
    );
    if (choice === open) {
        // Word opens in Word; what VS Code shows itself (HTML, SVG, XML) opens in an editor.
        if (kind === 'docx') await vscode.env.openExternal(first);
        else await vscode.commands.executeCommand('vscode.open', first);
    } else if (choice === reveal) {
        await vscode.commands.executeCommand('revealInExplorer', first);
    } else if (choice !== undefined && choice === folder) {
        await vscode.commands.executeCommand('revealFileInOS', first);
    }
}
