/** Small helpers that keep the SVG text byte-stable: fixed number formatting, escaped text, sorted ids. */
import { escapeXml } from '@kts/language/model';

export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Text without the characters `escapeXml` replaces, nor others it might (markup, quotes, control characters and the
 * noncharacters U+FFFE and U+FFFF); `test/svg-builder.test.ts` holds `xmlText` to `escapeXml` on any text.
 */
const NOTHING_TO_ESCAPE = /^[^&<>"'\u0000-\u001f\u007f\ufffe\uffff]*$/;

/**
 * Text for an attribute value or an element's content: as it is when there is nothing to escape, which is most of a
 * drawing's values and lines; `escapeXml` runs three replacements over each, a tenth of drawing a figure.
 */
export function xmlText(text: string): string {
    return NOTHING_TO_ESCAPE.test(text) ? text : escapeXml(text);
}

export type Attributes = Record<string, string | number | undefined>;

export function attrs(values: Attributes): string {
    let out = '';
    for (const name in values) {
        const value = values[name];
        if (value === undefined) continue;
        out += ` ${name}="${typeof value === 'number' ? num(value) : xmlText(value)}"`;
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
