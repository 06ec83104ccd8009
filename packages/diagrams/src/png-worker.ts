import { parentPort, workerData } from 'node:worker_threads';
import { DiagramFontError, diagramFontOptions } from './diagram-fonts.js';
import { rasterise } from './png.js';
import type { PngReply, PngWorkerData } from './png-workers.js';
import { loadResvg } from './resvg.js';

// A rasterising worker (png-workers.ts): reads the fonts and resvg from the files the main thread names, then takes
// the next diagram no worker has taken until none is left, and sends each PNG back as it is drawn. It needs nothing
// from the main thread meanwhile, so the drawing goes on while that thread is busy. A font it cannot read is
// reported as such, so the main thread throws the same DiagramFontError as svgToPng.
const { jobs, next, fontFolder, wasmFile } = workerData as PngWorkerData;
const port = parentPort!;
const taken = new Int32Array(next);
const resvg = await loadResvg(wasmFile);

for (let index = Atomics.add(taken, 0, 1); index < jobs.length; index = Atomics.add(taken, 0, 1)) {
    let reply: PngReply;
    try {
        reply = { index, png: rasterise(resvg, jobs[index]!.svg, jobs[index]!.options, diagramFontOptions(fontFolder)) };
    } catch (error) {
        reply =
            error instanceof DiagramFontError
                ? { index, font: { file: error.file, reason: error.reason } }
                : { index, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
    if (!('png' in reply)) break;
}
