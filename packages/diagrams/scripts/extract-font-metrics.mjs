// Regenerates data/font-metrics.json: advance widths of the regular and bold faces of DejaVu Sans as the package
// ships them (the `dejavu-fonts-ttf` dependency), the font the diagrams are drawn with, so that text is measured
// with the widths it is drawn at. Usage: node scripts/extract-font-metrics.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const RANGES = [
    [0x20, 0x7e],
    [0xa0, 0x17f],
    [0x1a0, 0x1b0],
    [0x300, 0x323],
    [0x1ea0, 0x1ef9],
    [0x2010, 0x2044],
    [0x2190, 0x21ff],
    [0x2022, 0x2026],
    [0x25a0, 0x25cf]
];

function advanceWidths(file) {
    const font = readFileSync(file);
    const tables = new Map();
    const numTables = font.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
        const record = 12 + i * 16;
        tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
    }
    const unitsPerEm = font.readUInt16BE(tables.get('head') + 18);
    const numberOfHMetrics = font.readUInt16BE(tables.get('hhea') + 34);
    const hmtx = tables.get('hmtx');
    const glyphAdvance = glyph => font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
    const cmap = tables.get('cmap');
    let subtable;
    for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
        const platform = font.readUInt16BE(cmap + 4 + i * 8);
        const encoding = font.readUInt16BE(cmap + 6 + i * 8);
        const offset = font.readUInt32BE(cmap + 8 + i * 8);
        if (platform === 3 && encoding === 1 && font.readUInt16BE(cmap + offset) === 4) subtable = cmap + offset;
    }
    const segCount = font.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14,
        starts = ends + segCount * 2 + 2,
        deltas = starts + segCount * 2,
        rangeOffsets = deltas + segCount * 2;
    const glyphOf = code => {
        for (let s = 0; s < segCount; s++) {
            if (code > font.readUInt16BE(ends + s * 2)) continue;
            const start = font.readUInt16BE(starts + s * 2);
            if (code < start) return 0;
            const delta = font.readInt16BE(deltas + s * 2);
            const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
            if (rangeOffset === 0) return (code + delta) & 0xffff;
            const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
            return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        return 0;
    };
    const widths = {};
    for (const [from, to] of RANGES) {
        for (let code = from; code <= to; code++) {
            const glyph = glyphOf(code);
            if (glyph !== 0) widths[String.fromCodePoint(code)] = Math.round((glyphAdvance(glyph) / unitsPerEm) * 1000);
        }
    }
    return widths;
}

const fontPackage = createRequire(import.meta.url)('dejavu-fonts-ttf/package.json');
const fontFolder = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const [regular, bold] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(name => path.join(fontFolder, name));
const data = {
    $comment: `Advance widths in thousandths of an em, DejaVu Sans from dejavu-fonts-ttf ${fontPackage.version} (regenerate with scripts/extract-font-metrics.mjs).`,
    regular: advanceWidths(regular),
    bold: advanceWidths(bold)
};
writeFileSync(new URL('../data/font-metrics.json', import.meta.url), JSON.stringify(data) + '\n');
