import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The seam: the folder the bundled fonts are looked up in; empty means the package's own.
const fontFolder = vi.hoisted(() => ({ current: '' }));
vi.mock('../src/bundled-files.js', async original => {
    const actual = await original<typeof import('../src/bundled-files.js')>();
    return { ...actual, bundledFontFolder: () => fontFolder.current || actual.bundledFontFolder() };
});

const { PngCache, isWholePng, pngCacheKey, rasteriserIdentity } = await import('../src/png-cache.js');
const { svgToPng } = await import('../src/png.js');
const { bundledFontFolder } = await import('../src/bundled-files.js');
type Problem = import('../src/png-cache.js').PngCacheProblem;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-png-cache-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const newFolder = () => path.join(scratch, `cache-${++folders}`);

const drawing = (text: string, width = 200) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><rect x="2" y="2" width="${width - 4}" height="36" fill="#dbeafe"/>` +
    `<text x="10" y="25" font-family="DejaVu Sans" font-size="14">${text}</text></svg>`;
const job = (text: string, width = 300) => ({ svg: drawing(text), options: { width } });
const entries = (folder: string) => fs.readdirSync(path.join(folder, 'png')).filter(name => name.endsWith('.png'));

describe('the figure cache', () => {
    it('gives back, in a later run, the very bytes it was given', async () => {
        const folder = newFolder();
        const png = await svgToPng(job('Cổng dịch vụ công').svg, { width: 300 });
        const first = new PngCache(folder);
        expect(await first.get(job('Cổng dịch vụ công'))).toBeUndefined();
        first.put(job('Cổng dịch vụ công'), png);
        first.close();
        const later = await new PngCache(folder).get(job('Cổng dịch vụ công'));
        expect(Buffer.from(later!).equals(Buffer.from(png))).toBe(true);
        expect(entries(folder)).toHaveLength(1);
    });

    it('keys a picture by its SVG text and its size', () => {
        const identity = rasteriserIdentity();
        const key = pngCacheKey(identity, job('Trung tâm dữ liệu'));
        expect(pngCacheKey(identity, job('Trung tâm dữ liệu'))).toBe(key);
        expect(pngCacheKey(identity, job('Trung tâm dữ liệu '))).not.toBe(key);
        expect(pngCacheKey(identity, job('Trung tâm dữ liệu', 301))).not.toBe(key);
        expect(pngCacheKey(identity, { svg: job('Trung tâm dữ liệu').svg, options: { scale: 300 } })).not.toBe(key);
        expect(pngCacheKey(`${identity}0`, job('Trung tâm dữ liệu'))).not.toBe(key);
    });

    it("keys a picture by the font files it is drawn with, so another font's pictures are never taken", () => {
        const before = rasteriserIdentity();
        const [same, other] = ['same-fonts', 'other-fonts'].map(name => path.join(scratch, name));
        fs.cpSync(bundledFontFolder(), same!, { recursive: true });
        fs.cpSync(bundledFontFolder(), other!, { recursive: true });
        fs.appendFileSync(path.join(other!, 'DejaVuSans-Bold.ttf'), Buffer.from([0]));
        try {
            fontFolder.current = same!;
            expect(rasteriserIdentity()).toBe(before);
            fontFolder.current = other!;
            expect(rasteriserIdentity()).not.toBe(before);
        } finally {
            fontFolder.current = '';
        }
    });

    it('draws a damaged picture again, says so once and removes it', async () => {
        const folder = newFolder();
        const png = await svgToPng(job('Nền tảng tích hợp').svg, { width: 300 });
        const writer = new PngCache(folder);
        writer.put(job('Nền tảng tích hợp'), png);
        writer.put(job('Hệ thống điều hành'), png);
        const [first, second] = entries(folder).map(name => path.join(folder, 'png', name));
        // One cut short (a crash of another program, a full disk), one with a byte changed in its pixel data.
        fs.writeFileSync(first!, png.subarray(0, png.length - 20));
        const changed = Buffer.from(png);
        changed[changed.length - 30]! ^= 0xff;
        fs.writeFileSync(second!, changed);
        const problems: Problem[] = [];
        const reader = new PngCache(folder, { onProblem: problem => problems.push(problem) });
        expect(await reader.get(job('Nền tảng tích hợp'))).toBeUndefined();
        expect(await reader.get(job('Hệ thống điều hành'))).toBeUndefined();
        expect(problems).toHaveLength(1);
        expect(problems[0]!.kind).toBe('damaged');
        await vi.waitFor(() => expect(entries(folder)).toEqual([]));
    });

    it('goes on without a folder it cannot write, saying so once', async () => {
        const file = path.join(scratch, 'a-file');
        fs.writeFileSync(file, 'not a folder');
        const problems: Problem[] = [];
        const cache = new PngCache(path.join(file, 'kts'), { onProblem: problem => problems.push(problem) });
        const png = await svgToPng(job('Cơ sở dữ liệu').svg, { width: 300 });
        expect(await cache.get(job('Cơ sở dữ liệu'))).toBeUndefined();
        expect(() => cache.put(job('Cơ sở dữ liệu'), png)).not.toThrow();
        expect(() => cache.put(job('Dân cư'), png)).not.toThrow();
        expect(await cache.get(job('Cơ sở dữ liệu'))).toBeUndefined();
        expect(() => cache.close()).not.toThrow();
        expect(problems).toEqual([{ kind: 'unusable', folder: path.join(file, 'kts', 'png'), code: 'ENOTDIR' }]);
    });

    it('removes the least recently used pictures above its size limit', async () => {
        const folder = newFolder();
        const png = await svgToPng(job('Kho dữ liệu').svg, { width: 300 });
        const names = ['một', 'hai', 'ba', 'bốn', 'năm'];
        const filler = new PngCache(folder);
        for (const name of names) filler.put(job(name), png);
        // Written one minute apart, the first the oldest.
        const byName = new Map(names.map(name => [name, path.join(folder, 'png', `${pngCacheKey(rasteriserIdentity(), job(name))}.png`)]));
        for (const [index, name] of names.entries()) {
            const time = new Date(Date.now() - (names.length - index) * 60_000);
            fs.utimesSync(byName.get(name)!, time, time);
        }
        const cache = new PngCache(folder, { maxBytes: png.length * 4 });
        // The oldest two are used again; the picture written now makes six.
        expect(await cache.get(job('một'))).toBeDefined();
        expect(await cache.get(job('hai'))).toBeDefined();
        await new Promise(resolve => setTimeout(resolve, 50));
        cache.put(job('sáu'), png);
        cache.close();
        const kept = new Set(entries(folder));
        const keptNames = [...names, 'sáu'].filter(name => kept.has(`${pngCacheKey(rasteriserIdentity(), job(name))}.png`));
        // At most 80 % of the limit is kept: three pictures, the most recently used.
        expect(keptNames).toEqual(['một', 'hai', 'sáu']);
    });
});

describe('a whole PNG', () => {
    it('is told from one cut short, one changed and one with bytes after its end', async () => {
        const png = Buffer.from(await svgToPng(drawing('Hình'), { width: 120 }));
        expect(isWholePng(png)).toBe(true);
        expect(isWholePng(png.subarray(0, png.length - 1))).toBe(false);
        expect(isWholePng(png.subarray(0, 40))).toBe(false);
        const changed = Buffer.from(png);
        changed[60]! ^= 1;
        expect(isWholePng(changed)).toBe(false);
        expect(isWholePng(Buffer.concat([png, Buffer.from([0])]))).toBe(false);
        expect(isWholePng(Buffer.from('not a picture'))).toBe(false);
    });
});
