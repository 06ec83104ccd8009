import { layoutFonts } from './docx-layout-fonts.js';

/** The face of the body font a run of table text is set in. */
export interface TextFace {
    /** Size in half-points, Word's unit. */
    size: number;
    bold?: boolean;
    italic?: boolean;
}

const BODY_FONT = 'Times New Roman';
/**
 * Without the font's files: wider than any letter or digit of Times New Roman but W and M (0.94 and 0.89 em), so that a
 * column sized by it fits its text, a little wider than it needs.
 */
const FALLBACK_EM = 0.75;

let faces: Array<FontWidths | undefined> | undefined;

/**
 * How wide `text` is in twips, set in Times New Roman (the body font) in the given face, measured with the font files
 * the page layout measures with (`layoutFonts`): the width a table column needs so that the text fits one line.
 */
export function measureTextWidth(text: string, face: TextFace): number {
    faces ??= loadFaces();
    const font = faces[(face.bold ? 1 : 0) + (face.italic ? 2 : 0)];
    const points = face.size / 2;
    // A twip is a twentieth of a point.
    if (!font) return [...text].length * FALLBACK_EM * points * 20;
    return font.width(text) * points * 20;
}

/** The faces in the order `layoutFonts` lists them: regular, bold, italic, bold italic. */
function loadFaces(): Array<FontWidths | undefined> {
    const files = layoutFonts().filter(font => font.name === BODY_FONT);
    if (files.length !== 4) return [];
    try {
        return files.map(file => new FontWidths(file.data));
    } catch {
        return [];
    }
}

/** The advance widths of a TrueType or OpenType font, from its `head`, `hhea`, `hmtx` and `cmap` (format 4) tables. */
class FontWidths {
    private readonly view: DataView;
    private readonly unitsPerEm: number;
    private readonly metricCount: number;
    private readonly hmtx: number;
    private readonly segments: Array<{ start: number; end: number; delta: number; rangeOffset: number; rangeAt: number }>;

    constructor(data: Uint8Array) {
        this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
        const tables = new Map<string, number>();
        const tableCount = this.view.getUint16(4);
        for (let index = 0; index < tableCount; index++) {
            const record = 12 + index * 16;
            const tag = String.fromCharCode(...data.subarray(record, record + 4));
            tables.set(tag, this.view.getUint32(record + 8));
        }
        const table = (tag: string) => {
            const offset = tables.get(tag);
            if (offset === undefined) throw new Error(`the font has no ${tag} table`);
            return offset;
        };
        this.unitsPerEm = this.view.getUint16(table('head') + 18);
        this.metricCount = this.view.getUint16(table('hhea') + 34);
        this.hmtx = table('hmtx');
        this.segments = this.unicodeSegments(table('cmap'));
    }

    /** The advance width of the text in ems; a character the font has no glyph for counts as its missing glyph. */
    width(text: string): number {
        let units = 0;
        for (const char of text.normalize('NFC')) units += this.advance(this.glyph(char.codePointAt(0)!));
        return units / this.unitsPerEm;
    }

    private advance(glyph: number): number {
        return this.view.getUint16(this.hmtx + Math.min(glyph, this.metricCount - 1) * 4);
    }

    private glyph(codePoint: number): number {
        const segment = this.segments.find(candidate => codePoint >= candidate.start && codePoint <= candidate.end);
        if (!segment) return 0;
        if (segment.rangeOffset === 0) return (codePoint + segment.delta) & 0xffff;
        const at = segment.rangeAt + segment.rangeOffset + (codePoint - segment.start) * 2;
        const glyph = this.view.getUint16(at);
        return glyph === 0 ? 0 : (glyph + segment.delta) & 0xffff;
    }

    /** The segments of the Windows Unicode BMP subtable (platform 3, encoding 1), format 4. */
    private unicodeSegments(cmap: number): FontWidths['segments'] {
        const count = this.view.getUint16(cmap + 2);
        for (let index = 0; index < count; index++) {
            const record = cmap + 4 + index * 8;
            if (this.view.getUint16(record) !== 3 || this.view.getUint16(record + 2) !== 1) continue;
            const subtable = cmap + this.view.getUint32(record + 4);
            if (this.view.getUint16(subtable) !== 4) continue;
            const segmentCount = this.view.getUint16(subtable + 6) / 2;
            const ends = subtable + 14;
            const starts = ends + segmentCount * 2 + 2;
            const deltas = starts + segmentCount * 2;
            const rangeOffsets = deltas + segmentCount * 2;
            return Array.from({ length: segmentCount }, (_, segment) => ({
                start: this.view.getUint16(starts + segment * 2),
                end: this.view.getUint16(ends + segment * 2),
                delta: this.view.getInt16(deltas + segment * 2),
                rangeOffset: this.view.getUint16(rangeOffsets + segment * 2),
                rangeAt: rangeOffsets + segment * 2
            }));
        }
        throw new Error('the font has no Unicode character map of format 4');
    }
}
