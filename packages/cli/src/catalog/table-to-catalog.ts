import { foldVietnamese, type CatalogFile, type CatalogFileEntry, type CatalogStatus } from '@kts/language';
import type { Language, Localized, MessageArgs } from '@kts/language/model';
import { cliMessage, cliMessages, type CliMessageKey } from '../messages.js';
import type { RawTable, TableRow } from './read-table.js';

export type Column = 'code' | 'name' | 'parent' | 'description' | 'nameEn' | 'descriptionEn' | 'status' | 'source' | 'kind' | 'note';

/**
 * Header texts accepted for each column, folded (no diacritics, lower case, words separated by one
 * space): the official appendix tables and a body's own spreadsheets name them in Vietnamese.
 */
const HEADERS: Record<Column, string[]> = {
    code: ['code', 'ma', 'ma so', 'ma muc', 'ma code', 'ma danh muc', 'ma tham chieu', 'ma dinh danh'],
    name: ['name', 'ten', 'ten goi', 'ten muc', 'ten danh muc', 'ten tieng viet', 'name vi'],
    parent: ['parent', 'parent code', 'ma cha', 'ma muc cha', 'ma cap tren', 'ma nhom', 'cap tren', 'thuoc', 'thuoc ma'],
    description: ['description', 'mo ta', 'dien giai', 'noi dung', 'mo ta tieng viet'],
    nameEn: ['nameen', 'name en', 'english name', 'ten tieng anh', 'ten en'],
    descriptionEn: ['descriptionen', 'description en', 'english description', 'mo ta tieng anh'],
    status: ['status', 'trang thai', 'tinh trang'],
    source: ['source', 'nguon', 'nguon goc', 'can cu'],
    kind: ['kind', 'loai'],
    note: ['note', 'ghi chu']
};

const STATUS_WORDS: Record<string, CatalogStatus> = {
    official: 'official',
    'chinh thuc': 'official',
    draft: 'draft',
    'du thao': 'draft',
    illustrative: 'illustrative',
    'minh hoa': 'illustrative',
    local: 'local',
    'dia phuong': 'local',
    rieng: 'local',
    'rieng cua co quan': 'local'
};

/** Letters of KTS identifiers (grammar terminal ID): ASCII, Latin-1, Latin Extended-A/B, Vietnamese. */
const LETTER = 'A-Za-z_\\u00C0-\\u024F\\u1E00-\\u1EFF';
const ID_PART = `[${LETTER}][${LETTER}0-9]*(?:-[${LETTER}0-9]+)*`;
/** A code the grammar can read (`Code`): identifiers or digit groups joined by dots. */
const CODE_SYNTAX = new RegExp(`^(?:${ID_PART}|[0-9]+)(?:\\.(?:${ID_PART}|[0-9]+))*$`);

export interface ImportOptions {
    model: string;
    id: string;
    title: string;
    titleEn?: string;
    version: string;
    status: CatalogStatus;
    source: string;
    pattern?: RegExp;
    complete: boolean;
    leafOnly: boolean;
    modelTitle?: { vi: string; en?: string };
}

/** What is wrong with a row, in both languages: the command says it in the one it speaks. */
export interface RowError extends Localized {
    line: number;
}

function rowError(line: number, key: CliMessageKey, args?: MessageArgs | ((language: Language) => MessageArgs)): RowError {
    return { line, ...cliMessages(key, args) };
}

export interface ImportResult {
    catalog?: CatalogFile;
    errors: RowError[];
    /** Headers that name no known column; their cells are not imported. */
    ignoredHeaders: string[];
    /** The line of each code's row, to blame later problems on the row. */
    lineOf: Map<string, number>;
}

