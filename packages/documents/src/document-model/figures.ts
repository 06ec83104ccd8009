import type { LayerKind, StateKind } from '@kts/language/model';
import { sanitiseId } from './anchors.js';
import type { FigureBlock, FigurePlacement } from './document-model.js';

/**
 * A diagram ready to be placed: the view as the diagrams package renders it, drawn without its title, which
 * the figure's caption carries; a view too large for a page comes as several parts, each its own figure.
 * `kind` is a component architecture (`business` … `security`) for the figures of that architecture;
 * other kinds (overview, integration, gap, roadmap …) are placed with their state, or with the
 * implementation chapter when they have no state.
 */
export interface FigureInput {
    viewId: string;
    /** Which part of the view the drawing is, from 1, when the view is drawn in parts. */
    part?: number;
    kind: string;
    state?: StateKind;
    /** The caption's title, naming the part when the view is drawn in parts. */
    title: string;
    svg: string;
    width: number;
    height: number;
    /** The smallest font size of the drawing's text, in its own units (CSS pixels). */
    smallestFontSize: number;
    elementIds: string[];
    /**
     * The height in millimetres the figure has under the text that opens its section on the same page (a state's
     * overview under the chapter's introduction), when it was drawn to fit there.
     */
    room?: number;
}

/** The component architecture a view belongs to; the integration diagram is part of the application architecture (Chương 1, III.2.đ). */
const VIEW_LAYERS: Record<string, LayerKind> = {
    business: 'business',
    data: 'data',
    application: 'application',
    integration: 'application',
    technology: 'technology',
    security: 'security'
};

export function figureLayer(figure: Pick<FigureInput, 'kind'>): LayerKind | undefined {
    return VIEW_LAYERS[figure.kind];
}

export function figureBlock(figure: FigureInput): FigureBlock {
    return {
        type: 'figure',
        anchor: `figure-${sanitiseId(figure.viewId)}${figure.part ? `-${figure.part}` : ''}`,
        number: 0,
        title: figure.title,
        viewId: figure.viewId,
        svg: figure.svg,
        width: figure.width,
        height: figure.height,
        placement: placeFigure(figure),
        elementIds: figure.elementIds
    };
}

/** No text of a figure is printed smaller than this: the smallest size a reader of a printed submission is asked to read. */
export const SMALLEST_PRINTED_TEXT_PT = 7;

const MM_PER_INCH = 25.4;
/** CSS pixels and points per inch: a drawing's units are CSS pixels, font sizes on paper are points. */
const PX_PER_INCH = 96;
const PT_PER_INCH = 72;

/**
 * What a figure may take of an A4 page with the margins of Nghị định 30/2020/NĐ-CP (portrait: 210 − 30 − 15 mm
 * wide, 297 − 20 − 20 mm high; a landscape page is bound on its top edge: 297 − 20 − 20 mm wide, 210 − 30 − 15 mm
 * high), less room for its caption below it. The Word renderer's page setup (`docx-style.ts`) uses the same margins.
 */
const FIGURE_AREAS_MM = {
    portrait: { width: 165, height: 257 * 0.82 },
    landscape: { width: 257, height: 165 * 0.85 }
} as const;

const toPixels = (millimetres: number) => Math.floor((millimetres / MM_PER_INCH) * PX_PER_INCH);

/**
 * Where a figure goes and the size it is printed at: fitted to the figure area of a portrait page, or of a landscape
 * one when upright would print its smallest text below the readable size and landscape prints it larger. Never
 * enlarged. A figure drawn to fit under the text that opens its section (`room`) is fitted there, on that page, when
 * it prints readably so. Sizes are whole CSS pixels, as the Word file records them, so that the printed text size is
 * the one a reader measures.
 */
export function placeFigure(drawing: { width: number; height: number; smallestFontSize: number; room?: number }): FigurePlacement {
    if (drawing.room !== undefined) {
        const under = fittedUnder(drawing, drawing.room);
        if (under.smallestTextPt >= SMALLEST_PRINTED_TEXT_PT) return { ...under, belowText: true };
    }
    const portrait = fitted(drawing, FIGURE_AREAS_MM.portrait, false);
    const landscape = fitted(drawing, FIGURE_AREAS_MM.landscape, true);
    return portrait.smallestTextPt >= SMALLEST_PRINTED_TEXT_PT || portrait.smallestTextPt >= landscape.smallestTextPt
        ? portrait
        : landscape;
}

/** Fitted to the figure area of a portrait page, no taller than `room` millimetres. */
function fittedUnder(drawing: { width: number; height: number; smallestFontSize: number }, room: number): FigurePlacement {
    return fitted(drawing, { width: FIGURE_AREAS_MM.portrait.width, height: Math.min(room, FIGURE_AREAS_MM.portrait.height) }, false);
}

function fitted(
    drawing: { width: number; height: number; smallestFontSize: number },
    area: { width: number; height: number },
    landscape: boolean
): FigurePlacement {
    const scale = Math.min(1, toPixels(area.width) / drawing.width, toPixels(area.height) / drawing.height);
    const width = Math.max(1, Math.floor(drawing.width * scale));
    const height = Math.max(1, Math.floor(drawing.height * scale));
    const smallestTextPt = (drawing.smallestFontSize * (width / drawing.width) * PT_PER_INCH) / PX_PER_INCH;
    return { landscape, width, height, smallestTextPt };
}

/** Whether a drawing placed on its page prints every text at the readable size or larger. */
export function printsReadably(drawing: { width: number; height: number; smallestFontSize: number }): boolean {
    return placeFigure(drawing).smallestTextPt >= SMALLEST_PRINTED_TEXT_PT;
}

/** Whether a drawing printed under text that leaves it `room` millimetres of a portrait page prints every text readably. */
export function printsReadablyUnder(drawing: { width: number; height: number; smallestFontSize: number }, room: number): boolean {
    return fittedUnder(drawing, room).smallestTextPt >= SMALLEST_PRINTED_TEXT_PT;
}

/** Body text: 14 pt on lines of 1.2, 6 pt after each paragraph; a chapter heading about as tall as two lines. */
const BODY_LINE_MM = (14 * 1.2 * MM_PER_INCH) / PT_PER_INCH;
const PARAGRAPH_AFTER_MM = (6 * MM_PER_INCH) / PT_PER_INCH;
const HEADING_MM = 2 * BODY_LINE_MM;
/** Characters of Vietnamese body text a line of the text width holds, counted low so that the estimate errs tall. */
const CHARACTERS_PER_LINE = 68;

/**
 * The room a figure has under a chapter's heading and the paragraphs that open it, on the page they start: the figure
 * area less about as much as the text takes.
 */
export function roomUnder(paragraphs: readonly string[]): number {
    const text = paragraphs.reduce(
        (sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / CHARACTERS_PER_LINE)) * BODY_LINE_MM + PARAGRAPH_AFTER_MM,
        HEADING_MM
    );
    return FIGURE_AREAS_MM.portrait.height - text;
}
