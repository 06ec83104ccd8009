import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EstimatedPageNumbers, IXmlableObject } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadWorkspace } from '@kts/language';
import { buildDocumentModel, renderFigures, type DocumentModel, type Section } from '../src/index.js';
import { contentsPageNumbers } from '../src/render/docx.js';
import { DASH_LIST, HEADING_NUMBERING, wordDocument } from '../src/render/docx-frame.js';
import { layoutFonts } from '../src/render/docx-layout-fonts.js';
import { PageLayoutWorkers } from '../src/render/docx-layout-workers.js';
import { PAGE_NUMBER_DOCUMENTS } from './support.js';

// The contents' page numbers laid out in pieces that start on a new page (docx-page-pieces.ts), on this thread and the
// page-layout workers, are the numbers of the whole body laid out at once: every bookmark's page, the number of pages
// and of each section's pages, for the examples' documents in both editions.

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');
const COMBINATIONS = PAGE_NUMBER_DOCUMENTS;

let workers: PageLayoutWorkers;
const documents = new Map<string, DocumentModel>();

beforeAll(async () => {
    workers = PageLayoutWorkers.start(layoutFonts())!;
    for (const example of new Set(COMBINATIONS.map(each => each.example))) {
        const { model } = (await loadWorkspace({ paths: [path.join(EXAMPLES, example)] })).linkedModel();
        const framework = model.frameworks[0]!.id;
        const figures = await renderFigures(model, framework, 'vi');
        for (const { edition } of COMBINATIONS.filter(each => each.example === example)) {
            documents.set(`${example} ${edition}`, buildDocumentModel(model, framework, { language: 'vi', figures, edition }));
        }
    }
}, 300_000);

afterAll(() => workers?.close());

/**
 * The page numbers with the headings' bookmarks named by their order: each build of a document numbers them on from
 * the builds before (`_Toc<n>`).
 */
function comparable({ bookmarks, bookmarkPageNumbers, pageCount, sectionPageCounts }: EstimatedPageNumbers) {
    const headings = [...bookmarks.keys()].filter(name => name.startsWith('_Toc')).map(name => Number(name.slice(4)));
    const first = Math.min(...headings);
    const named = <T>(map: ReadonlyMap<string, T>) =>
        new Map([...map].map(([name, value]) => [name.startsWith('_Toc') ? `heading ${Number(name.slice(4)) - first}` : name, value]));
    return { bookmarks: named(bookmarks), bookmarkPageNumbers: named(bookmarkPageNumbers ?? new Map()), pageCount, sectionPageCounts };
}

/** The numbered headings of the document in order, as Word numbers them ("7.2."), with their titles. */
function numberedHeadings(sections: readonly Section[]): string[] {
    return sections.flatMap(section => [
        ...(section.number ? [`${section.number}. ${section.title}`] : []),
        ...numberedHeadings(section.sections)
    ]);
}

/** The numbered paragraphs of a piece's body as the layout numbers them, with their text, in order. */
function piecesHeadings(body: IXmlableObject, document: DocumentModel, landscape: readonly boolean[]): string[] {
    const file = wordDocument({ language: document.language, runs: landscape.map(turned => ({ landscape: turned, children: [] })) });
    file.Numbering.createConcreteNumberingInstance(HEADING_NUMBERING, 0);
    file.Numbering.createConcreteNumberingInstance(DASH_LIST, 0);
    const numbers = estimatePageNumbers.listNumbers!(body, { file, viewWrapper: file.Document, stack: [] });
    const paragraphs = ((body as { 'w:body': unknown[] })['w:body'] ?? []).filter(
        (element): element is { 'w:p': unknown[] } => typeof element === 'object' && element !== null && 'w:p' in element
    );
    return paragraphs.flatMap(paragraph => {
        const name = JSON.stringify(paragraph).match(/"w:name":"(_Toc\d+)"/)?.[1];
        const number = name === undefined ? undefined : numbers.get(name);
        return number && number.text !== '-' ? [`${number.text} ${textIn(paragraph)}`] : [];
    });
}

function textIn(node: unknown): string {
    if (typeof node === 'string') return node;
    if (Array.isArray(node)) return node.map(textIn).join('');
    if (typeof node !== 'object' || node === null) return '';
    return Object.entries(node)
        .filter(([name]) => name !== '_attr')
        .map(([, value]) => textIn(value))
        .join('');
}

describe('the contents page numbers laid out in pieces', () => {
    for (const { example, edition } of COMBINATIONS) {
        test(`equal the whole body's for ${example}, ${edition} edition`, async () => {
            const document = documents.get(`${example} ${edition}`)!;
            const whole = (await contentsPageNumbers(document)).laidOut();
            const sent = vi.spyOn(workers, 'layOut');
            const pieced = (await contentsPageNumbers(document, workers)).laidOut();
            // Pieces went to the workers, each with the headings' numbers it carries on from the pieces before it.
            expect(sent).toHaveBeenCalled();
            const expected = numberedHeadings(document.sections);
            for (const [, { body, landscape }] of sent.mock.calls) {
                const headings = piecesHeadings(body, document, landscape);
                expect(headings.length).toBeGreaterThan(0);
                const at = expected.indexOf(headings[0]!);
                expect(headings).toEqual(expected.slice(at, at + headings.length));
            }
            sent.mockRestore();
            expect(whole.bookmarks.size).toBeGreaterThan(100);
            expect(comparable(pieced)).toEqual(comparable(whole));
        }, 300_000);
    }

    test('are the whole body laid out on this thread when a worker fails', async () => {
        const document = documents.get('tinh-gia-lai submission')!;
        const whole = (await contentsPageNumbers(document)).laidOut();
        const failing = vi.spyOn(workers, 'layOut').mockRejectedValue(new Error('a page-layout worker stopped early'));
        const laidOut = (await contentsPageNumbers(document, workers)).laidOut();
        expect(failing).toHaveBeenCalled();
        failing.mockRestore();
        expect(comparable(laidOut)).toEqual(comparable(whole));
    }, 300_000);
});
