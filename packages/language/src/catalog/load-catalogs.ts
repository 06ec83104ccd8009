import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { KtsFile } from '../generated/ast.js';
import { createKtsServices, type KtsServices } from '../kts-module.js';
import { defaultConfig, findConfigFile, parseConfig, type KtsConfig } from '../config/kts-config.js';
import { collectKtsFiles, readKtsFile, WorkspaceInputError } from '../workspace/load-workspace.js';
import { configuredKtsFiles, jsonCatalogFiles } from '../workspace/kts-workspace-manager.js';
import { BUILTIN_SCHEME, catalogSourceFile, jsonCatalogUri, loadBuiltinCatalogs, loadJsonCatalog } from './catalog-loader.js';
import { describeCatalogEntry } from './catalog-entry-info.js';
import type { CatalogEntryInfo, CatalogModelInfo } from '../model/catalogue-entry.js';

export interface CatalogInput {
    /** Files or folders of the workspace; `.kts` files that declare a `catalog` are read. */
    paths: string[];
    /** A `kts.config.json`; by default the one in (or above) the first path. */
    configFile?: string;
}

export interface LoadedCatalogs {
    services: KtsServices;
    config: KtsConfig;
    /** Every entry in effect: a workspace entry replaces a built-in one with the same model and code. */
    entries: CatalogEntryInfo[];
    models: Map<string, CatalogModelInfo>;
    /** Syntax errors in catalogue files, as `file:line: message`; their other entries still load. */
    problems: string[];
}

/** A file declares a catalogue when a line starts with `catalog`; framework files need not be parsed. */
const DECLARES_CATALOG = /(^|\n)\s*catalog\s/;

/**
 * Loads the built-in catalogues and the workspace's own (`.kts` catalogue files among the paths, the
 * JSON and `.kts` catalogues that `kts.config.json` lists) without reading or validating frameworks.
 */
export async function loadCatalogs(input: CatalogInput): Promise<LoadedCatalogs> {
    const config = readConfig(input);
    const { Kts } = createKtsServices(NodeFileSystem);
    Kts.config.ConfigProvider.set(config);
    const factory = Kts.shared.workspace.LangiumDocumentFactory;
    const documents: LangiumDocument[] = loadBuiltinCatalogs().map(builtin => factory.fromString(builtin.text, URI.parse(builtin.uri)));
    const ktsFiles = collectKtsFiles(input.paths);
    if (config.root) {
        for (const file of jsonCatalogFiles(config.root, config.catalogs)) {
            try {
                documents.push(factory.fromString(loadJsonCatalog(file).text, jsonCatalogUri(file)));
            } catch (error) {
                throw new WorkspaceInputError((error as Error).message);
            }
        }
        ktsFiles.push(...configuredKtsFiles(config.root, config.catalogs));
    }
    for (const file of new Set(ktsFiles)) {
        const text = readKtsFile(file);
        if (DECLARES_CATALOG.test(text)) documents.push(factory.fromString(text, URI.file(file)));
    }
    for (const document of documents) Kts.shared.workspace.LangiumDocuments.addDocument(document);
    await Kts.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return {
        services: Kts,
        config,
        entries: effectiveEntries(documents),
        models: Kts.catalog.CatalogIndex.models(),
        problems: documents.flatMap(syntaxProblems)
    };
}

function readConfig(input: CatalogInput): KtsConfig {
    let file = input.configFile;
    if (!file) {
        const first = input.paths[0] ?? '.';
        file = findConfigFile(fs.existsSync(first) && fs.statSync(first).isDirectory() ? first : path.dirname(first));
    }
    if (!file) return defaultConfig();
    try {
        return parseConfig(fs.readFileSync(file, 'utf8'), file);
    } catch (error) {
        throw new WorkspaceInputError((error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file}: không tìm thấy tệp / no such file` : (error as Error).message);
    }
}

function effectiveEntries(documents: LangiumDocument[]): CatalogEntryInfo[] {
    const byKey = new Map<string, CatalogEntryInfo>();
    const ordered = [...documents].sort((a, b) => Number(a.uri.scheme !== BUILTIN_SCHEME) - Number(b.uri.scheme !== BUILTIN_SCHEME));
    for (const document of ordered) {
        for (const catalog of (document.parseResult.value as KtsFile).catalogs ?? []) {
            for (const entry of catalog.entries) {
                if (!entry.name) continue;
                const info = describeCatalogEntry(entry);
                // An overriding entry takes the place of the one it replaces.
                byKey.set(`${info.model}:${info.code}`, info);
            }
        }
    }
    return [...byKey.values()];
}

function syntaxProblems(document: LangiumDocument): string[] {
    const file = catalogSourceFile(document.uri) ?? document.uri.toString();
    const { lexerErrors, parserErrors } = document.parseResult;
    return [
        ...lexerErrors.map(error => `${file}:${error.line ?? 0}: ${error.message}`),
        ...parserErrors.map(error => `${file}:${Number.isNaN(error.token.startLine) ? '?' : error.token.startLine}: ${error.message}`)
    ];
}
