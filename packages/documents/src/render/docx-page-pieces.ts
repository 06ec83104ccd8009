import type { EstimatedPageNumbers, IXmlableObject, PageNumberGuess } from 'docx';
import { attributeOf } from './docx-xml-objects.js';

/**
 * The formatted body of a Word file cut into pieces that each start on a new page, to lay their pages out apart (in
 * parallel) and join the page numbers found: a piece's pages do not depend on what comes before it, but for what the
 * layout carries from one page to the next, which each piece is given here.
 * - The lists' numbers (the headings' "7.2."): each piece opens with paragraphs that show nothing and hide their mark,
 *   which the layout leaves out (they take no room) but counts in their lists, as many at each level as the body
 *   counted before the piece.
 * - The sections: a piece ends with the properties of the section it ends in, and a section it starts in the middle of
 *   loses its first page's own header (`w:titlePg`), since its first page is not in the piece.
 * - The page numbers of the fields that show them (PAGEREF in the contents and the lists of figures and tables, PAGE,
 *   NUMPAGES, SECTIONPAGES, SECTION in the body): everything up to the last of them is the first piece, laid out last,
 *   with pages after it (`withLaterPages`) on which the bookmarks its fields refer to are where the other pieces put
 *   them, so that its layout passes see the numbers the whole body's do.
 * The pages are numbered on from the first, in Arabic numerals: a body whose sections restart or format their numbers
 * is not cut (`pagePieces` gives undefined).
 */

type XmlElement = Record<string, unknown>;

/** A piece of the body: elements `[start, end)` of the whole body's. */
export interface PageRange {
    start: number;
    end: number;
}

export interface PagePieces {
    /** The elements of the whole body. */
    elements: readonly XmlElement[];
    /** The first piece, with every field that shows a page number; it starts the body. */
    first: PageRange;
    /** The others, in the body's order, about as heavy as one another. */
    others: PageRange[];
    /** Whether each section of the body is landscape, for a file made to lay the pieces out in. */
    landscape: boolean[];
}

const PAGE_FIELD = /^\s*(PAGEREF|NUMPAGES|SECTIONPAGES|PAGE|SECTION)\b/i;
/**
 * How much more the first piece costs to lay out than another of its size: it is laid out with pages for the other
 * pieces' bookmarks after it, its contents' lines wrap again once their numbers are known (a third pass), and its
 * tables of contents hold most of its text (about twice, on examples/tinh-lao-cai).
 */
const FIRST_PIECE_COST = 2;
/** The number of the first bookmark the later pages of the first piece use, above those `docx` gives. */
const LATER_PAGES_BOOKMARK_ID = 1_000_000_000;

/**
 * The body cut into the first piece and `count` others of about equal size (by the length of their XML objects' JSON,
 * which follows their text and their tables' cells); undefined when it cannot be cut exactly.
 */
export function pagePieces(body: IXmlableObject, count: number): PagePieces | undefined {
    const elements = (body as Record<string, unknown>)['w:body'];
    if (!Array.isArray(elements) || elements.length === 0 || count < 1) return undefined;
    const sections = elements.flatMap(element => {
        const properties = sectionPropertiesOf(element);
        return properties ? [properties] : [];
    });
    if (!sections.every(numbersOnFromBefore)) return undefined;
    const lastField = elements.findLastIndex(element => hasPageField(element));
    const starts = elements.flatMap((_, index) => (index > Math.max(lastField, 0) && startsPage(elements, index) ? [index] : []));
    const firstEnd = starts[0] ?? elements.length;
    const weights = elements.map(element => JSON.stringify(element).length);
    const sum = (from: number, to: number) => weights.slice(from, to).reduce((total, weight) => total + weight, 0);
    // The lane that lays out the first piece, after the others, lays out a lighter piece of the others before it.
    const firstWeight = FIRST_PIECE_COST * sum(0, firstEnd);
    const share = (firstWeight + sum(firstEnd, elements.length)) / count;
    const others: PageRange[] = [];
    let start = firstEnd;
    let weighed = firstEnd;
    let weight = firstWeight;
    for (const next of starts) {
        if (next <= start) continue;
        if (others.length === count - 1) break;
        weight += sum(weighed, next);
        weighed = next;
        if (weight >= share * (others.length + 1)) {
            others.push({ start, end: next });
            start = next;
        }
    }
    if (start < elements.length) others.push({ start, end: elements.length });
    const landscape = sections.map(properties => attributeOf(findChild(properties, 'w:pgSz'), 'w:orient') === 'landscape');
    return { elements, first: { start: 0, end: firstEnd }, others, landscape };
}

