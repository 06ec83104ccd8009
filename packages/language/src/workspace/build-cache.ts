import { WorkspaceCache, type DocumentState, type LangiumSharedCoreServices } from 'langium';

/**
 * A workspace cache that a request served while a build goes on cannot leave filled from half-built documents:
 * cleared on every update, as Langium's, and again each time a document reaches one of `states`. A build parses the
 * changed documents (and links them) one after the other, answering requests in between; what a request computed
 * from the trees or links of that moment is dropped once the next document has its new ones.
 */
export class BuildCache<K, V> extends WorkspaceCache<K, V> {
    constructor(shared: LangiumSharedCoreServices, states: readonly DocumentState[]) {
        super(shared);
        for (const state of states) {
            this.toDispose.push(shared.workspace.DocumentBuilder.onDocumentPhase(state, () => this.clear()));
        }
    }
}
