import {
    AlignmentType,
    BorderStyle,
    Bookmark,
    Document,
    HeadingLevel,
    ImageRun,
    InternalHyperlink,
    LineRuleType,
    Packer,
    PageBreak,
    Paragraph,
    ShadingType,
    SimpleField,
    Table,
    TableCell,
    TableLayoutType,
    StyleLevel,
    TableOfContents,
    TableRow,
    TextRun,
    VerticalAlignTable,
    WidthType,
    type IParagraphOptions,
    type IRunOptions,
    type PageNumberEstimator,
    type ParagraphChild
} from 'docx';
import { upperCase } from '@kts/language/model';
import {
    allBlocks,
    type Block,
    type DocumentModel,
    type FigureBlock,
    type Inline,
    type Section,
    type TableBlock,
    type TableRow as ModelRow,
    type TextStyle
} from '../document-model/document-model.js';
import { layoutFonts } from './docx-layout-fonts.js';
import { PageLayoutWorkers } from './docx-layout-workers.js';
import { pageNumberLayout, type PageNumberLayout } from './docx-page-numbers.js';
import { DASH_LIST, HEADING_NUMBERING, wordDocument } from './docx-frame.js';
import { CAPTION_STYLES, DOCX_LAYOUT as LAYOUT } from './docx-style.js';
import { measureTextWidth } from './docx-text-width.js';
import { FigureFallbacks } from './figure-fallbacks.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** SEQ field identifiers stay ASCII, as Word's own caption labels do; the visible label is the document's language. */
const SEQUENCE = { table: 'Table', figure: 'Figure' } as const;
/** The fallback of every figure on the build the pages are laid out on: the layout reads a picture's printed size, not its pixels. */
const LAYOUT_PLACEHOLDER = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==',
    'base64'
);
/**
 * The spacing of a paragraph that a page break or a new section puts at the top of a page. Word leaves out its space
 * before there (after a break) or all but what exceeds the last paragraph's space after (at a section's start), which
 * the contents' page layout follows, while LibreOffice keeps all of it: the chapter headings and the landscape pages'
 * first captions and figures were 16 and 10.7 px lower in LibreOffice, enough to move a row of the gap details to the
 * next page and every later entry of the contents with it. Without space before, the two lay out alike.
 */
const AT_TOP_OF_PAGE = { spacing: { before: 0 } } as const;
/** What a column has beyond the text it is sized to, a point, so that a line measured to fit does not wrap on a rounding. */
const FIT_SLACK = 20;

/**
 * Renders the document as a Word file laid out as Nghị định 30/2020/NĐ-CP asks of administrative documents:
 * A4, Times New Roman 14 pt, margins 20/20/30/15 mm, page numbers centred in the top margin from page two.
 * Headings use Word's heading styles with multi-level numbering (navigation pane, updatable table of contents),
 * tables repeat their header row, captions are SEQ fields, figures are SVG with a PNG rendering at print resolution as fallback.
 * The fallbacks come from `fallbacks` where given (the generation asks for them as the figures are drawn), from
 * workers of its own otherwise.
 */
export async function renderDocx(document: DocumentModel, fallbacks?: FigureFallbacks): Promise<Uint8Array> {
    const figures = [...allBlocks(document)].filter((block): block is FigureBlock => block.type === 'figure');
    const pictures = fallbacks ?? new FigureFallbacks();
    // Started first, so that they have loaded the layout by the time the body is made.
    const layoutWorkers = PageLayoutWorkers.start(layoutFonts());
    try {
        const pending = figures.map(figure => pictures.png(figure.svg, figure.placement.width));
        // The workers draw the fallbacks while the pages are laid out on a build with placeholders.
        const [pngs, pageNumbers] = await Promise.all([Promise.all(pending), contentsPageNumbers(document, layoutWorkers)]);
        const drawn = new Map(figures.map((figure, index) => [figure, pngs[index]!]));
        return new Uint8Array(await Packer.toBuffer(wordFile(document, drawn, pageNumbers.found())));
    } finally {
        await layoutWorkers?.close();
        if (pictures !== fallbacks) await pictures.close();
    }
}

