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
 * What a rasterising worker is started with: the shared count of jobs taken, and the files this thread would read,
 * so that it reads the same ones. The jobs come as messages, each to every worker, in the order they are asked for.
 */
export interface PngWorkerData {
    next: SharedArrayBuffer;
    fontFolder: string;
    wasmFile: string;
}

export type PngReply =
    | { index: number; png: Uint8Array }
    | { index: number; font: { file: string; reason: string } }
    | { index: number; error: string };

interface Waiting {
    resolve: (png: Uint8Array) => void;
    reject: (error: unknown) => void;
}

/**
 * `svgToPng` in worker threads, one per core, for diagrams given one at a time: a document's fallback pictures are
 * most of the time its Word file takes, and each is drawn alone, so they are drawn while this thread goes on drawing
 * the next diagram and composing the document. Every job goes to every worker, and the first worker free takes it
 * (a shared count of the jobs taken), so no worker waits for this thread, however busy it is. Each PNG is the bytes
 * `svgToPng` gives. A font that cannot be read fails every job with svgToPng's `DiagramFontError`, before any worker
 * starts; a worker that cannot read it either fails its job with the same. `close` ends the workers.
 */
export class PngWorkers {
    private readonly jobs: PngJob[] = [];
    private readonly waiting = new Map<number, Waiting>();
    private readonly workers: Worker[] = [];
    private workerData: PngWorkerData | undefined;
    private failure: unknown;
    private closed = false;

    /** The PNG of the diagram; a failure is the caller's when it awaits the picture, never an unhandled rejection. */
    png(job: PngJob): Promise<Uint8Array> {
        if (this.closed) return Promise.reject(new Error('the rasterising workers were closed'));
        this.failure ??= this.startWorker();
        if (this.failure !== undefined) return Promise.reject(this.failure);
        const index = this.jobs.push(job) - 1;
        const png = new Promise<Uint8Array>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
        png.catch(() => undefined);
        for (const worker of this.workers) worker.postMessage(job);
        return png;
    }

    /** Ends the workers; a picture not drawn by then fails. */
    async close(): Promise<void> {
        this.closed = true;
        this.failAll(new Error('the rasterising workers were closed'));
        await Promise.all(this.workers.map(worker => worker.terminate()));
    }

    /** A worker more while there are fewer than cores and than jobs; the error that stops every job, if any. */
    private startWorker(): unknown {
        if (this.workers.length >= Math.min(this.jobs.length + 1, os.availableParallelism())) return undefined;
        try {
            diagramFontOptions();
        } catch (error) {
            return error;
        }
        this.workerData ??= {
            next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
            fontFolder: bundledFontFolder(),
            wasmFile: resvgWasmFile()
        };
        const worker = new Worker(pngWorkerFile(), { workerData: this.workerData });
        worker.on('message', (reply: PngReply) => this.settle(reply));
        worker.on('error', error => this.failAll(error));
        // A worker ends only when closed; one that ends before with a picture not drawn has lost it.
        worker.on('exit', () => {
            if (!this.closed) this.failAll(new Error('a rasterising worker stopped early'));
        });
        // It takes the jobs asked for before it started too: the count of jobs taken numbers them alike in every worker.
        for (const job of this.jobs) worker.postMessage(job);
        this.workers.push(worker);
        return undefined;
    }

    private settle(reply: PngReply): void {
        const waiting = this.waiting.get(reply.index);
        if (!waiting) return;
        this.waiting.delete(reply.index);
        if ('png' in reply) waiting.resolve(reply.png);
        else if ('font' in reply) waiting.reject(new DiagramFontError(reply.font.file, reply.font.reason));
        else waiting.reject(new Error(reply.error));
    }

    /** Every picture not drawn yet fails, and every one asked for later. */
    private failAll(error: unknown): void {
        this.failure ??= error;
        for (const waiting of this.waiting.values()) waiting.reject(error);
        this.waiting.clear();
    }
}
