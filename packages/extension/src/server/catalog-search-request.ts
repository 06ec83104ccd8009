import { WorkspaceCache } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { describeCatalogEntry, searchCatalogEntries, type ast, type CatalogEntryInfo, type KtsServices } from '@kts/language';
import { SearchCatalogRequest, type CatalogSearchItem, type SearchCatalogParams } from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';

interface DescribedEntry {
    info: CatalogEntryInfo;
    node: ast.CatalogEntry;
}

/** `kts/searchCatalog`: every loaded catalogue (built-in, configured, workspace), searched without diacritics. */
export function registerCatalogSearch(connection: Connection, services: KtsServices): void {
    const shared = services.shared;
    const described = new WorkspaceCache<string, DescribedEntry[]>(shared);
    const entries = () =>
        described.get('entries', () => {
            const all: DescribedEntry[] = [];
            for (const document of shared.workspace.LangiumDocuments.all) {
                for (const catalog of (document.parseResult.value as ast.KtsFile).catalogs ?? []) {
                    for (const node of catalog.entries) all.push({ info: describeCatalogEntry(node), node });
                }
            }
            return all;
        });
    connection.onRequest(SearchCatalogRequest, (params: SearchCatalogParams) =>
        readBuiltWorkspace(shared, () => {
            const all = entries();
            const nodeOf = new Map(all.map(entry => [entry.info, entry.node]));
            return searchCatalogEntries(
                all.map(entry => entry.info),
                params.query
            )
                .slice(0, params.limit)
                .map(info => toSearchItem(info, nodeOf.get(info)));
        })
    );
}

function toSearchItem(info: CatalogEntryInfo, node: ast.CatalogEntry | undefined): CatalogSearchItem {
    const range = node?.$cstNode?.range;
    return {
        code: info.code,
        name: info.name,
        nameEn: info.nameEn,
        model: info.model,
        kind: info.kind ?? '',
        status: info.status,
        catalog: info.catalog.title,
        location: range ? { uri: info.uri, range } : undefined
    };
}
