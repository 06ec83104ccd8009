import { AlignmentType, BorderStyle, LineRuleType, ShadingType, UnderlineType, type IStylesOptions } from 'docx';
import { LOCALE_TAGS, type Language } from '@kts/language/model';

const MM = 1440 / 25.4;
const twips = (millimetres: number) => Math.round(millimetres * MM);

const PAGE_WIDTH = twips(210);
const PAGE_HEIGHT = twips(297);
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGIN = { top: twips(20), bottom: twips(20), left: twips(30), right: twips(15), header: twips(10), footer: twips(10) };
const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
/** A landscape page is bound on its top edge, so the binding margin moves there. */
const LANDSCAPE_MARGIN = { top: twips(30), bottom: twips(15), left: twips(20), right: twips(20), header: twips(10), footer: twips(10) };

/** Times New Roman is the norm of Nghị định 30/2020/NĐ-CP; LibreOffice on Linux substitutes the metric-compatible Liberation Serif. */
const BODY_FONT = 'Times New Roman';
const BODY_SIZE = 28;
const TABLE_SIZE = 22;
const CAPTION_SIZE = 26;
const CONTENTS_SIZE = 26;
const SMALL_SIZE = 24;
const AFTER_TABLE_SIZE = 12;
/** The space above and below a paragraph of table text. */
const TABLE_TEXT_SPACING = { before: 20, after: 20 };
/** Times New Roman's single line (ascent, descent and line gap) per em, as Word and LibreOffice space its lines. */
const SINGLE_LINE_PER_EM = 2355 / 2048;

/** Sizes are half-points (Word's unit for font sizes), lengths twips. */
export const DOCX_LAYOUT = {
    pageWidth: PAGE_WIDTH,
    pageHeight: PAGE_HEIGHT,
    margin: MARGIN,
    textWidth: TEXT_WIDTH,
    landscapeMargin: LANDSCAPE_MARGIN,
    landscapeTextWidth: PAGE_HEIGHT - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right,
    textHeight: PAGE_HEIGHT - MARGIN.top - MARGIN.bottom,
    landscapeTextHeight: PAGE_WIDTH - LANDSCAPE_MARGIN.top - LANDSCAPE_MARGIN.bottom,
    listIndent: twips(10),
    listHanging: twips(4),
    coverTitleSpace: twips(45),
    coverDateSpace: twips(60),
    /** The narrowest column: room for "TT" or a short code in the table font. */
    minColumnWidth: twips(11),
    cellMargins: { top: twips(0.5), bottom: twips(0.5), left: twips(1.4), right: twips(1.4) },
    headerFill: 'DCE3EC',
    groupFill: 'EFEFEF',
    flagFill: 'FCE9D6',
    mutedColor: '555555',
    tableTextSize: TABLE_SIZE,
    /** The height of a line of table text, and the space around its paragraph, as `KTS Table Text` sets them. */
    tableLineHeight: lineSpacing(TABLE_SIZE, 250 / 240).line,
    tableParagraphSpacing: TABLE_TEXT_SPACING.before + TABLE_TEXT_SPACING.after,
    mutedSize: 20,
    warningColor: 'A4260B',
    codeFont: 'Courier New'
} as const;

/**
 * Line spacing `multiple` times the single line of text `halfPoints` tall, as a height of whole twips that a line is at
 * least. Word spaces a multiple of the line exactly (386.37 twips for 14 pt at 1.2), LibreOffice in whole twips (386),
 * so a page of LibreOffice's was up to 2 px shorter than Word's and the contents' page layout, enough to end a page on
 * another line or row and move every later entry of the contents; and at the foot of a page each leaves out a part of
 * the multiple's space, but not the same part. A height in twips both lay out alike; rounded up it is never below the
 * single line, which would then set the height instead.
 */
function lineSpacing(halfPoints: number, multiple: number) {
    return { line: Math.ceil(halfPoints * 10 * SINGLE_LINE_PER_EM * multiple), lineRule: LineRuleType.AT_LEAST };
}

