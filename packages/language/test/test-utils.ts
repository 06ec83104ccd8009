import { URI, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import { createKtsServices, loadBuiltinCatalogs, type KtsServices } from '../src/index.js';

/** Services over an in-memory file system with the built-in catalogues loaded, as the editor has them. */
export function createTestServices(): KtsServices {
    const { Kts } = createKtsServices(EmptyFileSystem);
    const documents = Kts.shared.workspace.LangiumDocuments;
    for (const builtin of loadBuiltinCatalogs()) {
        documents.addDocument(Kts.shared.workspace.LangiumDocumentFactory.fromString(builtin.text, URI.parse(builtin.uri)));
    }
    return Kts;
}

let counter = 0;

/** Adds documents (path → text) and builds the whole workspace with validation. */
export async function buildWorkspace(services: KtsServices, files: Record<string, string>): Promise<Map<string, LangiumDocument>> {
    const added = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const uri = URI.parse(`file:///test-${++counter}/${name}`);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        added.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...services.shared.workspace.LangiumDocuments.all], { validation: true });
    return added;
}

export function diagnosticCodes(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}
