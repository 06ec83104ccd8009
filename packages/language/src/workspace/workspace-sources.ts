import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { CatalogFileError, jsonCatalogUri, loadBuiltinCatalogs, loadJsonCatalog } from '../catalog/catalog-loader.js';
import type { CatalogFile } from '../catalog/catalog-types.js';
import { CONFIG_FILE_NAME, ConfigError, defaultConfig, parseConfig, type KtsConfig } from '../config/kts-config.js';
import type { Language, Localized } from '../model/language.js';
import { inputFault } from '../model/vocabulary.js';
import { isKotlinScriptName } from '../text/kotlin-script.js';
import { errorCode } from '../util/error-code.js';

/**
 * What every way of opening a workspace reads from disk — the `kts` commands, the language server, the
 * extension's server and the tests: the `kts.config.json` that governs it, the built-in catalogues, the JSON and
 * `.kts` catalogues the config names, and the `.kts` files of the folders given. A problem with any of them is a
 * `WorkspaceInputError`; the commands stop on it (exit code 2), the language server logs it and goes on.
 */

/** A file that cannot be read as workspace input: names the file, the line where known, and what to do. */
export class WorkspaceInputError extends Error {
    constructor(
        readonly file: string,
        readonly detail: Localized,
        readonly line?: number
    ) {
        super(`${file}${line === undefined ? '' : `:${line}`}: ${detail.vi} / ${detail.en}`);
    }

    /** The problem said in one language, as a command prints it. */
    text(language: Language): string {
        return `${this.file}${this.line === undefined ? '' : `:${this.line}`}: ${this.detail[language]}`;
    }
}

/** A catalogue rendered as a read-only KTS document: a built-in one, or a workspace's JSON catalogue. */
export interface CatalogSource {
    uri: URI;
    text: string;
    /** The JSON catalogue the text is rendered from. */
    catalog: CatalogFile;
}

/** The catalogues a `kts.config.json` adds to its workspace. */
export interface WorkspaceCatalogs {
    /** JSON catalogues, rendered as KTS. */
    rendered: CatalogSource[];
    /** `.kts` catalogue files, outside the input paths or not. */
    ktsFiles: string[];
    /** Catalogue files or folders that could not be read; the others are still there. */
    problems: WorkspaceInputError[];
}

/**
 * The `kts.config.json` that governs `start` (a file or folder): in its folder or the nearest one above it.
 * With `within`, a config above that folder does not count: an editor's workspace folder stands on its own.
 */
export function findWorkspaceConfig(start: string, within?: string): string | undefined {
    let dir = path.resolve(isFolder(start) ? start : path.dirname(start));
    const top = within === undefined ? undefined : path.resolve(within);
    for (;;) {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if (fs.existsSync(candidate)) return candidate;
        const parent = path.dirname(dir);
        if (parent === dir || dir === top) return undefined;
        dir = parent;
    }
}

/** The config that governs `start`: the one `file` names, else the nearest one found from `start`; the defaults without one. */
export function loadConfig(start: string, file = findWorkspaceConfig(start)): KtsConfig {
    return file ? readWorkspaceConfig(file) : defaultConfig();
}

/** Reads and checks a `kts.config.json`. */
export function readWorkspaceConfig(file: string): KtsConfig {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        throw new WorkspaceInputError(
            file,
            (error as NodeJS.ErrnoException).code === 'ENOENT'
                ? inputFault('noSuchFile')
                : inputFault('cannotReadFile', { code: errorCode(error) })
        );
    }
    try {
        return parseConfig(text, file);
    } catch (error) {
        if (error instanceof ConfigError) throw new WorkspaceInputError(error.file, error.detail);
        throw error;
    }
}

/** The built-in catalogues, as every workspace has them. */
export function builtinCatalogSources(): CatalogSource[] {
    return loadBuiltinCatalogs().map(builtin => ({
        uri: URI.parse(builtin.uri),
        get text() {
            return builtin.text;
        },
        catalog: builtin.catalog
    }));
}

