/**
 * One spelling for text that reaches the model. Vietnamese letters can be typed precomposed (NFC) or decomposed
 * (NFD — some macOS editors and Word exports), and Đ has look-alikes in other alphabets (Ð U+00D0, the Icelandic
 * eth; Ɖ U+0189, the African D) that render the same in most fonts. The parser keeps names and ids in NFC; matching
 * and duplicate detection read look-alikes as the Vietnamese letter.
 */

/** Combining marks: only a string that has one can differ from its NFC form in Vietnamese text. */
const COMBINING_MARK = /[\u0300-\u036f]/;

/** Text in NFC; the check first spares the common case, already-composed text, an allocation per string. */
export function normalizeInput(text: string): string {
    return COMBINING_MARK.test(text) ? text.normalize('NFC') : text;
}

/** Letters that look like a Vietnamese letter but are another one, and the Vietnamese letter they stand for. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
    '\u00d0': 'Đ', // Ð Latin capital letter eth
    '\u0189': 'Đ', // Ɖ Latin capital letter African D
    '\u00f0': 'đ', // ð Latin small letter eth
    '\u0256': 'đ' // ɖ Latin small letter d with tail
};

const LOOK_ALIKE = /[\u00d0\u0189\u00f0\u0256]/g;

/** The spelling two texts are compared by: NFC, with every look-alike read as the Vietnamese letter. */
export function canonicalSpelling(text: string): string {
    return replaceLookAlikes(normalizeInput(text));
}

/** Every look-alike read as the Vietnamese letter it stands for. */
export function replaceLookAlikes(text: string): string {
    return text.replace(LOOK_ALIKE, letter => LOOK_ALIKES[letter]!);
}

/** The look-alike letters of a text, each once, in order of appearance. */
export function lookAlikeLetters(text: string): string[] {
    return [...new Set(text.match(LOOK_ALIKE) ?? [])];
}
