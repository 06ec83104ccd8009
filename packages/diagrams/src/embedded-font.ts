import * as fs from 'node:fs';
import { errorCode } from '@kts/language/model';
import { bundledFontLicenceFile } from './bundled-files.js';
import { DIAGRAM_FONT_FACES, DIAGRAM_FONT_FAMILY, DiagramFontError, diagramFontOptions } from './diagram-fonts.js';
import { subsetFont } from './font-subset.js';
import { drawnCharacters } from './svg/drawn-text.js';
import { toWoff } from './woff.js';

/**
 * The CSS that makes a reader's machine draw the diagrams' text in the font it was measured with, whether or not
 * DejaVu Sans is installed there: one `@font-face` per face the SVGs use, each a subset holding only the glyphs of
 * the characters drawn in that face (WOFF, as a data URL), after the font's copyright and licence notice, which
 * must go with every copy of the font. Empty when the SVGs draw no text.
 */
export function embeddedFontStyle(svgs: Iterable<string>): string {
    const drawn = drawnCharacters(svgs);
    if (drawn.length === 0) return '';
    const fonts = diagramFontOptions().fontBuffers;
    const rules = DIAGRAM_FONT_FACES.flatMap((face, index) => {
        const characters = drawn.find(used => used.face.bold === face.bold && used.face.italic === face.italic)?.characters;
        if (!characters) return [];
        const data = Buffer.from(toWoff(subsetFont(fonts[index]!, characters))).toString('base64');
        return [
            `@font-face{font-family:'${DIAGRAM_FONT_FAMILY}';font-weight:${face.bold ? 'bold' : 'normal'};` +
                `font-style:${face.italic ? 'italic' : 'normal'};src:url(data:font/woff;base64,${data}) format('woff')}`
        ];
    });
    return `/*\n${licenceNotice()}*/\n${rules.join('\n')}\n`;
}

/** A standalone SVG diagram that carries the subset of its font (`embeddedFontStyle`) in a `<style>` of its own. */
export function withEmbeddedFont(svg: string): string {
    const style = embeddedFontStyle([svg]);
    if (!style) return svg;
    const defs = svg.indexOf('<defs>');
    const at = defs >= 0 ? defs + '<defs>'.length : svg.indexOf('>', svg.indexOf('<svg')) + 1;
    return `${svg.slice(0, at)}<style>${style}</style>${svg.slice(at)}`;
}

let notice: string | undefined;

/**
 * The licence's parts that cover DejaVu Sans (Bitstream Vera and Arev), as the bundled LICENSE file words them;
 * the rest of the file is about the math font, which the diagrams do not use.
 */
function licenceNotice(): string {
    if (notice === undefined) {
        const file = bundledFontLicenceFile();
        let text: string;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch (error) {
            throw new DiagramFontError(file, errorCode(error));
        }
        const mathFont = text.indexOf('TeX Gyre DJV Math');
        notice =
            `${DIAGRAM_FONT_FAMILY}, subset: only the glyphs of the text drawn here.\n\n` +
            `${(mathFont >= 0 ? text.slice(0, mathFont) : text).trimEnd()}\n`;
    }
    return notice;
}
