import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
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
import { asUsageError, invalidChoice, UsageError, type CliIo, type Speak } from '../cli-io.js';
import { cliMessage, errorCount } from '../messages.js';
import { formatEntryDetails, formatEntryLines, formatModels, formatModelTree } from '../catalog/format-entry.js';
import { importCatalog, type ImportCommandOptions } from '../catalog/import-catalog.js';

interface WorkspaceOptions {
    config?: string;
    lang?: string;
    format?: string;
}

/** Exit codes as for `kts validate`: 0 found / written, 1 nothing found or bad rows, 2 bad usage or unreadable input. */
type ExitCode = 0 | 1 | 2;

/**
 * `kts catalog search|show|list|import`: the loaded catalogues (built-in plus the workspace's) from the
 * command line, and the import of a body's official tables into a catalogue file.
 */
export function registerCatalogCommands(program: Command, io: CliIo, speak: Speak, setExitCode: (code: ExitCode) => void): void {
    const catalog = program
        .command('catalog')
        .description('Danh mục mã: tìm, xem, liệt kê, nhập từ bảng / catalogues: search, show, list, import tables');

    const workspaceOptions = (command: Command) =>
        command
            .option('--config <file>', "kts.config.json của không gian làm việc / the workspace's kts.config.json")
            .option('--lang <language>', 'vi | en')
            .option('--format <format>', 'text | json', 'text');

    workspaceOptions(
        catalog
            .command('search')
            .description('Tìm mã theo mã hoặc tên, không phân biệt dấu / search codes by code or name, ignoring diacritics')
            .argument('<text>', 'mã hoặc tên cần tìm / code or name to find')
            .argument(
                '[paths...]',
                'thư mục hoặc tệp của không gian làm việc (mặc định: thư mục hiện tại) / workspace folders or files (default: current folder)'
            )
            .option('--model <model>', 'chỉ tìm trong một mô hình (BRM, DRM, ARM, TRM, SRM, NATIONAL, …) / only this model')
            .option('--limit <n>', 'số kết quả tối đa / maximum number of results', '50')
    ).action(async (text: string, paths: string[], options: WorkspaceOptions & { model?: string; limit: string }) => {
        setExitCode(await searchCommand(text, paths, options, speak, io));
    });

    workspaceOptions(
        catalog
            .command('show')
            .description('Xem đầy đủ một mã / show everything about a code')
            .argument('<code>', 'mã / code')
            .argument('[paths...]', 'thư mục hoặc tệp của không gian làm việc / workspace folders or files')
            .option('--model <model>', "mô hình của mã, khi nhiều mô hình có cùng mã / the code's model when several models share it")
    ).action(async (code: string, paths: string[], options: WorkspaceOptions & { model?: string }) => {
        setExitCode(await showCommand(code, paths, options, speak, io));
    });

    workspaceOptions(
        catalog
            .command('list')
            .description('Liệt kê các mô hình, hoặc các mã của một mô hình / list the models, or the codes of one model')
            .argument('[paths...]', 'thư mục hoặc tệp của không gian làm việc / workspace folders or files')
            .option('--model <model>', 'mô hình cần liệt kê (ví dụ DRM) / the model to list (e.g. DRM)')
    ).action(async (paths: string[], options: WorkspaceOptions & { model?: string }) => {
        setExitCode(await listCommand(paths, options, speak, io));
    });

    catalog
        .command('import')
        .description('Nhập bảng mã (CSV/XLSX: mã, tên, mã cha, mô tả) thành tệp danh mục / import a code table into a catalogue file')
        .argument('<file>', 'tệp .csv hoặc .xlsx / a .csv or .xlsx file')
        .option('--model <model>', "mô hình của các mã (BRM, DRM, ARM, TRM, SRM hoặc mô hình riêng) / the codes' model")
        .option(
            '-o, --output <file>',
            'tệp kết quả .kts hoặc .json (mặc định: in ra màn hình dạng .kts) / output .kts or .json file (default: print .kts)'
        )
        .option('--status <status>', 'official | draft | illustrative | local (mặc định / default: local)')
        .option('--source <text>', 'nguồn của bảng, ví dụ "Phụ lục I, Quyết định 292/QĐ-BKHCN" / where the table comes from')
        .option('--pattern <regex>', 'mẫu mã mà mọi mã phải khớp / the pattern every code must match')
        .option('--complete', "bảng là danh sách đầy đủ của mô hình: mã lạ là lỗi / the table is the model's complete list")
        .option('--leaf-only', 'chỉ được ánh xạ tới mã chi tiết nhất / only the most specific codes may be mapped')
        .option('--id <id>', 'mã danh mục (mặc định: theo tên tệp) / catalogue id (default: from the file name)')
        .option('--title <text>', 'tên danh mục / catalogue title')
        .option('--title-en <text>', 'tên danh mục tiếng Anh / English catalogue title')
        .option('--edition <text>', 'phiên bản của bảng / edition of the table', '1')
        .option('--sheet <name>', 'trang tính trong tệp .xlsx (mặc định: trang đầu) / worksheet of an .xlsx file (default: the first)')
        .option('--lang <language>', 'vi | en')
        .action(async (file: string, options: ImportCommandOptions & { lang?: string }) => {
            setExitCode(await importCommand(file, options, speak(options.lang, '.'), io));
        });
}

/** The workspace a catalogue command reads: its paths (the config's folder, else the current one) and its config. */
function catalogWorkspace(paths: string[], options: WorkspaceOptions): { paths: string[]; configFile?: string } {
    let configFile = options.config;
    if (configFile && fs.existsSync(configFile) && fs.statSync(configFile).isDirectory())
        configFile = path.join(configFile, 'kts.config.json');
    return { paths: paths.length > 0 ? paths : [configFile ? path.dirname(configFile) : '.'], configFile };
}

/** The language the command speaks, settled before anything else so that its usage errors are said in it. */
function catalogLanguage(paths: string[], options: WorkspaceOptions, speak: Speak): Language {
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

async function searchCommand(
    text: string,
    paths: string[],
    options: WorkspaceOptions & { model?: string; limit: string },
    speak: Speak,
    io: CliIo
): Promise<ExitCode> {
    const language = catalogLanguage(paths, options, speak);
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

async function showCommand(
    code: string,
    paths: string[],
    options: WorkspaceOptions & { model?: string },
    speak: Speak,
    io: CliIo
): Promise<ExitCode> {
    const language = catalogLanguage(paths, options, speak);
    const loaded = await load(paths, options);
    reportProblems(loaded, io);
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

async function listCommand(paths: string[], options: WorkspaceOptions & { model?: string }, speak: Speak, io: CliIo): Promise<ExitCode> {
    const language = catalogLanguage(paths, options, speak);
    const loaded = await load(paths, options);
    reportProblems(loaded, io);
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

async function importCommand(file: string, options: ImportCommandOptions, language: Language, io: CliIo): Promise<ExitCode> {
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
