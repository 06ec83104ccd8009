import type { BookmarkListNumber, EstimatedPageNumbers, IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { layoutFonts } from './docx-layout-fonts.js';

/**
 * The page numbers of the table of contents and the lists of figures and tables, laid out as Word would (`docx/layout`),
 * so that readers that do not update fields (LibreOffice, viewers) show complete tables; Word updates them on request.
 *
 * The layout needs each figure's printed size, not its picture, so the Word renderer lays the pages out on a first
 * build of the document whose figures have a placeholder fallback, while the workers draw the real ones, and gives the
 * numbers found to the second build, the one it writes. Both builds are alike but for the pictures, and so are their
 * bookmarks, but for the names `docx` gives the headings' bookmarks (`_Toc<n>`, `<n>` from a counter every document
 * shares): those are matched in the order they come.
 */
export interface PageNumberLayout {
    /** The estimator the first build is given: it lays the pages out and keeps what it found. */
    readonly layOut: PageNumberEstimator;
    /** The estimator the second build is given: what the first one found, under this build's bookmark names. */
    found(): PageNumberEstimator;
}

interface Found {
    tocNames: string[];
    listNumbers?: ReadonlyMap<string, BookmarkListNumber>;
    pageNumbers?: EstimatedPageNumbers;
}

export function pageNumberLayout(): PageNumberLayout {
    const estimator = estimatePageNumbersWith({ guess: true, fonts: layoutFonts() });
    const found: Found = { tocNames: [] };
    const layOut: PageNumberEstimator = Object.assign(
        (body: IXmlableObject, context: IContext) => {
            found.pageNumbers = estimator(body, context);
            return found.pageNumbers;
        },
        {
            listNumbers: (body: IXmlableObject, context: IContext) => {
                found.tocNames = headingBookmarkNames(body);
                found.listNumbers = estimator.listNumbers?.(headingsOnly(body), context) ?? new Map();
                return found.listNumbers;
            }
        }
    );
    return {
        layOut,
        found() {
            const { pageNumbers } = found;
            if (!pageNumbers) throw new Error('the pages were not laid out before the document was written');
            // A document without captions (an annex of changes) has no lists of figures or tables to number.
            const listNumbers = found.listNumbers ?? new Map<string, BookmarkListNumber>();
            let rename: (name: string) => string = name => name;
            return Object.assign(
                (): EstimatedPageNumbers => ({
                    ...pageNumbers,
                    bookmarks: renamedKeys(pageNumbers.bookmarks, rename),
                    ...(pageNumbers.bookmarkPageNumbers
                        ? { bookmarkPageNumbers: renamedKeys(pageNumbers.bookmarkPageNumbers, rename) }
                        : {}),
                    ...(pageNumbers.relativePositions ? { relativePositions: renamedKeys(pageNumbers.relativePositions, rename) } : {})
                }),
                {
                    listNumbers: (body: IXmlableObject) => {
                        rename = renaming(found.tocNames, headingBookmarkNames(body));
                        return renamedKeys(listNumbers, rename);
                    }
                }
            );
        }
    };
}

/** The first build's heading bookmark names to the second's, in the order they come. */
function renaming(first: readonly string[], second: readonly string[]): (name: string) => string {
    if (first.length !== second.length) {
        throw new Error(`the two builds of the Word file bookmark ${first.length} and ${second.length} headings`);
    }
    const names = new Map(first.map((name, index) => [name, second[index]!]));
    return name => names.get(name) ?? name;
}

function renamedKeys<T>(map: ReadonlyMap<string, T>, rename: (name: string) => string): Map<string, T> {
    return new Map([...map].map(([name, value]) => [rename(name), value]));
}

/**
 * The body with only the paragraphs that number headings or end sections, for the reading that works out the headings'
 * numbers: a heading's number depends only on the headings before it (the body's other lists have numberings of their
 * own), and reading the whole body a second time cost about a fifth of the Word file's time on examples/tinh-lao-cai.
 */
function headingsOnly(body: IXmlableObject): IXmlableObject {
    const children = (body as Record<string, unknown>)['w:body'];
    if (!Array.isArray(children)) return body;
    return {
        'w:body': children.filter(
            child =>
                typeof child === 'object' &&
                child !== null &&
                ('w:sectPr' in child || ('w:p' in child && (headingBookmarkNames(child).length > 0 || hasKey(child, 'w:sectPr'))))
        )
    } as IXmlableObject;
}

function hasKey(node: unknown, key: string): boolean {
    if (Array.isArray(node)) return node.some(child => hasKey(child, key));
    if (typeof node !== 'object' || node === null) return false;
    return Object.entries(node).some(([name, value]) => name === key || (name !== '_attr' && hasKey(value, key)));
}

/** The names of the bookmarks `docx` puts on the headings a table of contents lists, in the order of the body. */
function headingBookmarkNames(node: unknown, names: string[] = []): string[] {
    if (Array.isArray(node)) {
        for (const child of node) headingBookmarkNames(child, names);
    } else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
            if (key === 'w:bookmarkStart') {
                const name = attributeOf(value, 'w:name');
                if (name?.startsWith('_Toc')) names.push(name);
            } else if (key !== '_attr') headingBookmarkNames(value, names);
        }
    }
    return names;
}

function attributeOf(element: unknown, name: string): string | undefined {
    const parts = Array.isArray(element) ? element : [element];
    for (const part of parts) {
        const value = (part as { _attr?: Record<string, unknown> } | undefined)?._attr?.[name];
        if (typeof value === 'string') return value;
    }
    return undefined;
}
