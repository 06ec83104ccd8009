import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/** Langium's index, with each document's exports reachable as the very array that was indexed. */
export class KtsIndexManager extends DefaultIndexManager {
    private exportsVersion = 0;

    /**
     * Exports by document URI. An array is replaced only when its document is indexed again, so its
     * identity tells a consumer which documents changed since it last looked.
     */
    exportsByDocument(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }

    /** References by source document URI; like `exportsByDocument`, an array is replaced when its document is indexed again. */
    referencesByDocument(): ReadonlyMap<string, readonly ReferenceDescription[]> {
        return this.referenceIndex;
    }

    /** Changes whenever a document's exports are indexed or removed: a cheap "did anything change?". */
    get version(): number {
        return this.exportsVersion;
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateContent(document, cancelToken);
        this.exportsVersion++;
    }

    override removeContent(uri: URI): void {
        super.removeContent(uri);
        this.exportsVersion++;
    }
}