/** Turns a table into a catalogue, or into the list of everything wrong with it (then no catalogue). */
export function tableToCatalog(table: RawTable, options: ImportOptions): ImportResult {
    const errors: RowError[] = [];
    const { columns, ignoredHeaders, problems } = mapHeader(table);
    errors.push(...problems);
    if (columns.code === undefined || columns.name === undefined) {
        const missing = (['code', 'name'] as const).filter(column => columns[column] === undefined);
        const headers = table.header.map(text => `"${text}"`).join(', ');
        errors.push(
            rowError(table.headerLine, 'rowHeaderMissing', language => ({
                missing: missing.map(column => cliMessage(column === 'code' ? 'columnCode' : 'columnName', language)).join(', '),
                headers
            }))
        );
        return { errors, ignoredHeaders, lineOf: new Map() };
    }
    const cell = (row: TableRow, column: Column) => {
        const index = columns[column];
        return index === undefined ? '' : (row.values[index] ?? '').trim();
    };
    const entries: CatalogFileEntry[] = [];
    const lineOf = new Map<string, number>();
    for (const row of table.rows) {
        const code = cell(row, 'code');
        const name = cell(row, 'name');
        const error = (key: CliMessageKey, args?: MessageArgs) => errors.push(rowError(row.line, key, args));
        if (!code) {
            if (name) error('rowMissingCodeFor', { name });
            else error('rowMissingCode');
            continue;
        }
        if (!CODE_SYNTAX.test(code)) {
            error('rowCodeSyntax', { code });
            continue;
        }
        if (options.pattern && !options.pattern.test(code)) {
            error('rowCodePattern', { code, pattern: options.pattern.source, model: options.model });
        }
        const previous = lineOf.get(code);
        if (previous !== undefined) {
            error('rowDuplicate', { code, line: previous });
            continue;
        }
        lineOf.set(code, row.line);
        if (!name) error('rowMissingName', { code });
        const statusText = cell(row, 'status');
        const status = statusText ? STATUS_WORDS[foldHeader(statusText)] : options.status;
        if (!status) error('rowInvalidStatus', { status: statusText });
        const kind = cell(row, 'kind');
        if (kind && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(kind)) error('rowInvalidKind', { kind });
        entries.push(
            withoutEmpty({
                code,
                model: options.model,
                kind: kind || 'code',
                name,
                nameEn: cell(row, 'nameEn'),
                parent: cell(row, 'parent'),
                description: cell(row, 'description'),
                descriptionEn: cell(row, 'descriptionEn'),
                status: status ?? options.status,
                source: cell(row, 'source'),
                note: cell(row, 'note')
            })
        );
    }
    errors.push(...parentErrors(entries, lineOf));
    if (entries.length === 0 && errors.length === 0) {
        errors.push(rowError(table.headerLine, 'rowNoData'));
    }
    if (errors.length > 0) return { errors: errors.sort((a, b) => a.line - b.line), ignoredHeaders, lineOf };
    const catalog: CatalogFile = {
        id: options.id,
        title: options.titleEn ? { vi: options.title, en: options.titleEn } : { vi: options.title },
        version: options.version,
        status: options.status,
        source: options.source,
        models: [
            {
                model: options.model,
                ...(options.modelTitle ? { name: options.modelTitle } : {}),
                ...(options.pattern ? { pattern: options.pattern.source } : {}),
                complete: options.complete,
                ...(options.leafOnly ? { leafOnly: true } : {})
            }
        ],
        entries
    };
    return { catalog, errors: [], ignoredHeaders, lineOf };
}

function mapHeader(table: RawTable): { columns: Partial<Record<Column, number>>; ignoredHeaders: string[]; problems: RowError[] } {
    const columns: Partial<Record<Column, number>> = {};
    const ignoredHeaders: string[] = [];
    const problems: RowError[] = [];
    table.header.forEach((text, index) => {
        if (text === '') return;
        const folded = foldHeader(text);
        const column = (Object.keys(HEADERS) as Column[]).find(candidate => HEADERS[candidate].includes(folded));
        if (!column) {
            ignoredHeaders.push(text);
            return;
        }
        const previous = columns[column];
        if (previous !== undefined) {
            problems.push(rowError(table.headerLine, 'rowSameColumn', { column, first: table.header[previous], second: text }));
            return;
        }
        columns[column] = index;
    });
    return { columns, ignoredHeaders, problems };
}

/** "Mã cha (*)" → "ma cha": headers compared without diacritics, case, punctuation or extra spaces. */
export function foldHeader(text: string): string {
    return foldVietnamese(text)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}

function parentErrors(entries: CatalogFileEntry[], lineOf: Map<string, number>): RowError[] {
    const errors: RowError[] = [];
    const parentOf = new Map(entries.map(entry => [entry.code, entry.parent]));
    for (const entry of entries) {
        const line = lineOf.get(entry.code)!;
        if (!entry.parent) continue;
        if (entry.parent === entry.code) {
            errors.push(rowError(line, 'rowOwnParent', { code: entry.code }));
        } else if (!parentOf.has(entry.parent)) {
            errors.push(rowError(line, 'rowParentMissing', { code: entry.code, parent: entry.parent }));
        } else {
            const seen = new Set([entry.code]);
            for (let current: string | undefined = entry.parent; current; current = parentOf.get(current)) {
                if (seen.has(current)) {
                    errors.push(rowError(line, 'rowParentCycle', { code: entry.code, cycle: [...seen, current].join(' → ') }));
                    break;
                }
                seen.add(current);
            }
        }
    }
    return errors;
}

function withoutEmpty(entry: CatalogFileEntry): CatalogFileEntry {
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== '')) as unknown as CatalogFileEntry;
}
