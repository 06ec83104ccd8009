import * as path from 'node:path';
import { catalogToKts, foldVietnamese, ktsSyntaxProblems, parseCatalogFile, type CatalogFile } from '@kts/language';
import { CATALOG_STATUSES, isReferenceModel, term, type Localized } from '@kts/language/model';
import { invalidChoice, UsageError } from '../cli-io.js';
import { cliMessage, cliMessages } from '../messages.js';
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
    /** The model the codes belong to (`--model`). */
    model: string;
    /** The worksheet read (XLSX), whose rows the errors' lines number. */
    sheet?: string;
}

/** The name of one of the five reference models, given to the imported model; a body's own model keeps no name. */
function referenceModelTitle(model: string): Localized | undefined {
    if (!isReferenceModel(model)) return undefined;
    return { vi: term('referenceModel', model, 'vi', 'heading'), en: term('referenceModel', model, 'en', 'heading') };
}

/**
 * Reads a CSV/XLSX table and produces the catalogue text in the output's format. Nothing is written
 * here: the caller writes only an outcome without errors, whole (see writeFileAtomic in @kts/language).
 */
export async function importCatalog(file: string, options: ImportCommandOptions): Promise<ImportOutcome> {
    const model = options.model;
    if (!model) throw UsageError.of('importMissingModel');
    if (!/^[A-Z][A-Z0-9_]*$/.test(model)) throw UsageError.of('importInvalidModel', { model });
    const format = outputFormat(options.output);
    const status = CATALOG_STATUSES.find(candidate => candidate === (options.status ?? 'local'));
    if (!status) throw invalidChoice('--status', options.status ?? '', CATALOG_STATUSES);
    const pattern = options.pattern === undefined ? undefined : compilePattern(options.pattern);
    const id = options.id ?? catalogId(options.output ?? file);
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw UsageError.of('importInvalidId', { id });
    const table = await readTable(file, options.sheet);
    const base = path.basename(file);
    const result = tableToCatalog(table, {
        model,
        id,
        title: options.title ?? cliMessage('importDefaultTitle', 'vi', { model, file: base }),
        titleEn: options.titleEn ?? (options.title ? undefined : cliMessage('importDefaultTitle', 'en', { model, file: base })),
        version: options.edition ?? '1',
        status,
        source: options.source ?? cliMessage('importDefaultSource', 'vi', { file: base }),
        pattern,
        complete: options.complete ?? false,
        leafOnly: options.leafOnly ?? false,
        modelTitle: referenceModelTitle(model)
    });
    const outcome: ImportOutcome = {
        format,
        errors: result.errors,
        ignoredHeaders: result.ignoredHeaders,
        file,
        model,
        sheet: table.sheet
    };
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
    throw UsageError.of('importOutputExtension', { output });
}

function compilePattern(source: string): RegExp {
    try {
        return new RegExp(source);
    } catch (error) {
        throw UsageError.of('importInvalidPattern', { pattern: source, reason: (error as Error).message });
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
            ...cliMessages('rowReadBack', { code: code ?? '?', problem: problem.message })
        };
    });
}
