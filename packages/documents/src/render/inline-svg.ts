import { elementAnchor, taskAnchor } from '../document-model/anchors.js';

/**
 * Prepares a diagram's SVG for inlining into an HTML page that holds several diagrams and tables:
 * drops the XML prolog, scripts and event handlers (the page must stay inert whatever the SVG holds),
 * and gives every id inside the SVG the figure's prefix, so that ids of two diagrams, or of a diagram and
 * a table row naming the same element, never clash. Links to an anchor of the page keep pointing at it,
 * so a click on a node lands on the element's row; a node of an element or task the page has a home for (the
 * group the diagrams mark `data-element`) becomes such a link.
 */
export function inlineSvg(svg: string, prefix: string, pageAnchors: ReadonlySet<string>): string {
    const text = svg
        .replace(/<\?xml[\s\S]*?\?>/g, '')
        .replace(/<!DOCTYPE[^>]*>/gi, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<script\b[^>]*\/>/gi, '');
    // Only attributes inside tags are rewritten: the text between tags (titles, labels) is the user's, and a
    // name such as `Cổng onclick=1` or `url(#a)` must read in the tooltip as it was written.
    const ids = new Set<string>();
    for (const tag of text.matchAll(START_TAG)) {
        for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) if (attribute[2] === 'id') ids.add(attributeValue(attribute));
    }
    const rewritten = text.replace(START_TAG, (_tag, name: string, rest: string) => {
        const attributes = rest.replace(ATTRIBUTE, (...match: string[]) => {
            const [whole, separator, attributeName] = match as [string, string, string];
            // Re-quoted in double quotes: a double quote from a single-quoted value must not end the new value.
            const value = attributeValue(match).replace(/"/g, '&quot;');
            if (/^on/i.test(attributeName)) return '';
            if (attributeName === 'id') return `${separator}id="${prefix}-${value}"`;
            if (/^(xlink:)?href$/i.test(attributeName)) {
                if (/^\s*javascript:/i.test(value)) return `${separator}${attributeName}="#"`;
                const target = value.startsWith('#') ? value.slice(1) : undefined;
                const inside = target !== undefined && !pageAnchors.has(target) && ids.has(target);
                return inside ? `${separator}${attributeName}="#${prefix}-${target}"` : whole;
            }
            return whole.replace(/url\(\s*#([^)\s]+)\s*\)/g, (reference, id: string) =>
                ids.has(id) ? `url(#${prefix}-${id})` : reference
            );
        });
        return `<${name}${attributes}>`;
    });
    return linkElementNodes(rewritten, pageAnchors).trim();
}

/** A start (or empty) tag: its name, then everything up to the `>` that is not inside a quoted value. */
const START_TAG = /<([A-Za-z][^\s/>"']*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/**
 * One attribute: what separates it from the previous one (a browser also reads `/` as a separator, as in
 * `<svg/onload=…>`), its name, and its value double-quoted, single-quoted or bare.
 */
const ATTRIBUTE = /([\s/]+)([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The value as written in the tag (its entities not decoded): ids and references are compared as written. */
function attributeValue(attribute: ArrayLike<string | undefined>): string {
    return attribute[3] ?? attribute[4] ?? attribute[5] ?? '';
}

/** Wraps each element node whose anchor is on the page in a link to it, unless it sits in a link already. */
function linkElementNodes(svg: string, pageAnchors: ReadonlySet<string>): string {
    const out: string[] = [];
    let copied = 0;
    for (const match of svg.matchAll(/<g\b[^>]*\sdata-element="([^"]*)"[^>]*>/g)) {
        const start = match.index;
        if (start < copied) continue; // inside a node already linked
        const qualifiedName = unescapeAttribute(match[1]!);
        // Roadmap bars are tasks, whose rows have task anchors; every other node is an architecture element.
        const anchor = [elementAnchor(qualifiedName), taskAnchor(qualifiedName)].find(candidate => pageAnchors.has(candidate));
        if (!anchor || insideLink(svg, start)) continue;
        const end = closingTagEnd(svg, start);
        if (end === undefined) continue;
        out.push(svg.slice(copied, start), `<a href="#${anchor}">`, svg.slice(start, end), '</a>');
        copied = end;
    }
    out.push(svg.slice(copied));
    return out.join('');
}

/** Where the `<g>` element opening at `start` ends, counting the groups nested in it. */
function closingTagEnd(svg: string, start: number): number | undefined {
    const tags = /<g\b[^>]*?(\/?)>|<\/g\s*>/g;
    tags.lastIndex = start;
    let depth = 0;
    for (let match = tags.exec(svg); match; match = tags.exec(svg)) {
        if (match[0].startsWith('</')) depth--;
        else if (match[1] !== '/') depth++;
        if (depth === 0) return match.index + match[0].length;
    }
    return undefined;
}

function insideLink(svg: string, position: number): boolean {
    const before = svg.slice(0, position);
    return before.lastIndexOf('<a ') > before.lastIndexOf('</a>');
}

function unescapeAttribute(value: string): string {
    return value
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
