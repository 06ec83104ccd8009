import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EstimatedPageNumbers, IXmlableObject } from 'docx';
import type { Language } from '../document-model/document-model.js';
import { pageLayoutWorkerFile } from './docx-layout-worker-file.js';

/** What a page-layout worker is started with: the font files the layout measures text with. */
export interface PageLayoutWorkerData {
    fonts: ReadonlyArray<{ name: string; data: Uint8Array }>;
}

/** A piece of a body to lay out, in the Word file made of the runs' orientations in the language's styles. */
export interface PageLayoutJob {
    index: number;
    language: Language;
    landscape: readonly boolean[];
    body: IXmlableObject;
}

export type PageLayoutReply = { index: number; pageNumbers: EstimatedPageNumbers } | { index: number; error: string };

/**
 * Worker threads that lay out pieces of a Word file's body (docx-layout-worker.ts), one piece at a time each, for the
 * contents' page numbers. They are started before the body is made, so that they have loaded the layout by the time
 * it is cut; `close` ends them. None where the worker's module is not beside this package (a bundle that carries
 * this code without it): the pages are then laid out on this thread.
 */
export class PageLayoutWorkers {
    private readonly workers: Worker[];
    private readonly waiting = new Map<number, { resolve: (found: EstimatedPageNumbers) => void; reject: (error: unknown) => void }>();
    private jobs = 0;
    private failure: unknown;

    private constructor(file: string, count: number, data: PageLayoutWorkerData) {
        this.workers = Array.from({ length: count }, () => {
            const worker = new Worker(file, { workerData: data });
            worker.on('message', (reply: PageLayoutReply) => this.settle(reply));
            worker.on('error', error => this.failAll(error));
            worker.on('exit', () => this.failAll(new Error('a page-layout worker stopped early')));
            return worker;
        });
    }

    /**
     * One worker per core but this thread's; none on one core (the pieces would only add their cost to the whole's) or
     * where the worker's module cannot be found.
     */
    static start(fonts: PageLayoutWorkerData['fonts']): PageLayoutWorkers | undefined {
        const file = pageLayoutWorkerFile();
        const count = os.availableParallelism() - 1;
        return file === undefined || count < 1 ? undefined : new PageLayoutWorkers(file, count, { fonts });
    }

    get count(): number {
        return this.workers.length;
    }

    /** The page numbers of a piece, laid out by the worker `lane` (the pieces one worker is given are laid out in turn). */
    layOut(lane: number, job: Omit<PageLayoutJob, 'index'>): Promise<EstimatedPageNumbers> {
        if (this.failure !== undefined) return Promise.reject(this.failure);
        const index = this.jobs++;
        const found = new Promise<EstimatedPageNumbers>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
        this.workers[lane % this.workers.length]!.postMessage({ index, ...job } satisfies PageLayoutJob);
        return found;
    }

    async close(): Promise<void> {
        this.failAll(new Error('the page-layout workers were closed'));
        await Promise.all(this.workers.map(worker => worker.terminate()));
    }

    private settle(reply: PageLayoutReply): void {
        const waiting = this.waiting.get(reply.index);
        if (!waiting) return;
        this.waiting.delete(reply.index);
        if ('pageNumbers' in reply) waiting.resolve(reply.pageNumbers);
        else waiting.reject(new Error(reply.error));
    }

    private failAll(error: unknown): void {
        this.failure ??= error;
        for (const waiting of this.waiting.values()) waiting.reject(error);
        this.waiting.clear();
    }
}
