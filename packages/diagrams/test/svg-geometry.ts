import { XMLParser } from 'fast-xml-parser';
import { diagramFontOptions } from '../src/diagram-fonts.js';
import { loadResvg } from '../src/resvg.js';
import { FONT_FAMILY } from '../src/text/text-metrics.js';

/** Reads back what a user sees in a diagram: every node's box and words, taken from the SVG itself. */

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface SvgNode {
    id: string;
    classes: string[];
    element?: string;
    national?: string;
    collapsed: string[];
    box: Box;
    /** The node's <text> elements, serialised again, for measuring with a real renderer. */
    texts: string[];
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

function tagName(node: Ordered): string | undefined {
    return Object.keys(node).find(key => key !== ':@');
}

function children(node: Ordered): Ordered[] {
    const name = tagName(node);
    const value = name ? node[name] : undefined;
    return Array.isArray(value) ? (value as Ordered[]) : [];
}

function textContent(node: Ordered): string {
    return children(node)
        .map(child =>
            typeof child['#text'] === 'string' || typeof child['#text'] === 'number' ? String(child['#text']) : textContent(child)
        )
        .join('');
}

function escape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function serialiseText(node: Ordered): string {
    const attributes = Object.entries(node[':@'] ?? {})
        .map(([name, value]) => ` ${name}="${escape(String(value)).replace(/"/g, '&quot;')}"`)
        .join('');
    return `<text${attributes}>${escape(textContent(node))}</text>`;
}

function collectTexts(node: Ordered, into: string[]): void {
    for (const child of children(node)) {
        if (tagName(child) === 'text') into.push(serialiseText(child));
        else if (tagName(child) === 'g' && (child[':@']?.class ?? '').split(' ').includes('node')) continue;
        else collectTexts(child, into);
    }
}

/** Bounding box of an outline: a rect, or a path of M/L/H/V/A/Z commands (arcs widened by their radius). */
function outlineBox(node: Ordered): Box | undefined {
    const attributes = node[':@'] ?? {};
    if (tagName(node) === 'rect') {
        return { x: Number(attributes.x), y: Number(attributes.y), width: Number(attributes.width), height: Number(attributes.height) };
    }
    if (tagName(node) !== 'path') return undefined;
    const tokens = (attributes.d ?? '').match(/[MLHVAZC]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
    const xs: number[] = [];
    const ys: number[] = [];
    let x = 0;
    let y = 0;
    let index = 0;
    let command = 'M';
    const next = () => Number(tokens[index++]);
    while (index < tokens.length) {
        if (/[A-Z]/i.test(tokens[index]!)) command = tokens[index++]!;
        switch (command) {
            case 'M':
            case 'L':
                x = next();
                y = next();
                xs.push(x);
                ys.push(y);
                break;
            case 'H':
                x = next();
                xs.push(x);
                ys.push(y);
                break;
            case 'V':
                y = next();
                xs.push(x);
                ys.push(y);
                break;
            case 'C':
                for (let point = 0; point < 3; point++) {
                    x = next();
                    y = next();
                    xs.push(x);
                    ys.push(y);
                }
                break;
            case 'A': {
                next();
                const ry = next();
                next();
                next();
                next();
                x = next();
                y = next();
                xs.push(x);
                ys.push(y - ry, y + ry);
                break;
            }
            case 'Z':
                break;
            default:
                throw new Error(`unexpected path command ${command}`);
        }
    }
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

export function parseSvg(svg: string): Ordered[] {
    return parser.parse(svg) as Ordered[];
}

/** Every `<g class="node …">`: its id, the element it stands for, its outline (first shape) and its words. */
export function svgNodes(svg: string): SvgNode[] {
    const found: SvgNode[] = [];
    const visit = (node: Ordered) => {
        if (tagName(node) === 'g' && (node[':@']?.class ?? '').split(' ').includes('node')) {
            const attributes = node[':@']!;
            const shapes = children(node).filter(child => tagName(child) !== 'title');
            const box = outlineBox(shapes[0]!);
            if (!box) throw new Error(`node ${attributes.id} has no outline as its first shape`);
            const texts: string[] = [];
            collectTexts(node, texts);
            found.push({
                id: attributes.id!,
                classes: attributes.class!.split(' '),
                element: attributes['data-element'],
                national: attributes['data-national'],
                collapsed: attributes['data-collapsed']?.split(' ') ?? [],
                box,
                texts
            });
        }
        for (const child of children(node)) visit(child);
    };
    for (const node of parseSvg(svg)) visit(node);
    return found;
}

export function svgSize(svg: string): { width: number; height: number } {
    const match = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
    if (!match) throw new Error('no width/height on <svg>');
    return { width: Number(match[1]), height: Number(match[2]) };
}

export function overlapArea(a: Box, b: Box): number {
    const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return width > 0 && height > 0 ? width * height : 0;
}

export function contains(outer: Box, inner: Box, tolerance = 0.5): boolean {
    return (
        inner.x >= outer.x - tolerance &&
        inner.y >= outer.y - tolerance &&
        inner.x + inner.width <= outer.x + outer.width + tolerance &&
        inner.y + inner.height <= outer.y + outer.height + tolerance
    );
}

const Resvg = await loadResvg();

/** Where the renderer actually puts the ink of some text elements, drawn with the fonts the package ships. */
export function inkBox(texts: string[], width: number, height: number): Box | undefined {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FONT_FAMILY}">${texts.join('')}</svg>`;
    const renderer = new Resvg(svg, { font: diagramFontOptions() });
    const box = renderer.getBBox();
    renderer.free();
    return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}
