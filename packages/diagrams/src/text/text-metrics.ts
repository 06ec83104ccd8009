import metrics from '../../data/font-metrics.json' with { type: 'json' };

/**
 * Text is measured with the advance widths of DejaVu Sans, the font the package ships and draws PNGs with
 * (diagram-fonts.ts); standalone SVGs and the HTML document carry a subset of it (embedded-font.ts). A reader of
 * the SVG inside a Word file without it gets Verdana, about as wide, where Windows and macOS have it.
 */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

/**
 * The advance widths by character, those of the font's table and, as they are first met, those worked out for
 * characters it lacks (`derivedWidth`): most Vietnamese letters are among them, and working theirs out again for every
 * character measured was the largest part of the diagrams' text layout.
 */
const REGULAR = new Map(Object.entries(metrics.regular as Record<string, number>));
const BOLD = new Map(Object.entries(metrics.bold as Record<string, number>));
/** Characters outside the table (CJK, emoji…) count as a full em: wide enough for any of them. */
const UNKNOWN_WIDTH = 1000;

function charWidth(char: string, widths: Map<string, number>): number {
    let width = widths.get(char);
    if (width === undefined) {
        width = derivedWidth(char, widths);
        widths.set(char, width);
    }
    return width;
}

/** The width of a character the font's table lacks. */
function derivedWidth(char: string, widths: ReadonlyMap<string, number>): number {
    // Precomposed letters the table lacks are as wide as their base letter: the marks above do not advance.
    const decomposed = char.normalize('NFD');
    if (decomposed !== char) {
        return [...decomposed].reduce((sum, part) => sum + (widths.get(part) ?? (/\p{M}/u.test(part) ? 0 : UNKNOWN_WIDTH)), 0);
    }
    return /\p{M}/u.test(char) ? 0 : UNKNOWN_WIDTH;
}

export function measureText(text: string, fontSize: number, bold = false): number {
    return inSize(units(text.normalize('NFC'), bold ? BOLD : REGULAR), fontSize);
}

/** The advance of NFC text in thousandths of an em: whole numbers, so a line's is the sum of its words' and spaces'. */
function units(text: string, widths: Map<string, number>): number {
    let sum = 0;
    for (const char of text) sum += charWidth(char, widths);
    return sum;
}

function inSize(units: number, fontSize: number): number {
    return (units * fontSize) / 1000;
}

/**
 * Greedy word wrap. A word wider than the line breaks after a hyphen or slash it contains, else between letters
 * with a hyphen added; text is never clipped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
    const words = text
        .normalize('NFC')
        .split(/\s+/)
        .filter(word => word.length > 0);
    const widths = bold ? BOLD : REGULAR;
    const space = units(' ', widths);
    const lines: string[] = [];
    let line = '';
    // The line's width kept as it grows, instead of measuring it again with each word.
    let lineUnits = 0;
    for (const word of words) {
        const wordUnits = units(word, widths);
        const candidateUnits = line ? lineUnits + space + wordUnits : wordUnits;
        if (inSize(candidateUnits, fontSize) <= maxWidth) {
            line = line ? `${line} ${word}` : word;
            lineUnits = candidateUnits;
            continue;
        }
        if (line) lines.push(line);
        line = '';
        for (const piece of splitLongWord(word, maxWidth, fontSize, bold)) {
            if (line) lines.push(line);
            line = piece;
        }
        lineUnits = units(line, widths);
    }
    if (line) lines.push(line);
    return lines.length > 0 ? lines : [''];
}

function splitLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
    if (measureText(word, fontSize, bold) <= maxWidth) return [word];
    const parts = word.split(/(?<=[-/])/);
    if (parts.length > 1) {
        const pieces: string[] = [];
        let piece = '';
        for (const part of parts) {
            if (piece && measureText(piece + part, fontSize, bold) > maxWidth) {
                pieces.push(...splitLongWord(piece, maxWidth, fontSize, bold));
                piece = '';
            }
            piece += part;
        }
        if (piece) pieces.push(...splitLongWord(piece, maxWidth, fontSize, bold));
        return pieces;
    }
    const pieces: string[] = [];
    let piece = '';
    const chars = [...word];
    chars.forEach((char, index) => {
        const last = index === chars.length - 1;
        if (piece && measureText(`${piece}${char}${last ? '' : '-'}`, fontSize, bold) > maxWidth) {
            pieces.push(/\p{L}$/u.test(piece) && /\p{L}/u.test(char) ? `${piece}-` : piece);
            piece = '';
        }
        piece += char;
    });
    if (piece) pieces.push(piece);
    return pieces;
}

export function widestLine(lines: readonly string[], fontSize: number, bold = false): number {
    return lines.reduce((max, line) => Math.max(max, measureText(line, fontSize, bold)), 0);
}

/** One line at most: the text itself when it fits, else as much as fits followed by "…". */
export function fitLine(text: string, maxWidth: number, fontSize: number, bold = false): string {
    const normalized = text.normalize('NFC');
    if (measureText(normalized, fontSize, bold) <= maxWidth) return normalized;
    const chars = [...normalized];
    while (chars.length > 0 && measureText(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
    return `${chars.join('').trimEnd()}…`;
}
