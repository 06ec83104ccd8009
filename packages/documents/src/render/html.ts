import { escapeHtml as esc } from '@kts/language/model';
import { embeddedFontStyle } from '@kts/diagrams';
import { documentAnchors } from '../document-model/build-document.js';
import {
    allBlocks,
    type Block,
    type DocumentModel,
    type FigureBlock,
    type Inline,
    type Section,
    type TableBlock,
    type TableRow,
    type TextStyle
} from '../document-model/document-model.js';
import { HTML_STYLE } from './html-style.js';
import { inlineSvg } from './inline-svg.js';

/** Sections down to this level are listed in the table of contents. */
const CONTENTS_DEPTH = 2;

/**
 * Renders the document as one self-contained HTML file: styles inline, figures as inline SVG with one subset of
 * their font for all of them, no request to the network. Every piece of user text passes through `esc`. The markup is also well-formed XML (void
 * elements closed), so XML tools can read it as well as browsers.
 */
export function renderHtml(document: DocumentModel): string {
    const anchors = documentAnchors(document);
    const context: HtmlContext = { document, anchors };
    const { cover } = document;
    return [
        '<!DOCTYPE html>',
        `<html lang="${document.language}">`,
        '<head>',
        '<meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        document.edition === 'working' ? '<meta name="generator" content="KTS"/>' : '',
        `<title>${esc(document.title)}</title>`,
        `<style>${HTML_STYLE}${embeddedFontStyle(figureDrawings(document))}</style>`,
        '</head>',
        '<body>',
        '<header class="cover">',
        ...cover.nationalHeading.map(line => `<p class="cover-national">${esc(line)}</p>`),
        cover.bodyLine ? `<p class="cover-body">${esc(cover.bodyLine)}</p>` : '',
        cover.draftMark ? `<p class="cover-draft">${esc(cover.draftMark)}</p>` : '',
        `<h1>${esc(cover.title)}</h1>`,
        cover.versionLine ? `<p class="cover-version">${esc(cover.versionLine)}</p>` : '',
        ...cover.lines.map(line => `<p class="cover-line">${esc(line)}</p>`),
        cover.dateLine ? `<p class="cover-date">${esc(cover.dateLine)}</p>` : '',
        '</header>',
        `<nav id="contents" class="contents" aria-label="${esc(document.captions.contents)}">`,
        `<h2>${esc(document.captions.contents)}</h2>`,
        contentsList(document.sections, 1),
        '</nav>',
        '<main>',
        `<div class="preface">${document.preface.map(block => renderBlock(context, block)).join('\n')}</div>`,
        ...document.sections.map(section => renderSection(context, section)),
        '</main>',
        '</body>',
        '</html>',
        ''
    ]
        .filter(line => line !== '')
        .join('\n');
}

/** The figures' drawings, which share one embedded subset of their font. */
function figureDrawings(document: DocumentModel): string[] {
    return [...allBlocks(document)].flatMap(block => (block.type === 'figure' ? [block.svg] : []));
}

interface HtmlContext {
    document: DocumentModel;
    anchors: ReadonlySet<string>;
}

function headingText(section: Section): string {
    return section.number ? `<span class="number">${esc(section.number)}.</span> ${esc(section.title)}` : esc(section.title);
}

function contentsList(sections: Section[], level: number): string {
    if (sections.length === 0 || level > CONTENTS_DEPTH) return '';
    return `<ol>${sections.map(section => `<li><a href="#${esc(section.anchor)}">${headingText(section)}</a>${contentsList(section.sections, level + 1)}</li>`).join('')}</ol>`;
}

function renderSection(context: HtmlContext, section: Section): string {
    const heading = `h${Math.min(section.level + 1, 6)}`;
    const classes = [`level-${section.level}`, section.appendix ? 'appendix' : '', section.startsPage ? 'starts-page' : '']
        .filter(Boolean)
        .join(' ');
    const back = section.level === 1 ? `<p class="back"><a href="#contents">${esc(context.document.captions.backToContents)}</a></p>` : '';
    return [
        `<section id="${esc(section.anchor)}" class="${classes}"${section.trace?.qualifiedName ? ` data-element="${esc(section.trace.qualifiedName)}"` : ''}>`,
        `<${heading}>${headingText(section)}</${heading}>`,
        ...section.blocks.map(block => renderBlock(context, block)),
        ...section.sections.map(child => renderSection(context, child)),
        back,
        '</section>'
    ]
        .filter(Boolean)
        .join('\n');
}

