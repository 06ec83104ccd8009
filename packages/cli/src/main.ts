import { Command, CommanderError } from 'commander';
import type { Language } from '@kts/language/model';
import type { GenerateOptions } from './commands/generate.js';
import type { DiagramOptions } from './commands/diagram.js';
import type { ExportArchiMateOptions } from './commands/export-archimate.js';
import type { DiffOptions } from './commands/diff.js';
import { registerCatalogCommands } from './catalog-commands.js';
import { environmentLanguage, parseLanguage, UsageError, type CliIo, nodeIo, type Speak } from './cli-io.js';
import { helpIn, helpLanguage, parserErrorMessage } from './command-help.js';
import { cliMessage, type CliMessageKey } from './messages.js';
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
    // Help and the parser's own errors come before any workspace is read: they speak `helpLanguage`.
    const helpWords = helpLanguage(argv);
    const say = (key: CliMessageKey) => cliMessage(key, helpWords);
    const program = new Command('kts')
        .description(say('helpKts'))
        .version(cliPackage.version, '-V, --version', say('helpVersion'))
        .helpOption('-h, --help', say('helpHelpOption'))
        .helpCommand('help [command]', say('helpHelpCommand'))
        .configureHelp(helpIn(helpWords))
        .exitOverride()
        .configureOutput({ writeOut: text => io.out(text), writeErr: text => io.err(text), outputError: () => undefined });

    program
        .command('validate')
        .description(say('helpValidate'))
        .argument('<paths...>', say('helpFilesOrFolders'))
        .option('--format <format>', 'text | json', 'text')
        .option('--strict', say('helpStrict'))
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
        .description(say('helpGenerate'))
        .argument('<path>', say('helpFileOrFolder'))
        .option('--format <formats>', 'docx,html', 'docx,html')
        .requiredOption('--out <dir>', say('helpGenerateOut'))
        .option('--lang <language>', 'vi | en')
        .option('--strict', say('helpStrict'))
        .option('--edition <edition>', say('helpEdition'), 'submission')
        .option('--force', say('helpGenerateForce'))
        .option('--since <base>', say('helpGenerateSince'))
        .option('--no-cache', say('helpNoCache'))
        .action(async (input: string, options: GenerateOptions) => {
            const [{ generateCommand }, language] = await Promise.all([import('./commands/generate.js'), speak(options.lang, input)]);
            exitCode = await generateCommand(input, options, language, io);
        });

    program
        .command('diagram')
        .description(say('helpDiagram'))
        .argument('<path>', say('helpFileOrFolder'))
        .option('--view <views>', 'overview,integration,data,technology,security,gap,roadmap | all | changes', 'all')
        .option('--format <formats>', 'svg,png,mmd,puml', 'svg')
        .requiredOption('--out <dir>', say('helpDiagramOut'))
        .option('--state <state>', say('helpState'))
        .option('--layers <shape>', say('helpLayers'))
        .option('--framework <id>', say('helpOnlyFramework'))
        .option('--lang <language>', 'vi | en')
        .option('--force', say('helpDiagramForce'))
        .option('--since <base>', say('helpDiagramSince'))
        .action(async (input: string, options: DiagramOptions) => {
            const [{ diagramCommand }, language] = await Promise.all([import('./commands/diagram.js'), speak(options.lang, input)]);
            exitCode = await diagramCommand(input, options, language, io);
        });

    program
        .command('export')
        .description(say('helpExport'))
        .command('archimate')
        .description(say('helpExportArchimate'))
        .argument('<path>', say('helpFileOrFolder'))
        .requiredOption('-o, --output <file>', say('helpExportOutput'))
        .option('--framework <id>', say('helpExportFramework'))
        .option('--lang <language>', 'vi | en')
        .option('--force', say('helpExportForce'))
        .action(async (input: string, options: ExportArchiMateOptions) => {
            const [{ exportArchiMateCommand }, language] = await Promise.all([
                import('./commands/export-archimate.js'),
                speak(options.lang, input)
            ]);
            exitCode = await exportArchiMateCommand(input, options, language, io);
        });

    program
        .command('diff')
        .description(say('helpDiff'))
        .argument('<base>', say('helpDiffBase'))
        .argument('[head]', say('helpDiffHead'))
        .option('--format <format>', say('helpDiffFormat'), 'text')
        .option('--out <dir>', say('helpDiffOut'))
        .option('--exit-code', say('helpDiffExitCode'))
        .option('--lang <language>', 'vi | en')
        .action(async (base: string, head: string | undefined, options: DiffOptions) => {
            const [{ diffCommand }, language] = await Promise.all([import('./commands/diff.js'), speak(options.lang, '.')]);
            exitCode = await diffCommand(base, head, options, language, io);
        });

    registerCatalogCommands(program, say, io, speak, code => {
        exitCode = code;
    });

    try {
        await program.parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            if (error.exitCode === 0) return EXIT_OK;
            // `commander.help`: a command named without its subcommand; the help has been printed instead.
            if (error.code !== 'commander.help') io.err(`kts: ${parserErrorMessage(error, helpWords)}\n`);
            return EXIT_USAGE;
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
