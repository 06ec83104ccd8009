/**
 * The intermediate document model: what the framework document says, in the order it says it, already in the
 * output language. Built once from the linked architecture model; every renderer (docx, html) reads only this.
 */
import type { Language, SourceRef } from '@kts/language/model';

export type { Language };

/**
 * Which document is made: `submission` prints only what belongs in the official document a body approves and sends;
 * `working` adds what the IT unit reviews it by — model ids, task ids, source locations, the element index.
 */
export type Edition = 'submission' | 'working';
export const EDITIONS: readonly Edition[] = ['submission', 'working'];

export interface DocumentModel {
    language: Language;
    edition: Edition;
    frameworkId: string;
    title: string;
    cover: Cover;
    /** Fixed words the renderers need around the content (caption prefixes, the contents heading, …). */
    captions: RendererCaptions;
    /** What the document is and where it comes from; printed after the table of contents. */
    preface: Block[];
    /** Chapters in order; appendices are chapters with `appendix` set. */
    sections: Section[];
    /** The `.kts` files the document was generated from, relative to their common folder; none in the submission edition. */
    sourceFiles: string[];
}

export interface RendererCaptions {
    figure: string;
    table: string;
    contents: string;
    /** Link text that brings an HTML reader back to the table of contents. */
    backToContents: string;
}

export interface Cover {
    /** The national-emblem heading (Quốc hiệu and Tiêu ngữ) that heads an administrative text (Nghị định 30/2020/NĐ-CP). */
    nationalHeading: string[];
    /** Name of the body, as an administrative document heads its first page. */
    bodyLine?: string;
    /** "DỰ THẢO" while the framework is a draft. */
    draftMark?: string;
    title: string;
    /** "Phiên bản 1.2", the framework's own version; left out when the title already says it or the framework writes none. */
    versionLine?: string;
    /** Further lines under the title: approval decision, conformance, agency code. */
    lines: string[];
    /** "Lào Cai, năm 2026" where the framework names its place and year, or the year of its approval; else none. */
    dateLine?: string;
}

export interface Section {
    /** Unique in the document; used as HTML id and (mapped) as Word bookmark. */
    anchor: string;
    /** "1", "5.2", … for numbered chapters; undefined in appendices and on the cover. */
    number?: string;
    title: string;
    /** 1 for chapters, 2 for their subsections, 3 below. */
    level: number;
    appendix?: boolean;
    /** Before the chapters (the list of abbreviations): titled, not numbered. */
    frontMatter?: boolean;
    /** Printed from the top of a new page (the long chapters and the appendices). */
    startsPage?: boolean;
    /**
     * A list of the document's figures or tables: its blocks list them with their numbers, and a format that can
     * (Word) writes it as a field that lists them with their pages instead.
     */
    listOf?: 'figure' | 'table';
    blocks: Block[];
    sections: Section[];
    trace?: Trace;
}

/** Where a piece of content comes from in the source model. */
export interface Trace {
    qualifiedName?: string;
    source: SourceRef;
}

export type Inline =
    | { type: 'text'; text: string; style?: TextStyle }
    /** A link to another place of the same document (an element row, a task, a section). */
    | { type: 'ref'; text: string; target: string; style?: TextStyle }
    | { type: 'break' };

/** `muted` is secondary text (kinds, ids, notes); `warning` draws the reader's eye to a gap. */
export type TextStyle = 'bold' | 'italic' | 'muted' | 'warning' | 'code';

export type Block = ParagraphBlock | ListBlock | TableBlock | FigureBlock;

export interface ParagraphBlock {
    type: 'paragraph';
    content: Inline[];
    /** `note` for explanatory small print, `warning` for computed findings that need action. */
    role?: 'body' | 'note' | 'warning';
}

export interface ListBlock {
    type: 'list';
    items: Inline[][];
}

export interface TableBlock {
    type: 'table';
    anchor: string;
    /** Assigned in document order once the whole document is built. */
    number: number;
    caption: string;
    columns: TableColumn[];
    rows: TableRow[];
    /** Small print under the table (legend of marks, how totals are computed). */
    notes: Inline[][];
    /** Many columns of running text: printed across a landscape page where the format has pages. */
    landscape?: boolean;
}

export interface TableColumn {
    title: string;
    /** Relative width; the renderers scale the weights to the text width. */
    weight: number;
    align?: 'left' | 'right' | 'center';
    /**
     * Each line of its cells is a catalogue code (with its mark): a code must not break, so a format with pages makes
     * the column as wide as its longest code.
     */
    codes?: boolean;
    /**
     * Each line of its cells is a term of a few words (an element's kind, a gap status): a format with pages makes the
     * column wide enough for each on one line, or on two where it is long, and no wider than the longest on one line.
     */
    terms?: boolean;
}

export type TableCell = Inline[];

export interface TableRow {
    /**
     * `group` and `subgroup` rows have a single cell spanning every column (a subgroup sits inside a group);
     * `total` rows sum up; `flag` rows need action.
     */
    role?: 'group' | 'subgroup' | 'total' | 'flag';
    cells: TableCell[];
    /** The element (or task, principle) this row is the home of: its anchor lands here. */
    anchor?: string;
    trace?: Trace;
}

export interface FigureBlock {
    type: 'figure';
    anchor: string;
    number: number;
    title: string;
    viewId: string;
    /** The drawing without a title of its own: the caption carries it. */
    svg: string;
    /** Natural size of the drawing in CSS pixels. */
    width: number;
    height: number;
    placement: FigurePlacement;
    /** Qualified names of the elements drawn. */
    elementIds: string[];
}

/** The page a figure is printed on and its printed size, in CSS pixels (96 per inch). */
export interface FigurePlacement {
    landscape: boolean;
    width: number;
    height: number;
    /** The size its smallest text is printed at, in points. */
    smallestTextPt: number;
    /** Fitted under the text that opens its section, which keeps with it on that page. */
    belowText?: boolean;
}

/** Visits every section depth-first in document order. */
export function* allSections(sections: Section[]): Generator<Section> {
    for (const section of sections) {
        yield section;
        yield* allSections(section.sections);
    }
}

/** Visits every block of the document in order. */
export function* allBlocks(document: DocumentModel): Generator<Block> {
    for (const section of allSections(document.sections)) yield* section.blocks;
}

/** Every inline of a block, table cells and notes included. */
export function* inlinesOf(block: Block): Generator<Inline> {
    switch (block.type) {
        case 'paragraph':
            yield* block.content;
            break;
        case 'list':
            for (const item of block.items) yield* item;
            break;
        case 'table':
            for (const row of block.rows) for (const cell of row.cells) yield* cell;
            for (const note of block.notes) yield* note;
            break;
        case 'figure':
            break;
    }
}
