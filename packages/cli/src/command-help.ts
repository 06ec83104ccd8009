import { CommanderError, Help, type HelpConfiguration, type Option } from 'commander';
import type { Language } from '@kts/language/model';
import { isLanguage } from './cli-io.js';
import { cliMessage, type CliMessageKey } from './messages.js';

/**
 * The language of the help and of the parser's errors: `--lang` in the arguments, else `KTS_LANG`, else Vietnamese.
 * Help answers before any workspace is read, so the workspace config is not asked; a value that is not a language
 * is left to the command, which reports it.
 */
export function helpLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Language {
    for (const [index, arg] of argv.entries()) {
        const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
        if (isLanguage(value)) return value;
    }
    return isLanguage(env.KTS_LANG) ? env.KTS_LANG : 'vi';
}

/** Commander's headings, which it passes through `styleTitle`. */
const HEADINGS: Readonly<Record<string, CliMessageKey>> = {
    'Usage:': 'helpUsage',
    'Arguments:': 'helpArguments',
    'Options:': 'helpOptions',
    'Commands:': 'helpCommands',
    'Global Options:': 'helpGlobalOptions'
};

/** Commander's help with its headings and its "default:" note in `language`. */
export function helpIn(language: Language): HelpConfiguration {
    return {
        styleTitle: title => (HEADINGS[title] ? cliMessage(HEADINGS[title], language) : title),
        optionDescription(this: Help, option: Option) {
            return Help.prototype.optionDescription.call(this, option).replace('(default: ', `(${cliMessage('helpDefault', language)}: `);
        }
    };
}

/** The parser's error in `language`, from its code and the names Commander's English message quotes. */
export function parserErrorMessage(error: CommanderError, language: Language): string {
    const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
    const similar = /\(Did you mean (?:one of )?(.+)\?\)/.exec(error.message)?.[1];
    const suggestion = similar ? cliMessage('parserSuggestion', language, { list: similar }) : '';
    switch (error.code) {
        case 'commander.unknownOption':
            return cliMessage('parserUnknownOption', language, { option: quoted, suggestion });
        case 'commander.unknownCommand':
            return cliMessage('parserUnknownCommand', language, { command: quoted, suggestion });
        case 'commander.missingArgument':
            return cliMessage('parserMissingArgument', language, { argument: quoted });
        case 'commander.optionMissingArgument':
            return cliMessage('parserOptionMissingArgument', language, { option: quoted });
        case 'commander.missingMandatoryOptionValue':
            return cliMessage('parserMissingMandatoryOption', language, { option: quoted });
        case 'commander.excessArguments': {
            const [, expected = '', received = ''] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
            return cliMessage('parserExcessArguments', language, { expected, received });
        }
        default:
            return error.message.replace(/^error: /, '');
    }
}