function renderBlock(context: HtmlContext, block: Block): string {
    switch (block.type) {
        case 'paragraph':
            return `<p${block.role && block.role !== 'body' ? ` class="${block.role}"` : ''}>${renderInlines(block.content)}</p>`;
        case 'list':
            return `<ul>${block.items.map(item => `<li>${renderInlines(item)}</li>`).join('')}</ul>`;
        case 'table':
            return renderTable(context, block);
        case 'figure':
            return renderFigure(context, block);
    }
}

function renderTable(context: HtmlContext, table: TableBlock): string {
    const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
    const columns = table.columns.map(column => `<col style="width:${((100 * column.weight) / total).toFixed(1)}%"/>`).join('');
    const header = table.columns.map(column => `<th scope="col">${esc(column.title)}</th>`).join('');
    const rows = table.rows.map(row => renderRow(table, row)).join('\n');
    const notes = table.notes.map(note => `<p class="table-note">${renderInlines(note)}</p>`).join('');
    return [
        `<div class="table${table.landscape ? ' landscape' : ''}" id="${esc(table.anchor)}">`,
        '<div class="table-scroll">',
        `<table><caption>${esc(context.document.captions.table)} ${table.number}. ${esc(table.caption)}</caption>`,
        `<colgroup>${columns}</colgroup>`,
        `<thead><tr>${header}</tr></thead>`,
        `<tbody>\n${rows}\n</tbody></table>`,
        '</div>',
        notes,
        '</div>'
    ].join('\n');
}

function renderRow(table: TableBlock, row: TableRow): string {
    const attributes = [
        row.anchor ? ` id="${esc(row.anchor)}"` : '',
        row.role ? ` class="${row.role}"` : '',
        row.trace?.qualifiedName ? ` data-element="${esc(row.trace.qualifiedName)}"` : ''
    ].join('');
    if (row.role === 'group' || row.role === 'subgroup')
        return `<tr${attributes}><td colspan="${table.columns.length}">${renderInlines(row.cells[0] ?? [])}</td></tr>`;
    const cells = table.columns.map((column, index) => {
        const align = column.align && column.align !== 'left' ? ` class="${column.align}"` : '';
        return `<td${align}>${renderInlines(row.cells[index] ?? [])}</td>`;
    });
    return `<tr${attributes}>${cells.join('')}</tr>`;
}

/** The figure, printed at the size the document model placed it at (the print stylesheet reads the two variables). */
function renderFigure(context: HtmlContext, figure: FigureBlock): string {
    const printSize = `--print-width:${figure.placement.width}px;--print-height:${figure.placement.height}px`;
    return [
        `<figure class="diagram${figure.placement.landscape ? ' landscape' : ''}" id="${esc(figure.anchor)}" data-view="${esc(figure.viewId)}" style="${printSize}">`,
        `<div class="diagram-scroll">${inlineSvg(figure.svg, figure.anchor, context.anchors)}</div>`,
        `<figcaption>${esc(context.document.captions.figure)} ${figure.number}. ${esc(figure.title)}</figcaption>`,
        '</figure>'
    ].join('\n');
}

function renderInlines(inlines: Inline[]): string {
    return inlines.map(renderInline).join('');
}

function renderInline(inline: Inline): string {
    switch (inline.type) {
        case 'break':
            return '<br/>';
        case 'text':
            return styled(esc(inline.text), inline.style);
        case 'ref':
            return `<a href="#${esc(inline.target)}">${styled(esc(inline.text), inline.style)}</a>`;
    }
}

function styled(html: string, style: TextStyle | undefined): string {
    switch (style) {
        case 'bold':
            return `<strong>${html}</strong>`;
        case 'italic':
            return `<em>${html}</em>`;
        case 'code':
            return `<code>${html}</code>`;
        case 'muted':
        case 'warning':
            return `<span class="${style}">${html}</span>`;
        default:
            return html;
    }
}
