import type { ReferenceDescription } from 'langium';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';

/**
 * The reference index turned around: the references to a node by its document and path. Langium finds a node's
 * references by comparing the target of every reference of the workspace (90,000 in a national one) with it, for each
 * hover; here the references of a document are entered once each time it is indexed again, which the identity of
 * its array in the index tells (see KtsIndexManager.referencesByDocument).
 */
export class ReferencesByTarget {
    /** Target (URI and path) → source document URI → that document's references to it. */
    private readonly byTarget = new Map<string, Map<string, ReferenceDescription[]>>();
    /** The reference array of each document as it was entered. */
    private readonly entered = new Map<string, readonly ReferenceDescription[]>();

    constructor(private readonly index: KtsIndexManager) {}

    /** The references to the node at `path` in the document `uri`, in no particular order. */
    *to(uri: string, path: string): Iterable<ReferenceDescription> {
        this.update();
        for (const references of this.byTarget.get(targetKey(uri, path))?.values() ?? []) yield* references;
    }

    private update(): void {
        const current = this.index.referencesByDocument();
        for (const [uri, references] of this.entered) {
            if (current.get(uri) === references) continue;
            for (const reference of references) {
                const key = keyOf(reference);
                const sources = this.byTarget.get(key);
                if (sources?.delete(uri) && sources.size === 0) this.byTarget.delete(key);
            }
            this.entered.delete(uri);
        }
        for (const [uri, references] of current) {
            if (this.entered.has(uri)) continue;
            for (const reference of references) {
                const key = keyOf(reference);
                let sources = this.byTarget.get(key);
                if (!sources) {
                    sources = new Map();
                    this.byTarget.set(key, sources);
                }
                const list = sources.get(uri);
                if (list) list.push(reference);
                else sources.set(uri, [reference]);
            }
            this.entered.set(uri, references);
        }
    }
}

function keyOf(reference: ReferenceDescription): string {
    return targetKey(reference.targetUri.toString(), reference.targetPath);
}

function targetKey(uri: string, path: string): string {
    return `${uri}#${path}`;
}
