/**
 * Prepares a diagram's SVG for inlining into an HTML page that holds several diagrams and tables:
 * drops the XML prolog, scripts and event handlers (the page must stay inert whatever the SVG holds),
 * and gives every id inside the SVG the figure's prefix, so that ids of two diagrams, or of a diagram and
 * a table row naming the same element, never clash. Links to an anchor of the page keep pointing at it,
 * so a click on a node lands on the element's row.
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
    return text.trim();
}
