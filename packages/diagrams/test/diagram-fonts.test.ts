import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The seam: the folder the bundled fonts are looked up in, pointed at a scratch folder the tests fill.
const fontFolder = vi.hoisted(() => ({ current: '' }));
vi.mock('../src/bundled-files.js', async original => ({
    ...(await original<typeof import('../src/bundled-files.js')>()),
    bundledFontFolder: () => fontFolder.current
}));

const { DiagramFontError, svgToPng } = await import('../src/index.js');

const SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="10" y="25" font-size="14">Hệ thống điều hành</text></svg>';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-fonts-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string> = {}): string {
    const made = path.join(scratch, name);
    fs.mkdirSync(made);
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(made, file), text);
    return made;
}

describe('rasterising without a usable font', () => {
    it('stops with an error naming the missing font file, instead of drawing a picture without its words', async () => {
        fontFolder.current = folder('empty');
        const failure = svgToPng(SVG);
        await expect(failure).rejects.toBeInstanceOf(DiagramFontError);
        await expect(failure).rejects.toThrow(path.join(fontFolder.current, 'DejaVuSans.ttf'));
        await expect(failure).rejects.toThrow(/không đọc được tệp phông chữ.*cannot read the font file/);
    });

    it('stops on a font file that is not a font, naming it', async () => {
        const regular = fs.readFileSync(
            path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf')
        );
        fontFolder.current = folder('broken', { 'DejaVuSans-Bold.ttf': '<html>404</html>' });
        fs.writeFileSync(path.join(fontFolder.current, 'DejaVuSans.ttf'), regular);
        const failure = svgToPng(SVG);
        await expect(failure).rejects.toThrow(`${path.join(fontFolder.current, 'DejaVuSans-Bold.ttf')}: `);
        await expect(failure).rejects.toThrow('(not a TrueType/OpenType font)');
    });
});
