import { LANGUAGES, type Language, type Localized, type MessageArgs } from '@kts/language/model';
import { choices, cliMessages, type CliMessageKey } from './messages.js';

/** Where the CLI writes; tests pass their own to read what a user would see. */
export interface CliIo {
    out(text: string): void;
    err(text: string): void;
}

let stdoutClosed: boolean | undefined;

/** `kts validate … | head` closes the pipe early: the rest of the output is dropped instead of crashing on EPIPE. */
function writeOut(text: string): void {
    if (stdoutClosed === undefined) {
        stdoutClosed = false;
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EPIPE') throw error;
            stdoutClosed = true;
        });
    }
    if (!stdoutClosed) process.stdout.write(text);
}

export const nodeIo: CliIo = {
    out: writeOut,
    err: text => process.stderr.write(text)
};

/**
 * Bad arguments or unreadable input: exit code 2 with a message that says what to do. It carries both languages
 * because it may be raised before the command knows which one it speaks; `main` prints one.
 */
export class UsageError extends Error {
    constructor(readonly text: Localized) {
        super(text.en);
    }

    static of(key: CliMessageKey, args?: MessageArgs | ((language: Language) => MessageArgs)): UsageError {
        return new UsageError(cliMessages(key, args));
    }
}

export function isLanguage(value: unknown): value is Language {
    return LANGUAGES.some(language => language === value);
}

/** A usage error naming the values an option takes, each language listing them its own way. */
export function invalidChoice(option: string, value: string, allowed: readonly string[]): UsageError {
    return UsageError.of('invalidChoice', language => ({ option, value, choices: choices(allowed, language) }));
}

export function parseLanguage(value: string | undefined): Language | undefined {
    if (value === undefined) return undefined;
    if (isLanguage(value)) return value;
    throw invalidChoice('--lang', value, LANGUAGES);
}

/**
 * Settles the language a command speaks, from its `--lang` and the workspace it reads (`start`, or `configFile`
 * when the command names one).
 */
export type Speak = (lang: string | undefined, start: string, configFile?: string) => Promise<Language>;

/** `KTS_LANG`: the language a user wants when neither `--lang` nor the workspace's config names one. */
export function environmentLanguage(env: NodeJS.ProcessEnv = process.env): Language | undefined {
    const value = env.KTS_LANG;
    if (value === undefined || value === '') return undefined;
    if (isLanguage(value)) return value;
    throw UsageError.of('invalidEnvironmentLanguage', language => ({ value, choices: choices(LANGUAGES, language) }));
}

/** A comma-separated option value (`--format docx,html`), each item one of `allowed`. */
export function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
    const items = value
        .split(',')
        .map(item => item.trim().toLowerCase())
        .filter(Boolean);
    const unknown = items.filter(item => !(allowed as readonly string[]).includes(item));
    if (items.length === 0 || unknown.length > 0) {
        throw UsageError.of('invalidList', { option, allowed: allowed.join(', '), unknown: unknown.join(', ') || value });
    }
    return [...new Set(items)] as T[];
}
