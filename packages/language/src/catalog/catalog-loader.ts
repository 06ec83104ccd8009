import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { CatalogFile } from './catalog-types.js';
import type { CatalogStatus, LegalForce } from '../model/architecture-model.js';
import type { Localized } from '../model/language.js';
import { inputFault } from '../model/vocabulary.js';
import { catalogToKts } from './catalog-to-kts.js';
import { profileCatalogs } from './profile-catalogs.js';

/** URI scheme of the read-only documents that hold the built-in catalogues. */
export const BUILTIN_SCHEME = 'kts-builtin';

/**
 * URI scheme of the read-only KTS documents rendered from a workspace's JSON catalogues. The JSON file
 * itself cannot be the document: positions in the rendered text are not positions in the JSON, and a
 * `.json` URI belongs to no language. `kts-catalog:///<path of the JSON file>.kts` keeps the way back.
 */
export const JSON_CATALOG_SCHEME = 'kts-catalog';

export function jsonCatalogUri(file: string): URI {
    return URI.from({ scheme: JSON_CATALOG_SCHEME, path: `${URI.file(path.resolve(file)).path}.kts` });
}

/** The file a catalogue document comes from: the JSON file for a rendered JSON catalogue. */
export function catalogSourceFile(uri: URI): string | undefined {
    if (uri.scheme === 'file') return uri.fsPath;
    if (uri.scheme === JSON_CATALOG_SCHEME) return URI.file(uri.path.replace(/\.kts$/, '')).fsPath;
    return undefined;
}

export class CatalogFileError extends Error {
    constructor(
        readonly file: string,
        readonly detail: Localized
    ) {
        super(`${file}: ${detail.vi} / ${detail.en}`);
    }
}

const STATUSES: readonly CatalogStatus[] = ['official', 'draft', 'illustrative', 'local'];
const LEGAL_FORCES: readonly LegalForce[] = ['in-force', 'partly-replaced', 'replaced'];

/** Checks a parsed JSON value against the catalogue format and names the first problem found. */
export function parseCatalogFile(text: string, file: string): CatalogFile {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        throw new CatalogFileError(file, inputFault('invalidJson', { detail: (error as Error).message }));
    }
    const catalog = value as Partial<CatalogFile>;
    for (const key of ['id', 'version', 'status', 'source'] as const) {
        if (typeof catalog[key] !== 'string') {
            throw new CatalogFileError(file, inputFault('catalogStringField', { key }));
        }
    }
    if (!catalog.title || typeof catalog.title.vi !== 'string') {
        throw new CatalogFileError(file, inputFault('catalogTitle'));
    }
    if (!STATUSES.includes(catalog.status as CatalogStatus)) {
        throw new CatalogFileError(file, inputFault('catalogStatus', { statuses: STATUSES.join(', ') }));
    }
    if (!Array.isArray(catalog.entries)) {
        throw new CatalogFileError(file, inputFault('catalogEntries'));
    }
    const seen = new Set<string>();
    catalog.entries.forEach((entry, index) => {
        const where = `entries[${index}]`;
        for (const key of ['code', 'model', 'kind', 'name', 'status'] as const) {
            if (typeof entry[key] !== 'string' || entry[key] === '') {
                throw new CatalogFileError(file, inputFault('entryField', { where, key }));
            }
        }
        if (entry.force !== undefined && !LEGAL_FORCES.includes(entry.force)) {
            throw new CatalogFileError(file, inputFault('entryForce', { where, forces: LEGAL_FORCES.join(', ') }));
        }
        for (const key of ['date', 'replacedFrom'] as const) {
            if (entry[key] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(entry[key])) {
                throw new CatalogFileError(file, inputFault('entryDate', { where, key }));
            }
        }
        if (seen.has(entry.code)) {
            throw new CatalogFileError(file, inputFault('entryDuplicateCode', { where, code: entry.code }));
        }
        seen.add(entry.code);
    });
    return catalog as CatalogFile;
}

export interface BuiltinCatalogDocument {
    uri: string;
    text: string;
    catalog: CatalogFile;
}

/** The folder of the built-in catalogue data; bundlers that move the code set KTS_DATA_DIR. */
export function builtinDataDir(): string {
    if (process.env.KTS_DATA_DIR) return process.env.KTS_DATA_DIR;
    return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
}

let builtinCache: BuiltinCatalogDocument[] | undefined;

/**
 * A built-in catalogue whose KTS text is rendered when first asked for: one-shot commands build its tree from the
 * JSON and never read the text (see catalogAst); the language server parses it.
 */
function builtinCatalogDocument(catalog: CatalogFile): BuiltinCatalogDocument {
    let text: string | undefined;
    return {
        uri: `${BUILTIN_SCHEME}:///${catalog.id}.kts`,
        get text() {
            text ??= catalogToKts(catalog);
            return text;
        },
        catalog
    };
}

/** Loads every built-in catalogue once per process; each renders its KTS text on first use. */
export function loadBuiltinCatalogs(): BuiltinCatalogDocument[] {
    if (!builtinCache) {
        const dir = path.join(builtinDataDir(), 'catalogs');
        const files = fs
            .readdirSync(dir)
            .filter(name => name.endsWith('.json'))
            .sort();
        const catalogs = [
            ...files.map(name => parseCatalogFile(fs.readFileSync(path.join(dir, name), 'utf8'), path.join(dir, name))),
            ...profileCatalogs()
        ];
        builtinCache = catalogs.map(catalog => builtinCatalogDocument(catalog));
    }
    return builtinCache;
}

/** Reads a user catalogue in JSON form and renders it as KTS text. */
export function loadJsonCatalog(file: string): { text: string; catalog: CatalogFile } {
    const catalog = parseCatalogFile(fs.readFileSync(file, 'utf8'), file);
    return { text: catalogToKts(catalog), catalog };
}
