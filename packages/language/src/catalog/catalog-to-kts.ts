import type { CatalogFile, CatalogFileEntry } from './catalog-types.js';

/**
 * Renders a JSON catalogue as a KTS catalogue document, so that built-in and user catalogues go
 * through the same parser, index and linker: codes then resolve, hover and navigate like any element.
 */
export function catalogToKts(catalog: CatalogFile): string {
    const lines: string[] = [];
    lines.push(`// ${catalog.title.vi}`);
    lines.push(`// Nguồn: ${oneLine(catalog.source)}`);
    lines.push(`catalog ${catalog.id} ${quote(catalog.title.vi)} {`);
    if (catalog.title.en) lines.push(`    en ${quote(catalog.title.en)}`);
    lines.push(`    version ${quote(catalog.version)}`);
    lines.push(`    status ${catalog.status}`);
    lines.push(`    source ${quote(catalog.source)}`);
    if (catalog.note) lines.push(`    note ${quote(catalog.note)}`);
    for (const model of catalog.models ?? []) {
        const head = [`    model ${model.model}`];
        if (model.pattern) head.push(`pattern ${quote(model.pattern)}`);
        if (model.complete) head.push('complete');
        const body: string[] = [];
        if (model.name?.vi) body.push(`vi ${quote(model.name.vi)}`);
        if (model.name?.en) body.push(`en ${quote(model.name.en)}`);
        if (model.leafOnly) body.push('leaf-only');
        lines.push(body.length > 0 ? `${head.join(' ')} { ${body.join(' ')} }` : head.join(' '));
    }
    for (const entry of catalog.entries) {
        lines.push(...entryToKts(entry));
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

function entryToKts(entry: CatalogFileEntry): string[] {
    const props: Array<[string, string | undefined]> = [
        ['model', entry.model],
        ['kind', quote(entry.kind)],
        ['tier', entry.tier && quote(entry.tier)],
        ['parent', entry.parent],
        ['en', entry.nameEn && quote(entry.nameEn)],
        ['abbreviation', entry.abbreviation && quote(entry.abbreviation)],
        ['owner', entry.owner && quote(entry.owner)],
        ['section', entry.section && quote(entry.section)],
        ['status', entry.status],
        ['source', entry.source && quote(entry.source)],
        ['description', entry.description && quote(entry.description)],
        ['descriptionEn', entry.descriptionEn && quote(entry.descriptionEn)],
        ['standards', entry.standards && entry.standards.length > 0 ? entry.standards.map(quote).join(', ') : undefined],
        ['note', entry.note && quote(entry.note)],
        ['number', entry.number && quote(entry.number)],
        ['date', entry.date],
        ['issuer', entry.issuer && quote(entry.issuer)],
        ['force', entry.force && forceLine(entry)]
    ];
    const lines = [`    entry ${entry.code} ${quote(entry.name)} {`];
    for (const [key, value] of props) {
        if (value !== undefined && value !== '') lines.push(`        ${key} ${value}`);
    }
    lines.push('    }');
    return lines;
}

/** `replaced by nd-194-2025 from 2025-08-19`: the status, then the successor and the day it took over. */
function forceLine(entry: CatalogFileEntry): string {
    const parts = [entry.force as string];
    if (entry.replacedBy) parts.push(`by ${entry.replacedBy}`);
    if (entry.replacedFrom) parts.push(`from ${entry.replacedFrom}`);
    return parts.join(' ');
}

/** Quotes a string for KTS source, escaping what the STRING terminal treats specially. */
export function quote(text: string): string {
    return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n') + '"';
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ');
}
