import { Command, CommanderError } from 'commander';
import { DiagramFontError } from '@kts/diagrams';
import { FileWriteError } from '@kts/language';
import { fileFaultMessage, type Language } from '@kts/language/model';
import { validateCommand } from './commands/validate.js';
import { registerCatalogCommands } from './commands/catalog.js';
import { generateCommand, type GenerateOptions } from './commands/generate.js';
import { diagramCommand, type DiagramOptions } from './commands/diagram.js';
import { exportArchiMateCommand, type ExportArchiMateOptions } from './commands/export-archimate.js';
import { configuredLanguage, environmentLanguage, parseLanguage, UsageError, type CliIo, nodeIo, type Speak } from './cli-io.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_WRITE = 3;

/** Runs the `kts` command line; returns the exit code (0 clean, 1 model errors, 2 bad usage or input, 3 an output file could not be written). */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
    let exitCode = EXIT_OK;
    // Every message is printed in one language: `--lang`, else the workspace config's, else KTS_LANG, else
    // Vietnamese. A usage error raised while settling it is said in the language found so far.
    let language: Language = 'vi';
    const speak: Speak = (lang, start, configFile) => {
        const configured = configuredLanguage(start, configFile);
        language = configured ?? 'vi';
        language = parseLanguage(lang) ?? configured ?? environmentLanguage() ?? 'vi';
        return language;
    };
    const program = new Command('kts')
        .description('KTS — Kiến Trúc Số: khung kiến trúc số cấp bộ, cấp tỉnh dưới dạng mã / digital architecture frameworks as code')
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
            exitCode = await validateCommand(paths, options, speak(options.lang, paths[0] ?? '.'), io);
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
        .action(async (input: string, options: GenerateOptions) => {
            exitCode = await generateCommand(input, options, speak(options.lang, input), io);
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
            exitCode = await diagramCommand(input, options, speak(options.lang, input), io);
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
            exitCode = await exportArchiMateCommand(input, options, speak(options.lang, input), io);
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
        // An output that cannot be written whole, or a picture that could not carry its words, is not written at all.
        if (error instanceof FileWriteError) {
            io.err(`kts: ${writeFault(error, language)}\n`);
            return EXIT_WRITE;
        }
        if (error instanceof DiagramFontError) {
            io.err(`kts: ${error.text(language)}\n`);
            return EXIT_WRITE;
        }
        throw error;
    }
    return exitCode;
}

/** Which file, why it could not be written and what to do, in the command's language. */
function writeFault(error: FileWriteError, language: Language): string {
    const kept = error.previousKept ? `; ${fileFaultMessage('previousKept', language)}` : '';
    return `${error.file}: ${fileFaultMessage(error.fault, language, { code: error.code ?? '?' })}${kept}`;
}