/**
 * The page numbers of the document's contents and lists of figures and tables, laid out on a build whose figures have
 * a placeholder picture: in pieces on this thread and the workers, given workers, else whole on this thread.
 */
export async function contentsPageNumbers(document: DocumentModel, workers?: PageLayoutWorkers): Promise<PageNumberLayout> {
    const figures = [...allBlocks(document)].filter((block): block is FigureBlock => block.type === 'figure');
    const pageNumbers = pageNumberLayout(document.language);
    layOutPages(wordFile(document, new Map(figures.map(figure => [figure, LAYOUT_PLACEHOLDER])), pageNumbers.layOut));
    await pageNumbers.settle(workers);
    return pageNumbers;
}

/**
 * Formats the body of a Word file without writing it, for its page numbers' layout to keep: nothing else of the file
 * (its XML text, its other parts, the zip) is needed from the build with placeholders.
 */
function layOutPages(file: Document): void {
    file.Document.View.prepForXml({ file, viewWrapper: file.Document, stack: [] });
}

/** The Word file of the document, its figures' fallbacks given, its contents' page numbers from `pageNumbers`. */
function wordFile(document: DocumentModel, fallbacks: ReadonlyMap<FigureBlock, Uint8Array>, pageNumbers: PageNumberEstimator): Document {
    const context: DocxContext = { document, bookmarks: new BookmarkNames(), body: new Body(), fallbacks };
    const { body } = context;
    body.add(
        ...coverPage(document),
        new Paragraph({ style: 'ContentsHeading', children: [new TextRun(document.captions.contents)] }),
        new TableOfContents(document.captions.contents, { hyperlink: true, headingStyleRange: '1-3' })
    );
    for (const block of document.preface) renderBlock(context, block);
    for (const section of document.sections) renderSection(context, section);
    return wordDocument({
        language: document.language,
        properties: {
            title: document.title,
            // The submission edition names its author, not the tool; the working one says where it was generated from.
            creator: document.edition === 'working' ? 'KTS' : (document.cover.bodyLine ?? ''),
            description: document.sourceFiles.join(', ')
        },
        runs: body.runs,
        pageNumbers
    });
}

type BodyChild = Paragraph | Table | TableOfContents;

interface DocxContext {
    document: DocumentModel;
    bookmarks: BookmarkNames;
    body: Body;
    /** The PNG rendering of each figure, for readers that cannot draw SVG (LibreOffice draws this one). */
    fallbacks: ReadonlyMap<FigureBlock, Uint8Array>;
}

/** The body in runs of portrait pages and of landscape pages (for diagrams too wide to read upright). */
class Body {
    readonly runs: Array<{ landscape: boolean; children: BodyChild[] }> = [];

    add(...children: BodyChild[]): void {
        this.run(false).push(...children);
    }

    addLandscape(...children: BodyChild[]): void {
        this.run(true).push(...children);
    }

    /** Whether what is added next in this orientation starts a section, on a page of its own. */
    opensSection(landscape: boolean): boolean {
        const last = this.runs.at(-1);
        return last !== undefined && last.landscape !== landscape;
    }

    private run(landscape: boolean): BodyChild[] {
        const last = this.runs.at(-1);
        if (last && last.landscape === landscape) return last.children;
        const run = { landscape, children: [] as BodyChild[] };
        this.runs.push(run);
        return run.children;
    }
}

/** Word bookmark names: at most 40 characters of letters, digits and `_`; anchors are mapped to short names. */
class BookmarkNames {
    private readonly names = new Map<string, string>();

    name(anchor: string): string {
        let name = this.names.get(anchor);
        if (!name) {
            name = `kts_${(this.names.size + 1).toString(36)}`;
            this.names.set(anchor, name);
        }
        return name;
    }
}

