import type { Command } from 'commander';
import type { CliIo, Speak } from './cli-io.js';
import type { ExitCode, WorkspaceOptions } from './commands/catalog.js';
import type { ImportCommandOptions } from './catalog/import-catalog.js';

/**
 * `kts catalog search|show|list|import`: the loaded catalogues (built-in plus the workspace's) from the
 * command line, and the import of a body's official tables into a catalogue file. Only the options live here: the
 * commands' bodies (`commands/catalog.ts`, with the language and the table readers) load when one of them runs.
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
        const { searchCommand } = await import('./commands/catalog.js');
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
        const { showCommand } = await import('./commands/catalog.js');
        setExitCode(await showCommand(code, paths, options, speak, io));
    });

    workspaceOptions(
        catalog
            .command('list')
            .description('Liệt kê các mô hình, hoặc các mã của một mô hình / list the models, or the codes of one model')
            .argument('[paths...]', 'thư mục hoặc tệp của không gian làm việc / workspace folders or files')
            .option('--model <model>', 'mô hình cần liệt kê (ví dụ DRM) / the model to list (e.g. DRM)')
    ).action(async (paths: string[], options: WorkspaceOptions & { model?: string }) => {
        const { listCommand } = await import('./commands/catalog.js');
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
            const [{ importCommand }, language] = await Promise.all([import('./commands/catalog.js'), speak(options.lang, '.')]);
            setExitCode(await importCommand(file, options, language, io));
        });
}
