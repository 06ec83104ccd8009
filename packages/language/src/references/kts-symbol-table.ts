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
    /** The exports array of each document as it was entered. */
    private readonly entered = new Map<string, readonly AstNodeDescription[]>();
    private enteredVersion = -1;

    constructor(private readonly index: KtsIndexManager) {}

    /** The table for the index as it is now. */
    current(): ReadonlyMap<string, KtsDescription[]> {
        if (this.index.version === this.enteredVersion) return this.byName;
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
        return this.byName;
    }

    private add(exports: readonly AstNodeDescription[]): void {
        for (const description of exports) {
            if (!isKtsDescription(description)) continue;
            const list = this.byName.get(description.name);
            if (!list) {
                this.byName.set(description.name, [description]);
                continue;
            }
            list.push(description);
            // Stable: equal names keep the order of the index, built-in entries last.
            list.sort((a, b) => Number(isBuiltin(a)) - Number(isBuiltin(b)));
        }
    }

    private remove(exports: readonly AstNodeDescription[]): void {
        for (const description of exports) {
            if (!isKtsDescription(description)) continue;
            const list = this.byName.get(description.name);
            const at = list?.indexOf(description) ?? -1;
            if (!list || at < 0) continue;
            if (list.length === 1) this.byName.delete(description.name);
            else list.splice(at, 1);
        }
    }
}

export function isBuiltin(description: AstNodeDescription): boolean {
    return description.documentUri.scheme === BUILTIN_SCHEME;
}
