import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefaultWorkspaceManager, URI, UriUtils, type LangiumDocument, type LangiumDocumentFactory, type Stream, type WorkspaceFolder } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import { jsonCatalogUri, loadBuiltinCatalogs, loadJsonCatalog } from '../catalog/catalog-loader.js';
import { findConfigFile, parseConfig } from '../config/kts-config.js';
import { collectKtsFiles, readKtsFile } from './load-workspace.js';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';

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
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`KTS: bỏ qua ${uri.fsPath}, không đọc được tệp / skipped ${uri.fsPath}, cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
            }
        }));
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        for (const builtin of loadBuiltinCatalogs()) {
            collector(this.documentFactory.fromString(builtin.text, URI.parse(builtin.uri)));
        }
        for (const folder of folders) {
            const root = URI.parse(folder.uri).fsPath;
            const configFile = findConfigFile(root);
            if (!configFile || !configFile.startsWith(root)) continue;
            try {
                const config = parseConfig(fs.readFileSync(configFile, 'utf8'), configFile);
                this.configProvider?.set(config);
                for (const file of jsonCatalogFiles(config.root ?? root, config.catalogs)) {
                    const { text } = loadJsonCatalog(file);
                    collector(this.documentFactory.fromString(text, jsonCatalogUri(file)));
                }
                // `.kts` catalogues inside the folder are read with it; those it names elsewhere (`../catalogs`) are read here.
                for (const file of configuredKtsFiles(config.root ?? root, config.catalogs)) {
                    if (!file.startsWith(root + path.sep)) collector(this.documentFactory.fromString(readKtsFile(file), URI.file(file)));
                }
            } catch (error) {
                console.error(`KTS: ${(error as Error).message}`);
            }
        }
    }
}

/** `.kts` catalogue files among the configured paths (files, or folders searched for `.kts` files). */
export function configuredKtsFiles(root: string, entries: string[]): string[] {
    return entries
        .map(entry => path.resolve(root, entry))
        .filter(full => fs.existsSync(full) && (fs.statSync(full).isDirectory() || full.endsWith('.kts')))
        .flatMap(full => collectKtsFiles([full]));
}

/** JSON catalogue files among the configured paths; `.kts` catalogues are ordinary workspace files. */
export function jsonCatalogFiles(root: string, entries: string[]): string[] {
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.resolve(root, entry);
        if (!fs.existsSync(full)) continue;
        if (fs.statSync(full).isDirectory()) {
            for (const name of fs.readdirSync(full).sort()) {
                if (name.endsWith('.json')) files.push(path.join(full, name));
            }
        } else if (full.endsWith('.json')) {
            files.push(full);
        }
    }
    return files;
}
