import type { BookmarkListNumber, EstimatedPageNumbers, IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Language } from '../document-model/document-model.js';
import { layoutFonts } from './docx-layout-fonts.js';
import { PAGE_LAYOUT_OPTIONS } from './docx-layout-options.js';
import type { PageLayoutWorkers } from './docx-layout-workers.js';
import { joinedPageNumbers, pagePieces, pieceBody, withLaterPages } from './docx-page-pieces.js';
import { attributeOf } from './docx-xml-objects.js';

/**
 * The page numbers of the table of contents and the lists of figures and tables, laid out as Word would (`docx/layout`),
 * so that readers that do not update fields (LibreOffice, viewers) show complete tables; Word updates them on request.
 *
 * The layout needs each figure's printed size, not its picture, so the Word renderer makes a first build of the document
 * whose figures have a placeholder fallback, while the workers draw the real ones; its body is kept (`layOut`), laid
 * out (`settle`: in pieces that start on a new page, on this thread and the page-layout workers, see
 * docx-page-pieces.ts), and the numbers found are given to the second build, the one it writes. Both builds are alike
 * but for the pictures, and so are their bookmarks, but for the names `docx` gives the headings' bookmarks (`_Toc<n>`,
 * `<n>` from a counter every document shares): those are matched in the order they come.
 */
export interface PageNumberLayout {
    /** The estimator the first build is given: it keeps the body, whose pages `settle` lays out. */
    readonly layOut: PageNumberEstimator;
    /**
     * Lays the kept body's pages out: in pieces, one on this thread and the others on the workers, given workers, else
     * whole on this thread.
     */
    settle(workers?: PageLayoutWorkers): Promise<void>;
    /** What `settle` found, under the first build's bookmark names. */
    laidOut(): EstimatedPageNumbers;
    /** The estimator the second build is given: what `settle` found, under this build's bookmark names. */
    found(): PageNumberEstimator;
}

interface Found {
    tocNames: string[];
    listNumbers?: ReadonlyMap<string, BookmarkListNumber>;
    pageNumbers?: EstimatedPageNumbers;
}

export function pageNumberLayout(language: Language): PageNumberLayout {
    const estimator = estimatePageNumbersWith({ ...PAGE_LAYOUT_OPTIONS, fonts: layoutFonts() });
    const found: Found = { tocNames: [] };
    let kept: { body: IXmlableObject; context: IContext } | undefined;
    const layOut: PageNumberEstimator = Object.assign(
        (body: IXmlableObject, context: IContext): EstimatedPageNumbers => {
            kept = { body, context };
            return { bookmarks: new Map() };
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
        async settle(workers) {
            if (!kept) throw new Error('the pages were not laid out before the document was written');
            const { body, context } = kept;
            found.pageNumbers = (workers && (await inPieces(body, context, estimator, language, workers))) ?? estimator(body, context);
        },
        laidOut() {
            if (!found.pageNumbers) throw new Error('the pages were not laid out before the document was written');
            return found.pageNumbers;
        },
        found() {
            const pageNumbers = this.laidOut();
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

/**
 * The page numbers of the body laid out in pieces: the workers each lay out a piece while this thread lays out one
 * too, then the first piece, which needs the others' pages; undefined where the body cannot be cut exactly or a worker
 * failed.
 */
async function inPieces(
    body: IXmlableObject,
    context: IContext,
    estimator: PageNumberEstimator,
    language: Language,
    workers: PageLayoutWorkers
): Promise<EstimatedPageNumbers | undefined> {
    const pieces = pagePieces(body, workers.count + 1);
    if (!pieces || pieces.others.length < 2) return undefined;
    const [own, ...theirs] = pieces.others;
    const laidOut = theirs.map((piece, lane) =>
        workers.layOut(lane, { language, landscape: pieces.landscape, body: pieceBody(pieces, piece) })
    );
    // A worker that fails (one that cannot start, or a fault of the layout) leaves the pages to this thread, whole,
    // where the same fault would be the generation's; its rejection is awaited after this thread's piece, never an
    // unhandled one meanwhile.
    const theirPages = Promise.all(laidOut).catch(() => undefined);
    const ownPages = estimator(pieceBody(pieces, own!), context);
    const laidOutThere = await theirPages;
    if (!laidOutThere) return undefined;
    const others = [ownPages, ...laidOutThere];
    return joinedPageNumbers(pieces, estimator(withLaterPages(pieces, others), context), others);
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
                if (typeof name === 'string' && name.startsWith('_Toc')) names.push(name);
            } else if (key !== '_attr') headingBookmarkNames(value, names);
        }
    }
    return names;
}
