import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import {
    CodeActionKind,
    type CodeAction,
    type CodeActionParams,
    type Command,
    type Diagnostic,
    type Range,
    type WorkspaceEdit
} from 'vscode-languageserver';
import type { KtsServices } from '../kts-module.js';
import type { Language } from '../model/language.js';
import { replaceLookAlikes } from '../text/normalize.js';
import { editorMessage } from '../model/vocabulary.js';
import { renameEdits } from './rename-edits.js';
import { renameSubjectAt } from './rename-subject.js';

/** Rules whose diagnostics carry replacement names in `data.suggestions` (see validation/reference-rules.ts). */
const RULES_WITH_SUGGESTIONS: ReadonlySet<string> = new Set([
    'kts/unresolved-reference',
    'kts/unknown-code',
    'kts/code-pattern',
    'kts/code-wrong-model',
    'kts/code-not-leaf',
    'kts/funding-source-text',
    'kts/unknown-profile'
]);

interface SuggestionData {
    suggestions?: unknown;
    titles?: unknown;
}

/**
 * Quick fixes: replace an unresolved reference or an unknown, malformed, misplaced or too general code
 * by one of the suggested codes (closest by spelling and by name), turn decomposed Vietnamese text
 * into NFC, write an id's look-alike of Đ/đ as the Vietnamese letter, and apply the edit a rule computed (`data.fix`).
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
            const fix = dataFix(document, diagnostic, language);
            if (fix) actions.push(fix);
            if (rule === 'kts/look-alike-letter') {
                const action = lookAlikeFix(this.services, document, diagnostic, language);
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

/**
 * The edit a rule computed with its finding (`data.fix`): a line to add (a required national connection) or a
 * name to replace (a unit that no longer exists by its successor).
 */
function dataFix(document: LangiumDocument, diagnostic: Diagnostic, language: Language): CodeAction | undefined {
    const fix = (diagnostic.data as { fix?: Partial<FixData> } | undefined)?.fix;
    if (!fix?.range || typeof fix.newText !== 'string' || typeof fix.text !== 'string') return undefined;
    return {
        title:
            fix.kind === 'add'
                ? editorMessage('addLine', language, { line: fix.text })
                : editorMessage('replaceWith', language, { name: fix.text, title: '' }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: fix.range, newText: fix.newText }] } }
    };
}

interface FixData {
    range: Range;
    newText: string;
    kind: 'add' | 'replace';
    /** What the fix writes, for its title. */
    text: string;
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

/**
 * An id with a look-alike letter is written anew wherever it is declared and referred to, as a rename would (a
 * declaration fixed alone would leave its references pointing to nothing); a token that names nothing is replaced alone.
 */
function lookAlikeFix(
    services: KtsServices,
    document: LangiumDocument,
    diagnostic: Diagnostic,
    language: Language
): CodeAction | undefined {
    const text = document.textDocument.getText(diagnostic.range);
    const replaced = replaceLookAlikes(text);
    if (replaced === text) return undefined;
    return {
        title: editorMessage('replaceLookAlike', language, { replacement: replaced }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: renamedEverywhere(services, document, diagnostic.range, language) ?? {
            changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText: replaced }] }
        }
    };
}

function renamedEverywhere(services: KtsServices, document: LangiumDocument, range: Range, language: Language): WorkspaceEdit | undefined {
    const offset = document.textDocument.offsetAt(range.start) + 1;
    const subject = renameSubjectAt(document, offset, services.parser.GrammarConfig.nameRegexp, services.references.ScopeProvider);
    if (subject.kind === 'refused') return undefined;
    const edit = renameEdits(services, subject, replaceLookAlikes(subject.name), language);
    return 'kind' in edit ? undefined : edit;
}
