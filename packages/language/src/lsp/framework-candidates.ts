import type { AstNodeDescription, LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isKtsDescription, type KtsDescription } from '../references/kts-scope-computation.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';
import { nameFor, type Naming } from '../references/kts-scope-provider.js';
import { foldCandidate, type FoldedCandidate } from '../text/vietnamese-search.js';

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
 * The elements and tasks each document exports, kept while the index holds the same exports array for it
 * (KtsIndexManager.exportsByDocument). Completion walks these instead of the scope's visible symbols: an
 * edit of one framework file rebuilds only its entries, and the others keep their names and folded text
 * (folding 25,000 names is most of a completion's time). Even the edited file's entries keep theirs where
 * name and title are unchanged, which is nearly all of them when the user types in that file.
 */
export class FrameworkCandidates {
    /** Per document, the exports its groups were made from, and the groups. */
    private readonly byDocument = new Map<string, { exports: readonly AstNodeDescription[]; groups: CandidateGroup[] }>();
    private readonly documents: LangiumDocuments;
    private readonly index: KtsIndexManager;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.index = shared.workspace.IndexManager as KtsIndexManager;
    }

    /** The groups of `framework` first, then those of the other frameworks. */
    byCloseness(framework: string | undefined): { own: CandidateGroup[]; others: CandidateGroup[] } {
        const own: CandidateGroup[] = [];
        const others: CandidateGroup[] = [];
        const exportsByDocument = this.index.exportsByDocument();
        for (const uri of this.byDocument.keys()) {
            if (!exportsByDocument.has(uri)) this.byDocument.delete(uri);
        }
        for (const document of this.documents.all) {
            const uri = document.uri.toString();
            for (const group of this.of(uri, exportsByDocument.get(uri) ?? []))
                (group.sample.framework === framework ? own : others).push(group);
        }
        return { own, others };
    }

    private of(uri: string, exports: readonly AstNodeDescription[]): CandidateGroup[] {
        const cached = this.byDocument.get(uri);
        if (cached?.exports === exports) return cached.groups;
        const before = new Map(
            (cached?.groups ?? []).flatMap(group => group.candidates).map(candidate => [candidate.description.name, candidate])
        );
        const byKey = new Map<string, CandidateGroup>();
        for (const description of exports) {
            if (!isKtsDescription(description) || description.framework === undefined) continue;
            const key = `${description.framework} ${description.state ?? ''} ${description.category}`;
            // Names and folded text follow from the qualified name and the title only.
            const old = before.get(description.name);
            const candidate =
                old && old.description.title === description.title
                    ? { description, names: old.names, folded: old.folded }
                    : { description, names: [], folded: [] };
            const group = byKey.get(key);
            if (group) group.candidates.push(candidate);
            else byKey.set(key, { sample: description, candidates: [candidate], texts: [] });
        }
        const groups = [...byKey.values()];
        this.byDocument.set(uri, { exports, groups });
        return groups;
    }
}

/** The candidate's name where it is written with `naming`. */
export function nameOf(candidate: FrameworkCandidate, naming: Naming): string {
    return (candidate.names[naming] ??= nameFor(candidate.description, naming));
}

/** The candidate's name (written with `naming`) and title, folded for matching. */
export function foldedOf(candidate: FrameworkCandidate, naming: Naming): FoldedCandidate {
    return (candidate.folded[naming] ??= foldCandidate(nameOf(candidate, naming), candidate.description.title));
}

/**
 * The candidates (named with `naming`) whose folded name or title contains `word`, in declaration order.
 * Every match of a query contains its first word (matchRank), so a name search looks for that word with
 * one indexOf over a group's text instead of reading thousands of candidates scattered over the heap.
 */
export function candidatesContaining(group: CandidateGroup, naming: Naming, word: string): FrameworkCandidate[] {
    const { text, starts } = (group.texts[naming] ??= groupText(group, naming));
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
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}
