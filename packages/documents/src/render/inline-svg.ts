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
    let text = svg
        .replace(/<\?xml[\s\S]*?\?>/g, '')
        .replace(/<!DOCTYPE[^>]*>/gi, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<script\b[^>]*\/>/gi, '')
        .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/(\s(?:xlink:)?href\s*=\s*)("\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, '$1"#"');
    const ids = new Set<string>();
    text = text.replace(/(\sid\s*=\s*)(["'])([^"']*)\2/g, (_match, head: string, quote: string, id: string) => {
        ids.add(id);
        return `${head}${quote}${prefix}-${id}${quote}`;
    });
    text = text.replace(/url\(\s*#([^)\s]+)\s*\)/g, (match, id: string) => (ids.has(id) ? `url(#${prefix}-${id})` : match));
    text = text.replace(/(\s(?:xlink:)?href\s*=\s*)(["'])#([^"']*)\2/g, (match, head: string, quote: string, id: string) => {
        if (pageAnchors.has(id)) return match;
        return ids.has(id) ? `${head}${quote}#${prefix}-${id}${quote}` : match;
    });
    return linkElementNodes(text, pageAnchors).trim();
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
    return value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
