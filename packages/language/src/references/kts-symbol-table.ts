import type { AstNodeDescription } from 'langium';
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

    constructor(private readonly index: KtsIndexManager) {}

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
        for (const [uri, exports] of exportsByDocument) {
            if (!this.entered.has(uri)) {
                this.add(exports);
                this.entered.set(uri, exports);
            }
        }
    }

    private add(exports: readonly AstNodeDescription[]): void {
        for (const description of exports) {
            if (!isKtsDescription(description)) continue;
            addTo(this.byName, description);
            if (isCode(description)) addTo(this.codesByName, description);
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

function addTo(table: Map<string, KtsDescription[]>, description: KtsDescription): void {
    const list = table.get(description.name);
    if (!list) {
        table.set(description.name, [description]);
        return;
    }
    list.push(description);
    // Stable: equal names keep the order of the index, built-in entries last.
    list.sort((a, b) => Number(isBuiltin(a)) - Number(isBuiltin(b)));
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