function coverPage(document: DocumentModel): Paragraph[] {
    const { cover } = document;
    const centred = (
        text: string,
        options: IRunOptions,
        spacing: { before?: number; after?: number; line?: number; lineRule?: (typeof LineRuleType)[keyof typeof LineRuleType] } = {}
    ) =>
        new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing,
            indent: { firstLine: 0 },
            children: [new TextRun({ text, ...options })]
        });
    return [
        ...cover.nationalHeading.map((line, index) =>
            centred(line, { bold: true, size: index === 0 ? 26 : 28, underline: index === 0 ? undefined : {} }, { after: 0 })
        ),
        ...(cover.nationalHeading.length > 0 ? [centred('', {}, { after: 240 })] : []),
        ...(cover.bodyLine ? [centred(cover.bodyLine, { bold: true, size: 28 }, { after: 240 })] : []),
        ...(cover.draftMark
            ? [
                  centred(
                      cover.draftMark,
                      { bold: true, size: 28, border: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } },
                      { before: 240 }
                  )
              ]
            : []),
        centred('', {}, { before: LAYOUT.coverTitleSpace }),
        centred(
            upperCase(cover.title, document.language),
            { bold: true, size: 34 },
            { after: 240, line: 400, lineRule: LineRuleType.AUTO }
        ),
        ...(cover.versionLine ? [centred(cover.versionLine, { bold: true, size: 30 }, { after: 480 })] : [centred('', {}, { after: 240 })]),
        ...cover.lines.map(line => centred(line, { italics: true }, { after: 120 })),
        ...(cover.dateLine ? [centred(cover.dateLine, { italics: true }, { before: LAYOUT.coverDateSpace })] : []),
        new Paragraph({ children: [new PageBreak()] })
    ];
}

function renderSection(context: DocxContext, section: Section): void {
    const { bookmarks, body } = context;
    const level = Math.min(section.level, HEADINGS.length) - 1;
    const atTopOfPage = section.startsPage === true || body.opensSection(false);
    const heading = new Paragraph({
        heading: HEADINGS[level],
        pageBreakBefore: section.startsPage === true,
        ...(atTopOfPage ? AT_TOP_OF_PAGE : {}),
        numbering: section.number ? { reference: HEADING_NUMBERING, level, custom: true } : undefined,
        children: [new Bookmark({ id: bookmarks.name(section.anchor), children: [new TextRun(section.title)] })]
    });
    body.add(heading);
    if (section.listOf) {
        // Word lists the captions with their pages, as it does the contents; the model's list is what it starts from.
        body.add(
            new TableOfContents(section.title, {
                hyperlink: true,
                stylesWithLevels: [new StyleLevel(CAPTION_STYLES[section.listOf].name, 1)]
            })
        );
    } else {
        const introduction = tableIntroduction(section.blocks);
        for (const [index, block] of section.blocks.entries())
            renderBlock(context, block, index < introduction || introducesList(block, section.blocks[index + 1]));
    }
    for (const child of section.sections) renderSection(context, child);
}

/**
 * Whether a paragraph introduces the list right after it ("Kết quả đạt được:"): it keeps with the list's first item,
 * or a page could end on it, and on the heading above it, with the list on the next.
 */
function introducesList(block: Block, next: Block | undefined): boolean {
    return block.type === 'paragraph' && next?.type === 'list';
}

/** At most this many paragraphs between a heading and its table are the table's introduction, kept on its page. */
const MOST_INTRODUCTION_PARAGRAPHS = 3;

/**
 * How many paragraphs open a section as the introduction of the table right after them: the heading keeps with the
 * first, so these keep with the next up to the table's caption (which keeps with the table's first row), and the
 * heading and its introduction are never left alone at the foot of a page. None when the first row may go on over the
 * next page: the table then starts right under its introduction, and Word, which would keep them with the whole row,
 * and LibreOffice, which keeps them with its first lines, would print the page apart. A landscape table starts a page
 * of its own: none either.
 */
function tableIntroduction(blocks: readonly Block[]): number {
    const count = blocks.findIndex(block => block.type !== 'paragraph');
    const next = blocks[count];
    // A figure drawn to fit under the paragraphs that open its section keeps them on its page, however many.
    if (count >= 1 && next?.type === 'figure' && next.placement.belowText === true) return count;
    if (count < 1 || count > MOST_INTRODUCTION_PARAGRAPHS || next?.type !== 'table' || next.landscape === true) return 0;
    return rowKeeping(next, columnWidths(next, LAYOUT.textWidth), false)[0]?.whole ? count : 0;
}

