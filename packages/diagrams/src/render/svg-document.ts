import { num, xmlText } from '../svg/svg-builder.js';
import { gapPatternDefs, MUTED_TEXT, TEXT_COLOUR } from '../style/palette.js';
import { FONT_FAMILY, measureText, wrapText } from '../text/text-metrics.js';

export const TITLE_SIZE = 16;
const TITLE_LINE = 21;
const SUBTITLE_SIZE = 11.5;
const SUBTITLE_LINE = 16;

export interface Heading {
    titleLines: string[];
    subtitleLines: string[];
    height: number;
}

/**
 * What a diagram shows above its drawing: the view's title and the framework it belongs to. A document that
 * captions the figure draws none, so the title is read once.
 */
export interface HeadingText {
    title: string;
    subtitle: string;
}

export function headingWidth(text: HeadingText | undefined): number {
    return text ? Math.max(measureText(text.title, TITLE_SIZE, true), measureText(text.subtitle, SUBTITLE_SIZE)) : 0;
}

export function layoutHeading(text: HeadingText | undefined, width: number): Heading {
    if (!text) return { titleLines: [], subtitleLines: [], height: 0 };
    const titleLines = wrapText(text.title, width, TITLE_SIZE, true);
    const subtitleLines = text.subtitle ? wrapText(text.subtitle, width, SUBTITLE_SIZE) : [];
    return { titleLines, subtitleLines, height: titleLines.length * TITLE_LINE + subtitleLines.length * SUBTITLE_LINE + 8 };
}

export function drawHeading(heading: Heading, x: number, y: number): string {
    if (heading.titleLines.length === 0 && heading.subtitleLines.length === 0) return '';
    let cursor = y;
    let out = '';
    for (const line of heading.titleLines) {
        out += `<text x="${num(x)}" y="${num(cursor + TITLE_SIZE)}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${TEXT_COLOUR}">${xmlText(line)}</text>`;
        cursor += TITLE_LINE;
    }
    for (const line of heading.subtitleLines) {
        out += `<text x="${num(x)}" y="${num(cursor + SUBTITLE_SIZE)}" font-size="${SUBTITLE_SIZE}" fill="${MUTED_TEXT}">${xmlText(line)}</text>`;
        cursor += SUBTITLE_LINE;
    }
    return `<g class="heading">${out}</g>`;
}

/** The complete SVG document; every diagram shares the font, the white page and the gap-status patterns. */
export function svgDocument(id: string, title: string, width: number, height: number, body: string): string {
    const w = Math.ceil(width);
    const h = Math.ceil(height);
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" id="${xmlText(id)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
        `font-family="${xmlText(FONT_FAMILY)}" role="img" aria-label="${xmlText(title)}">` +
        `<title>${xmlText(title)}</title><defs>${gapPatternDefs()}</defs>` +
        `<rect x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>${body}</svg>\n`
    );
}
