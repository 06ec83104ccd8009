import type { LangiumDocument } from 'langium';
import type { KtsFile } from '../generated/ast.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import type { KtsConfig } from '../config/kts-config.js';
import { openWorkspace, type WorkspaceInput } from '../workspace/load-workspace.js';
import { BUILTIN_SCHEME, catalogSourceFile } from './catalog-loader.js';
import type { CatalogEntryInfo, CatalogModelInfo } from '../model/catalogue-entry.js';
import { describeCatalogEntry } from './catalog-entry-info.js';

/** Files or folders of the workspace, of which the `.kts` files that declare a `catalog` are read, and its config. */
export type CatalogInput = Pick<WorkspaceInput, 'paths' | 'configFile'>;

export interface LoadedCatalogs {
    services: KtsCoreServices;
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
    const { services, config, all } = openWorkspace(input, text => DECLARES_CATALOG.test(text));
    await services.shared.workspace.DocumentBuilder.build(all, { validation: false });
    return {
        services,
        config,
        entries: effectiveEntries(all),
        models: services.catalog.CatalogIndex.models(),
        problems: all.flatMap(syntaxProblems)
    };
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