function renderBlock(context: DocxContext, block: Block, keepNext = false): void {
    const { document, bookmarks, body } = context;
    switch (block.type) {
        case 'paragraph': {
            const options: IParagraphOptions = { children: renderInlines(block.content, bookmarks), ...(keepNext ? { keepNext } : {}) };
            const style = block.role === 'note' ? 'Note' : block.role === 'warning' ? 'Finding' : undefined;
            body.add(new Paragraph(style ? { ...options, style } : options));
            break;
        }
        case 'list':
            body.add(
                ...block.items.map(
                    item => new Paragraph({ numbering: { reference: DASH_LIST, level: 0 }, children: renderInlines(item, bookmarks) })
                )
            );
            break;
        case 'table': {
            const landscape = block.landscape === true;
            const table = renderTable(document, block, bookmarks, landscape, body.opensSection(landscape));
            if (landscape) body.addLandscape(...table);
            else body.add(...table);
            break;
        }
        case 'figure': {
            const { landscape } = block.placement;
            const figure = renderFigure(context, block, body.opensSection(landscape));
            if (landscape) body.addLandscape(...figure);
            else body.add(...figure);
            break;
        }
    }
}

function caption(
    label: string,
    sequence: (typeof SEQUENCE)[keyof typeof SEQUENCE],
    number: number,
    title: string,
    anchor: string,
    bookmarks: BookmarkNames,
    keepNext: boolean,
    atTopOfPage = false
): Paragraph {
    return new Paragraph({
        style: CAPTION_STYLES[sequence === SEQUENCE.figure ? 'figure' : 'table'].id,
        keepNext,
        ...(atTopOfPage ? AT_TOP_OF_PAGE : {}),
        children: [
            new Bookmark({
                id: bookmarks.name(anchor),
                children: [
                    new TextRun(`${label} `),
                    new SimpleField(`SEQ ${sequence} \\* ARABIC`, String(number)),
                    new TextRun(`. ${title}`)
                ]
            })
        ]
    });
}

function renderTable(
    document: DocumentModel,
    table: TableBlock,
    bookmarks: BookmarkNames,
    landscape: boolean,
    atTopOfPage: boolean
): Array<Paragraph | Table> {
    const textWidth = landscape ? LAYOUT.landscapeTextWidth : LAYOUT.textWidth;
    const widths = columnWidths(table, textWidth);
    const keeping = rowKeeping(table, widths, landscape);
    // The header keeps with the first row only where that row is kept whole: LibreOffice ignores a table cell's
    // keep-with-next, and Word, which keeps the header with the whole row, would move a table whose first row goes on
    // over the next page to a page of its own where LibreOffice starts it under its caption.
    const keepHeader = keeping[0]?.whole === true;
    const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map(
            (column, index) =>
                new TableCell({
                    width: { size: widths[index], type: WidthType.DXA },
                    shading: { type: ShadingType.CLEAR, fill: LAYOUT.headerFill, color: 'auto' },
                    verticalAlign: VerticalAlignTable.CENTER,
                    children: [new Paragraph({ style: 'TableHeading', keepNext: keepHeader, children: [new TextRun(column.title)] })]
                })
        )
    });
    const rows = table.rows.map((row, index) => renderRow(table, row, widths, bookmarks, keeping[index]!));
    return [
        caption(document.captions.table, SEQUENCE.table, table.number, table.caption, table.anchor, bookmarks, true, atTopOfPage),
        // Fixed layout: the columns keep the widths worked out from their weights, in Word as in LibreOffice, and the
        // page layout for the table of contents need not size them to their text.
        new Table({
            layout: TableLayoutType.FIXED,
            rows: [header, ...rows],
            columnWidths: widths,
            width: { size: textWidth, type: WidthType.DXA },
            margins: LAYOUT.cellMargins
        }),
        ...table.notes.map(
            (note, index) =>
                new Paragraph({ style: 'TableNote', keepNext: index < table.notes.length - 1, children: renderInlines(note, bookmarks) })
        ),
        new Paragraph({ style: 'AfterTable', children: [] })
    ];
}

/**
 * How each row holds on the pages. A table that takes at most half a page keeps its rows together, and with its
 * caption, as Word keeps paragraphs: every row but the last keeps with the next, so that it does not leave a row or two
 * alone on the next page. The last row does not keep to the notes under the table: LibreOffice ignores a table cell's
 * keep-with-next, and Word would move the row to the next page where LibreOffice leaves it, and every later page number
 * with it. A row is kept whole on one page unless it is taller than a third of a page: kept whole, such a row would
 * leave the foot of the page before it empty (up to half a page of Lào Cai's target data table was left so, where the
 * row took more than the rest of the page), and the heading and introduction above the table alone there.
 */