/** The body of a piece, with what it carries from the pieces before it. */
export function pieceBody(pieces: PagePieces, { start, end }: PageRange): IXmlableObject {
    const { elements } = pieces;
    const content = elements.slice(start, end);
    const last = content.at(-1);
    const endsSection = last !== undefined && sectionPropertiesOf(last) !== undefined;
    if (last === undefined || !('w:sectPr' in last)) {
        // The section break of the piece's last paragraph becomes the body's: a paragraph's would open one more section.
        if (endsSection) content[content.length - 1] = withoutSectionProperties(last);
        content.push({ 'w:sectPr': sectionPropertiesOf(endsSection ? last : elements[sectionEndFrom(elements, end)]!) });
    }
    if (start > 0 && sectionPropertiesOf(elements[start - 1]!) === undefined) {
        // The piece starts in the middle of a section, whose first page is not in it.
        const first = sectionEndFrom(content, 0);
        content[first] = withSectionProperties(content[first]!, withoutFirstPageHeader(sectionPropertiesOf(content[first]!)!));
    }
    return { 'w:body': [...listCounts(elements.slice(0, start)), ...content] } as IXmlableObject;
}

/**
 * The first piece's body with the later pages: as many pages as the other pieces take, each a paragraph after a page
 * break, with the bookmarks the piece's fields refer to on the page the other pieces put them.
 */
export function withLaterPages(pieces: PagePieces, others: readonly EstimatedPageNumbers[]): IXmlableObject {
    const body = pieceBody(pieces, pieces.first);
    const content = (body as { 'w:body': XmlElement[] })['w:body'];
    const referred = new Set(pageReferences(content));
    const pages: string[][] = [];
    let before = 0;
    for (const laidOut of others) {
        const count = laidOut.pageCount ?? 0;
        for (let page = 0; page < count; page++) pages.push([]);
        for (const [name, page] of laidOut.bookmarkPageNumbers ?? []) {
            if (referred.has(name)) pages[before + page - 1]?.push(name);
        }
        before += count;
    }
    let id = LATER_PAGES_BOOKMARK_ID;
    const laterPages = pages.map(names => ({
        'w:p': [
            { 'w:pPr': [{ 'w:pageBreakBefore': {} }] },
            ...names.flatMap(name => {
                id++;
                return [{ 'w:bookmarkStart': { _attr: { 'w:name': name, 'w:id': id } } }, { 'w:bookmarkEnd': { _attr: { 'w:id': id } } }];
            })
        ]
    }));
    content.splice(content.length - 1, 0, ...laterPages);
    return body;
}

/**
 * The page numbers of the whole body from its pieces' (the first laid out with the later pages), or undefined where
 * a piece's pages are not all known (the layout stopped), so that the whole body is laid out instead.
 */
