import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefaultWorkspaceManager, URI, type LangiumDocument, type LangiumDocumentFactory, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { jsonCatalogUri, loadBuiltinCatalogs, loadJsonCatalog } from '../catalog/catalog-loader.js';
import { findConfigFile, parseConfig } from '../config/kts-config.js';
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
            } catch (error) {
                console.error(`KTS: ${(error as Error).message}`);
            }
        }
    }
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
