import { foldVietnamese, type CatalogFile, type CatalogFileEntry, type CatalogStatus } from '@kts/language';
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

export interface RowError {
    line: number;
    vi: string;
    en: string;
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
        const missing = [columns.code === undefined ? '"Mã" / "code"' : '', columns.name === undefined ? '"Tên" / "name"' : '']
            .filter(Boolean)
            .join(', ');
        errors.push({
            line: table.headerLine,
            vi: `dòng tiêu đề thiếu cột ${missing}; tiêu đề đọc được: ${table.header.map(text => `"${text}"`).join(', ')}`,
            en: `the header row lacks column ${missing}; headers found: ${table.header.map(text => `"${text}"`).join(', ')}`
        });
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
        const error = (vi: string, en: string) => errors.push({ line: row.line, vi, en });
        if (!code) {
            error(`thiếu mã (cột "Mã")${name ? ` cho "${name}"` : ''}`, `missing code ("code" column)${name ? ` for "${name}"` : ''}`);
            continue;
        }
        if (!CODE_SYNTAX.test(code)) {
            error(
                `mã "${code}" không viết được trong KTS: mã gồm các nhóm chữ/số nối bằng dấu chấm, không có khoảng trắng (ví dụ BRM01.02)`,
                `code "${code}" cannot be written in KTS: a code is groups of letters or digits joined by dots, without spaces (e.g. BRM01.02)`
            );
            continue;
        }
        if (options.pattern && !options.pattern.test(code)) {
            error(
                `mã "${code}" không khớp mẫu mã ${options.pattern.source} của mô hình ${options.model}`,
                `code "${code}" does not match the ${options.model} pattern ${options.pattern.source}`
            );
        }
        const previous = lineOf.get(code);
        if (previous !== undefined) {
            error(`mã "${code}" bị trùng với dòng ${previous}`, `code "${code}" duplicates line ${previous}`);
            continue;
        }
        lineOf.set(code, row.line);
        if (!name) error(`mã "${code}" thiếu tên (cột "Tên")`, `code "${code}" has no name ("name" column)`);
        const statusText = cell(row, 'status');
        const status = statusText ? STATUS_WORDS[foldHeader(statusText)] : options.status;
        if (!status) {
            error(
                `trạng thái "${statusText}" không hợp lệ; dùng chính thức/dự thảo/minh họa/riêng (official/draft/illustrative/local)`,
                `invalid status "${statusText}"; use official/draft/illustrative/local`
            );
        }
        const kind = cell(row, 'kind');
        if (kind && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(kind)) {
            error(
                `loại "${kind}" không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch nối (ví dụ business-area)`,
                `invalid kind "${kind}": lower-case ASCII letters, digits and hyphens only (e.g. business-area)`
            );
        }
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
        errors.push({
            line: table.headerLine,
            vi: 'bảng không có dòng dữ liệu nào dưới tiêu đề',
            en: 'the table has no data row below the header'
        });
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
            problems.push({
                line: table.headerLine,
                vi: `hai cột cùng nghĩa "${column}": "${table.header[previous]}" và "${text}"; giữ một cột`,
                en: `two columns mean "${column}": "${table.header[previous]}" and "${text}"; keep one`
            });
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
            errors.push({ line, vi: `mã "${entry.code}" là mã cha của chính nó`, en: `code "${entry.code}" is its own parent` });
        } else if (!parentOf.has(entry.parent)) {
            errors.push({
                line,
                vi: `mã cha "${entry.parent}" của "${entry.code}" không có trong bảng`,
                en: `parent code "${entry.parent}" of "${entry.code}" is not in the table`
            });
        } else {
            const seen = new Set([entry.code]);
            for (let current: string | undefined = entry.parent; current; current = parentOf.get(current)) {
                if (seen.has(current)) {
                    errors.push({
                        line,
                        vi: `mã cha của "${entry.code}" tạo thành vòng lặp (${[...seen, current].join(' → ')})`,
                        en: `the parents of "${entry.code}" form a cycle (${[...seen, current].join(' → ')})`
                    });
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