function rowKeeping(table: TableBlock, widths: readonly number[], landscape: boolean): Array<{ keepWithNext: boolean; whole: boolean }> {
    const textHeight = landscape ? LAYOUT.landscapeTextHeight : LAYOUT.textHeight;
    const [header, ...heights] = rowHeights(table, widths);
    const together = heights.reduce((sum, height) => sum + height, header!) <= textHeight / 2;
    return heights.map((height, index) => ({
        keepWithNext: together && index < heights.length - 1,
        whole: together || height <= textHeight / MOST_WHOLE_ROW_PART
    }));
}

/** A term of this many words or fewer is printed on one line: split, it would read as two. */
const MOST_WORDS_ON_ONE_LINE = 3;

/** A row taller than this part of a page may go on over the next: kept whole, it left up to as much of a page empty. */
const MOST_WHOLE_ROW_PART = 3;

/**
 * Column widths in twips from the weights: a column of codes as wide as its longest code, a column of terms as wide as
 * its terms need (`termColumnWidths`), and no column narrower than a short word or than its longest word, which Word
 * would otherwise split across lines; the columns that would be get that width, and the others share the rest by their
 * weights.
 */
function columnWidths(table: TableBlock, textWidth: number): number[] {
    const withoutWords = table.columns.map((column, index) =>
        Math.max(LAYOUT.minColumnWidth, column.codes ? codeColumnWidth(table, index) : 0)
    );
    const withWords = withoutWords.map((width, index) => Math.max(width, longestWordWidth(table, index)));
    // A word too long for any table (a web address) is left to Word to split, rather than push the table off the page.
    const least = withWords.reduce((sum, width) => sum + width, 0) <= textWidth ? withWords : withoutWords;
    const most = table.columns.map(() => Number.POSITIVE_INFINITY);
    for (const [index, column] of table.columns.entries()) {
        if (!column.terms) continue;
        const terms = termColumnWidths(table, index);
        least[index] = Math.max(least[index]!, terms.least);
        most[index] = Math.max(least[index]!, terms.most);
    }
    const fixed = new Map(table.columns.flatMap((column, index) => (column.codes ? [[index, least[index]!] as const] : [])));
    for (;;) {
        const room = textWidth - [...fixed.values()].reduce((sum, width) => sum + width, 0);
        const weight = table.columns.reduce((sum, column, index) => sum + (fixed.has(index) ? 0 : column.weight), 0);
        const share = (index: number) => (room * table.columns[index]!.weight) / weight;
        const open = table.columns.map((_, index) => index).filter(index => !fixed.has(index));
        const narrow = open.filter(index => share(index) < least[index]!);
        // A column stays open to take the room the columns held to their most leave over.
        const wide = narrow.length === 0 ? open.filter(index => share(index) > most[index]!) : [];
        if (narrow.length === 0 && (wide.length === 0 || wide.length === open.length))
            return table.columns.map((_, index) => Math.floor(fixed.get(index) ?? share(index)));
        for (const index of narrow) fixed.set(index, least[index]!);
        for (const index of wide) fixed.set(index, most[index]!);
    }
}

/** The cells of a column, as their lines, in the rows that have a cell per column, with whether each row prints bold. */
function columnLines(table: TableBlock, index: number): Array<{ line: Array<Exclude<Inline, { type: 'break' }>>; bold: boolean }> {
    return table.rows
        .filter(row => row.role !== 'group' && row.role !== 'subgroup')
        .flatMap(row => cellLines(row.cells[index] ?? []).map(line => ({ line, bold: row.role === 'total' })));
}

/** The width of the column's longest word, title included, with the cell's margins: a word is never split across lines. */
function longestWordWidth(table: TableBlock, index: number): number {
    const words = columnLines(table, index).flatMap(({ line, bold }) =>
        line.flatMap(inline => inline.text.split(/\s+/).map(word => lineWidth([{ ...inline, text: word }], bold)))
    );
    return withMargins(Math.max(titleWordWidth(table, index), ...words));
}

