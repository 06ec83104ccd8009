import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { KtsFile } from '../generated/ast.js';

/**
 * Values computed from catalogue entries only (the codes or national components a position accepts), kept
 * until a document that declares a catalogue changes. Typing in a framework file, which is what happens
 * between two completions, leaves them valid; Langium's WorkspaceCache would drop them on every keystroke,
 * and with a 10,000-code catalogue recomputing them is most of a completion's time.
 */
export class CatalogueCandidateCache<T> {
    private readonly values = new Map<string, T>();
    /** Documents whose last indexed version declares a catalogue. */
    private readonly catalogueDocuments = new Set<string>();

    constructor(shared: LangiumSharedServices) {
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate((changed, deleted) => {
            if ([...changed, ...deleted].some(uri => this.catalogueDocuments.has(uri.toString()))) this.clear();
            for (const uri of deleted) this.forget(uri);
        });
        builder.onDocumentPhase(DocumentState.IndexedContent, document => {
            const key = document.uri.toString();
            if (declaresCatalogue(document)) {
                this.catalogueDocuments.add(key);
                this.clear();
            } else if (this.catalogueDocuments.delete(key)) {
                this.clear();
            }
        });
    }

    get(key: string, compute: () => T): T {
        let value = this.values.get(key);
        if (value === undefined) {
            value = compute();
            this.values.set(key, value);
        }
        return value;
    }

    private clear(): void {
        this.values.clear();
    }

    private forget(uri: URI): void {
        this.catalogueDocuments.delete(uri.toString());
    }
}

function declaresCatalogue(document: LangiumDocument): boolean {
    return ((document.parseResult.value as KtsFile).catalogs?.length ?? 0) > 0;
}
