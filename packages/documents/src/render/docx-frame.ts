import {
    AlignmentType,
    Document,
    Header,
    LevelFormat,
    LevelSuffix,
    PageNumber,
    PageOrientation,
    Paragraph,
    TextRun,
    type FileChild,
    type PageNumberEstimator
} from 'docx';
import type { Language } from '../document-model/document-model.js';
import { DOCX_LAYOUT as LAYOUT, docxStyles } from './docx-style.js';

export const HEADING_NUMBERING = 'kts-headings';
export const DASH_LIST = 'kts-dash';

/** What the Word file is around its body: its properties, and its body in runs of portrait and landscape pages. */
export interface WordFileFrame {
    language: Language;
    properties?: { title: string; creator: string; description: string };
    runs: ReadonlyArray<{ landscape: boolean; children: readonly FileChild[] }>;
    pageNumbers?: PageNumberEstimator;
}

/**
 * The Word file: its styles, lists, and a section per run of the body with its page and header. The page layout's
 * workers make it with runs of no children, to lay the pieces of a body out in a file whose styles, lists and headers
 * (by their relationship ids) are the written one's.
 */
export function wordDocument({ language, properties, runs, pageNumbers }: WordFileFrame): Document {
    const pageNumberHeader = () =>
        new Header({
            children: [
                new Paragraph({
                    alignment: AlignmentType.CENTER,
                    indent: { firstLine: 0 },
                    children: [new TextRun({ children: [PageNumber.CURRENT] })]
                })
            ]
        });
    return new Document({
        ...properties,
        styles: docxStyles(language),
        numbering: {
            config: [
                {
                    reference: HEADING_NUMBERING,
                    levels: ['%1.', '%1.%2.', '%1.%2.%3.', '%1.%2.%3.%4.'].map((text, level) => ({
                        level,
                        text,
                        format: LevelFormat.DECIMAL,
                        suffix: LevelSuffix.SPACE,
                        alignment: AlignmentType.LEFT,
                        style: { paragraph: { indent: { left: 0, hanging: 0 } } }
                    }))
                },
                {
                    reference: DASH_LIST,
                    levels: [
                        {
                            level: 0,
                            text: '-',
                            format: LevelFormat.BULLET,
                            alignment: AlignmentType.LEFT,
                            style: { paragraph: { indent: { left: LAYOUT.listIndent, hanging: LAYOUT.listHanging } } }
                        }
                    ]
                }
            ]
        },
        pageNumbers,
        sections: runs.map((run, index) => ({
            properties: {
                page: run.landscape
                    ? {
                          size: { width: LAYOUT.pageWidth, height: LAYOUT.pageHeight, orientation: PageOrientation.LANDSCAPE },
                          margin: LAYOUT.landscapeMargin
                      }
                    : { size: { width: LAYOUT.pageWidth, height: LAYOUT.pageHeight }, margin: LAYOUT.margin },
                // The cover has no page number (Nghị định 30/2020/NĐ-CP numbers pages from the second).
                titlePage: index === 0
            },
            headers:
                index === 0
                    ? { first: new Header({ children: [new Paragraph({})] }), default: pageNumberHeader() }
                    : { default: pageNumberHeader() },
            children: [...run.children]
        }))
    });
}
