import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { KTS, NODE, REPO_ROOT, run } from './programs.js';
import { PAGE_NUMBER_DOCUMENTS } from '../test/support.js';

// The page numbers of the contents and of the lists of figures and tables are written into the Word file by our own
// layout (LibreOffice does not update the fields when it opens or converts a file): the .docx of each example in each
// edition, converted to PDF by LibreOffice headless, must show each heading and caption on the page its entry names.

/**
 * The examples and editions whose pages LibreOffice 7.4 (the one installed here) breaks where Word and our layout do.
 * Not examples/bo-khcn, in either edition, for two differences that are LibreOffice 7.4's alone (the first page named is
 * the first whose difference moves an entry of the contents):
 * - submission, page 74: Word squeezes a justified line's spaces to take a last word that goes past its end
 *   (the `docx` layout follows Word there, from probes of Word's PDFs); LibreOffice 7.4 moves the word to the next line
 *   (LibreOffice squeezes too from 24.2 on, as Word 2013 does: numbertext.org/typography, "shrink exceeding
 *   paragraph lines", 2023-11). The introduction of 8.2 is a line longer in LibreOffice, which moves
 *   the first row of table 13 to the next page.
 * - working, page 95: row 4 of table 14 is taller than a page. Word (as the `docx` layout follows it) moves a row that is
 *   not to be split to the next page before it splits it there; LibreOffice splits it where it starts, on the page before.
 */
const COMBINATIONS = PAGE_NUMBER_DOCUMENTS;

/** The contents, then the lists of figures and of tables, as their headings print. */
const LISTS = ['MỤC LỤC', 'DANH MỤC HÌNH', 'DANH MỤC BẢNG'];
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

interface Entry {
    title: string;
    page: number;
}

/** A printed page: the number in its header (the cover has none) and its lines. */
interface Page {
    number: number | undefined;
    lines: string[];
}

/** A list's entries, in order, and the pages it takes (indexes in the PDF). */
interface Listing {
    entries: Entry[];
    firstPage: number;
    lastPage: number;
}

/**
 * The entries of the contents and of the lists of figures and tables, in their order: an entry's text may wrap over
 * lines, the last ending in the dot leader and the page number (an entry whose text reaches the tab stop has room for
 * fewer dots, or none, before its number). A heading in capitals starts afresh (the abbreviations' table between two
 * lists is no entry).
 */
function listedEntries(pages: readonly Page[]): Map<string, Listing> {
    const lists = new Map<string, Listing>();
    let current: Listing | undefined;
    let pending = '';
    for (const [index, page] of pages.entries()) {
        for (const line of page.lines) {
            // A page number follows dots or spaces; a dot between digits ("phiên bản 4.0" at the end of a wrapped line) is
            // part of the title.
            const leader = /^(.*?)(?:\s*\.{2,}\s*|(?<=\D)\.\s*|\s+)(\d+)$/.exec(line);
            if (leader && current) {
                current.entries.push({ title: squeeze(`${pending} ${leader[1]}`), page: Number(leader[2]) });
                current.lastPage = index;
                pending = '';
            } else if (/^[\p{Lu}\s]+$/u.test(line) && /\p{Lu}{3}/u.test(line)) {
                current = LISTS.includes(line) ? { entries: [], firstPage: index, lastPage: index } : undefined;
                if (current) lists.set(line, current);
                pending = '';
            } else pending = current ? `${pending} ${line}` : '';
        }
        // The lists end before chapter 1 starts.
        if (lists.size === LISTS.length && index > [...lists.values()].at(-1)!.lastPage) break;
    }
    return lists;
}

/**
 * The page each entry's heading or caption is printed on, looking forward from the previous one's, after the contents
 * and past the pages `skipped`: the first line that starts it (a long one wraps), in the capitals a chapter heading
 * prints in or as written.
 */
function printedPages(
    entries: readonly Entry[],
    pages: readonly Page[],
    from: number,
    skipped: (index: number) => boolean
): Array<number | undefined> {
    let at = from;
    return entries.map(entry => {
        const title = upper(entry.title);
        for (; at < pages.length; at++) {
            if (skipped(at)) continue;
            const starts = pages[at]!.lines.some(line => {
                const text = upper(line);
                return text.length >= Math.min(title.length, 12) && title.startsWith(text);
            });
            if (starts) return pages[at]!.number;
        }
        at = from;
        return undefined;
    });
}

let work: string;

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-contents-pages-e2e-'));
});

afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
});

test.each(COMBINATIONS)(
    'the contents and the lists of figures and tables of $example ($edition) name the pages LibreOffice prints their entries on',
    ({ example, edition }) => {
        const out = path.join(work, `${example}-${edition}`);
        const docx = run(NODE, [
            KTS,
            'generate',
            path.join('examples', example),
            '--format',
            'docx',
            '--edition',
            edition,
            '--out',
            out
        ]).trim();
        run('libreoffice', [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
            '--convert-to',
            'pdf',
            '--outdir',
            out,
            path.resolve(REPO_ROOT, docx)
        ]);
        const pdf = path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'));
        const pages: Page[] = run('pdftotext', ['-layout', pdf, '-'])
            .normalize('NFC')
            .split('\f')
            .map(text => {
                const lines = text
                    .split('\n')
                    .map(squeeze)
                    .filter(line => line !== '');
                const header = lines[0] !== undefined && /^\d+$/.test(lines[0]) ? Number(lines[0]) : undefined;
                return { number: header, lines: header === undefined ? lines : lines.slice(1) };
            });
        const lists = listedEntries(pages);
        expect([...lists.keys()]).toEqual(LISTS);
        // Everything listed comes after the contents; a caption is looked for past the lists of figures and tables, where
        // the start of its entry is printed too.
        const contentsEnd = lists.get(LISTS[0]!)!.lastPage + 1;
        const captionLists = LISTS.slice(1).map(list => lists.get(list)!);
        const inCaptionList = (index: number) => captionLists.some(list => index >= list.firstPage && index <= list.lastPage);
        const wrong: string[] = [];
        for (const [list, { entries }] of lists) {
            expect(entries.length, list).toBeGreaterThan(10);
            const printed = printedPages(entries, pages, contentsEnd, list === LISTS[0] ? () => false : inCaptionList);
            for (const [index, entry] of entries.entries()) {
                if (printed[index] !== entry.page) {
                    wrong.push(`${list} › ${entry.title}: listed on page ${entry.page}, printed on ${printed[index] ?? 'no page found'}`);
                }
            }
        }
        expect(wrong).toEqual([]);
    }
);
