import * as path from 'node:path';
import {
    DefaultWorkspaceManager,
    URI,
    UriUtils,
    type LangiumDocument,
    type LangiumDocumentFactory,
    type Stream,
    type WorkspaceFolder
} from 'langium';
import type { InitializeParams } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';
import { builtinCatalogSources, findWorkspaceConfig, readKtsFile, readWorkspaceConfig, workspaceCatalogs } from './workspace-sources.js';
import { inputFault } from '../model/vocabulary.js';
import { errorCode } from '../util/error-code.js';

/**
 * Adds the built-in catalogues (read-only `kts-builtin:` documents) and the catalogue files named in
 * `kts.config.json` to the workspace the editor opens.
 */
export class KtsWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;
    private configProvider?: KtsConfigProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    /** Set by the language module once it exists (the shared module is created first). */
    useConfigProvider(provider: KtsConfigProvider): void {
        this.configProvider = provider;
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        // Clients without workspace-folder support (and single-root modes of some editors) send only rootUri;
        // without a folder the workspace's other files and its kts.config.json would be missed.
        if (!this.folders?.length && params.rootUri) {
            this.folders = [{ uri: params.rootUri, name: UriUtils.basename(URI.parse(params.rootUri)) }];
        }
    }

    /** One unreadable file must not stop the workspace from loading: until it loads, no request is answered. */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(
            uris.map(async uri => {
                try {
                    collector(await this.langiumDocuments.getOrCreateDocument(uri));
                } catch (error) {
                    const skipped = inputFault('skippedUnreadable', { file: uri.fsPath, code: errorCode(error) });
                    console.error(`KTS: ${skipped.vi} / ${skipped.en}`);
                }
            })
        );
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        for (const source of builtinCatalogSources()) collector(this.documentFactory.fromString(source.text, source.uri));
        for (const folder of folders) {
            const root = URI.parse(folder.uri).fsPath;
            const configFile = findWorkspaceConfig(root, root);
            if (!configFile) continue;
            try {
                const config = readWorkspaceConfig(configFile);
                this.configProvider?.set(config);
                const catalogs = workspaceCatalogs(config);
                for (const problem of catalogs.problems) console.error(`KTS: ${problem.message}`);
                for (const source of catalogs.rendered) collector(this.documentFactory.fromString(source.text, source.uri));
                // `.kts` catalogues inside the folder are read with it; those it names elsewhere (`../catalogs`) are read here.
                for (const file of catalogs.ktsFiles) {
                    if (!file.startsWith(root + path.sep)) collector(this.documentFactory.fromString(readKtsFile(file), URI.file(file)));
                }
            } catch (error) {
                console.error(`KTS: ${(error as Error).message}`);
            }
        }
    }
}
