import { Cancellation, interruptAndCheck, type AstNodeDescription, type IndexManager } from 'langium';
import type { LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isKtsDescription, type KtsDescription } from '../references/kts-scope-computation.js';
import { bestMatches, foldCandidate, matchRank, MatchRank, searchQuery } from '../text/vietnamese-search.js';

/** Results per request; a longer query narrows them. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/**
 * Finds codes, national components, elements and tasks by code or by name, ignoring Vietnamese
 * diacritics and case (`dan cu` finds "Cơ sở dữ liệu quốc gia về dân cư"). The symbol's name carries
 * both, so clients that filter the list again by the query keep what the server found.
 */
export class KtsWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly indexManager: IndexManager;

    constructor(services: LangiumSharedServices) {
        this.indexManager = services.workspace.IndexManager;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = searchQuery(params.query);
        const ranked: WorkspaceSymbol[][] = Object.values(MatchRank).map(() => []);
        let visited = 0;
        for (const description of this.indexManager.allElements()) {
            if (++visited % 1000 === 0) await interruptAndCheck(cancelToken);
            if (!isKtsDescription(description)) continue;
            const rank = matchRank(query, foldCandidate(description.name, description.title));
            if (rank === undefined) continue;
            const symbol = toSymbol(description);
            if (!symbol) continue;
            ranked[rank].push(symbol);
            if (ranked[0].length >= MAX_WORKSPACE_SYMBOLS) break;
        }
        return bestMatches(ranked).slice(0, MAX_WORKSPACE_SYMBOLS);
    }
}

function toSymbol(description: KtsDescription & AstNodeDescription): WorkspaceSymbol | undefined {
    const segment = description.nameSegment;
    if (!segment) return undefined;
    return {
        name: description.title ? `${description.name} — ${description.title}` : description.name,
        kind: symbolKind(description),
        containerName: description.framework ?? description.category,
        location: { uri: description.documentUri.toString(), range: segment.range }
    };
}

function symbolKind(description: KtsDescription): SymbolKind {
    if (description.category === 'NATIONAL') return SymbolKind.Module;
    if (description.category === 'task') return SymbolKind.Event;
    if (description.framework !== undefined) return SymbolKind.Class;
    return SymbolKind.EnumMember;
}