/** The catalogues that the config's `catalogs` paths (files, or folders searched) name, relative to its folder. */
export function workspaceCatalogs(config: KtsConfig): WorkspaceCatalogs {
    const catalogs: WorkspaceCatalogs = { rendered: [], ktsFiles: [], problems: [] };
    if (!config.root) return catalogs;
    for (const file of jsonCatalogFiles(config.root, config.catalogs)) {
        try {
            catalogs.rendered.push({ uri: jsonCatalogUri(file), ...loadJsonCatalog(file) });
        } catch (error) {
            catalogs.problems.push(asInputError(file, error));
        }
    }
    for (const entry of config.catalogs) {
        const full = path.resolve(config.root, entry);
        if (!fs.existsSync(full) || !(fs.statSync(full).isDirectory() || full.endsWith('.kts'))) continue;
        try {
            catalogs.ktsFiles.push(...collectKtsFiles([full]));
        } catch (error) {
            catalogs.problems.push(asInputError(full, error));
        }
    }
    return catalogs;
}

/** JSON catalogue files among the configured paths; `.kts` catalogues are ordinary workspace files. */
function jsonCatalogFiles(root: string, entries: string[]): string[] {
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

function asInputError(file: string, error: unknown): WorkspaceInputError {
    if (error instanceof WorkspaceInputError) return error;
    if (error instanceof CatalogFileError) return new WorkspaceInputError(error.file, error.detail);
    return new WorkspaceInputError(file, inputFault('cannotReadFile', { code: errorCode(error) }));
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', '.git']);

/** The `.kts` files among the paths, folders searched; a path named explicitly must be a readable `.kts` file. */
export function collectKtsFiles(paths: string[]): string[] {
    const files: string[] = [];
    const visitedFolders = new Set<string>();
    const visit = (target: string, explicit: boolean) => {
        let stat: fs.Stats;
        try {
            stat = fs.statSync(target);
        } catch {
            throw new WorkspaceInputError(target, inputFault('noSuchPath'));
        }
        if (stat.isDirectory()) {
            // A symbolic link back to a parent folder would otherwise be followed forever.
            const real = fs.realpathSync(target);
            if (visitedFolders.has(real)) return;
            visitedFolders.add(real);
            let names: string[];
            try {
                names = fs.readdirSync(target).sort();
            } catch (error) {
                throw new WorkspaceInputError(target, inputFault('cannotReadFolder', { code: errorCode(error) }));
            }
            for (const name of names) {
                if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
                const child = path.join(target, name);
                if (name.endsWith('.kts') || isFolder(child)) visit(child, false);
            }
        } else if (!stat.isFile()) {
            // Reading a FIFO without a writer would block forever.
            if (explicit || !isKotlinScriptName(target)) {
                throw new WorkspaceInputError(target, inputFault('notRegularFile'));
            }
        } else if (explicit || (target.endsWith('.kts') && !isKotlinScriptName(target))) {
            if (explicit && !target.endsWith('.kts')) {
                throw new WorkspaceInputError(target, inputFault('notKtsFile'));
            }
            files.push(path.resolve(target));
        }
    };
    for (const target of paths) visit(target, true);
    return [...new Set(files)];
}

/** Other entries of a folder (a dangling link, a file we may not stat) are not ours to report. */
function isFolder(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A `.kts` file's text, without a byte-order mark; a file that is not UTF-8 is refused with the line of the first bad byte. */
export function readKtsFile(file: string): string {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw new WorkspaceInputError(file, inputFault('cannotReadFile', { code: errorCode(error) }));
    }
    try {
        return UTF8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        const offset = firstInvalidUtf8(bytes);
        const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
        throw new WorkspaceInputError(file, inputFault('notUtf8', { offset }), line);
    }
}

function firstInvalidUtf8(bytes: Buffer): number {
    for (let end = 1; end <= bytes.length; end++) {
        try {
            UTF8.decode(bytes.subarray(0, end));
        } catch {
            // A multi-byte sequence may just be cut; only a byte that can never start or continue one is the culprit.
            try {
                UTF8.decode(bytes.subarray(0, Math.min(bytes.length, end + 3)));
            } catch {
                return end - 1;
            }
        }
    }
    return bytes.length;
}
