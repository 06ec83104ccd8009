import * as vscode from 'vscode';
import { looksLikeKotlin } from '@kts/language/text';
import { KTS_LANGUAGE_ID } from './language-client.js';

const KOTLIN_LANGUAGE_ID = 'kotlin';

/**
 * A Kotlin script with an ordinary name (`deploy.kts`) gets the KTS language from its extension; when its
 * text starts the way Kotlin does, hand it back to Kotlin instead of painting it red. Gradle scripts never
 * get here: the manifest gives `*.gradle.kts` and `*.main.kts` to Kotlin by file name. The content test is
 * the server's own (`looksLikeKotlin`), so editor and server agree on which files are KTS.
 */
export function registerKotlinScriptGuard(context: vscode.ExtensionContext): void {
    const check = (document: vscode.TextDocument) => {
        if (document.languageId === KTS_LANGUAGE_ID && looksLikeKotlin(document.getText())) {
            void vscode.languages.setTextDocumentLanguage(document, KOTLIN_LANGUAGE_ID);
        }
    };
    vscode.workspace.textDocuments.forEach(check);
    context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
}
