import type { NodeShape } from '../content/diagram-content.js';
import {
    CAPTION_LINE,
    CAPTION_SIZE,
    DETAIL_LINE,
    DETAIL_SIZE,
    GAP_STRIP,
    GLYPH,
    PAD_TOP,
    PAD_X,
    SHAPE_INSETS,
    textArea,
    TITLE_LINE,
    TITLE_SIZE,
    type PlacedNode
} from '../layout/node-metrics.js';
import { domId, elementDomId, num, tag, xmlText } from '../svg/svg-builder.js';
import { CHANGE_LOOKS, GAP_LOOKS, MUTED_TEXT, PALETTES, TEXT_COLOUR } from '../style/palette.js';

/** Left strip's insets per outline: the gap-status pattern stays inside the shape. */
const STRIP_INSETS: Partial<Record<NodeShape, number>> = {
    database: 12,
    security: 9,
    measure: 9,
    node: 7,
    actor: 8,
    activity: 5,
    service: 10
};

/** The SVG group of one node; it carries the element id so documents and the editor can navigate to it. */
export function drawNode(placed: PlacedNode, options: { frame?: boolean } = {}): string {
    const { node, text, x, y, width, height } = placed;
    const colours = PALETTES[node.palette];
    const gap = node.gap ? GAP_LOOKS[node.gap] : node.change ? CHANGE_LOOKS[node.change] : undefined;
    const fill = gap ? gap.fill : colours.fill;
    const stroke = gap ? gap.stroke : colours.stroke;
    const strokeWidth = gap ? gap.strokeWidth : 1.3;
    const dash = gap?.dash ?? (node.origin === 'other' ? '6 3' : undefined);
    const parts: string[] = [];
    parts.push(outline(node.shape, x, y, width, height, { fill, stroke, 'stroke-width': strokeWidth, 'stroke-dasharray': dash }));
    if (node.origin === 'national') {
        parts.push(innerOutline(node.shape, x, y, width, height, stroke));
    }
    if (node.shape === 'summary') {
        parts.push(tag('rect', { x: x + 4, y: y - 4, width, height, fill: 'none', stroke, 'stroke-width': 1, 'stroke-dasharray': '3 2' }));
    }
    if (text.gapStrip && gap) {
        // The strip stays inside the outline: below a cylinder's lid, between a chamfer's corners.
        const inset = STRIP_INSETS[node.shape] ?? 1;
        parts.push(
            tag('rect', {
                x: x + 1,
                y: y + inset,
                width: GAP_STRIP - 1,
                height: height - 2 * inset,
                fill: `url(#${gap.pattern})`,
                stroke: 'none'
            })
        );
        parts.push(tag('line', { x1: x + GAP_STRIP, y1: y + inset, x2: x + GAP_STRIP, y2: y + height - inset, stroke, 'stroke-width': 1 }));
    }
    const glyphY = y + PAD_TOP + (SHAPE_INSETS[node.shape]?.top ?? 0) + (text.compact ? 1 : 0);
    const glyphX = text.compact
        ? x + PAD_X + (text.gapStrip ? GAP_STRIP : 0)
        : x + width - PAD_X - GLYPH - (SHAPE_INSETS[node.shape]?.right ?? 0);
    parts.push(glyph(node.shape, glyphX, glyphY, stroke));
    parts.push(nodeText(placed));
    const groupAttrs: Record<string, string | undefined> = {
        id: node.elementId ? elementDomId(node.elementId) : domId(node.nationalCode ? 'nat' : 'node', node.nationalCode ?? node.key),
        class: `node ${node.shape} ${node.origin}${node.gap ? ` gap-${node.gap}` : ''}${node.change ? ` change-${node.change}` : ''}${options.frame ? ' frame' : ''}`,
        'data-element': node.elementId,
        'data-national': node.nationalCode,
        'data-collapsed': node.collapsed?.join(' ')
    };
    const tooltip = node.caption ? `${node.title} — ${node.caption}` : node.title;
    return tag('g', groupAttrs, `<title>${xmlText(tooltip)}</title>${parts.join('')}`);
}

