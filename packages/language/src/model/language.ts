/** The two languages of every user-visible word: Vietnamese, the language of the framework, and English. */
export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** BCP 47 tags for case mapping, number formatting and the documents' language attributes. */
export const LOCALE_TAGS: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** A text in both languages. */
export type Localized = Readonly<Record<Language, string>>;

export type MessageArgs = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without an argument stays visible rather than silently vanishing. */
export function fillTemplate(template: string, args: MessageArgs = {}): string {
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in args ? String(args[name]) : match));
}

/** A typed message function over one table of bilingual templates: a key that is not in the table does not compile. */
export function messageTable<Key extends string>(table: Readonly<Record<Key, Localized>>) {
    return (key: Key, language: Language, args?: MessageArgs): string => fillTemplate(table[key][language], args);
}

/** First letter upper-case, as a heading or a table cell starts; the rest as written. */
export function capitalize(text: string, language: Language = 'vi'): string {
    return text.charAt(0).toLocaleUpperCase(LOCALE_TAGS[language]) + text.slice(1);
}

export function lowerCase(text: string, language: Language = 'vi'): string {
    return text.toLocaleLowerCase(LOCALE_TAGS[language]);
}

export function upperCase(text: string, language: Language = 'vi'): string {
    return text.toLocaleUpperCase(LOCALE_TAGS[language]);
}
