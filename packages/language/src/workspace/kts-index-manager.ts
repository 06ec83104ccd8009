import { DefaultIndexManager, type AstNodeDescription } from 'langium';

/** Langium's index, with each document's exports reachable as the very array that was indexed. */
export class KtsIndexManager extends DefaultIndexManager {
    /**
     * Exports by document URI. An array is replaced only when its document is indexed again, so its
     * identity tells a consumer which documents changed since it last looked.
     */
    exportsByDocument(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }
}
