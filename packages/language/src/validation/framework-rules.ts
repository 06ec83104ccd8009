import { AstUtils, GrammarUtils, type CstNode } from 'langium';
import type { Budget, CatalogEntry, Framework, GoalPeriod, LegalBases, Task } from '../generated/ast.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';
import { FUNDING_MODEL, type KtsScopeProvider } from '../references/kts-scope-provider.js';
import { closestByName } from '../text/vietnamese-search.js';
import { closestMatches } from '../text/text-match.js';
import { FRAMEWORK_PROFILES, profileNamed, profileNames } from '../model/framework-profile.js';
import { formatShortDate } from '../model/dates.js';
import { suggestionData, suggestionText } from './reference-rules.js';
import { parsePeriod } from '../builder/model-builder.js';
import { location } from './workspace-rules.js';
import { term } from '../model/vocabulary.js';
import { legalDocumentName } from '../model/legal-document.js';
import type { LegalForce } from '../model/architecture-model.js';

/** QCVN 102:2016 electronic identifier, e.g. `000.00.00.G12`. */
export const AGENCY_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

export function checkAgencyCode(framework: Framework, knownCodes: ReadonlySet<string>, reporter: DiagnosticReporter): void {
    for (const body of framework.body) {
        const code = body.code;
        if (code === undefined) continue;
        if (!AGENCY_CODE_PATTERN.test(code)) {
            reporter.report('kts/agency-code-format', body, { code }, { property: 'code' });
        } else if (!knownCodes.has(code)) {
            reporter.report('kts/agency-code-unknown', body, { code }, { property: 'code' });
        }
    }
}

/**
 * A profile name in `conforms` that no shipped profile has would fall back to framework 4.0 without a word. The
 * finding underlines the name inside its quotes and suggests the close names, each a quick fix.
 */
export function checkConforms(framework: Framework, reporter: DiagnosticReporter): void {
    const language = reporter.language;
    const candidates = FRAMEWORK_PROFILES.flatMap(profile =>
        [profile.version, ...(profile.aliases ?? [])].map(name => ({ name, title: profile.title[language] }))
    );
    for (const conforms of framework.conforms) {
        const nodes = GrammarUtils.findNodesForProperty(conforms.$cstNode, 'profiles');
        conforms.profiles.forEach((name, index) => {
            if (profileNamed(name)) return;
            const node = nodes[index];
            if (!node) return;
            const matches = closestMatches(name, candidates);
            const { start, end } = node.range;
            // The string sits on one line: inside its quotes, so that a quick fix replaces the name alone.
            const range = { start: { ...start, character: start.character + 1 }, end: { ...end, character: end.character - 1 } };
            reporter.report(
                'kts/unknown-profile',
                conforms,
                {
                    name,
                    profiles: profileNames()
                        .map(each => `'${each}'`)
                        .join(', '),
                    suggestion: suggestionText(matches, language)
                },
                { range, data: suggestionData(matches) }
            );
        });
    }
}

export function checkPeriod(node: GoalPeriod | Task, reporter: DiagnosticReporter): void {
    if (!node.period) return;
    const period = parsePeriod(node.period);
    if (!period) return;
    let reason: 'order' | 'range' | undefined;
    if (period.start < 2000 || period.end > 2100 || period.end < 2000 || period.start > 2100) reason = 'range';
    else if (period.start > period.end) reason = 'order';
    if (reason) {
        reporter.report(
            'kts/period-invalid',
            node,
            { period: period.text, reason: term('periodProblem', reason, reporter.language) },
            { property: 'period' }
        );
    }
}

export function checkBudget(budget: Budget, reporter: DiagnosticReporter): void {
    if (Number(budget.amount) < 0) {
        reporter.report('kts/negative-budget', budget, { task: budget.$container.name, amount: budget.amount }, { property: 'amount' });
    }
}

/**
 * A funding source written as text cannot be added up per source; the quick fix offers the entries of the
 * funding-source list whose names (and descriptions, which name the usual synonyms) are closest to it.
 * `suggestionsFor` gives them for a text (see fundingSuggestions): budgets repeat a few texts thousands of times.
 */
export function checkFundingText(
    budget: Budget,
    suggestionsFor: (text: string) => FundingSuggestion[],
    reporter: DiagnosticReporter
): void {
    if (budget.fundingText === undefined) return;
    const matches = suggestionsFor(budget.fundingText);
    reporter.report(
        'kts/funding-source-text',
        budget,
        { text: budget.fundingText, suggestion: suggestionText(matches, reporter.language) },
        { property: 'fundingText', data: suggestionData(matches) }
    );
}

export interface FundingSuggestion {
    name: string;
    title: string | undefined;
}

/** An entry of the funding-source list, with the words of its name and description. */
export interface FundingCandidate extends FundingSuggestion {
    words: string;
}

