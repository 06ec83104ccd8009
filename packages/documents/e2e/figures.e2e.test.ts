import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measurePrintedFigures } from '../test/printed-figures.js';
import { KTS, NODE, REPO_ROOT, run } from './programs.js';

// The figures of each example's Word file as LibreOffice prints them: the PDF it writes says at what size each
// picture is placed (pdfimages: pixels and pixels per inch); the drawing the picture was rasterised from, read from
// the Word file, says how wide it is and how small its text. Together they give the printed size of that text.

const SMALLEST_READABLE_PT = 7;
const EXAMPLES = ['tinh-lao-cai', 'bo-khcn', 'tinh-gia-lai'];

let work: string;

beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-figures-e2e-'));
});

afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** One picture as LibreOffice prints it: its page, width in pixels and pixels per inch, as `pdfimages -list` gives them. */
interface PrintedImage {
    page: number;
    width: number;
    xPpi: number;
}

const printedExamples = new Map<string, Promise<{ figures: Awaited<ReturnType<typeof measurePrintedFigures>>; images: PrintedImage[] }>>();

/** The example's Word file printed to PDF by LibreOffice once, with its figures and the pictures of the PDF. */
function printed(example: string) {
    if (!printedExamples.has(example)) printedExamples.set(example, printExample(example));
    return printedExamples.get(example)!;
}

async function printExample(example: string) {
    const out = path.join(work, example);
    const docx = run(NODE, [KTS, 'generate', path.join('examples', example), '--format', 'docx', '--out', out])
        .split('\n')
        .find(file => file.endsWith('.docx'))!;
    run('libreoffice', [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${path.join(work, `lo-profile-${example}`)}`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        docx
    ]);
    const figures = await measurePrintedFigures(fs.readFileSync(path.resolve(REPO_ROOT, docx)));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const images = run('pdfimages', ['-list', path.join(out, path.basename(docx).replace(/\.docx$/, '.pdf'))])
        .split('\n')
        .slice(2)
        .map(line => line.trim().split(/\s+/))
        .filter(columns => columns[2] === 'image')
        .map(columns => ({ page: Number(columns[0]), width: Number(columns[3]), xPpi: Number(columns[12]) }));
    return { figures, images };
}

describe.each(EXAMPLES)('the figures of example %s printed by LibreOffice', example => {
    test(`print no text below ${SMALLEST_READABLE_PT} pt`, async () => {
        const { figures, images } = await printed(example);
        expect(images.length).toBe(figures.length);
        const tooSmall = images.flatMap((image, index) => {
            const figure = figures[index]!;
            // pdfimages rounds the pixels per inch to a whole number: the widest print that rounds so is taken.
            const printedWidthPt = (image.width / (image.xPpi - 0.5)) * 72;
            const smallestPt = (figure.smallestFontSize * printedWidthPt) / figure.drawingWidth;
            return smallestPt < SMALLEST_READABLE_PT ? [`${figure.caption} (page ${image.page}): ${smallestPt.toFixed(2)} pt`] : [];
        });
        expect(tooSmall).toEqual([]);
    });
});

describe('the four-layer overview of example tinh-gia-lai printed by LibreOffice', () => {
    test('is one figure per state, each on a page of its own', async () => {
        const { figures, images } = await printed('tinh-gia-lai');
        const overview = figures.flatMap((figure, index) =>
            figure.caption.includes('Sơ đồ khái quát theo bốn lớp chức năng')
                ? [{ caption: figure.caption, page: images[index]!.page }]
                : []
        );
        expect(overview.map(figure => figure.caption.replace(/^Hình \d+\. /, ''))).toEqual([
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc hiện trạng)',
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)'
        ]);
        expect(overview[0]!.page).toBeLessThan(overview[1]!.page);
    });
});