function nodeText(placed: PlacedNode): string {
    const { node, text, x, y, width } = placed;
    const area = textArea(node, text.gapStrip, text.compact);
    const lines: string[] = [];
    let cursor = y + PAD_TOP + (SHAPE_INSETS[node.shape]?.top ?? 0);
    if (text.compact) {
        const left = x + area.left;
        for (const line of text.title) {
            lines.push(textLine(line, left, cursor + TITLE_SIZE, TITLE_SIZE, { fill: TEXT_COLOUR, 'font-weight': 'bold' }, 'start'));
            cursor += TITLE_LINE;
        }
        if (text.title.length * TITLE_LINE < GLYPH) cursor += GLYPH - text.title.length * TITLE_LINE;
        if (text.details.length > 0) cursor += 3;
        for (const line of text.details) {
            lines.push(textLine(line, left, cursor + DETAIL_SIZE, DETAIL_SIZE, { fill: MUTED_TEXT }, 'start'));
            cursor += DETAIL_LINE;
        }
        return lines.join('');
    }
    const centre = x + area.left + (width - area.left - area.right) / 2;
    const captionBlock = Math.max(text.caption.length * CAPTION_LINE, GLYPH);
    let captionY = cursor + (captionBlock - text.caption.length * CAPTION_LINE) / 2;
    for (const line of text.caption) {
        lines.push(textLine(line, centre, captionY + CAPTION_SIZE, CAPTION_SIZE, { fill: MUTED_TEXT, 'font-style': 'italic' }));
        captionY += CAPTION_LINE;
    }
    cursor += captionBlock + 3;
    for (const line of text.title) {
        lines.push(textLine(line, centre, cursor + TITLE_SIZE, TITLE_SIZE, { fill: TEXT_COLOUR, 'font-weight': 'bold' }));
        cursor += TITLE_LINE;
    }
    if (text.details.length > 0) cursor += 3;
    for (const line of text.details) {
        lines.push(textLine(line, centre, cursor + DETAIL_SIZE, DETAIL_SIZE, { fill: MUTED_TEXT }));
        cursor += DETAIL_LINE;
    }
    return lines.join('');
}

export function textLine(
    text: string,
    x: number,
    baseline: number,
    size: number,
    extra: Record<string, string> = {},
    anchor = 'middle'
): string {
    return tag('text', { x, y: baseline, 'font-size': size, 'text-anchor': anchor, ...extra }, xmlText(text));
}

type Paint = Record<string, string | number | undefined>;

function outline(shape: NodeShape, x: number, y: number, w: number, h: number, paint: Paint): string {
    switch (shape) {
        case 'actor':
            return tag('rect', { x, y, width: w, height: h, rx: 14, ...paint });
        case 'activity':
            return tag('rect', { x, y, width: w, height: h, rx: 9, ...paint });
        case 'service':
            return tag('rect', { x, y, width: w, height: h, rx: Math.min(h / 2, 20), ...paint });
        case 'database': {
            const ry = 6;
            const d =
                `M${num(x)} ${num(y + ry)}A${num(w / 2)} ${ry} 0 0 1 ${num(x + w)} ${num(y + ry)}V${num(y + h - ry)}A${num(w / 2)} ${ry} 0 0 1 ${num(x)} ${num(y + h - ry)}Z` +
                `M${num(x)} ${num(y + ry)}A${num(w / 2)} ${ry} 0 0 0 ${num(x + w)} ${num(y + ry)}`;
            return tag('path', { d, ...paint });
        }
        case 'dataset': {
            const fold = 10;
            const d =
                `M${num(x)} ${num(y)}H${num(x + w - fold)}L${num(x + w)} ${num(y + fold)}V${num(y + h)}H${num(x)}Z` +
                `M${num(x + w - fold)} ${num(y)}V${num(y + fold)}H${num(x + w)}`;
            return tag('path', { d, ...paint });
        }
        case 'node': {
            const depth = 6;
            const d =
                `M${num(x)} ${num(y + depth)}H${num(x + w - depth)}V${num(y + h)}H${num(x)}Z` +
                `M${num(x)} ${num(y + depth)}L${num(x + depth)} ${num(y)}H${num(x + w)}V${num(y + h - depth)}L${num(x + w - depth)} ${num(y + h)}` +
                `M${num(x + w - depth)} ${num(y + depth)}L${num(x + w)} ${num(y)}`;
            return tag('path', { d, ...paint });
        }
        case 'security':
        case 'measure': {
            const c = 8;
            const d =
                `M${num(x + c)} ${num(y)}H${num(x + w - c)}L${num(x + w)} ${num(y + c)}V${num(y + h - c)}L${num(x + w - c)} ${num(y + h)}` +
                `H${num(x + c)}L${num(x)} ${num(y + h - c)}V${num(y + c)}Z`;
            return tag('path', { d, ...paint });
        }
        case 'platform':
            return (
                tag('rect', { x, y, width: w, height: h, rx: 2, ...paint }) +
                tag('rect', { x, y, width: w, height: 4, fill: String(paint.stroke), stroke: 'none' })
            );
        default:
            return tag('rect', { x, y, width: w, height: h, rx: 3, ...paint });
    }
}

