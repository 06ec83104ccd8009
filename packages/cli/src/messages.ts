import { LOCALE_TAGS, messageTable, term, type Language, type Localized, type MessageArgs } from '@kts/language/model';
import messages from '../data/messages.json' with { type: 'json' };

export type CliMessageKey = Exclude<keyof typeof messages, '$comment'>;

/**
 * A sentence of the `kts` command (`data/messages.json`) in one language; the metamodel's words come from the
 * vocabulary of `@kts/language/model`.
 */
export const cliMessage = messageTable<CliMessageKey>(messages);

/**
 * A sentence in both languages, for what is said later in a language not known yet (a usage error, a table row);
 * `args` may depend on the language (a list of choices, a count with its noun).
 */
export function cliMessages(key: CliMessageKey, args?: MessageArgs | ((language: Language) => MessageArgs)): Localized {
    const argsIn = (language: Language) => (typeof args === 'function' ? args(language) : args);
    return { vi: cliMessage(key, 'vi', argsIn('vi')), en: cliMessage(key, 'en', argsIn('en')) };
}

/** `"text" hoặc "json"`, `"text" or "json"`: the values an option takes. */
export function choices(values: readonly string[], language: Language): string {
    return new Intl.ListFormat(LOCALE_TAGS[language], { type: 'disjunction' }).format(values.map(value => `"${value}"`));
}

/** "3 lỗi", "3 errors", "1 error": a count and its noun; Vietnamese nouns do not change with the number. */
export function counted(count: number, noun: string, language: Language): string {
    return language === 'en' && count !== 1 ? `${count} ${noun}s` : `${count} ${noun}`;
}

/** "2 khung kiến trúc", "2 frameworks". */
export function frameworkCount(count: number, language: Language): string {
    return counted(count, term('thing', 'framework', language), language);
}

/** "3 lỗi", "3 errors": a number of errors as the diagnostics name their severity. */
export function errorCount(count: number, language: Language): string {
    return counted(count, term('severity', 'error', language), language);
}
