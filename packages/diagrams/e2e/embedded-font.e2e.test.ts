import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as hb from 'harfbuzzjs';
import { chromium, type Browser } from 'playwright-core';

// The SVG diagrams `kts diagram` writes and the HTML document `kts generate` writes, opened in Chromium on a machine without DejaVu Sans: fontconfig is
// pointed at a folder that holds one other font (DejaVu Sans Mono, about 10 % wider), so every font the page asks
// for by name falls back to it. The embedded subset must still draw each line as wide as DejaVu Sans makes it, so
// inside the box the layout measured for it; the same drawings with the embedded font removed must not.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const FONT_PACKAGE = path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));

interface Extent {
    left: number;
    right: number;
    top: number;
    bottom: number;
}

interface DrawnLine {
    text: string;
    fontSize: number;
    bold: boolean;
    /** The width Chromium lays the line out at. */
    width: number;
    /** Where the line and the box of the node it labels, if any, are on the page. */
    bbox: Extent;
    node?: Extent;
}

let work: string;
let browser: Browser;
let drawings: { name: string; file: string }[];

beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium (${CHROMIUM}) is not installed: run \`sh scripts/install-e2e-deps.sh\``);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-font-e2e-'));
    const result = spawnSync(
        NODE,
        [KTS, 'diagram', path.join('examples', 'tinh-lao-cai'), '--view', 'all', '--format', 'svg', '--out', path.join(work, 'svg')],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 600_000 }
    );
    expect(result.status, result.stderr).toBe(0);
    drawings = fs
        .readdirSync(path.join(work, 'svg'))
        .sort()
        .map(name => ({ name, file: path.join(work, 'svg', name) }));
    expect(drawings.length).toBeGreaterThanOrEqual(10);
    // The same drawings as a reader would have them without the embedded font.
    fs.mkdirSync(path.join(work, 'plain'));
    for (const drawing of drawings) {
        const svg = fs.readFileSync(drawing.file, 'utf8');
        expect(svg, drawing.name).toContain('@font-face');
        fs.writeFileSync(path.join(work, 'plain', drawing.name), svg.replace(/<style>[\s\S]*?<\/style>/, ''));
    }
    const html = spawnSync(
        NODE,
        [KTS, 'generate', path.join('examples', 'tinh-lao-cai'), '--format', 'html', '--out', path.join(work, 'html')],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 600_000 }
    );
    expect(html.status, html.stderr).toBe(0);
    // A machine whose only font is not DejaVu Sans.
    const fonts = path.join(work, 'fonts');
    fs.mkdirSync(fonts);
    fs.copyFileSync(path.join(FONT_PACKAGE, 'ttf', 'DejaVuSansMono.ttf'), path.join(fonts, 'DejaVuSansMono.ttf'));
    // Unhinted, as Chromium lays text out on Windows and macOS: with fontconfig's full hinting it rounds every
    // letter's advance to a whole pixel, which makes lines a few per cent wider whatever the font.
    const config = path.join(work, 'fonts.conf');
    fs.writeFileSync(
        config,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${fonts}</dir><cachedir>${path.join(work, 'font-cache')}</cachedir>` +
            '<match target="font"><edit name="hinting" mode="assign"><bool>false</bool></edit>' +
            '<edit name="hintstyle" mode="assign"><const>hintnone</const></edit></match></fontconfig>\n'
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: config } });
}, 900_000);

afterAll(async () => {
    await browser?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function drawnLines(file: string): Promise<DrawnLine[]> {
    const page = await browser.newPage();
    try {
        await page.goto(`file://${file}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return await page.evaluate(() =>
            [...document.querySelectorAll('text')].map(text => {
                // On the page, so that a line turned by its own transform compares with its box.
                const box = text.getBoundingClientRect();
                // A node's outline is its largest shape: a rectangle, or a path for a dataset's folded corner.
                const shapes = [...(text.closest('g.node')?.children ?? [])].filter(child => /^(rect|path|polygon)$/.test(child.tagName));
                const area = (rect: DOMRect) => rect.width * rect.height;
                const nodeBox = shapes
                    .map(shape => shape.getBoundingClientRect())
                    .reduce<DOMRect | undefined>((largest, rect) => (!largest || area(rect) > area(largest) ? rect : largest), undefined);
                const extent = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
                return {
                    text: text.textContent ?? '',
                    fontSize: Number(text.getAttribute('font-size')),
                    bold: text.getAttribute('font-weight') === 'bold',
                    width: text.getComputedTextLength(),
                    bbox: extent(box),
                    ...(nodeBox ? { node: extent(nodeBox) } : {})
                };
            })
        );
    } finally {
        await page.close();
    }
}

const fonts = new Map<boolean, hb.Font>();

/** The width DejaVu Sans itself lays the line out at (HarfBuzz, the full font, kerning included), in pixels. */
function fontWidth(line: DrawnLine): number {
    let font = fonts.get(line.bold);
    if (!font) {
        const file = path.join(FONT_PACKAGE, 'ttf', line.bold ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf');
        font = new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(fs.readFileSync(file)))));
        fonts.set(line.bold, font);
    }
    const buffer = new hb.Buffer();
    buffer.addText(line.text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const units = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
    return (units * line.fontSize) / font.face.upem;
}

function inside(line: Extent, box: Extent): boolean {
    return line.left >= box.left && line.right <= box.right && line.top >= box.top && line.bottom <= box.bottom;
}

/** How far a line's drawn width is from the width DejaVu Sans gives it, as a fraction. */
function deviation(line: DrawnLine): number {
    const expected = fontWidth(line);
    return Math.abs(line.width - expected) / Math.max(expected, 1);
}

describe('an SVG diagram on a machine without DejaVu Sans', () => {
    test('draws every line with the embedded font, as wide as DejaVu Sans makes it and inside its box', async () => {
        for (const drawing of drawings) {
            const lines = (await drawnLines(drawing.file)).filter(line => line.text.trim() !== '');
            expect(lines.length, drawing.name).toBeGreaterThan(0);
            for (const line of lines) {
                expect(deviation(line), `${drawing.name}: "${line.text}"`).toBeLessThan(0.002);
                if (!line.node) continue;
                expect(inside(line.bbox, line.node), `${drawing.name}: "${line.text}" ${JSON.stringify(line)}`).toBe(true);
            }
        }
    });

    test('the HTML document draws every line of its figures with its one embedded font, inside the boxes', async () => {
        const lines = (await drawnLines(path.join(work, 'html', 'tinh_lao_cai.html'))).filter(line => line.text.trim() !== '');
        expect(lines.length).toBeGreaterThan(200);
        for (const line of lines) {
            // The page scales each figure to its column, and Chromium lays text out at the size it is shown.
            expect(deviation(line), line.text).toBeLessThan(0.005);
            if (line.node) expect(inside(line.bbox, line.node), `"${line.text}" ${JSON.stringify(line)}`).toBe(true);
        }
    });

    test('without the embedded font the same drawings are laid out in another font, and labels leave their boxes', async () => {
        let overflowing = 0;
        for (const drawing of drawings) {
            const lines = (await drawnLines(path.join(work, 'plain', drawing.name))).filter(line => line.text.trim().length > 3);
            const off = lines.filter(line => deviation(line) >= 0.03);
            expect(off.length, drawing.name).toBeGreaterThan(lines.length / 2);
            overflowing += lines.filter(line => line.node && !inside(line.bbox, line.node)).length;
        }
        expect(overflowing).toBeGreaterThan(0);
    });
});
