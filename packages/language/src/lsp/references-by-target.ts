import { DocumentState, type DocumentBuilder, type ReferenceDescription } from 'langium';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';

/**
 * How long the workspace stays without a build before the index takes in what the last builds changed: a pause in
 * typing, longer than the gaps between the keystrokes of a word, so that the work does not delay the next edit.
 */
export const IDLE_BEFORE_ENTERING_MS = 500;

/**
 * The reference index turned around: the references to a node by its document and path. Langium finds a node's
 * references by comparing the target of every reference of the workspace (90,000 in a national one) with it, for each
 * hover; here a document's references are entered when its array in the index is replaced (see
 * KtsIndexManager.referencesByDocument), and only those that are not the same objects as before. Keyed by the
 * descriptions' own URI strings and paths, with one list per target, so that it adds little to the heap every
 * collection walks.
 */
export class ReferencesByTarget {
    /** Target document URI → target path → the references to it. */
    private readonly byTarget = new Map<string, Map<string, ReferenceDescription[]>>();
    /** The reference array of each document as it was entered. */
    private readonly entered = new Map<string, readonly ReferenceDescription[]>();

    constructor(private readonly index: KtsIndexManager) {}

    /**
     * Takes in the references of the documents indexed since the last look once the builder has been idle for a
     * while after a build, instead of on the first hover: 0.3 s for a national workspace after it is loaded, the
     * edited file's references after an edit. A build that starts meanwhile puts it off again.
     */
    enterWhenIdle(builder: DocumentBuilder, idleMs = IDLE_BEFORE_ENTERING_MS): void {
        let pending: ReturnType<typeof setTimeout> | undefined;
        builder.onUpdate(() => clearTimeout(pending));
        builder.onBuildPhase(DocumentState.Validated, () => {
            clearTimeout(pending);
            pending = setTimeout(() => this.update(), idleMs);
            // A one-shot command that ends after its build does not wait for this.
            pending.unref?.();
        });
    }

    /** The references to the node at `path` in the document `uri`, in no particular order. */
    to(uri: string, path: string): readonly ReferenceDescription[] {
        this.update();
        return this.byTarget.get(uri)?.get(path) ?? [];
    }

    private update(): void {
        const current = this.index.referencesByDocument();
        for (const [uri, entered] of this.entered) {
            const now = current.get(uri);
            if (now === entered) continue;
            if (!now) {
                this.remove(entered);
                this.entered.delete(uri);
                continue;
            }
            // After a spliced edit most descriptions are the same objects (see updateSplicedReferences): only the others move.
            const staying = new Set(now);
            const before = new Set(entered);
            this.remove(entered.filter(reference => !staying.has(reference)));
            this.add(now.filter(reference => !before.has(reference)));
            this.entered.set(uri, now);
        }
        for (const [uri, references] of current) {
            if (this.entered.has(uri)) continue;
            this.add(references);
            this.entered.set(uri, references);
        }
    }

    private add(references: readonly ReferenceDescription[]): void {
        for (const reference of references) {
            const targetUri = reference.targetUri.toString();
            let paths = this.byTarget.get(targetUri);
            if (!paths) {
                paths = new Map();
                this.byTarget.set(targetUri, paths);
            }
            const list = paths.get(reference.targetPath);
            if (list) list.push(reference);
            else paths.set(reference.targetPath, [reference]);
        }
    }

    /** Takes a document's former references out of the lists of their targets, each list filtered once. */
    private remove(references: readonly ReferenceDescription[]): void {
        const leaving = new Set(references);
        const filtered = new Set<ReferenceDescription[]>();
        for (const reference of references) {
            const paths = this.byTarget.get(reference.targetUri.toString());
            const list = paths?.get(reference.targetPath);
            if (!paths || !list || filtered.has(list)) continue;
            const kept = list.filter(entry => !leaving.has(entry));
            if (kept.length === 0) {
                paths.delete(reference.targetPath);
                continue;
            }
            paths.set(reference.targetPath, kept);
            filtered.add(kept);
        }
    }
}