export function joinedPageNumbers(
    pieces: PagePieces,
    first: EstimatedPageNumbers,
    others: readonly EstimatedPageNumbers[]
): EstimatedPageNumbers | undefined {
    const laterPages = others.reduce((sum, laidOut) => sum + (laidOut.pageCount ?? Number.NaN), 0);
    if (first.pageCount === undefined || !Number.isInteger(laterPages)) return undefined;
    const firstPages = first.pageCount - laterPages;
    const bookmarks = new Map<string, string>();
    const bookmarkPageNumbers = new Map<string, number>();
    const sectionPageCounts: Array<number | undefined> = [];
    const relativePositions = new Map(first.relativePositions ?? []);
    const guesses: PageNumberGuess[] = [];
    let numberedOn = true;
    const add = (laidOut: EstimatedPageNumbers, before: number, firstSection: number, pages: number) => {
        for (const [name, page] of laidOut.bookmarkPageNumbers ?? []) {
            numberedOn &&= laidOut.bookmarks.get(name) === String(page);
            if (page > pages) continue;
            bookmarks.set(name, String(before + page));
            bookmarkPageNumbers.set(name, before + page);
        }
        for (const [index, count] of (laidOut.sectionPageCounts ?? []).entries()) {
            const at = firstSection + index;
            const sum = at < sectionPageCounts.length ? sectionPageCounts[at] : 0;
            sectionPageCounts[at] = sum === undefined || count === undefined ? undefined : sum + count;
        }
        for (const guess of laidOut.guesses ?? []) if (guess.page <= pages) guesses.push({ ...guess, page: before + guess.page });
    };
    const firstCounts = [...(first.sectionPageCounts ?? [])];
    const lastSection = firstCounts.length - 1;
    if (lastSection >= 0 && firstCounts[lastSection] !== undefined) firstCounts[lastSection] -= laterPages;
    add({ ...first, sectionPageCounts: firstCounts }, 0, 0, firstPages);
    let before = firstPages;
    for (const [index, laidOut] of others.entries()) {
        for (const [name, positions] of laidOut.relativePositions ?? []) relativePositions.set(name, positions);
        add(laidOut, before, sectionsBefore(pieces, pieces.others[index]!.start), laidOut.pageCount!);
        before += laidOut.pageCount!;
    }
    // A page numbered otherwise than on from the one before (the sections were checked for it) is not joined.
    if (!numberedOn) return undefined;
    return {
        bookmarks,
        pageCount: before,
        sectionPageCounts,
        bookmarkPageNumbers,
        relativePositions,
        ...(first.guesses ? { guesses } : {})
    };
}

/** How many sections end before the element. */
function sectionsBefore({ elements }: PagePieces, index: number): number {
    return elements.slice(0, index).filter(element => sectionPropertiesOf(element) !== undefined && !('w:sectPr' in element)).length;
}

/** Whether a new page starts at the element: after a section break, or at a paragraph that breaks the page before it. */
function startsPage(elements: readonly XmlElement[], index: number): boolean {
    const element = elements[index]!;
    const properties = paragraphProperties(element);
    if (properties?.some(property => 'w:pageBreakBefore' in property && isOn(property['w:pageBreakBefore']))) return true;
    // After a section break, where the first paragraph keeps none of its space before: the layout would keep what of it
    // goes beyond the last paragraph's space after, and that paragraph is in the piece before.
    const before = elements[index - 1];
    if (before === undefined || sectionPropertiesOf(before) === undefined || 'w:sectPr' in before) return false;
    return properties?.some(property => attributeOf(property['w:spacing'], 'w:before') === 0) === true;
}

/** The paragraphs that carry on the body's lists' counts: one per number counted at each level, showing nothing. */
function listCounts(before: readonly XmlElement[]): XmlElement[] {
    const counts = new Map<string, Array<number | undefined>>();
    forEachParagraph(before, paragraph => {
        const numbering = paragraphProperties(paragraph)?.find(property => 'w:numPr' in property)?.['w:numPr'];
        if (!Array.isArray(numbering)) return;
        const id = numbering.map(part => attributeOf(part['w:numId'], 'w:val')).find(value => value !== undefined);
        const level = numbering.map(part => attributeOf(part['w:ilvl'], 'w:val')).find(value => value !== undefined) ?? 0;
        if (id === undefined || typeof level !== 'number') return;
        const levels = counts.get(String(id)) ?? [];
        levels[level] = (levels[level] ?? 0) + 1;
        levels.length = level + 1;
        counts.set(String(id), levels);
    });
    return [...counts].flatMap(([id, levels]) =>
        levels.flatMap((count, level) =>
            Array.from({ length: count ?? 0 }, () => ({
                'w:p': [
                    {
                        'w:pPr': [
                            { 'w:numPr': [{ 'w:ilvl': { _attr: { 'w:val': level } } }, { 'w:numId': { _attr: { 'w:val': id } } }] },
                            { 'w:rPr': [{ 'w:vanish': {} }] }
                        ]
                    }
                ]
            }))
        )
    );
}

function forEachParagraph(nodes: readonly unknown[], visit: (paragraph: XmlElement) => void): void {
    for (const node of nodes) {
        if (typeof node !== 'object' || node === null) continue;
        for (const [name, value] of Object.entries(node)) {
            if (name === 'w:p') visit(node as XmlElement);
            if (name !== '_attr' && Array.isArray(value)) forEachParagraph(value, visit);
        }
    }
}

