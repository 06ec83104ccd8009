import type { Command } from 'commander';
import type { CliIo, Speak } from './cli-io.js';
import type { CliMessageKey } from './messages.js';
import type { ExitCode, WorkspaceOptions } from './commands/catalog.js';
import type { ImportCommandOptions } from './catalog/import-catalog.js';

/**
 * `kts catalog search|show|list|import`: the loaded catalogues (built-in plus the workspace's) from the
 * command line, and the import of a body's official tables into a catalogue file. Only the options live here: the
 * commands' bodies (`commands/catalog.ts`, with the language and the table readers) load when one of them runs.
 */
export function registerCatalogCommands(
    program: Command,
    say: (key: CliMessageKey) => string,
    io: CliIo,
    speak: Speak,
    setExitCode: (code: ExitCode) => void
): void {
    const catalog = program.command('catalog').description(say('helpCatalog'));

    const workspaceOptions = (command: Command) =>
        command
            .option('--config <file>', say('helpConfig'))
            .option('--lang <language>', 'vi | en')
            .option('--format <format>', 'text | json', 'text');

    workspaceOptions(
        catalog
            .command('search')
            .description(say('helpCatalogSearch'))
            .argument('<text>', say('helpSearchText'))
            .argument('[paths...]', say('helpSearchPaths'))
            .option('--model <model>', say('helpSearchModel'))
            .option('--limit <n>', say('helpLimit'), '50')
    ).action(async (text: string, paths: string[], options: WorkspaceOptions & { model?: string; limit: string }) => {
        const { searchCommand } = await import('./commands/catalog.js');
        setExitCode(await searchCommand(text, paths, options, speak, io));
    });

    workspaceOptions(
        catalog
            .command('show')
            .description(say('helpCatalogShow'))
            .argument('<code>', say('helpCode'))
            .argument('[paths...]', say('helpWorkspacePaths'))
            .option('--model <model>', say('helpShowModel'))
    ).action(async (code: string, paths: string[], options: WorkspaceOptions & { model?: string }) => {
        const { showCommand } = await import('./commands/catalog.js');
        setExitCode(await showCommand(code, paths, options, speak, io));
    });

    workspaceOptions(
        catalog
            .command('list')
            .description(say('helpCatalogList'))
            .argument('[paths...]', say('helpWorkspacePaths'))
            .option('--model <model>', say('helpListModel'))
    ).action(async (paths: string[], options: WorkspaceOptions & { model?: string }) => {
        const { listCommand } = await import('./commands/catalog.js');
        setExitCode(await listCommand(paths, options, speak, io));
    });

    catalog
        .command('import')
        .description(say('helpCatalogImport'))
        .argument('<file>', say('helpImportFile'))
        .option('--model <model>', say('helpImportModel'))
        .option('-o, --output <file>', say('helpImportOutput'))
        .option('--status <status>', say('helpImportStatus'))
        .option('--source <text>', say('helpImportSource'))
        .option('--pattern <regex>', say('helpImportPattern'))
        .option('--complete', say('helpImportComplete'))
        .option('--leaf-only', say('helpImportLeafOnly'))
        .option('--id <id>', say('helpImportId'))
        .option('--title <text>', say('helpImportTitle'))
        .option('--title-en <text>', say('helpImportTitleEn'))
        .option('--edition <text>', say('helpImportEdition'), '1')
        .option('--sheet <name>', say('helpImportSheet'))
        .option('--lang <language>', 'vi | en')
        .action(async (file: string, options: ImportCommandOptions & { lang?: string }) => {
            const [{ importCommand }, language] = await Promise.all([import('./commands/catalog.js'), speak(options.lang, '.')]);
            setExitCode(await importCommand(file, options, language, io));
        });
}
