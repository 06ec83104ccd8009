import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { defaultConfig, readKtsFile, workspaceCatalogs, type EditorOverrides, type KtsServices } from '@kts/language';
import type { Edition } from '@kts/documents';

/** The `kts` settings of VS Code that the server applies (the others belong to the extension host). */
interface KtsSettings {
    outputLanguage?: string;
    strictness?: string;
    catalogPaths?: string[];
}

/**
 * Applies VS Code's `kts.outputLanguage`, `kts.strictness` and `kts.catalogPaths` on top of `kts.config.json`,
 * when the workspace has loaded and whenever they change, and validates the workspace again under them.
 */
export function applyEditorSettings(services: KtsServices): void {
    const shared = services.shared;
    const configuration = shared.workspace.ConfigurationProvider;
    let loadedCatalogs: URI[] = [];
    // The workspace was first built under kts.config.json alone: nothing to redo while the settings add nothing.
    let applied = JSON.stringify({ overrides: {}, catalogPaths: [] });

    const apply = async (settings: KtsSettings | undefined) => {
        const overrides = editorOverrides(settings);
        const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
        const root = folder ? URI.parse(folder.uri).fsPath : process.cwd();
        const catalogPaths = (settings?.catalogPaths ?? []).map(entry => path.resolve(root, entry));
        const key = JSON.stringify({ overrides, catalogPaths });
        if (key === applied) return;
        applied = key;
        await shared.workspace.WorkspaceLock.write(async token => {
            services.config.ConfigProvider.override(overrides);
            const documents = shared.workspace.LangiumDocuments;
            for (const uri of loadedCatalogs) {
                documents.deleteDocument(uri);
                shared.workspace.IndexManager.remove(uri);
            }
            const added = catalogDocuments(services, root, catalogPaths).filter(document => !documents.hasDocument(document.uri));
            for (const document of added) documents.addDocument(document);
            loadedCatalogs = added.map(document => document.uri);
            // A catalogue adds or replaces entries that any file may link to, and severities change every diagnostic.
            const all = documents.all.toArray();
            for (const document of all) shared.workspace.DocumentBuilder.resetToState(document, DocumentState.Parsed);
            await shared.workspace.DocumentBuilder.build(all, { validation: true }, token);
        });
    };

    void shared.workspace.WorkspaceManager.ready.then(async () =>
        apply({
            outputLanguage: (await configuration.getConfiguration('kts', 'outputLanguage')) as string | undefined,
            strictness: (await configuration.getConfiguration('kts', 'strictness')) as string | undefined,
            catalogPaths: (await configuration.getConfiguration('kts', 'catalogPaths')) as string[] | undefined
        })
    );
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'kts') void shared.workspace.WorkspaceManager.ready.then(() => apply(update.configuration as KtsSettings));
    });
}

/**
 * `kts.documents.edition`: which document the generate commands and the preview produce, the official submission
 * edition unless the working one is chosen. Read at each request, from the settings as the client last sent them.
 */
export async function documentEdition(services: KtsServices): Promise<Edition> {
    const documents = (await services.shared.workspace.ConfigurationProvider.getConfiguration('kts', 'documents')) as
        | { edition?: string }
        | undefined;
    return documents?.edition === 'working' ? 'working' : 'submission';
}

export function editorOverrides(settings: KtsSettings | undefined): EditorOverrides {
    const overrides: EditorOverrides = {};
    if (settings?.outputLanguage === 'vi' || settings?.outputLanguage === 'en') overrides.language = settings.outputLanguage;
    if (settings?.strictness === 'strict') overrides.strict = true;
    else if (settings?.strictness === 'normal') overrides.strict = false;
    return overrides;
}

/** JSON catalogues and `.kts` files under the given paths (resolved against `root`), as documents the server has not loaded itself. */
function catalogDocuments(services: KtsServices, root: string, paths: string[]): LangiumDocument[] {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    for (const full of paths.filter(full => !fs.existsSync(full))) {
        console.error(`KTS: kts.catalogPaths: không tìm thấy ${full} / ${full} does not exist`);
    }
    // The setting names catalogues as kts.config.json's `catalogs` does.
    const catalogs = workspaceCatalogs({ ...defaultConfig(), root, catalogs: paths.filter(full => fs.existsSync(full)) });
    for (const problem of catalogs.problems) console.error(`KTS: kts.catalogPaths: ${problem.message}`);
    const documents = catalogs.rendered.map(source => factory.fromString(source.text, source.uri));
    for (const file of catalogs.ktsFiles) {
        try {
            documents.push(factory.fromString(readKtsFile(file), URI.file(file)));
        } catch (error) {
            console.error(`KTS: kts.catalogPaths: ${(error as Error).message}`);
        }
    }
    return documents;
}