/** The names of the bookmarks the fields of some elements refer to by PAGEREF. */
function pageReferences(nodes: readonly unknown[]): string[] {
    const names: string[] = [];
    const visit = (node: unknown): void => {
        if (typeof node === 'string') {
            const reference = /^\s*PAGEREF\s+"?([^\s"\\]+)/i.exec(node);
            if (reference) names.push(reference[1]!);
        } else if (Array.isArray(node)) node.forEach(visit);
        else if (typeof node === 'object' && node !== null) {
            for (const [name, value] of Object.entries(node)) {
                if (name === '_attr') visit((value as Record<string, unknown>)['w:instr']);
                else visit(value);
            }
        }
    };
    visit(nodes);
    return names;
}

function hasPageField(node: unknown): boolean {
    if (typeof node === 'string') return PAGE_FIELD.test(node);
    if (Array.isArray(node)) return node.some(hasPageField);
    if (typeof node !== 'object' || node === null) return false;
    return Object.entries(node).some(([name, value]) =>
        name === '_attr' ? hasPageField((value as Record<string, unknown>)['w:instr']) : hasPageField(value)
    );
}

/** The index of the element that ends the section the element at `index` is in. */
function sectionEndFrom(elements: readonly XmlElement[], index: number): number {
    const end = elements.findIndex((element, at) => at >= index && sectionPropertiesOf(element) !== undefined);
    if (end < 0) throw new Error('the body of the Word file ends with no section properties');
    return end;
}

/** A section's properties: the body's own (`w:sectPr`) or those a paragraph ends its section with. */
function sectionPropertiesOf(element: XmlElement): unknown[] | undefined {
    if ('w:sectPr' in element) return element['w:sectPr'] as unknown[];
    const found = paragraphProperties(element)?.find(property => 'w:sectPr' in property);
    return found?.['w:sectPr'] as unknown[] | undefined;
}

function withSectionProperties(element: XmlElement, properties: unknown[]): XmlElement {
    if ('w:sectPr' in element) return { 'w:sectPr': properties };
    return mapParagraphProperties(element, property => ('w:sectPr' in property ? [{ 'w:sectPr': properties }] : [property]));
}

function withoutSectionProperties(paragraph: XmlElement): XmlElement {
    return mapParagraphProperties(paragraph, property => ('w:sectPr' in property ? [] : [property]));
}

function mapParagraphProperties(paragraph: XmlElement, map: (property: Record<string, unknown>) => unknown[]): XmlElement {
    const content = paragraph['w:p'] as Array<Record<string, unknown>>;
    return {
        'w:p': content.map(part => ('w:pPr' in part ? { 'w:pPr': (part['w:pPr'] as Array<Record<string, unknown>>).flatMap(map) } : part))
    };
}

function withoutFirstPageHeader(properties: unknown[]): unknown[] {
    return properties.filter(property => !(typeof property === 'object' && property !== null && 'w:titlePg' in property));
}

/** Whether a section numbers its pages on from the section before, in Arabic numerals. */
function numbersOnFromBefore(properties: unknown[]): boolean {
    const numbering = findChild(properties, 'w:pgNumType');
    const attributes = (numbering as { _attr?: Record<string, unknown> } | undefined)?._attr ?? {};
    return attributes['w:start'] === undefined && [undefined, 'decimal'].includes(attributes['w:fmt'] as string | undefined);
}

function findChild(children: readonly unknown[], name: string): unknown {
    const child = children.find(
        (candidate): candidate is Record<string, unknown> => typeof candidate === 'object' && candidate !== null && name in candidate
    );
    return child?.[name];
}

function paragraphProperties(element: XmlElement): Array<Record<string, unknown>> | undefined {
    const content = element['w:p'];
    if (!Array.isArray(content)) return undefined;
    const properties = content.find(part => typeof part === 'object' && part !== null && 'w:pPr' in part)?.['w:pPr'];
    return Array.isArray(properties) ? properties : undefined;
}

function isOn(element: unknown): boolean {
    const value = attributeOf(element, 'w:val');
    return value === undefined || (value !== false && value !== 'false' && value !== 0 && value !== '0');
}
