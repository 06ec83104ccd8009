/** Small helpers that keep the SVG text byte-stable: fixed number formatting, escaped text, sorted ids. */
import { escapeXml } from '@kts/language/model';

export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type Attributes = Record<string, string | number | undefined>;

export function attrs(values: Attributes): string {
    let out = '';
    for (const [name, value] of Object.entries(values)) {
        if (value === undefined) continue;
        out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
    }
    return out;
}

export function tag(name: string, values: Attributes, content?: string): string {
    return content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`;
}

/** The id an SVG node carries for an element: `el-` and the qualified name with other characters as `_`. */
export function elementDomId(qualifiedName: string): string {
    return `el-${qualifiedName.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function domId(prefix: string, key: string): string {
    return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
