import { Command, CommanderError } from 'commander';
import type { Language } from '@kts/language/model';
import type { GenerateOptions } from './commands/generate.js';
import type { DiagramOptions } from './commands/diagram.js';
import type { ExportArchiMateOptions } from './commands/export-archimate.js';
import type { DiffOptions } from './commands/diff.js';
import { registerCatalogCommands } from './catalog-commands.js';
import { environmentLanguage, parseLanguage, UsageError, type CliIo, nodeIo, type Speak } from './cli-io.js';
import cliPackage from '../package.json' with { type: 'json' };

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_WRITE = 3;

/**
 * Runs the `kts` command line; returns the exit code (0 clean, 1 model errors, 2 bad usage or input, 3 an output
 * file could not be written). Only the options are defined here: each command's module, with the language, the
 * diagrams or the documents it needs, is imported when that command runs, so that `--version`, `--help` and a
 * mistyped option answer at once.
 */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
    let exitCode = EXIT_OK;
    // Every message is printed in one language: `--lang`, else the workspace config's, else KTS_LANG, else
    // Vietnamese. A usage error raised while settling it is said in the language found so far.
    let language: Language = 'vi';
    const speak: Speak = async (lang, start, configFile) => {
        const { configuredLanguage } = await import('./workspace-input.js');
        const configured = configuredLanguage(start, configFile);
        language = configured ?? 'vi';
        language = parseLanguage(lang) ?? configured ?? environmentLanguage() ?? 'vi';
        return language;
    };
    const program = new Command('kts')
        .description('KTS — Kiến Trúc Số: khung kiến trúc số cấp bộ, cấp tỉnh dưới dạng mã / digital architecture frameworks as code')
        .version(cliPackage.version, '-V, --version', 'phiên bản của kts / the version of kts')
        .helpOption('-h, --help', 'hướng dẫn sử dụng / show this help')
        .helpCommand('help [command]', 'hướng dẫn của một lệnh / help for a command')
        .exitOverride()
        .configureOutput({ writeOut: text => io.out(text), writeErr: text => io.err(text) });

    program
        .command('validate')
        .description('Kiểm tra các tệp .kts / validate .kts files and folders')
        .argument('<paths...>', 'tệp hoặc thư mục / files or folders')
        .option('--format <format>', 'text | json', 'text')
        .option('--strict', 'thiếu nội dung bắt buộc là lỗi / missing mandatory content is an error')
        .option('--lang <language>', 'vi | en')
        .action(async (paths: string[], options: { format: string; strict?: boolean; lang?: string }) => {
            const [{ validateCommand }, language] = await Promise.all([
                import('./commands/validate.js'),
                speak(options.lang, paths[0] ?? '.')
            ]);
            exitCode = await validateCommand(paths, options, language, io);
        });

    program
        .command('generate')
        .description('Sinh tài liệu khung kiến trúc (Word, HTML) / generate the framework documents (Word, HTML)')
        .argument('<path>', 'tệp hoặc thư mục / file or folder')
        .option('--format <formats>', 'docx,html', 'docx,html')
        .requiredOption('--out <dir>', 'thư mục ghi tài liệu / output folder')
        .option('--lang <language>', 'vi | en')
        .option('--strict', 'thiếu nội dung bắt buộc là lỗi / missing mandatory content is an error')
        .option(
            '--edition <edition>',
            'submission (bản trình phê duyệt / the official document) | working (bản làm việc, có mã và chỉ mục / with ids and the index)',
            'submission'
        )
        .option('--force', 'vẫn sinh khi mô hình có lỗi / generate even when the model has errors')
        .option(
            '--since <base>',
            'thêm phụ lục nội dung cập nhật so với thư mục hoặc phiên bản git này / add the annex of changes since this folder or git revision'
        )
        .action(async (input: string, options: GenerateOptions) => {
            const [{ generateCommand }, language] = await Promise.all([import('./commands/generate.js'), speak(options.lang, input)]);
            exitCode = await generateCommand(input, options, language, io);
        });

    program
        .command('diagram')
        .description('Vẽ sơ đồ kiến trúc (SVG, PNG, Mermaid, PlantUML) / draw the architecture views')
        .argument('<path>', 'tệp hoặc thư mục / file or folder')
        .option('--view <views>', 'overview,integration,data,technology,security,gap,roadmap | all', 'all')
        .option('--format <formats>', 'svg,png,mmd,puml', 'svg')
        .requiredOption('--out <dir>', 'thư mục ghi sơ đồ / output folder')
        .option('--state <state>', 'current | target (mặc định: cả hai / default: both)')
        .option('--framework <id>', 'chỉ khung kiến trúc này / only this framework')
        .option('--lang <language>', 'vi | en')
        .option('--force', 'vẫn vẽ khi mô hình có lỗi / draw even when the model has errors')
        .action(async (input: string, options: DiagramOptions) => {
            const [{ diagramCommand }, language] = await Promise.all([import('./commands/diagram.js'), speak(options.lang, input)]);
            exitCode = await diagramCommand(input, options, language, io);
        });

    program
        .command('export')
        .description('Xuất mô hình sang định dạng khác / export the model to other formats')
        .command('archimate')
        .description('Tệp trao đổi ArchiMate (Open Group Model Exchange) / ArchiMate Model Exchange File')
        .argument('<path>', 'tệp hoặc thư mục / file or folder')
        .requiredOption('-o, --output <file>', 'tệp XML ghi ra / XML file to write')
        .option('--framework <id>', 'khung kiến trúc cần xuất / framework to export')
        .option('--lang <language>', 'vi | en')
        .option('--force', 'vẫn xuất khi mô hình có lỗi / export even when the model has errors')
        .action(async (input: string, options: ExportArchiMateOptions) => {
            const [{ exportArchiMateCommand }, language] = await Promise.all([
                import('./commands/export-archimate.js'),
                speak(options.lang, input)
            ]);
            exitCode = await exportArchiMateCommand(input, options, language, io);
        });

    program
        .command('diff')
        .description('So sánh hai phiên bản của kiến trúc / what changed in the architecture between two versions')
        .argument('<base>', 'thư mục hoặc phiên bản git (thẻ, nhánh, commit) / folder or git revision (tag, branch, commit)')
        .argument('[head]', 'thư mục hoặc phiên bản git; mặc định: thư mục hiện tại / folder or git revision; default: the working tree')
        .option('--format <format>', 'text | json | docx,html (phụ lục thay đổi / the annex of changes)', 'text')
        .option('--out <dir>', 'thư mục ghi phụ lục (docx, html) / output folder of the annex (docx, html)')
        .option('--exit-code', 'trả mã 1 khi có thay đổi / exit with 1 when anything changed')
        .option('--lang <language>', 'vi | en')
        .action(async (base: string, head: string | undefined, options: DiffOptions) => {
            const [{ diffCommand }, language] = await Promise.all([import('./commands/diff.js'), speak(options.lang, '.')]);
            exitCode = await diffCommand(base, head, options, language, io);
        });

    registerCatalogCommands(program, io, speak, code => {
        exitCode = code;
    });

    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        if (error instanceof UsageError) {
            io.err(`kts: ${error.text[language]}\n`);
            return EXIT_USAGE;
        }
        const { writeFault } = await import('./write-faults.js');
        const fault = writeFault(error, language);
        if (fault === undefined) throw error;
        io.err(`kts: ${fault}\n`);
        return EXIT_WRITE;
    }
    return exitCode;
}
