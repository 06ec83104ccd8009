import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SearchCatalogRequest, type CatalogSearchItem, type SearchCatalogParams } from '../protocol.js';
import { KTS_LANGUAGE_ID } from '../client/language-client.js';

const RESULT_LIMIT = 200;

interface CatalogPickItem extends vscode.QuickPickItem {
    item: CatalogSearchItem;
}

/**
 * "Search reference catalogue": a quick pick over every loaded catalogue. The server matches without
 * diacritics (`dan cu` finds "dân cư"); the quick pick's own filter does not, so every item the server
 * returns is shown as is (`alwaysShow`). Accepting inserts the code at the cursor of a KTS editor, or copies
 * it; the button beside an item opens its declaration.
 */
export function registerSearchCatalog(context: vscode.ExtensionContext, client: LanguageClient): void {
    const openButton: vscode.QuickInputButton = {
        iconPath: new vscode.ThemeIcon('go-to-file'),
        tooltip: vscode.l10n.t('Open in catalogue')
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('kts.searchCatalog', async () => {
            const pick = vscode.window.createQuickPick<CatalogPickItem>();
            pick.title = vscode.l10n.t('Search reference catalogue');
            pick.placeholder = vscode.l10n.t('Code or name, with or without diacritics (e.g. "dan cu", "DRM001", "nền tảng")');
            pick.matchOnDescription = true;
            pick.matchOnDetail = true;
            let generation = 0;
            const search = async (query: string) => {
                const current = ++generation;
                pick.busy = true;
                try {
                    const params: SearchCatalogParams = { query, limit: RESULT_LIMIT };
                    const results = await client.sendRequest<CatalogSearchItem[]>(SearchCatalogRequest, params);
                    if (current !== generation) return;
                    pick.items = results.map(item => ({
                        label: item.code,
                        description: item.name,
                        detail: [item.nameEn, `${item.model} · ${item.catalog}`, item.status === 'official' ? undefined : item.status]
                            .filter(Boolean)
                            .join(' — '),
                        alwaysShow: true,
                        buttons: item.location ? [openButton] : [],
                        item
                    }));
                } finally {
                    if (current === generation) pick.busy = false;
                }
            };
            pick.onDidChangeValue(value => void search(value));
            pick.onDidTriggerItemButton(async event => {
                const location = event.item.item.location;
                if (!location) return;
                pick.hide();
                const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
                const start = new vscode.Position(location.range.start.line, location.range.start.character);
                await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, start), preview: true });
            });
            pick.onDidAccept(async () => {
                const chosen = pick.selectedItems[0]?.item;
                pick.hide();
                if (!chosen) return;
                const editor = vscode.window.activeTextEditor;
                if (editor && editor.document.languageId === KTS_LANGUAGE_ID) {
                    await editor.edit(edit => editor.selections.forEach(selection => edit.replace(selection, chosen.code)));
                } else {
                    await vscode.env.clipboard.writeText(chosen.code);
                    void vscode.window.showInformationMessage(
                        vscode.l10n.t('Copied {0} ({1}) to the clipboard.', chosen.code, chosen.name)
                    );
                }
            });
            pick.onDidHide(() => pick.dispose());
            pick.show();
            await search('');
        })
    );
}
