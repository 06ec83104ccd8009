import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    closestMatches,
    editorMessage,
    loadCatalogs,
    searchCatalogEntries,
    writeFileAtomic,
    type CatalogEntryInfo,
    type LoadedCatalogs,
    type Language
} from '@kts/language';
import { invalidChoice, UsageError, type CliIo, type Speak } from '../cli-io.js';
import { asUsageError } from '../workspace-input.js';
import { cliMessage, errorCount } from '../messages.js';
import { formatEntryDetails, formatEntryLines, formatModels, formatModelTree } from '../catalog/format-entry.js';
import type { ImportCommandOptions } from '../catalog/import-catalog.js';

export interface WorkspaceOptions {
    config?: string;
    lang?: string;
    format?: string;
}

/** Exit codes as for `kts validate`: 0 found / written, 1 nothing found or bad rows, 2 bad usage or unreadable input. */
export type ExitCode = 0 | 1 | 2;

/** The workspace a catalogue command reads: its paths (the config's folder, else the current one) and its config. */
function catalogWorkspace(paths: string[], options: WorkspaceOptions): { paths: string[]; configFile?: string } {
    let configFile = options.config;
    if (configFile && fs.existsSync(configFile) && fs.statSync(configFile).isDirectory())
        configFile = path.join(configFile, 'kts.config.json');
    return { paths: paths.length > 0 ? paths : [configFile ? path.dirname(configFile) : '.'], configFile };
}

/** The language the command speaks, settled before anything else so that its usage errors are said in it. */
function catalogLanguage(paths: string[], options: WorkspaceOptions, speak: Speak): Promise<Language> {
    const workspace = catalogWorkspace(paths, options);
    return speak(options.lang, workspace.paths[0]!, workspace.configFile);
}

async function load(paths: string[], options: WorkspaceOptions): Promise<LoadedCatalogs> {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw invalidChoice('--format', format, ['text', 'json']);
    return loadCatalogs(catalogWorkspace(paths, options)).catch(asUsageError);
}

function reportProblems(loaded: LoadedCatalogs, io: CliIo): void {
    for (const problem of loaded.problems) io.err(`${problem}\n`);
}

/** The command's language and its catalogues, whose problems are reported before anything is looked up. */
async function openCatalogs(
    paths: string[],
    options: WorkspaceOptions,
    speak: Speak,
    io: CliIo
): Promise<{ language: Language; loaded: LoadedCatalogs }> {
    const language = await catalogLanguage(paths, options, speak);
    const loaded = await load(paths, options);
    reportProblems(loaded, io);
    return { language, loaded };
}

export async function searchCommand(
    text: string,
    paths: string[],
    options: WorkspaceOptions & { model?: string; limit: string },
    speak: Speak,
    io: CliIo
): Promise<ExitCode> {
    const language = await catalogLanguage(paths, options, speak);
    const limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1) throw UsageError.of('invalidLimit', { value: options.limit });
    const loaded = await load(paths, options);
    reportProblems(loaded, io);
    const found = searchCatalogEntries(inModel(loaded.entries, options.model), text);
    if (options.format === 'json') {
        io.out(JSON.stringify(found.slice(0, limit), null, 2) + '\n');
    } else if (found.length === 0) {
        io.out(`${cliMessage('searchNothing', language, { text })}\n`);
    } else {
        io.out(formatEntryLines(found.slice(0, limit), language));
        if (found.length > limit) {
            io.out(`${cliMessage('searchMore', language, { count: found.length - limit })}\n`);
        }
    }
    return found.length > 0 ? 0 : 1;
}

export async function showCommand(
    code: string,
    paths: string[],
    options: WorkspaceOptions & { model?: string },
    speak: Speak,
    io: CliIo
): Promise<ExitCode> {
    const { language, loaded } = await openCatalogs(paths, options, speak, io);
    const candidates = inModel(loaded.entries, options.model);
    const found = candidates.filter(entry => entry.code === code);
    if (options.format === 'json') {
        io.out(JSON.stringify(found, null, 2) + '\n');
    } else if (found.length === 0) {
        const near = closestMatches(
            code,
            candidates.map(entry => ({ name: entry.code, title: entry.name }))
        );
        const list = near.map(match => `${match.name} (${match.title})`).join(', ');
        const hint = list ? editorMessage('didYouMean', language, { list }) : '';
        io.err(`kts: ${cliMessage('showNothing', language, { code })}${hint}\n`);
    } else {
        io.out(found.map(entry => formatEntryDetails(entry, loaded.models, language)).join('\n'));
    }
    return found.length > 0 ? 0 : 1;
}

export async function listCommand(
    paths: string[],
    options: WorkspaceOptions & { model?: string },
    speak: Speak,
    io: CliIo
): Promise<ExitCode> {
    const { language, loaded } = await openCatalogs(paths, options, speak, io);
    if (!options.model) {
        if (options.format === 'json') {
            io.out(
                JSON.stringify(
                    [...loaded.models.values()].map(model => ({
                        ...model,
                        pattern: model.pattern?.source,
                        entries: inModel(loaded.entries, model.name).length
                    })),
                    null,
                    2
                ) + '\n'
            );
        } else {
            io.out(formatModels(loaded.models, loaded.entries, language));
        }
        return 0;
    }
    const entries = inModel(loaded.entries, options.model);
    if (!loaded.models.has(options.model) && entries.length === 0) {
        const models = [...loaded.models.keys()].join(', ');
        io.err(`kts: ${cliMessage('unknownModel', language, { model: options.model, models })}\n`);
        return 1;
    }
    if (options.format === 'json') io.out(JSON.stringify(entries, null, 2) + '\n');
    else if (entries.length === 0) io.out(`${cliMessage('modelWithoutCodes', language, { model: options.model })}\n`);
    else io.out(formatModelTree(entries, language));
    return 0;
}

export async function importCommand(file: string, options: ImportCommandOptions, language: Language, io: CliIo): Promise<ExitCode> {
    // The table readers (ExcelJS, csv-parse) load only for an import, not for a search.
    const { importCatalog } = await import('../catalog/import-catalog.js');
    const outcome = await importCatalog(file, options);
    for (const header of outcome.ignoredHeaders) io.err(`${cliMessage('ignoredColumn', language, { file, header })}\n`);
    if (outcome.errors.length > 0 || outcome.text === undefined) {
        const sheet = outcome.sheet;
        const where = (row: number) => (sheet === undefined ? `${file}:${row}` : editorMessage('sheetRow', language, { file, sheet, row }));
        for (const error of outcome.errors) io.err(`${where(error.line)}: ${error[language]}\n`);
        io.err(`${cliMessage('importRefused', language, { errors: errorCount(outcome.errors.length, language) })}\n`);
        return 1;
    }
    const count = outcome.catalog?.entries.length ?? 0;
    const model = outcome.model;
    if (!options.output) {
        io.out(outcome.text);
        io.err(`${cliMessage('importRead', language, { count, model, file })}\n`);
        return 0;
    }
    writeFileAtomic(options.output, outcome.text);
    io.out(`${cliMessage('importWritten', language, { count, model, file, output: options.output })}\n`);
    return 0;
}

function inModel(entries: CatalogEntryInfo[], model: string | undefined): CatalogEntryInfo[] {
    return model ? entries.filter(entry => entry.model === model) : entries;
}
