import * as path from 'node:path';
import { catalogToKts, foldVietnamese, ktsSyntaxProblems, parseCatalogFile, type CatalogFile, type CatalogStatus } from '@kts/language';
import { UsageError } from '../cli-io.js';
import { readTable } from './read-table.js';
import { tableToCatalog, type RowError } from './table-to-catalog.js';

export interface ImportCommandOptions {
    model?: string;
    output?: string;
    id?: string;
    title?: string;
    titleEn?: string;
    edition?: string;
    status?: string;
    source?: string;
    pattern?: string;
    complete?: boolean;
    leafOnly?: boolean;
    sheet?: string;
}

export interface ImportOutcome {
    /** The file content to write (or print), present only when the table had no error. */
    text?: string;
    format: 'kts' | 'json';
    catalog?: CatalogFile;
    errors: RowError[];
    ignoredHeaders: string[];
    file: string;
    /** The worksheet read (XLSX), whose rows the errors' lines number. */
    sheet?: string;
}

const STATUSES: readonly CatalogStatus[] = ['official', 'draft', 'illustrative', 'local'];

/** Names of the five reference models (Chương 2, II), used when the imported table does not name its model. */
const MODEL_TITLES: Record<string, { vi: string; en: string }> = {
    BRM: { vi: 'Mô hình tham chiếu nghiệp vụ', en: 'Business Reference Model' },
    DRM: { vi: 'Mô hình tham chiếu dữ liệu', en: 'Data Reference Model' },
    ARM: { vi: 'Mô hình tham chiếu ứng dụng', en: 'Application Reference Model' },
    TRM: { vi: 'Mô hình tham chiếu công nghệ', en: 'Technology Reference Model' },
    SRM: { vi: 'Mô hình tham chiếu an toàn thông tin mạng, an ninh mạng', en: 'Security Reference Model' }
};

/**
 * Reads a CSV/XLSX table and produces the catalogue text in the output's format. Nothing is written
 * here: the caller writes only an outcome without errors, whole (see writeFileAtomic in @kts/language).
 */
export async function importCatalog(file: string, options: ImportCommandOptions): Promise<ImportOutcome> {
    const model = options.model;
    if (!model) throw new UsageError('thiếu --model (ví dụ --model BRM) / missing --model (e.g. --model BRM)');
    if (!/^[A-Z][A-Z0-9_]*$/.test(model))
        throw new UsageError(`--model "${model}": dùng chữ in hoa, số và _ (ví dụ BRM) / use upper-case letters, digits and _ (e.g. BRM)`);
    const format = outputFormat(options.output);
    const status = (options.status ?? 'local') as CatalogStatus;
    if (!STATUSES.includes(status))
        throw new UsageError(`--status phải là một trong ${STATUSES.join(', ')} / --status must be one of ${STATUSES.join(', ')}`);
    const pattern = options.pattern === undefined ? undefined : compilePattern(options.pattern);
    const id = options.id ?? catalogId(options.output ?? file);
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))
        throw new UsageError(
            `--id "${id}": dùng chữ thường không dấu, số và dấu gạch nối / use lower-case ASCII letters, digits and hyphens`
        );
    const table = await readTable(file, options.sheet);
    const base = path.basename(file);
    const result = tableToCatalog(table, {
        model,
        id,
        title: options.title ?? `Danh mục ${model} nhập từ ${base}`,
        titleEn: options.titleEn ?? (options.title ? undefined : `${model} catalogue imported from ${base}`),
        version: options.edition ?? '1',
        status,
        source: options.source ?? `Nhập từ tệp ${base} bằng lệnh kts catalog import`,
        pattern,
        complete: options.complete ?? false,
        leafOnly: options.leafOnly ?? false,
        modelTitle: MODEL_TITLES[model]
    });
    const outcome: ImportOutcome = { format, errors: result.errors, ignoredHeaders: result.ignoredHeaders, file, sheet: table.sheet };
    if (!result.catalog) return outcome;
    const ktsText = catalogToKts(result.catalog);
    const unreadable = readBackErrors(ktsText, result.catalog, result.lineOf);
    if (unreadable.length > 0) return { ...outcome, errors: unreadable };
    const text = format === 'kts' ? ktsText : JSON.stringify(result.catalog, null, 2) + '\n';
    // The JSON goes through the same loader the workspace uses, so what is written is what loads.
    if (format === 'json') parseCatalogFile(text, options.output ?? file);
    return { ...outcome, text, catalog: result.catalog };
}

function outputFormat(output: string | undefined): 'kts' | 'json' {
    if (output === undefined || output.toLowerCase().endsWith('.kts')) return 'kts';
    if (output.toLowerCase().endsWith('.json')) return 'json';
    throw new UsageError(`-o ${output}: tệp kết quả phải có đuôi .kts hoặc .json / the output must end in .kts or .json`);
}

function compilePattern(source: string): RegExp {
    try {
        return new RegExp(source);
    } catch (error) {
        throw new UsageError(
            `--pattern "${source}" không phải biểu thức chính quy hợp lệ / is not a valid regular expression (${(error as Error).message})`
        );
    }
}

/** `Phụ lục I BRM.csv` → `phu-luc-i-brm`. */
function catalogId(file: string): string {
    const slug = foldVietnamese(path.basename(file).replace(/\.[^.]+$/, ''))
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return /^[a-z]/.test(slug) ? slug : `danh-muc-${slug || 'nhap'}`;
}

/** Parses the rendered text with the KTS parser and blames each problem on the row of the entry it is in. */
function readBackErrors(text: string, catalog: CatalogFile, lineOf: Map<string, number>): RowError[] {
    const problems = ktsSyntaxProblems(text);
    if (problems.length === 0) return [];
    const lines = text.split('\n');
    return problems.map(problem => {
        let code: string | undefined;
        for (let index = Math.min(problem.line, lines.length) - 1; index >= 0 && !code; index--) {
            code = /^ {4}entry (\S+) /.exec(lines[index])?.[1];
        }
        const entry = catalog.entries.find(candidate => candidate.code === code);
        return {
            line: (entry && lineOf.get(entry.code)) ?? 0,
            vi: `mã "${code ?? '?'}" không đọc lại được trong KTS (có thể trùng một từ khóa của ngôn ngữ): ${problem.message}`,
            en: `code "${code ?? '?'}" does not read back in KTS (it may be a keyword of the language): ${problem.message}`
        };
    });
}
