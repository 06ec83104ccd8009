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
 * Candidates of one framework, state and kind (or tasks): whether they fit a position and how they are
 * named there is the same for all of them, so it is decided once per group.
 */
export interface CandidateGroup {
    /** Any of the group's descriptions, for what the group shares (framework, state, category). */
    sample: KtsDescription;
    candidates: FrameworkCandidate[];
    /** Per way of naming, the folded text of all candidates in one string (see candidatesContaining). */
    texts: GroupText[];
}

interface GroupText {
    text: string;
    /** Where each candidate's text starts. */
    starts: number[];
}

/**
 * The elements and tasks each document exports, kept until the document is indexed again. Completion
 * walks these instead of the scope's visible symbols: an edit of one framework file rebuilds only its
 * entries, and the others keep their names and folded text (Langium's WorkspaceCache would drop
 * everything on every keystroke, and folding 25,000 names is most of a completion's time). Even the
 * edited file's entries keep theirs where name and title are unchanged, which is nearly all of them when
 * the user types in that file.
 */
export class FrameworkCandidates {
    /** Per document, its candidate groups. */
    private readonly byDocument = new Map<string, CandidateGroup[]>();
    /** Groups of documents indexed again since, whose folded text the new entries may take over. */
    private readonly previous = new Map<string, CandidateGroup[]>();
    private readonly documents: LangiumDocuments;
    private readonly indexManager: IndexManager;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.indexManager = shared.workspace.IndexManager;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            for (const uri of changed) this.outdate(uri.toString());
            for (const uri of deleted) {
                this.byDocument.delete(uri.toString());
                this.previous.delete(uri.toString());
            }
        });
        builder.onDocumentPhase(DocumentState.IndexedContent, document => this.outdate(document.uri.toString()));
    }

    /** The groups of `framework` first, then those of the other frameworks. */
    byCloseness(framework: string | undefined): { own: CandidateGroup[]; others: CandidateGroup[] } {
        const own: CandidateGroup[] = [];
        const others: CandidateGroup[] = [];
        for (const document of this.documents.all) {
            for (const group of this.of(document.uri.toString())) (group.sample.framework === framework ? own : others).push(group);
        }
        return { own, others };
    }

    private outdate(uri: string): void {
        const groups = this.byDocument.get(uri);
        if (!groups) return;
        this.byDocument.delete(uri);
        this.previous.set(uri, groups);
    }

    private of(uri: string): CandidateGroup[] {
        let groups = this.byDocument.get(uri);
        if (!groups) {
            const before = new Map((this.previous.get(uri) ?? []).flatMap(group => group.candidates).map(candidate => [candidate.description.name, candidate]));
            this.previous.delete(uri);
            const byKey = new Map<string, CandidateGroup>();
            for (const description of this.indexManager.allElements(undefined, new Set([uri]))) {
                if (!isKtsDescription(description) || description.framework === undefined) continue;
                const key = `${description.framework} ${description.state ?? ''} ${description.category}`;
                // Names and folded text follow from the qualified name and the title only.
                const old = before.get(description.name);
                const candidate = old && old.description.title === description.title ? { description, names: old.names, folded: old.folded } : { description, names: [], folded: [] };
                const group = byKey.get(key);
                if (group) group.candidates.push(candidate); else byKey.set(key, { sample: description, candidates: [candidate], texts: [] });
            }
            groups = [...byKey.values()];
            this.byDocument.set(uri, groups);
        }
        return groups;
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

/**
 * The candidates (named with `naming`) whose folded name or title contains `word`, in declaration order.
 * Every match of a query contains its first word (matchRank), so a name search looks for that word with
 * one indexOf over a group's text instead of reading thousands of candidates scattered over the heap.
 */
export function candidatesContaining(group: CandidateGroup, naming: Naming, word: string): FrameworkCandidate[] {
    const { text, starts } = group.texts[naming] ??= groupText(group, naming);
    const found: FrameworkCandidate[] = [];
    let at = text.indexOf(word);
    while (at >= 0) {
        const index = candidateAt(starts, at);
        found.push(group.candidates[index]);
        at = index + 1 < starts.length ? text.indexOf(word, starts[index + 1]) : -1;
    }
    return found;
}

function groupText(group: CandidateGroup, naming: Naming): GroupText {
    const parts: string[] = [];
    const starts: number[] = [];
    let length = 0;
    for (const candidate of group.candidates) {
        const folded = foldedOf(candidate, naming);
        // A line per candidate: a word never spans two candidates.
        const part = `${folded.code}${folded.phrase}\n`;
        starts.push(length);
        parts.push(part);
        length += part.length;
    }
    return { text: parts.join(''), starts };
}

/** The last candidate that starts at or before `offset`. */
function candidateAt(starts: number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle; else high = middle - 1;
    }
    return low;
}
