import { parentPort, workerData } from 'node:worker_threads';
import { DiagramFontError, diagramFontOptions } from './diagram-fonts.js';
import { rasterise } from './png.js';
import type { PngJob, PngReply, PngWorkerData } from './png-workers.js';
import { loadResvg } from './resvg.js';

// A rasterising worker (png-workers.ts): reads the fonts and resvg from the files the main thread names, then, as
// each job comes, takes the next job no worker has taken until it has none left, and sends each PNG back as it is
// drawn. It needs nothing from the main thread meanwhile, so the drawing goes on while that thread is busy. A font it
// cannot read is reported as such, so the main thread throws the same DiagramFontError as svgToPng.
const { next, fontFolder, wasmFile } = workerData as PngWorkerData;
const port = parentPort!;
const taken = new Int32Array(next);
const resvg = await loadResvg(wasmFile);
/** Every job sent so far, in order, the ones taken let go. */
const jobs: Array<PngJob | undefined> = [];

port.on('message', (job: PngJob) => {
    jobs.push(job);
    for (let index = Atomics.load(taken, 0); index < jobs.length; index = Atomics.load(taken, 0)) {
        if (Atomics.compareExchange(taken, 0, index, index + 1) !== index) continue;
        const { svg, options } = jobs[index]!;
        jobs[index] = undefined;
        port.postMessage(...drawn(index, svg, options));
    }
    // The jobs the other workers took are not needed here any more.
    jobs.fill(undefined, 0, Math.min(jobs.length, Atomics.load(taken, 0)));
});

function drawn(index: number, svg: string, options: PngJob['options']): [PngReply, ArrayBuffer[]] {
    try {
        const png = rasterise(resvg, svg, options, diagramFontOptions(fontFolder));
        return [{ index, png }, [png.buffer as ArrayBuffer]];
    } catch (error) {
        const reply =
            error instanceof DiagramFontError
                ? { index, font: { file: error.file, reason: error.reason } }
                : { index, error: error instanceof Error ? error.message : String(error) };
        return [reply, []];
    }
}
