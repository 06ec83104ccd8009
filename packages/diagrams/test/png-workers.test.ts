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

const { DiagramFontError, PngWorkers, svgToPng } = await import('../src/index.js');

const drawing = (text: string, width: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><rect x="2" y="2" width="${width - 4}" height="36" fill="#dbeafe" stroke="#1e3a8a"/>` +
    `<text x="10" y="25" font-family="DejaVu Sans" font-size="14">${text}</text></svg>`;
const JOBS = [
    { svg: drawing('Hệ thống điều hành', 200), options: { width: 400 } },
    { svg: drawing('Cơ sở dữ liệu dân cư', 240), options: {} },
    { svg: drawing('Nền tảng tích hợp', 180), options: { scale: 3 } },
    { svg: drawing('Cổng dịch vụ công', 220), options: { width: 333 } },
    { svg: drawing('Trung tâm dữ liệu', 260), options: { width: 120 } }
];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-png-workers-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Each job asked for as a figure would be, one after the other, and the workers closed once all are drawn. */
async function drawnByWorkers(jobs: typeof JOBS): Promise<Uint8Array[]> {
    const workers = new PngWorkers();
    try {
        return await Promise.all(jobs.map(job => workers.png(job)));
    } finally {
        await workers.close();
    }
}

describe('rasterising many diagrams in worker threads', () => {
    it('gives each job the very bytes svgToPng gives for it', async () => {
        const pngs = await drawnByWorkers(JOBS);
        expect(pngs).toHaveLength(JOBS.length);
        for (const [index, job] of JOBS.entries()) {
            expect(Buffer.compare(Buffer.from(pngs[index]!), Buffer.from(await svgToPng(job.svg, job.options))), `job ${index}`).toBe(0);
        }
        // The widths asked for, so a mix-up of the jobs would show.
        expect(pngs.map(png => Buffer.from(png).readUInt32BE(16))).toEqual([400, 480, 540, 333, 120]);
    });

    it('draws the jobs asked for before the first picture came back and those asked for after it', async () => {
        const workers = new PngWorkers();
        try {
            const first = workers.png(JOBS[0]!);
            const second = workers.png(JOBS[1]!);
            await first;
            const later = JOBS.slice(2).map(job => workers.png(job));
            const pngs = await Promise.all([first, second, ...later]);
            expect(pngs.map(png => Buffer.from(png).readUInt32BE(16))).toEqual([400, 480, 540, 333, 120]);
        } finally {
            await workers.close();
        }
    });

    it('stops with the error naming the missing font file, instead of drawing pictures without their words', async () => {
        fontFolder.current = fs.mkdtempSync(path.join(scratch, 'empty-'));
        try {
            const failure = drawnByWorkers(JOBS);
            await expect(failure).rejects.toBeInstanceOf(DiagramFontError);
            await expect(failure).rejects.toThrow(path.join(fontFolder.current, 'DejaVuSans.ttf'));
        } finally {
            fontFolder.current = '';
        }
    });

    it('fails a picture asked for once the workers are closed, instead of waiting for it', async () => {
        const workers = new PngWorkers();
        await workers.png(JOBS[0]!);
        await workers.close();
        await expect(workers.png(JOBS[1]!)).rejects.toThrow('closed');
    });
});