/** The second border that marks a national component; it follows the outline 3 px inside. */
function innerOutline(shape: NodeShape, x: number, y: number, w: number, h: number, stroke: string): string {
    const inset = 3;
    const paint = { fill: 'none', stroke, 'stroke-width': 1 };
    switch (shape) {
        case 'database': {
            const ry = 6;
            const d = `M${num(x + inset)} ${num(y + ry + 2)}V${num(y + h - ry - 1)}M${num(x + w - inset)} ${num(y + ry + 2)}V${num(y + h - ry - 1)}`;
            return tag('path', { d, ...paint });
        }
        case 'node': {
            const depth = 6;
            return tag('rect', {
                x: x + inset,
                y: y + depth + inset,
                width: w - depth - 2 * inset,
                height: h - depth - 2 * inset,
                ...paint
            });
        }
        case 'security':
        case 'measure': {
            const c = 7;
            const i = inset;
            const d =
                `M${num(x + c + i)} ${num(y + i)}H${num(x + w - c - i)}L${num(x + w - i)} ${num(y + c + i)}V${num(y + h - c - i)}L${num(x + w - c - i)} ${num(y + h - i)}` +
                `H${num(x + c + i)}L${num(x + i)} ${num(y + h - c - i)}V${num(y + c + i)}Z`;
            return tag('path', { d, ...paint });
        }
        default: {
            const rx = shape === 'actor' ? 11 : shape === 'activity' ? 7 : shape === 'service' ? Math.min(h / 2, 20) - inset : 1;
            return tag('rect', { x: x + inset, y: y + inset, width: w - 2 * inset, height: h - 2 * inset, rx, ...paint });
        }
    }
}