/**
 * What a column of terms needs: `least`, room for each term on at most two lines, split where its two lines are most
 * even, and for a short one ("Xây dựng mới") on one; `most`, room for the longest on one line.
 */
function termColumnWidths(table: TableBlock, index: number): { least: number; most: number } {
    const terms = columnLines(table, index)
        .filter(({ line }) => line.length > 0)
        .map(({ line, bold }) => ({
            text: line.map(inline => inline.text).join(''),
            width: (text: string) => lineWidth([{ ...line[0]!, text }], bold)
        }));
    const twoLines = terms.map(({ text, width }) => {
        const words = text.split(' ');
        if (words.length <= MOST_WORDS_ON_ONE_LINE) return width(text);
        const splits = words.map((_, at) => Math.max(width(words.slice(0, at).join(' ')), width(words.slice(at).join(' '))));
        return Math.min(...splits);
    });
    const oneLine = terms.map(({ text, width }) => width(text));
    return { least: withMargins(Math.max(0, ...twoLines)), most: withMargins(Math.max(0, ...oneLine)) };
}

/**
 * The width a column of codes needs for its longest line (a code and its mark) and its title's longest word, each on
 * one line: a code is never broken, not even at its hyphen, where Word and LibreOffice would break a line.
 */
function codeColumnWidth(table: TableBlock, index: number): number {
    const lines = columnLines(table, index).map(({ line, bold }) => lineWidth(line, bold));
    return withMargins(Math.max(titleWordWidth(table, index), ...lines));
}

/** The width of the longest word of a column's title, which prints bold. */
function titleWordWidth(table: TableBlock, index: number): number {
    const words = (table.columns[index]?.title ?? '').split(/\s+/);
    return Math.max(...words.map(word => measureTextWidth(word, { size: LAYOUT.tableTextSize, bold: true })));
}

/** A column's width for text this wide: the cell's margins, and a point over so that it does not wrap on a rounding. */
function withMargins(textWidth: number): number {
    return Math.ceil(textWidth + LAYOUT.cellMargins.left + LAYOUT.cellMargins.right + FIT_SLACK);
}

/** How wide a line of table text is, in twips, its runs in their styles. */
function lineWidth(line: ReadonlyArray<Exclude<Inline, { type: 'break' }>>, bold: boolean): number {
    return line.reduce((sum, inline) => {
        const style = inline.style ?? (bold ? 'bold' : undefined);
        const size = style === 'muted' || style === 'code' ? LAYOUT.mutedSize : LAYOUT.tableTextSize;
        return sum + measureTextWidth(inline.text, { size, bold: style === 'bold' || style === 'warning', italic: style === 'italic' });
    }, 0);
}

/**
 * About how tall the table's header and each of its rows print, in twips: a row as tall as its cell of most lines, a
 * line of text wrapped as often as it is wider than its column. Enough to tell a table or a row that takes a part of a
 * page from one that takes most of it.
 */
function rowHeights(table: TableBlock, widths: readonly number[]): number[] {
    const margins = LAYOUT.cellMargins;
    const rowHeight = (cells: ReadonlyArray<{ cell: Inline[]; width: number }>, bold: boolean) => {
        const lines = cells.map(({ cell, width }) =>
            cellLines(cell).reduce(
                (count, line) => count + Math.max(1, Math.ceil(lineWidth(line, bold) / Math.max(1, width - margins.left - margins.right))),
                0
            )
        );
        return Math.max(1, ...lines) * LAYOUT.tableLineHeight + LAYOUT.tableParagraphSpacing + margins.top + margins.bottom;
    };
    const header = rowHeight(
        table.columns.map((column, index) => ({ cell: [{ type: 'text', text: column.title }], width: widths[index]! })),
        true
    );
    const total = widths.reduce((sum, width) => sum + width, 0);
    return [
        header,
        ...table.rows.map(row => {
            const spanning = row.role === 'group' || row.role === 'subgroup';
            const cells = spanning
                ? [{ cell: row.cells[0] ?? [], width: total }]
                : table.columns.map((_, index) => ({ cell: row.cells[index] ?? [], width: widths[index]! }));
            return rowHeight(cells, row.role === 'total' || row.role === 'group');
        })
    ];
}

