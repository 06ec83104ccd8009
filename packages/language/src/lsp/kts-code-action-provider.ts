import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { KtsServices } from '../kts-module.js';
import type { Language } from '../model/language.js';
import { replaceLookAlikes } from '../text/normalize.js';
import { editorMessage } from '../model/vocabulary.js';

/** Rules whose diagnostics carry replacement names in `data.suggestions` (see validation/reference-rules.ts). */
const RULES_WITH_SUGGESTIONS: ReadonlySet<string> = new Set([
    'kts/unresolved-reference',
    'kts/unknown-code',
    'kts/code-pattern',
    'kts/code-wrong-model',
    'kts/code-not-leaf',
    'kts/funding-source-text'
]);

interface SuggestionData {
    suggestions?: unknown;
    titles?: unknown;
}

/**
 * Quick fixes: replace an unresolved reference or an unknown, malformed, misplaced or too general code
 * by one of the suggested codes (closest by spelling and by name), turn decomposed Vietnamese text
 * into NFC, and write an id's look-alike of Đ/đ as the Vietnamese letter.
 */
export class KtsCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: KtsServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const language = this.services.config.ConfigProvider.get().language;
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            if (rule && RULES_WITH_SUGGESTIONS.has(rule)) actions.push(...replacements(document, diagnostic, language));
            if (rule === 'kts/text-not-nfc') {
                const action = nfcFix(document, diagnostic, language);
                if (action) actions.push(action);
            }
            if (rule === 'kts/look-alike-letter') {
                const action = lookAlikeFix(document, diagnostic, language);
                if (action) actions.push(action);
            }
        }
        return actions;
    }
}

function replacements(document: LangiumDocument, diagnostic: Diagnostic, language: Language): CodeAction[] {
    const data = (diagnostic.data ?? {}) as SuggestionData;
    if (!Array.isArray(data.suggestions)) return [];
    const titles = Array.isArray(data.titles) ? data.titles : [];
    return data.suggestions
        .filter((name): name is string => typeof name === 'string')
        .map((name, index) => {
            const title = typeof titles[index] === 'string' ? ` (${titles[index]})` : '';
            return {
                title: editorMessage('replaceWith', language, { name, title }),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: index === 0,
                edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: name }] } }
            };
        });
}

function nfcFix(document: LangiumDocument, diagnostic: Diagnostic, language: Language): CodeAction | undefined {
    const text = document.textDocument.getText(diagnostic.range);
    const normalized = text.normalize('NFC');
    if (normalized === text) return undefined;
    return {
        title: editorMessage('normalizeNfc', language),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: normalized }] } }
    };
}

function lookAlikeFix(document: LangiumDocument, diagnostic: Diagnostic, language: Language): CodeAction | undefined {
    const text = document.textDocument.getText(diagnostic.range);
    const replaced = replaceLookAlikes(text);
    if (replaced === text) return undefined;
    return {
        title: editorMessage('replaceLookAlike', language, { replacement: replaced }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: replaced }] } }
    };
}
