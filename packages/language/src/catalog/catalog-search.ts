import type { CatalogEntryInfo } from '../model/catalogue-entry.js';
import { bestMatches, foldCandidate, matchRank, MatchRank, searchQuery } from '../text/vietnamese-search.js';

/**
 * Entries matching a text by code or by name (Vietnamese or English, or the standards a standards-list
 * item names, so `OData` finds item 1.4), ignoring diacritics and case; best matches first, catalogue
 * order within equally good matches; a code prefix gives the codes it starts.
 */
export function searchCatalogEntries(entries: Iterable<CatalogEntryInfo>, text: string): CatalogEntryInfo[] {
    const query = searchQuery(text);
    const ranked: CatalogEntryInfo[][] = Object.values(MatchRank).map(() => []);
    for (const entry of entries) {
        const rank = matchRank(
            query,
            foldCandidate(entry.code, [entry.name, entry.nameEn, ...entry.standards].filter(Boolean).join(' · '))
        );
        if (rank !== undefined) ranked[rank].push(entry);
    }
    return bestMatches(ranked);
}
