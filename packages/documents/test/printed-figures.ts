import { CAPTION_STYLES } from '../src/render/docx-style.js';
import { byTag, descendants, parseXml, readDocx, textOf, type XNode } from './support.js';

/** English Metric Units per typographic point (914 400 per inch, 72 points per inch). */
const EMU_PER_POINT = 12_700;

/** One image of a Word file as it is printed: its caption, its size on the page and the smallest text in it. */
export interface PrintedFigure {
    caption: string;
    /** The image's extent on the page, in millimetres. */
    widthMm: number;
    heightMm: number;
    /** The drawing's own size (SVG user units) and its smallest font size in those units. */
    drawingWidth: number;
    drawingHeight: number;
    smallestFontSize: number;
    /** The smallest text as printed, in points. */
    smallestPrintedPt: number;
}

/**
 * Measures every image of a Word file from the file alone: the extent Word places it at (`wp:extent`, EMU) and the
 * SVG it shows (`asvg:svgBlip`, the drawing the PNG fallback is rasterised from), whose viewBox width is scaled to
 * the extent's width; the smallest `font-size` of its text, so scaled, is what the reader gets on paper.
 */
export async function measurePrintedFigures(docx: Uint8Array): Promise<PrintedFigure[]> {
    const { document, relationships, zip } = await readDocx(docx);
    const targets = new Map(byTag(relationships, 'Relationship').map(node => [node.attrs.Id!, node.attrs.Target!]));
    const paragraphs = byTag(document, 'w:p');
    const placed = paragraphs.flatMap((paragraph, index) =>
        byTag(paragraph, 'w:drawing').map(drawing => {
            const extent = byTag(drawing, 'wp:extent')[0];
            const svgBlip = byTag(drawing, 'asvg:svgBlip')[0];
            if (!extent || !svgBlip) throw new Error('an image without an extent or an SVG drawing');
            return {
                caption: captionAfter(paragraphs, index),
                widthMm: emuToMm(Number(extent.attrs.cx)),
                heightMm: emuToMm(Number(extent.attrs.cy)),
                media: `word/${targets.get(svgBlip.attrs['r:embed']!)}`
            };
        })
    );
    const figures: PrintedFigure[] = [];
    for (const { media, ...figure } of placed) {
        const drawing = measureSvg(parseXml(await zip.file(media)!.async('string')));
        const printedWidthPt = (figure.widthMm / 25.4) * 72;
        figures.push({ ...figure, ...drawing, smallestPrintedPt: drawing.smallestFontSize * (printedWidthPt / drawing.drawingWidth) });
    }
    return figures;
}

const emuToMm = (emu: number) => (emu / EMU_PER_POINT / 72) * 25.4;

/** The caption paragraph that follows the image: the first paragraph after it in the figure caption style. */
function captionAfter(paragraphs: XNode[], index: number): string {
    const next = paragraphs
        .slice(index + 1)
        .find(paragraph => byTag(paragraph, 'w:pStyle').some(style => style.attrs['w:val'] === CAPTION_STYLES.figure.id));
    if (!next) throw new Error('an image without a caption after it');
    return byTag(next, 'w:t').map(textOf).join('');
}

/** The drawing's width and height (its viewBox) and the smallest font size of any text in it, inherited sizes included. */
export function measureSvg(document: XNode): { drawingWidth: number; drawingHeight: number; smallestFontSize: number } {
    const svg = byTag(document, 'svg')[0];
    if (!svg) throw new Error('no <svg> element');
    const viewBox = (svg.attrs.viewBox ?? `0 0 ${svg.attrs.width} ${svg.attrs.height}`)
        .trim()
        .split(/[\s,]+/)
        .map(Number);
    let smallest = Number.POSITIVE_INFINITY;
    const visit = (node: XNode, inherited: number) => {
        if (/scale|matrix/.test(node.attrs.transform ?? ''))
            throw new Error(`a scaling transform is not measured: ${node.attrs.transform}`);
        const size = fontSize(node) ?? inherited;
        if ((node.tag === 'text' || node.tag === 'tspan') && textOf(node).trim() !== '') smallest = Math.min(smallest, size);
        for (const child of node.children) visit(child, size);
    };
    // SVG's initial font size is "medium", 16 px in every renderer.
    visit(svg, 16);
    if (![...descendants(svg)].some(node => node.tag === 'text')) smallest = Number.POSITIVE_INFINITY;
    return { drawingWidth: viewBox[2]!, drawingHeight: viewBox[3]!, smallestFontSize: smallest };
}

function fontSize(node: XNode): number | undefined {
    const style = /font-size\s*:\s*([\d.]+)(px)?/.exec(node.attrs.style ?? '');
    const value = style?.[1] ?? node.attrs['font-size'];
    if (value === undefined) return undefined;
    if (!/^[\d.]+(px)?$/.test(value.trim())) throw new Error(`a font size in units other than px is not measured: ${value}`);
    return Number.parseFloat(value);
}