/** The lines of a cell: its text inlines between its breaks. */
function cellLines(cell: Inline[]): Array<Array<Exclude<Inline, { type: 'break' }>>> {
    const lines: Array<Array<Exclude<Inline, { type: 'break' }>>> = [[]];
    for (const inline of cell) {
        if (inline.type === 'break') lines.push([]);
        else lines.at(-1)!.push(inline);
    }
    return lines;
}

/** A row: kept with the next one (`keepWithNext`), and kept whole on one page (`whole`) or let go on over the next. */
function renderRow(
    table: TableBlock,
    row: ModelRow,
    widths: number[],
    bookmarks: BookmarkNames,
    { keepWithNext, whole }: { keepWithNext: boolean; whole: boolean }
): TableRow {
    const spanning = row.role === 'group' || row.role === 'subgroup';
    const fill = row.role === 'group' ? LAYOUT.groupFill : row.role === 'flag' ? LAYOUT.flagFill : undefined;
    const shading = fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined;
    const bold = row.role === 'total' || row.role === 'group';
    const cellParagraph = (inlines: Inline[], index: number, anchor?: string) => {
        const align = spanning ? 'left' : table.columns[index]?.align;
        let children = renderInlines(inlines, bookmarks, bold ? 'bold' : undefined);
        if (anchor) children = [new Bookmark({ id: bookmarks.name(anchor), children })];
        return new Paragraph({
            style: 'TableText',
            // A group heading stays on the page of the rows it heads.
            keepNext: spanning || keepWithNext,
            alignment: align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            children
        });
    };
    if (spanning) {
        return new TableRow({
            cantSplit: true,
            children: [
                new TableCell({
                    columnSpan: table.columns.length,
                    shading,
                    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
                    children: [cellParagraph(row.cells[0] ?? [], 0, row.anchor)]
                })
            ]
        });
    }
    return new TableRow({
        cantSplit: whole,
        children: table.columns.map(
            (_column, index) =>
                new TableCell({
                    width: { size: widths[index], type: WidthType.DXA },
                    shading,
                    children: [cellParagraph(row.cells[index] ?? [], index, index === 0 ? row.anchor : undefined)]
                })
        )
    });
}

function renderFigure({ document, bookmarks, fallbacks }: DocxContext, figure: FigureBlock, atTopOfPage: boolean): Paragraph[] {
    const { width, height } = figure.placement;
    return [
        new Paragraph({
            style: 'Figure',
            keepNext: true,
            ...(atTopOfPage ? AT_TOP_OF_PAGE : {}),
            children: [
                new ImageRun({
                    type: 'svg',
                    data: new TextEncoder().encode(figure.svg),
                    fallback: { type: 'png', data: fallbacks.get(figure)! },
                    transformation: { width, height },
                    altText: { name: figure.viewId, title: figure.title, description: figure.title }
                })
            ]
        }),
        caption(document.captions.figure, SEQUENCE.figure, figure.number, figure.title, figure.anchor, bookmarks, false)
    ];
}

function renderInlines(inlines: Inline[], bookmarks: BookmarkNames, inherited?: TextStyle): ParagraphChild[] {
    return inlines.map(inline => {
        switch (inline.type) {
            case 'break':
                return new TextRun({ break: 1 });
            case 'text':
                return new TextRun({ text: inline.text, ...runStyle(inline.style ?? inherited) });
            case 'ref':
                return new InternalHyperlink({
                    anchor: bookmarks.name(inline.target),
                    children: [new TextRun({ text: inline.text, ...runStyle(inline.style ?? inherited), style: 'Hyperlink' })]
                });
        }
    });
}

function runStyle(style: TextStyle | undefined): IRunOptions {
    switch (style) {
        case 'bold':
            return { bold: true };
        case 'italic':
            return { italics: true };
        case 'muted':
            return { color: LAYOUT.mutedColor, size: LAYOUT.mutedSize };
        case 'warning':
            return { color: LAYOUT.warningColor, bold: true };
        case 'code':
            return { font: LAYOUT.codeFont, size: LAYOUT.mutedSize };
        default:
            return {};
    }
}