/** A 14 px pictogram in the top-right corner naming the kind without colour. */
export function glyph(shape: NodeShape, x: number, y: number, stroke: string): string {
    const p = (d: string, fill = 'none') =>
        tag('path', { d, fill, stroke, 'stroke-width': 1.1, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' });
    const at = (dx: number, dy: number) => `${num(x + dx)} ${num(y + dy)}`;
    switch (shape) {
        case 'actor':
            return (
                tag('circle', { cx: x + 7, cy: y + 3, r: 2.5, fill: 'none', stroke, 'stroke-width': 1.1 }) +
                p(`M${at(7, 5.5)}V${num(y + 10)}M${at(2.5, 7.5)}H${num(x + 11.5)}M${at(3, 14)}L${at(7, 10)}L${at(11, 14)}`)
            );
        case 'activity':
            return p(`M${at(1, 4)}H${num(x + 9)}L${at(13, 7)}L${at(9, 10)}H${num(x + 1)}L${at(4, 7)}Z`);
        case 'process':
            return p(`M${at(1, 5)}H${num(x + 9)}V${num(y + 2)}L${at(13, 7)}L${at(9, 12)}V${num(y + 9)}H${num(x + 1)}Z`);
        case 'service':
            return tag('rect', { x: x + 0.5, y: y + 3.5, width: 13, height: 7, rx: 3.5, fill: 'none', stroke, 'stroke-width': 1.1 });
        case 'database':
            return (
                tag('ellipse', { cx: x + 7, cy: y + 3, rx: 5.5, ry: 2, fill: 'none', stroke, 'stroke-width': 1.1 }) +
                p(`M${at(1.5, 3)}V${num(y + 11)}A5.5 2 0 0 0 ${at(12.5, 11)}V${num(y + 3)}M${at(1.5, 7)}A5.5 2 0 0 0 ${at(12.5, 7)}`)
            );
        case 'dataset':
            return p(
                `M${at(2, 1)}H${num(x + 9)}L${at(12, 4)}V${num(y + 13)}H${num(x + 2)}Z M${at(4, 6)}H${num(x + 10)}M${at(4, 8.5)}H${num(x + 10)}M${at(4, 11)}H${num(x + 10)}`
            );
        case 'application':
            return (
                p(`M${at(3, 1)}H${num(x + 13)}V${num(y + 13)}H${num(x + 3)}Z`) +
                tag('rect', { x: x + 0.5, y: y + 3.5, width: 5, height: 2.5, fill: '#ffffff', stroke, 'stroke-width': 1 }) +
                tag('rect', { x: x + 0.5, y: y + 8, width: 5, height: 2.5, fill: '#ffffff', stroke, 'stroke-width': 1 })
            );
        case 'portal':
            return (
                p(`M${at(1, 2)}H${num(x + 13)}V${num(y + 12)}H${num(x + 1)}Z M${at(1, 5)}H${num(x + 13)}`) +
                tag('circle', { cx: x + 3, cy: y + 3.5, r: 0.6, fill: stroke })
            );
        case 'channel':
            return (
                tag('circle', { cx: x + 10, cy: y + 7, r: 3.2, fill: 'none', stroke, 'stroke-width': 1.1 }) +
                p(`M${at(0.5, 7)}H${num(x + 6.8)}`)
            );
        case 'platform':
            return p(
                `M${at(7, 1)}L${at(13, 4)}L${at(7, 7)}L${at(1, 4)}Z M${at(1, 7)}L${at(7, 10)}L${at(13, 7)} M${at(1, 10)}L${at(7, 13)}L${at(13, 10)}`
            );
        case 'node':
            return p(
                `M${at(1, 4)}H${num(x + 10)}V${num(y + 13)}H${num(x + 1)}Z M${at(1, 4)}L${at(4, 1)}H${num(x + 13)}V${num(y + 10)}L${at(10, 13)} M${at(10, 4)}L${at(13, 1)}`
            );
        case 'network':
            return (
                p(`M${at(1, 7)}H${num(x + 13)}`) +
                [2, 7, 12]
                    .map(cx => tag('circle', { cx: x + cx, cy: y + 7, r: 1.8, fill: '#ffffff', stroke, 'stroke-width': 1.1 }))
                    .join('')
            );
        case 'cloud':
            return p(`M${at(4, 12)}A3 3 0 0 1 ${at(3.5, 6.2)}A4 4 0 0 1 ${at(10.8, 5.5)}A3.3 3.3 0 0 1 ${at(10.5, 12)}Z`);
        case 'device':
            return p(`M${at(1, 2)}H${num(x + 13)}V${num(y + 10)}H${num(x + 1)}Z M${at(7, 10)}V${num(y + 13)}M${at(4, 13)}H${num(x + 10)}`);
        case 'security':
            return (
                p(
                    `M${at(7, 1)}L${at(12.5, 3)}V${num(y + 7)}C${at(12.5, 10.5)} ${at(10, 12.5)} ${at(7, 13.5)}C${at(4, 12.5)} ${at(1.5, 10.5)} ${at(1.5, 7)}V${num(y + 3)}Z`
                ) + p(`M${at(4.5, 7)}L${at(6.5, 9)}L${at(9.8, 5)}`)
            );
        case 'measure':
            return p(
                `M${at(3, 6.5)}H${num(x + 11)}V${num(y + 13)}H${num(x + 3)}Z M${at(4.8, 6.5)}V${num(y + 4.5)}A2.2 2.2 0 0 1 ${at(9.2, 4.5)}V${num(y + 6.5)}`
            );
        case 'policy':
            return p(
                `M${at(2, 1)}H${num(x + 12)}V${num(y + 13)}H${num(x + 2)}Z M${at(4.5, 4)}H${num(x + 9.5)}M${at(4.5, 7)}H${num(x + 9.5)}M${at(4.5, 10)}H${num(x + 8)}`
            );
        case 'summary':
            return p(`M${at(1, 7)}H${num(x + 13)}M${at(7, 1)}V${num(y + 13)}`);
        default:
            return '';
    }
}