export function docxStyles(language: Language): IStylesOptions {
    const noIndent = { firstLine: 0, left: 0 };
    const heading = (size: number, extra: { bold?: boolean; italics?: boolean; allCaps?: boolean }) => ({
        run: { font: BODY_FONT, size, color: '000000', ...extra },
        paragraph: {
            spacing: { before: 240, after: 120, ...lineSpacing(size, 1.15) },
            indent: noIndent,
            keepNext: true,
            keepLines: true,
            alignment: AlignmentType.LEFT
        }
    });
    return {
        default: {
            document: {
                run: { font: BODY_FONT, size: BODY_SIZE, language: { value: LOCALE_TAGS[language] } },
                paragraph: {
                    spacing: { after: 120, ...lineSpacing(BODY_SIZE, 1.2) },
                    indent: { firstLine: twips(10) },
                    alignment: AlignmentType.JUSTIFIED
                }
            },
            heading1: heading(BODY_SIZE, { bold: true, allCaps: true }),
            heading2: heading(BODY_SIZE, { bold: true }),
            heading3: heading(BODY_SIZE, { bold: true, italics: true }),
            heading4: heading(BODY_SIZE, { italics: true }),
            caption: {
                run: { font: BODY_FONT, size: CAPTION_SIZE, bold: true, italics: false, color: '000000' },
                paragraph: {
                    spacing: { before: 160, after: 80, ...lineSpacing(CAPTION_SIZE, 1.2) },
                    indent: noIndent,
                    alignment: AlignmentType.CENTER
                }
            },
            hyperlink: { run: { color: '1F3864', underline: { type: UnderlineType.NONE } } }
        },
        paragraphStyles: [
            {
                id: 'ContentsHeading',
                name: 'Contents Heading',
                basedOn: 'Normal',
                run: { bold: true, size: BODY_SIZE },
                paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, spacing: { after: 240 } }
            },
            {
                id: 'TOC1',
                name: 'toc 1',
                basedOn: 'Normal',
                next: 'Normal',
                run: { size: CONTENTS_SIZE },
                paragraph: {
                    indent: noIndent,
                    spacing: { before: 60, after: 40, ...lineSpacing(CONTENTS_SIZE, 1.2) },
                    alignment: AlignmentType.LEFT
                }
            },
            {
                id: 'TOC2',
                name: 'toc 2',
                basedOn: 'Normal',
                next: 'Normal',
                run: { size: CONTENTS_SIZE },
                paragraph: {
                    indent: { left: twips(7), firstLine: 0 },
                    spacing: { after: 20, ...lineSpacing(CONTENTS_SIZE, 1.2) },
                    alignment: AlignmentType.LEFT
                }
            },
            {
                id: 'TOC3',
                name: 'toc 3',
                basedOn: 'Normal',
                next: 'Normal',
                run: { size: SMALL_SIZE },
                paragraph: {
                    indent: { left: twips(14), firstLine: 0 },
                    spacing: { after: 20, ...lineSpacing(SMALL_SIZE, 1.2) },
                    alignment: AlignmentType.LEFT
                }
            },
            {
                id: 'Note',
                name: 'KTS Note',
                basedOn: 'Normal',
                run: { italics: true, size: SMALL_SIZE, color: '404040' },
                paragraph: { indent: noIndent, spacing: lineSpacing(SMALL_SIZE, 1.2) }
            },
            {
                id: 'Finding',
                name: 'KTS Finding',
                basedOn: 'Normal',
                run: { color: DOCX_LAYOUT.warningColor },
                paragraph: {
                    indent: { left: twips(2), firstLine: 0 },
                    border: { left: { style: BorderStyle.SINGLE, size: 18, color: DOCX_LAYOUT.warningColor, space: 6 } },
                    shading: { type: ShadingType.CLEAR, fill: 'FFF3E0', color: 'auto' }
                }
            },
            {
                id: 'TableText',
                name: 'KTS Table Text',
                basedOn: 'Normal',
                run: { size: TABLE_SIZE },
                paragraph: {
                    indent: noIndent,
                    spacing: { ...TABLE_TEXT_SPACING, ...lineSpacing(TABLE_SIZE, 250 / 240) },
                    alignment: AlignmentType.LEFT
                }
            },
            {
                id: 'TableHeading',
                name: 'KTS Table Heading',
                basedOn: 'TableText',
                run: { bold: true, size: TABLE_SIZE },
                // Kept with the first row by the Word renderer, where that row is kept whole (`rowKeeping`).
                paragraph: { alignment: AlignmentType.CENTER }
            },
            {
                id: 'TableNote',
                name: 'KTS Table Note',
                basedOn: 'Normal',
                run: { italics: true, size: TABLE_SIZE, color: '404040' },
                paragraph: { indent: noIndent, spacing: { before: 40, after: 0, ...lineSpacing(TABLE_SIZE, 250 / 240) } }
            },
            {
                id: 'AfterTable',
                name: 'KTS After Table',
                basedOn: 'Normal',
                run: { size: AFTER_TABLE_SIZE },
                paragraph: { indent: noIndent, spacing: { after: 120, ...lineSpacing(AFTER_TABLE_SIZE, 1) } }
            },
            // Figure and table captions each have a style of their own, so that the lists of figures and of tables
            // (table-of-contents fields over one style each) list only theirs.
            { id: CAPTION_STYLES.figure.id, name: CAPTION_STYLES.figure.name, basedOn: 'Caption', next: 'Normal' },
            { id: CAPTION_STYLES.table.id, name: CAPTION_STYLES.table.name, basedOn: 'Caption', next: 'Normal' },
            {
                id: 'Figure',
                name: 'KTS Figure',
                basedOn: 'Normal',
                paragraph: {
                    alignment: AlignmentType.CENTER,
                    indent: noIndent,
                    spacing: { before: 160, after: 0, line: 240, lineRule: LineRuleType.AUTO }
                }
            }
        ]
    };
}

/** The paragraph styles of figure and table captions, by what they caption. */
export const CAPTION_STYLES = {
    figure: { id: 'FigureCaption', name: 'KTS Figure Caption' },
    table: { id: 'TableCaption', name: 'KTS Table Caption' }
} as const;
