import { num, tag } from '../svg/svg-builder.js';
import type { Point } from '../layout/graphviz-layout.js';
import type { EdgeLook } from '../style/palette.js';

const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.2;

/** An arrowhead whose tip is `tip`, pointing away from `from`. */
export function arrowHead(tip: Point, from: Point, look: EdgeLook): string {
    if (look.head === 'none') return '';
    const dx = tip.x - from.x;
    const dy = tip.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const baseX = tip.x - ux * HEAD_LENGTH;
    const baseY = tip.y - uy * HEAD_LENGTH;
    const d =
        `M${num(tip.x)} ${num(tip.y)}L${num(baseX - uy * HEAD_HALF_WIDTH)} ${num(baseY + ux * HEAD_HALF_WIDTH)}` +
        `L${num(baseX + uy * HEAD_HALF_WIDTH)} ${num(baseY - ux * HEAD_HALF_WIDTH)}Z`;
    return tag('path', {
        d,
        fill: look.head === 'filled' ? look.stroke : '#ffffff',
        stroke: look.stroke,
        'stroke-width': 1.1,
        'stroke-linejoin': 'miter'
    });
}

/** The point where the arrowhead's base sits, so the line stops there and does not poke through the tip. */
export function shortenTo(tip: Point, from: Point): Point {
    const dx = tip.x - from.x;
    const dy = tip.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    return { x: tip.x - (dx / length) * (HEAD_LENGTH - 1), y: tip.y - (dy / length) * (HEAD_LENGTH - 1) };
}

export function straightArrow(from: Point, to: Point, look: EdgeLook, attributes: Record<string, string> = {}): string {
    const end = look.head === 'none' ? to : shortenTo(to, from);
    return (
        tag('path', {
            d: `M${num(from.x)} ${num(from.y)}L${num(end.x)} ${num(end.y)}`,
            fill: 'none',
            stroke: look.stroke,
            'stroke-width': look.width,
            'stroke-dasharray': look.dash,
            ...attributes
        }) + arrowHead(to, from, look)
    );
}
