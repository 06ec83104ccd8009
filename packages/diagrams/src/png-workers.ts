import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledFontFolder, pngWorkerFile, resvgWasmFile } from './bundled-files.js';
import { DiagramFontError, diagramFontOptions } from './diagram-fonts.js';
import type { PngOptions } from './png.js';

/** A diagram to rasterise, as `svgToPng` takes it. */
export interface PngJob {
    svg: string;
    options: PngOptions;
}

/**
 * What a rasterising worker is started with: every job, the shared count of jobs taken, and the files this thread
 * would read, so that it reads the same ones.
 */
export interface PngWorkerData {
    jobs: readonly PngJob[];
    next: SharedArrayBuffer;
    fontFolder: string;
    wasmFile: string;
}

export type PngReply =
    | { index: number; png: Uint8Array }
    | { index: number; font: { file: string; reason: string } }
    | { index: number; error: string };

/**
 * `svgToPng` for many diagrams at once, in worker threads, one per core: a document's fallback pictures are most of
 * the time its Word file takes, and each is drawn alone. The workers go on while this thread is busy (the Word
 * renderer lays out its pages meanwhile). The PNGs come back in the order of the jobs, each the bytes `svgToPng`
 * gives. A font that cannot be read stops it before any worker starts, with svgToPng's `DiagramFontError`; a
 * worker that cannot read it either throws the same.
 */
export async function svgsToPngs(jobs: readonly PngJob[]): Promise<Uint8Array[]> {
    if (jobs.length === 0) return [];
    diagramFontOptions();
    const workerData: PngWorkerData = {
        jobs,
        next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
        fontFolder: bundledFontFolder(),
        wasmFile: resvgWasmFile()
    };
    const pngs = new Array<Uint8Array>(jobs.length);
    let drawn = 0;
    let ended = 0;
    const workers = Array.from(
        { length: Math.min(jobs.length, os.availableParallelism()) },
        () => new Worker(pngWorkerFile(), { workerData })
    );
    try {
        await new Promise<void>((resolve, reject) => {
            for (const worker of workers) {
                worker.on('message', (reply: PngReply) => {
                    if ('png' in reply) {
                        pngs[reply.index] = reply.png;
                        if (++drawn === jobs.length) resolve();
                    } else if ('font' in reply) reject(new DiagramFontError(reply.font.file, reply.font.reason));
                    else reject(new Error(reply.error));
                });
                worker.on('error', reject);
                // A worker ends once no job is left; all of them ended with a picture missing means one was lost.
                worker.on('exit', () => {
                    if (++ended === workers.length && drawn < jobs.length) reject(new Error('a rasterising worker stopped early'));
                });
            }
        });
    } finally {
        await Promise.all(workers.map(worker => worker.terminate()));
    }
    return pngs;
}
