import * as vscode from 'vscode';
import type { FrameworkLevel } from '@kts/language/model';
import { frameworkSkeleton, isFrameworkId, suggestFrameworkId } from '../framework-skeleton.js';
import { guideLanguage } from '../settings.js';

interface LevelItem extends vscode.QuickPickItem {
    level: FrameworkLevel;
}

/**
 * "New framework": asks whether the body is a ministry or a province, its name and the framework id, then
 * writes a skeleton with every mandatory part (a–g) that validates as it stands, and opens it.
 */
export function registerNewFramework(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('kts.newFramework', async () => {
            const levelItem = await vscode.window.showQuickPick<LevelItem>(
                [
                    {
                        level: 'province',
                        label: vscode.l10n.t('Province or centrally-run city'),
                        description: 'Khung kiến trúc Chính quyền số'
                    },
                    {
                        level: 'ministry',
                        label: vscode.l10n.t('Ministry or ministry-level body'),
                        description: 'Khung kiến trúc Chính phủ số'
                    }
                ],
                {
                    title: vscode.l10n.t('New architecture framework (1/3)'),
                    placeHolder: vscode.l10n.t('Is the body a province or a ministry?')
                }
            );
            if (!levelItem) return;
            const level = levelItem.level;
            const bodyName = await vscode.window.showInputBox({
                title: vscode.l10n.t('New architecture framework (2/3)'),
                prompt: vscode.l10n.t("The body's official Vietnamese name"),
                placeHolder: level === 'province' ? 'Ủy ban nhân dân tỉnh Lào Cai' : 'Bộ Tư pháp',
                validateInput: value => (value.trim() === '' ? vscode.l10n.t('Enter the name of the body.') : undefined)
            });
            if (!bodyName) return;
            const id = await vscode.window.showInputBox({
                title: vscode.l10n.t('New architecture framework (3/3)'),
                prompt: vscode.l10n.t('Framework id: letters, digits and _, parts joined by -; every file of the framework opens with it'),
                value: suggestFrameworkId(bodyName, level),
                validateInput: value =>
                    isFrameworkId(value)
                        ? undefined
                        : vscode.l10n.t('Use letters, digits and _, with parts joined by - (e.g. laocai, bo-tuphap).')
            });
            if (!id) return;
            const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
            const target = await vscode.window.showSaveDialog({
                title: vscode.l10n.t('Save the new framework'),
                defaultUri: folder ? vscode.Uri.joinPath(folder, `${id}.kts`) : undefined,
                filters: { KTS: ['kts'] }
            });
            if (!target) return;
            const text = frameworkSkeleton({ level, bodyName: bodyName.trim(), id, language: guideLanguage() });
            await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
            const document = await vscode.workspace.openTextDocument(target);
            await vscode.window.showTextDocument(document);
        })
    );
}
