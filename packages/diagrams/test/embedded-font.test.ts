import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontStyle, renderAllViews, withEmbeddedFont, type RenderedView } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { sfntFromWoff } from './woff-reader.js';

// What a reader's browser gets: the @font-face rules of a standalone SVG, their fonts decoded and read with
// HarfBuzz (the library that made the subsets, in its full build), compared with the text the drawing shows.

const FONT_FOLDER = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FACE_FILES: Record<string, string> = {
    'normal-normal': 'DejaVuSans.ttf',
    'bold-normal': 'DejaVuSans-Bold.ttf',
    'normal-italic': 'DejaVuSans-Oblique.ttf',
    'bold-italic': 'DejaVuSans-BoldOblique.ttf'
};

interface EmbeddedFace {
    key: string;
    font: Uint8Array;
}

function embeddedFaces(css: string): EmbeddedFace[] {
    return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, rule]) => {
        expect(rule).toContain("font-family:'DejaVu Sans'");
        const weight = /font-weight:(\w+)/.exec(rule!)![1];
        const style = /font-style:(\w+)/.exec(rule!)![1];
        expect(rule).toContain("format('woff')");
        const data = /url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\)/.exec(rule!)![1]!;
        return { key: `${weight}-${style}`, font: sfntFromWoff(new Uint8Array(Buffer.from(data, 'base64'))) };
    });
}

/** The lines of text a reader sees, with the face each is drawn in: `<text>` elements, by their own attributes. */
function drawnLines(svg: string): { key: string; text: string }[] {
    return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => ({
        key: `${/font-weight="bold"/.test(attributes!) ? 'bold' : 'normal'}-${/font-style="italic"/.test(attributes!) ? 'italic' : 'normal'}`,
        text: text!
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
    }));
}

function hbFont(data: Uint8Array): hb.Font {
    return new hb.Font(new hb.Face(new hb.Blob(data)));
}

/** The glyphs and advances HarfBuzz lays a line out with, as a browser does. */
function layout(font: hb.Font, text: string): { glyphs: number[]; width: number } {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const glyphs = buffer.getGlyphInfos().map(glyph => glyph.codepoint);
    const width = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
    return { glyphs, width };
}

let views: RenderedView[];

beforeAll(async () => {
    const example = EXAMPLES.find(each => each.framework === 'tinh_lao_cai')!;
    views = await renderAllViews(await loadModel(example.folder), example.framework, { language: 'vi' });
}, 120_000);

describe('a standalone SVG diagram', () => {
    it('carries, for each face its text uses, a subset that has a glyph for every character drawn in it and lays each line out as wide as the full font', () => {
        const view = views.find(each => each.id === 'target-overview')!;
        const svg = withEmbeddedFont(view.svg);
        const style = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
        const faces = embeddedFaces(style);
        const lines = drawnLines(view.svg);
        expect(new Set(faces.map(face => face.key))).toEqual(new Set(lines.map(line => line.key)));
        const used = lines.map(line => line.text).join('');
        for (const letter of ['ệ', 'ố', 'ư', 'ơ', 'đ', 'ả', 'ữ']) expect(used).toContain(letter);
        for (const face of faces) {
            const subset = hbFont(face.font);
            const full = hbFont(new Uint8Array(fs.readFileSync(path.join(FONT_FOLDER, FACE_FILES[face.key]!))));
            const faceLines = lines.filter(line => line.key === face.key);
            const characters = new Set(faceLines.flatMap(line => [...line.text]));
            // Every character has its glyph, and nothing else is there: the cmap is exactly what the face draws.
            expect([...subset.face.collectUnicodes()].map(code => String.fromCodePoint(code)).sort(), face.key).toEqual(
                [...characters].sort()
            );
            for (const line of faceLines) {
                const { glyphs, width } = layout(subset, line.text);
                expect(glyphs, line.text).not.toContain(0);
                expect(width, line.text).toBe(layout(full, line.text).width);
            }
        }
    });

    it('stays a small part of the drawing: far less than the font files it comes from', () => {
        for (const view of views) {
            const added = Buffer.byteLength(withEmbeddedFont(view.svg)) - Buffer.byteLength(view.svg);
            // The regular face alone is 757 KB; three whole faces as base64 would be over 2.7 MB.
            expect(added, view.id).toBeLessThan(30_000);
        }
    });

    it('is well-formed XML that names the font and carries its copyright and licence', () => {
        const svg = withEmbeddedFont(views[0]!.svg);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg.startsWith('<svg')).toBe(true);
        const style = /<style>([\s\S]*?)<\/style>/.exec(svg)![1]!;
        expect(style).toMatch(/^\/\*\nDejaVu Sans, subset/);
        expect(style).toContain('Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved.');
        expect(style).toContain('Copyright (c) 2006 by Tavmjong Bah. All Rights Reserved.');
        expect(style).toContain('The above copyright and trademark notices and this permission notice');
        expect(style).not.toContain('TeX Gyre');
    });
});

describe('the characters a subset covers', () => {
    const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><defs></defs>${body}</svg>`;

    it('include combining marks written decomposed, and the precomposed letters written as such', () => {
        const decomposed = 'Vie\u0323\u0302t Nam'; // "Việt" as a base letter and two combining marks
        const faces = embeddedFaces(embeddedFontStyle([svg(`<text x="0" y="20">${decomposed} Hà Nội</text>`)]));
        const covered = new Set([...hbFont(faces[0]!.font).face.collectUnicodes()]);
        for (const character of `${decomposed} Hà Nội`) expect(covered.has(character.codePointAt(0)!), character).toBe(true);
    });

    it('follow the face from the groups around the text, leave out tooltips, and decode character references', () => {
        const drawing = svg(
            '<title>Tiêu đề ẩn</title>' +
                '<g font-weight="bold"><text x="0" y="20">Bá<tspan font-style="italic">ỷ</tspan></text></g>' +
                '<text x="0" y="40" font-style="italic">&#x1EF9;&amp;<title>ẞ</title></text>'
        );
        const faces = new Map(
            embeddedFaces(embeddedFontStyle([drawing])).map(face => [
                face.key,
                [...hbFont(face.font).face.collectUnicodes()].map(code => String.fromCodePoint(code)).sort()
            ])
        );
        expect(Object.fromEntries(faces)).toEqual({ 'bold-normal': ['B', 'á'], 'normal-italic': ['&', 'ỹ'], 'bold-italic': ['ỷ'] });
    });

    it('are those of all the drawings together when several share one style', () => {
        const faces = embeddedFaces(embeddedFontStyle([svg('<text x="0" y="20">ab</text>'), svg('<text x="0" y="20">bc</text>')]));
        expect(faces.map(face => face.key)).toEqual(['normal-normal']);
        expect([...hbFont(faces[0]!.font).face.collectUnicodes()].map(code => String.fromCodePoint(code)).sort()).toEqual(['a', 'b', 'c']);
    });

    it('give no style at all to a drawing without text', () => {
        expect(embeddedFontStyle([svg('<rect width="10" height="10"/>')])).toBe('');
        expect(withEmbeddedFont(svg('<rect width="10" height="10"/>'))).toBe(svg('<rect width="10" height="10"/>'));
    });
});
