import { capitalize, GAP_STATUSES, type GapStatus } from '@kts/language/model';
import {
    type BandWord,
    CHANGE_MARKS,
    type ChangeMark,
    type DiagramNode,
    type EdgeStyle,
    type NodeShape,
    type Palette
} from '../content/diagram-content.js';
import { changeMarkName, gapStatusName, type LabelKey, relationName, t } from '../i18n.js';
import { num, tag, xmlText } from '../svg/svg-builder.js';
import { CHANGE_LOOKS, EDGE_LOOKS, GAP_LOOKS, MUTED_TEXT, PALETTES, TEXT_COLOUR, type GapLook } from '../style/palette.js';
import { measureText } from '../text/text-metrics.js';
import type { Language } from '../view-types.js';
import { arrowHead } from './edge-path.js';
import type { DrawnBox, DrawnDiagram } from './block-svg.js';
import { glyph } from './node-box.js';
import { svgDocument } from './svg-document.js';

export interface LegendEntry {
    label: string;
    /** Draws the 36 × 20 sample whose top-left corner is (x, y). */
    swatch: (x: number, y: number) => string;
}

const SWATCH_W = 36;
const SWATCH_H = 20;
const LABEL_SIZE = 10.5;
const ITEM_GAP = 18;
const ROW_H = 26;

/** One entry per kind drawn (sample in its colour and outline), then the origin cues. */
export function nodeLegendEntries(nodes: Iterable<DiagramNode>, language: Language, options: { neutral?: boolean } = {}): LegendEntry[] {
    const entries = new Map<string, LegendEntry>();
    let national = false;
    let other = false;
    let summary = false;
    for (const node of nodes) {
        if (node.origin === 'national') national = true;
        if (node.origin === 'other') other = true;
        if (node.shape === 'summary') {
            summary = true;
            continue;
        }
        const key = options.neutral ? `${node.shape}|${node.kindName}` : `${node.shape}|${node.palette}|${node.kindName}`;
        // In the gap view colour means status, so kinds are shown by their pictogram alone.
        const palette = options.neutral ? 'neutral' : node.palette;
        if (!entries.has(key)) entries.set(key, { label: node.kindName, swatch: (x, y) => shapeSwatch(node.shape, palette, x, y) });
    }
    const result = [...entries.values()];
    if (national) result.push({ label: t('legend.national', language), swatch: (x, y) => originSwatch('national', x, y) });
    if (other) result.push({ label: t('legend.otherBody', language), swatch: (x, y) => originSwatch('other', x, y) });
    if (summary) result.push({ label: t('legend.summary', language), swatch: (x, y) => originSwatch('summary', x, y) });
    return result;
}

function shapeSwatch(shape: NodeShape, palette: Palette, x: number, y: number): string {
    const colours = PALETTES[palette];
    return (
        tag('rect', { x, y, width: SWATCH_W, height: SWATCH_H, rx: 3, fill: colours.fill, stroke: colours.stroke, 'stroke-width': 1.2 }) +
        glyph(shape, x + (SWATCH_W - 14) / 2, y + (SWATCH_H - 14) / 2, colours.stroke)
    );
}

function originSwatch(origin: 'national' | 'other' | 'summary', x: number, y: number): string {
    const stroke = '#444444';
    if (origin === 'national') {
        return (
            tag('rect', { x, y, width: SWATCH_W, height: SWATCH_H, rx: 2, fill: '#ffffff', stroke, 'stroke-width': 1.3 }) +
            tag('rect', { x: x + 3, y: y + 3, width: SWATCH_W - 6, height: SWATCH_H - 6, rx: 1, fill: 'none', stroke, 'stroke-width': 1 })
        );
    }
    if (origin === 'other') {
        return tag('rect', {
            x,
            y,
            width: SWATCH_W,
            height: SWATCH_H,
            rx: 2,
            fill: '#ffffff',
            stroke,
            'stroke-width': 1.3,
            'stroke-dasharray': '6 3'
        });
    }
    return (
        tag('rect', {
            x: x + 4,
            y,
            width: SWATCH_W - 4,
            height: SWATCH_H - 4,
            fill: 'none',
            stroke,
            'stroke-width': 1,
            'stroke-dasharray': '3 2'
        }) + tag('rect', { x, y: y + 4, width: SWATCH_W - 4, height: SWATCH_H - 4, rx: 2, fill: '#ffffff', stroke, 'stroke-width': 1.3 })
    );
}

const EDGE_LABELS: Partial<Record<EdgeStyle, (language: Language) => string>> = {
    via: language => t('legend.platformLink', language)
};

const TIER_LABELS: Record<BandWord, LabelKey> = {
    tiers: 'legend.flowTiers',
    layers: 'legend.flowLayers'
};

export function edgeLegendEntries(styles: Iterable<EdgeStyle>, language: Language): LegendEntry[] {
    return [...new Set(styles)].map(style => ({
        label: EDGE_LABELS[style]?.(language) ?? relationName(style, language),
        swatch: (x: number, y: number) => edgeSwatch(style, x, y)
    }));
}

/** The arrow between a block view's bands, named by what the bands are: the 4.0 overview's tiers or functional layers. */
export function tierLegendEntry(bands: BandWord, language: Language): LegendEntry {
    return { label: t(TIER_LABELS[bands], language), swatch: (x, y) => edgeSwatch('tier', x, y) };
}

