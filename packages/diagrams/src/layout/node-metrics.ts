import type { DiagramNode, NodeShape } from '../content/diagram-content.js';
import { wrapText } from '../text/text-metrics.js';

/*
 * The size of a node's box, from the metrics of its words: what layout needs to place the boxes. Drawing them
 * (render/node-box.ts) reads the same measures, so the text it writes fits the box measured here.
 */

export const NODE_WIDTH = 188;
export const CAPTION_SIZE = 10;
export const TITLE_SIZE = 10.5;
export const DETAIL_SIZE = 10;
export const CAPTION_LINE = 13;
export const TITLE_LINE = 13.5;
export const DETAIL_LINE = 13;
export const PAD_X = 9;
export const PAD_TOP = 6;
const PAD_BOTTOM = 8;
export const GLYPH = 14;
/** Left strip carrying the gap-status pattern. */
export const GAP_STRIP = 12;

/** Extra room some outlines need around the text: the cylinder's lids, the 3-D box's top face. */
export const SHAPE_INSETS: Partial<Record<NodeShape, { top: number; bottom: number; right: number }>> = {
    database: { top: 9, bottom: 5, right: 0 },
    node: { top: 6, bottom: 0, right: 6 },
    dataset: { top: 0, bottom: 0, right: 6 },
    security: { top: 0, bottom: 2, right: 0 },
    measure: { top: 0, bottom: 2, right: 0 }
};

export interface NodeText {
    caption: string[];
    title: string[];
    details: string[];
    width: number;
    height: number;
    /** Compact boxes drop the caption and put the pictogram before a left-aligned title. */
    compact: boolean;
    gapStrip: boolean;
}

export interface NodeLayoutOptions {
    width?: number;
    /** Reserve the left strip for the gap status. */
    gapStrip?: boolean;
    compact?: boolean;
}

export const COMPACT_NODE_WIDTH = 152;
const COMPACT_TEXT_OFFSET = GLYPH + 6;

export function textArea(node: DiagramNode, gapStrip: boolean, compact: boolean): { left: number; right: number } {
    const inset = SHAPE_INSETS[node.shape];
    return { left: PAD_X + (gapStrip ? GAP_STRIP : 0) + (compact ? COMPACT_TEXT_OFFSET : 0), right: PAD_X + (inset?.right ?? 0) };
}

/**
 * Each node's text as laid out in each box style, kept with the node: the search for a view's parts draws the same
 * nodes in every candidate part it tries. A view's nodes are made anew each time the view is drawn and are complete
 * before they are laid out; a `NodeText` is only read.
 */
const laidOut = new WeakMap<DiagramNode, Map<string, NodeText>>();

/** Wraps a node's words to its width and returns the height the box needs so that nothing is clipped. */
export function layoutNodeText(node: DiagramNode, options: NodeLayoutOptions = {}): NodeText {
    const compact = options.compact ?? false;
    const gapStrip = options.gapStrip ?? false;
    const width = options.width ?? (compact ? COMPACT_NODE_WIDTH : NODE_WIDTH);
    const key = `${width}|${gapStrip}|${compact}`;
    let byStyle = laidOut.get(node);
    if (!byStyle) {
        byStyle = new Map();
        laidOut.set(node, byStyle);
    }
    let text = byStyle.get(key);
    if (!text) {
        text = wrapNodeText(node, width, gapStrip, compact);
        byStyle.set(key, text);
    }
    return text;
}

function wrapNodeText(node: DiagramNode, width: number, gapStrip: boolean, compact: boolean): NodeText {
    const area = textArea(node, gapStrip, compact);
    const inner = width - area.left - area.right;
    const inset = SHAPE_INSETS[node.shape];
    const title = wrapText(node.title, inner, TITLE_SIZE, true);
    const details = node.details.flatMap(detail => wrapText(detail, inner, DETAIL_SIZE));
    const detailHeight = details.length > 0 ? 3 + details.length * DETAIL_LINE : 0;
    if (compact) {
        const height =
            PAD_TOP + (inset?.top ?? 0) + Math.max(title.length * TITLE_LINE, GLYPH) + detailHeight + PAD_BOTTOM + (inset?.bottom ?? 0);
        return { caption: [], title, details, width, height: Math.ceil(height), compact, gapStrip };
    }
    // The caption is centred, so the glyph in the top-right corner is kept clear on both sides.
    const caption = wrapText(node.caption, inner - 2 * (GLYPH + 4), CAPTION_SIZE);
    const height =
        PAD_TOP +
        (inset?.top ?? 0) +
        Math.max(caption.length * CAPTION_LINE, GLYPH) +
        3 +
        title.length * TITLE_LINE +
        detailHeight +
        PAD_BOTTOM +
        (inset?.bottom ?? 0);
    return { caption, title, details, width, height: Math.ceil(height), compact, gapStrip };
}

export interface PlacedNode {
    node: DiagramNode;
    text: NodeText;
    x: number;
    y: number;
    width: number;
    height: number;
}
