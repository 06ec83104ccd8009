import type { CatalogEntry } from '../generated/ast.js';
import { isLegalKind, type LegalKind } from '../model/legal-document.js';
import { VOCABULARY } from '../model/vocabulary.js';
import { entryModel } from '../references/kts-naming.js';
import { foldVietnamese } from '../text/text-match.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';

const LEGAL_KINDS = Object.keys(VOCABULARY.legalKind) as LegalKind[];

/**
 * A legal document's `kind` must be one the vocabulary has words for: the document names the document by it
 * ("Kế hoạch số 22-KH/TU", "Plan No. 22-KH/TU"), and a kind it does not know is printed as written, in either edition.
 * A kind written as the vocabulary's word for one ("Kế hoạch", "Decree") is told which kind that is.
 */
export function checkLegalKind(entry: CatalogEntry, reporter: DiagnosticReporter): void {
    const kind = entry.kind;
    if (kind === undefined || isLegalKind(kind) || entryModel(entry) !== 'LEGAL') return;
    const folded = foldVietnamese(kind);
    const meant = LEGAL_KINDS.find(candidate =>
        [VOCABULARY.legalKind[candidate].vi, VOCABULARY.legalKind[candidate].en].some(word => foldVietnamese(word) === folded)
    );
    reporter.report(
        meant ? 'kts/legal-kind-word' : 'kts/legal-kind-unknown',
        entry,
        { kind, meant: meant ?? '', kinds: LEGAL_KINDS.map(candidate => `"${candidate}"`).join(', ') },
        { property: 'kind' }
    );
}
