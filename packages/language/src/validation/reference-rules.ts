import { AstUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import { isBudget, isElement, isPrinciple, isTask, type Element, type Principle } from '../generated/ast.js';
import type { KtsDescription } from '../references/kts-scope-computation.js';
import { closestByName } from '../text/vietnamese-search.js';
import { referenceTarget, type ReferenceTarget } from '../references/kts-scope-provider.js';
import { closestMatches } from '../text/text-match.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { SuggestionCandidates } from './suggestion-candidates.js';
import type { Language } from '../model/language.js';
import { editorMessage, VOCABULARY } from '../model/vocabulary.js';

const WHAT = {
    element: VOCABULARY.thing.elementOrNationalComponent,
    task: VOCABULARY.thing.task,
    code: VOCABULARY.thing.code
} as const;

/**
 * Reports references the linker could not resolve, with the closest existing names. Codes of
 * reference models whose catalogue is incomplete are only a warning (kts/unknown-code).
 */
export function checkReferences(
    document: LangiumDocument,
    candidates: SuggestionCandidates,
    catalogs: CatalogIndex,
    reporter: DiagnosticReporter
): void {
    for (const reference of document.references as Reference[]) {
        if (!reference.error || !reference.$refNode) continue;
        const info = reference.error.info;
        const target = referenceTarget({
            container: info.container,
            property: info.property,
            reference: info.reference,
            index: info.index
        });
        if (!target) continue;
        const refText = reference.$refText;
        const matches = suggestionsFor(
            refText,
            target.kind === 'code' ? containerTitle(info.container, refText) : undefined,
            candidates.at(info, target)
        );
        const suggestion = suggestionText(matches, reporter.language);
        const options = { range: reference.$refNode.range, data: { ...suggestionData(matches), refText } };
        if (target.kind === 'code' && isReferenceModelPosition(target)) {
            const model = catalogs.modelForCode(refText);
            if (!model) {
                reporter.report('kts/code-pattern', info.container, { code: refText, patterns: catalogs.patternSummary() }, options);
                continue;
            }
            reporter.report(
                'kts/unknown-code',
                info.container,
                {
                    code: refText,
                    model: model.name,
                    completeness: model.complete ? '' : editorMessage('incompleteCatalogue', reporter.language),
                    suggestion
                },
                { ...options, severity: model.complete ? undefined : 'warning' }
            );
            continue;
        }
        reporter.report(
            'kts/unresolved-reference',
            info.container,
            { what: WHAT[target.kind][reporter.language], ref: refText, suggestion },
            options
        );
    }
}

function isReferenceModelPosition(target: ReferenceTarget & { kind: 'code' }): boolean {
    return target.accepts('DRM') || target.accepts('BRM');
}

/**
 * Quick-fix candidates: the names closest to what was typed (edit distance, words of the title) and, for
 * codes, the codes whose names are closest to the name of the element that carries them.
 */
export function suggestionsFor<T extends KtsDescription>(refText: string, ownerTitle: string | undefined, candidates: T[]): T[] {
    const bySpelling = closestMatches(refText, candidates);
    const byName = ownerTitle ? closestByName(ownerTitle, candidates) : [];
    // Close in spelling and in name at once is the likeliest intended code.
    const both = bySpelling.filter(candidate => byName.includes(candidate));
    return [...new Set([...both, ...bySpelling, ...byName])].slice(0, MAX_SUGGESTIONS);
}

/** `diagnostic.data` of a rule with suggestions: names to insert and their titles (for the quick-fix labels). */
export function suggestionData(matches: Array<{ name: string; title?: string }>): { suggestions: string[]; titles: Array<string | null> } {
    return { suggestions: matches.map(match => match.name), titles: matches.map(match => match.title ?? null) };
}

const MAX_SUGGESTIONS = 5;

/**
 * The name to find codes by: the element's or principle's title; for a funding source or an investment
 * form, the code itself read as words, since their codes spell their names (`ngan-sach-tinh`).
 */
function containerTitle(node: AstNode, refText: string): string | undefined {
    if (isBudget(node) || isTask(node)) return refText.replace(/[-_.]/g, ' ');
    const owner = AstUtils.getContainerOfType(
        node,
        (candidate): candidate is Element | Principle => isElement(candidate) || isPrinciple(candidate)
    );
    return owner?.title;
}

export function suggestionText(matches: Array<{ name: string; title?: string }>, language: Language): string {
    if (matches.length === 0) return '';
    const list = matches.map(match => (match.title ? `'${match.name}' (${match.title})` : `'${match.name}'`)).join(', ');
    return editorMessage('didYouMean', language, { list });
}
