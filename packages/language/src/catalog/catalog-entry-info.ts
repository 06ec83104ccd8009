import { AstUtils } from 'langium';
import { isCatalog, type CatalogEntry } from '../generated/ast.js';
import { entryModel } from '../references/kts-naming.js';
import type { CatalogEntryInfo, CatalogPathStep, CatalogStatus } from '../model/index.js';
import { BUILTIN_SCHEME, catalogSourceFile } from './catalog-loader.js';
import { legalParticulars } from './legal-particulars.js';

const MAX_DEPTH = 32;

export function describeCatalogEntry(entry: CatalogEntry): CatalogEntryInfo {
    const catalog = AstUtils.getContainerOfType(entry, isCatalog);
    const document = AstUtils.getDocument(entry);
    const path: CatalogPathStep[] = [];
    const seen = new Set<CatalogEntry>();
    // A cycle of parents is a data error; the path then stops where it would repeat.
    for (
        let current: CatalogEntry | undefined = entry;
        current && !seen.has(current) && path.length < MAX_DEPTH;
        current = current.parent?.ref
    ) {
        seen.add(current);
        // Error recovery in a file that does not parse can leave names undefined.
        path.unshift({ code: current.name ?? '', name: current.title ?? '', nameEn: current.titleEn });
    }
    return {
        code: entry.name ?? '',
        model: entryModel(entry),
        kind: entry.kind,
        name: entry.title ?? '',
        nameEn: entry.titleEn,
        abbreviation: entry.abbreviation,
        description: entry.description,
        descriptionEn: entry.descriptionEn,
        status: (entry.status ?? catalog?.status ?? 'local') as CatalogStatus,
        source: entry.source ?? catalog?.source,
        owner: entry.owner,
        section: entry.section,
        note: entry.note,
        standards: entry.standardNames,
        legal: legalParticulars(entry),
        path,
        catalog: {
            id: catalog?.name ?? '',
            title: catalog?.title ?? '',
            titleEn: catalog?.titleEn,
            version: catalog?.version,
            status: catalog?.status as CatalogStatus | undefined,
            source: catalog?.source
        },
        builtin: document.uri.scheme === BUILTIN_SCHEME,
        uri: document.uri.toString(),
        file: catalogSourceFile(document.uri)
    };
}
