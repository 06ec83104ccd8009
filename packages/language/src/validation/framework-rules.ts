import { AstUtils, GrammarUtils, type CstNode } from 'langium';
import type { Budget, CatalogEntry, Framework, GoalPeriod, LegalBases, Task } from '../generated/ast.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';
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
                from: entry.replacedFrom ? entry.replacedFrom.split('-').reverse().join('/') : '?'
            },
            { property: 'bases', index, data: { replacedBy: entry.replacedBy } }
        );
    });
}

function legalNaming(entry: CatalogEntry) {
    return { kind: entry.kind ?? '', name: entry.title, nameEn: entry.titleEn, legal: { number: entry.number } };
}
