import type { CatalogEntry } from '../generated/ast.js';
import type { LegalForce, LegalParticulars } from '../model/architecture-model.js';

/** A legal document's number, date, issuer and force as its catalogue entry writes them; none when it writes none. */
export function legalParticulars(entry: CatalogEntry): LegalParticulars | undefined {
    if (!(entry.number || entry.date || entry.issuer || entry.force)) return undefined;
    return {
        number: entry.number,
        date: entry.date,
        issuer: entry.issuer,
        force: entry.force as LegalForce | undefined,
        replacedBy: entry.replacedBy,
        replacedFrom: entry.replacedFrom
    };
}
