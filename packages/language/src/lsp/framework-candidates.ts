import { DocumentState, type IndexManager, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isKtsDescription, type KtsDescription } from '../kts-scope-computation.js';
import { nameFor, type Naming } from '../kts-scope-provider.js';
import { foldCandidate, type FoldedCandidate } from '../util/vietnamese-search.js';

/** An element or task and, per way of naming it, its name and folded text (computed on first use). */
export interface FrameworkCandidate {
    description: KtsDescription;
    names: string[];
    folded: FoldedCandidate[];
}

/**
 * The elements and tasks each document exports, kept until the document is indexed again. Completion
 * walks these instead of the scope's visible symbols: an edit of one framework file rebuilds only its
 * entries, and the others keep their names and folded text (Langium's WorkspaceCache would drop
 * everything on every keystroke, and folding 25,000 names is most of a completion's time).
 */
export class FrameworkCandidates {
    /** Per document, its candidates by framework. */
    private readonly byDocument = new Map<string, Map<string, FrameworkCandidate[]>>();
    private readonly documents: LangiumDocuments;
    private readonly indexManager: IndexManager;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.indexManager = shared.workspace.IndexManager;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of [...changed, ...deleted]) this.byDocument.delete(uri.toString());
        });
        builder.onDocumentPhase(DocumentState.IndexedContent, document => {
            this.byDocument.delete(document.uri.toString());
        });
    }

    /** The candidates of `framework` first, then those of the other frameworks, in lists by document and framework. */
    byCloseness(framework: string | undefined): { own: FrameworkCandidate[][]; others: FrameworkCandidate[][] } {
        const own: FrameworkCandidate[][] = [];
        const others: FrameworkCandidate[][] = [];
        for (const document of this.documents.all) {
            for (const [name, candidates] of this.of(document.uri.toString())) (name === framework ? own : others).push(candidates);
        }
        return { own, others };
    }

    private of(uri: string): Map<string, FrameworkCandidate[]> {
        let table = this.byDocument.get(uri);
        if (!table) {
            table = new Map();
            for (const description of this.indexManager.allElements(undefined, new Set([uri]))) {
                if (!isKtsDescription(description) || description.framework === undefined) continue;
                const candidate = { description, names: [], folded: [] };
                const list = table.get(description.framework);
                if (list) list.push(candidate); else table.set(description.framework, [candidate]);
            }
            this.byDocument.set(uri, table);
        }
        return table;
    }
}

/** The candidate's name where it is written with `naming`. */
export function nameOf(candidate: FrameworkCandidate, naming: Naming): string {
    return candidate.names[naming] ??= nameFor(candidate.description, naming);
}

/** The candidate's name (written with `naming`) and title, folded for matching. */
export function foldedOf(candidate: FrameworkCandidate, naming: Naming): FoldedCandidate {
    return candidate.folded[naming] ??= foldCandidate(nameOf(candidate, naming), candidate.description.title);
}