/** The funding-source list as the scope sees it now; the same for every budget of a build. */
export function fundingCandidates(scopes: KtsScopeProvider): FundingCandidate[] {
    return [...scopes.visible({ kind: 'code', accepts: model => model === FUNDING_MODEL })].map(description => {
        const entry = description.node as { title?: string; description?: string } | undefined;
        return { name: description.name, title: description.title, words: [entry?.title, entry?.description].filter(Boolean).join(' ') };
    });
}

/** The entries closest to a funding source written as text. */
export function fundingSuggestions(text: string, candidates: FundingCandidate[]): FundingSuggestion[] {
    // Names with their descriptions first: a description names the synonyms a name lacks ("ngân sách tỉnh").
    const byName = closestByName(text, candidates);
    const byWords = closestByName(
        text,
        candidates.map(candidate => ({ ...candidate, title: candidate.words })),
        3,
        0.3
    );
    const names = [...new Set([...byWords, ...byName].map(match => match.name))].slice(0, 3);
    return names.map(name => ({ name, title: candidates.find(candidate => candidate.name === name)?.title }));
}

/** Budgets for a year lie in the task's period, and a split by weights gives one weight per year of it. */
export function checkBudgetYears(task: Task, reporter: DiagnosticReporter): void {
    const period = task.period ? parsePeriod(task.period) : undefined;
    const periodText = period?.text ?? '—';
    for (const budget of task.budgets) {
        if (budget.year === undefined) continue;
        const year = Number(budget.year);
        if (!period || year < period.start || year > period.end) {
            reporter.report('kts/budget-year-outside-period', budget, { task: task.name, year, period: periodText }, { property: 'year' });
        }
    }
    for (const split of task.splits) {
        if (split.even) continue;
        const years = period && period.end >= period.start ? period.end - period.start + 1 : 0;
        const weights = split.weights.map(Number);
        if (weights.length !== years || weights.some(weight => !(weight > 0))) {
            reporter.report('kts/budget-split-weights', split, { task: task.name, count: weights.length, period: periodText, years });
        }
    }
}

/** Header properties a framework states once; the blocks of a split framework share them. */
const HEADER_PROPERTIES = ['body', 'title', 'level', 'version', 'conforms', 'approval', 'document', 'vision', 'scope'] as const;

/** Where each header property is stated, across all blocks of a framework in workspace order. */
export type HeaderOccurrences = ReadonlyMap<string, ReadonlyArray<{ block: Framework; node: CstNode }>>;

export function headerOccurrences(blocks: readonly Framework[]): HeaderOccurrences {
    const occurrences = new Map<string, Array<{ block: Framework; node: CstNode }>>();
    for (const property of HEADER_PROPERTIES) {
        const found = blocks.flatMap(block => GrammarUtils.findNodesForProperty(block.$cstNode, property).map(node => ({ block, node })));
        if (found.length > 1) occurrences.set(property, found);
    }
    return occurrences;
}

/**
 * A header property stated twice, in one block or in two files of the same framework, would keep
 * only one of the values without a word; reported on each later statement in `framework`.
 */
export function checkDuplicateFrameworkProperties(
    framework: Framework,
    occurrences: HeaderOccurrences,
    reporter: DiagnosticReporter
): void {
    for (const [property, found] of occurrences) {
        const first = found[0];
        const other = location({ source: { uri: AstUtils.getDocument(first.block).uri.toString(), range: first.node.range } });
        for (const { block, node } of found.slice(1)) {
            if (block !== framework) continue;
            reporter.report(
                'kts/duplicate-framework-property',
                framework,
                { property, framework: framework.name, other },
                { range: node.range }
            );
        }
    }
}

/**
 * A legal basis that was replaced, in whole or in part, still reads as the rule in force to a reviewer; the warning
 * names the successor and the day it took over, so the framework can cite what applies now.
 */
export function checkLegalBases(
    legal: LegalBases,
    successorOf: (code: string) => CatalogEntry | undefined,
    reporter: DiagnosticReporter
): void {
    legal.bases.forEach((reference, index) => {
        const entry = reference.ref;
        const force = entry?.force as LegalForce | undefined;
        if (!entry || (force !== 'replaced' && force !== 'partly-replaced')) return;
        const successor = entry.replacedBy ? successorOf(entry.replacedBy) : undefined;
        const language = reporter.language;
        reporter.report(
            'kts/legal-replaced',
            legal,
            {
                document: legalDocumentName(legalNaming(entry), language),
                how: term('legalForce', force, language),
                successor: successor ? legalDocumentName(legalNaming(successor), language) : (entry.replacedBy ?? '?'),
                from: entry.replacedFrom ? formatShortDate(language, entry.replacedFrom) : '?'
            },
            { property: 'bases', index, data: { replacedBy: entry.replacedBy } }
        );
    });
}

function legalNaming(entry: CatalogEntry) {
    return { kind: entry.kind ?? '', name: entry.title, nameEn: entry.titleEn, legal: { number: entry.number } };
}