function edgeSwatch(style: EdgeStyle, x: number, y: number): string {
    const look = EDGE_LOOKS[style];
    const mid = y + SWATCH_H / 2;
    return (
        tag('path', {
            d: `M${num(x)} ${num(mid)}H${num(x + SWATCH_W - 8)}`,
            fill: 'none',
            stroke: look.stroke,
            'stroke-width': look.width,
            'stroke-dasharray': look.dash
        }) + arrowHead({ x: x + SWATCH_W, y: mid }, { x, y: mid }, look)
    );
}

export function gapLegendEntries(statuses: Iterable<GapStatus>, language: Language): LegendEntry[] {
    const present = new Set(statuses);
    return GAP_STATUSES.filter(status => present.has(status)).map(status =>
        statusEntry(gapStatusName(status, language), GAP_LOOKS[status])
    );
}

/** The change view's marks present, in the order of `CHANGE_MARKS`, in the gap legend's style. */
export function changeLegendEntries(marks: Iterable<ChangeMark>, language: Language): LegendEntry[] {
    const present = new Set(marks);
    return CHANGE_MARKS.filter(mark => present.has(mark)).map(mark => statusEntry(changeMarkName(mark, language), CHANGE_LOOKS[mark]));
}

/** A status sample: the box in the status's colours and outline, with its patterned strip. */
function statusEntry(label: string, look: GapLook): LegendEntry {
    return {
        label,
        swatch: (x: number, y: number) => {
            return (
                tag('rect', {
                    x,
                    y,
                    width: SWATCH_W,
                    height: SWATCH_H,
                    rx: 2,
                    fill: look.fill,
                    stroke: look.stroke,
                    'stroke-width': look.strokeWidth,
                    'stroke-dasharray': look.dash
                }) + tag('rect', { x: x + 1, y: y + 1, width: 10, height: SWATCH_H - 2, fill: `url(#${look.pattern})` })
            );
        }
    };
}

/**
 * An entry as the legend writes it: capitalised, whatever its source (a kind's word is lowercase inside a sentence, a
 * cue such as "Thành phần quốc gia (viền đôi)" is written capitalised), so that every entry of a key starts alike.
 */
function entryLabel(entry: LegendEntry, language: Language): string {
    return capitalize(entry.label, language);
}

function legendItemWidth(entry: LegendEntry, language: Language): number {
    return SWATCH_W + 6 + measureText(entryLabel(entry, language), LABEL_SIZE);
}

/** Lays the entries out in rows within `width`; returns the SVG and the height used. */
export function drawLegend(
    entries: LegendEntry[],
    x: number,
    y: number,
    width: number,
    language: Language
): { svg: string; height: number } {
    if (entries.length === 0) return { svg: '', height: 0 };
    const title = t('legend.title', language);
    const titleWidth = measureText(title, 11, true) + 14;
    const parts: string[] = [
        tag('text', { x: x + 10, y: y + 10 + 14, 'font-size': 11, 'font-weight': 'bold', fill: TEXT_COLOUR }, xmlText(title))
    ];
    let cursorX = x + 10 + titleWidth;
    let cursorY = y + 10;
    const right = x + width - 10;
    for (const entry of entries) {
        const itemWidth = legendItemWidth(entry, language);
        if (cursorX + itemWidth > right && cursorX > x + 10 + titleWidth) {
            cursorX = x + 10 + titleWidth;
            cursorY += ROW_H;
        }
        parts.push(entry.swatch(cursorX, cursorY));
        parts.push(
            tag(
                'text',
                { x: cursorX + SWATCH_W + 6, y: cursorY + 14, 'font-size': LABEL_SIZE, fill: MUTED_TEXT },
                xmlText(entryLabel(entry, language))
            )
        );
        cursorX += itemWidth + ITEM_GAP;
    }
    const height = cursorY + ROW_H + 6 - y;
    const frame = tag('rect', { x, y, width, height, rx: 4, fill: '#ffffff', stroke: '#b3b3b3', 'stroke-width': 1 });
    return { svg: tag('g', { class: 'legend' }, frame + parts.join('')), height };
}

/** Narrowest width at which the widest single entry still fits on a row. */
export function legendMinWidth(entries: LegendEntry[], language: Language): number {
    const titleWidth = measureText(t('legend.title', language), 11, true) + 14;
    return entries.reduce((max, entry) => Math.max(max, legendItemWidth(entry, language)), 0) + titleWidth + 20;
}

/** A drawing so far: its parts, and where its content ends. */
export interface DrawingBody {
    id: string;
    title: string;
    width: number;
    /** Where the content ends; the legend starts below it. */
    bottom: number;
    margin: number;
    parts: string[];
    elementIds: string[];
    boxes: DrawnBox[];
}

/**
 * The legend under the drawing, and the finished diagram around both. Without a legend (a part after the first) the
 * drawing ends at its margin: the room a legend would take is room for the drawing on the page.
 */
export function withLegend(body: DrawingBody, entries: LegendEntry[], language: Language): DrawnDiagram {
    const { id, title, width, bottom, margin, parts, elementIds, boxes } = body;
    const legend = drawLegend(entries, margin, bottom + 18, width - 2 * margin, language);
    const height = entries.length > 0 ? bottom + 18 + legend.height + margin : bottom + margin;
    return {
        svg: svgDocument(id, title, width, height, [...parts, legend.svg].join('')),
        width: Math.ceil(width),
        height: Math.ceil(height),
        elementIds,
        boxes
    };
}
