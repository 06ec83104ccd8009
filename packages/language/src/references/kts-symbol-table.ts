import type { AstNodeDescription, LangiumDocuments } from 'langium';
import { isKtsDescription, type KtsDescription } from './kts-scope-computation.js';
import { BUILTIN_SCHEME } from '../catalog/catalog-loader.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';

/**
 * Every exported symbol by name, workspace entries before built-in ones. Kept up to date per document:
 * after an edit only the edited file's exports leave and re-enter the table, instead of all 35,000
 * symbols of a national workspace on every keystroke.
 */
export class SymbolTable {
    private readonly byName = new Map<string, KtsDescription[]>();
    /**
     * The catalogue entries of byName alone, in the same order: a list of codes (a rule's suggestions, completion
     * after `codes`) walks these few thousand names instead of the 35,000 of a national workspace.
     */
    private readonly codesByName = new Map<string, KtsDescription[]>();
    /** The exports array of each document as it was entered. */
    private readonly entered = new Map<string, readonly AstNodeDescription[]>();
    private enteredVersion = -1;

    constructor(
        private readonly index: KtsIndexManager,
        private readonly documents: LangiumDocuments
    ) {}

    /** The table for the index as it is now. */
    current(): ReadonlyMap<string, KtsDescription[]> {
        this.update();
        return this.byName;
    }

    /** The catalogue entries of the current table by code (see isCode). */
    codes(): ReadonlyMap<string, KtsDescription[]> {
        this.update();
        return this.codesByName;
    }

    private update(): void {
        if (this.index.version === this.enteredVersion) return;
        this.enteredVersion = this.index.version;
        const exportsByDocument = this.index.exportsByDocument();
        for (const [uri, exports] of this.entered) {
            if (exportsByDocument.get(uri) !== exports) {
                this.remove(exports);
                this.entered.delete(uri);
            }
        }
        let rank: Map<string, number> | undefined;
        for (const [uri, exports] of exportsByDocument) {
            if (!this.entered.has(uri)) {
                rank ??= new Map([...this.documents.all].map((document, position) => [document.uri.toString(), position]));
                this.add(exports, rank);
                this.entered.set(uri, exports);
            }
        }
    }

    /**
     * `rank`: each document's place among the workspace's documents, the order in which a fresh load indexes them.
     * The index itself is no guide: it moves a document that is indexed again to its end.
     */
    private add(exports: readonly AstNodeDescription[], rank: ReadonlyMap<string, number>): void {
        const order = (description: KtsDescription) =>
            (rank.get(description.documentUri.toString()) ?? 0) + (isBuiltin(description) ? rank.size : 0);
        for (const description of exports) {
            if (!isKtsDescription(description)) continue;
            addTo(this.byName, description, order);
            if (isCode(description)) addTo(this.codesByName, description, order);
        }
    }

    private remove(exports: readonly AstNodeDescription[]): void {
        for (const description of exports) {
            if (!isKtsDescription(description)) continue;
            removeFrom(this.byName, description);
            if (isCode(description)) removeFrom(this.codesByName, description);
        }
    }
}

/** A catalogue entry: what a code position may refer to (elements and tasks belong to a framework). */
export function isCode(description: KtsDescription): boolean {
    return description.framework === undefined && description.category !== 'task';
}

/**
 * Equal names keep the order of their documents, built-in entries last, so that the first one (which wins a
 * lookup) is the one a fresh load finds, also after one of them was indexed again.
 */
function addTo(table: Map<string, KtsDescription[]>, description: KtsDescription, order: (description: KtsDescription) => number): void {
    const list = table.get(description.name);
    if (!list) {
        table.set(description.name, [description]);
        return;
    }
    const place = order(description);
    let at = list.length;
    while (at > 0 && order(list[at - 1]) > place) at--;
    list.splice(at, 0, description);
}

function removeFrom(table: Map<string, KtsDescription[]>, description: KtsDescription): void {
    const list = table.get(description.name);
    const at = list?.indexOf(description) ?? -1;
    if (!list || at < 0) return;
    if (list.length === 1) table.delete(description.name);
    else list.splice(at, 1);
}

export function isBuiltin(description: AstNodeDescription): boolean {
    return description.documentUri.scheme === BUILTIN_SCHEME;
}
