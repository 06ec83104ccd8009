import { parentPort, workerData } from 'node:worker_threads';
import { DiagramFontError, diagramFontOptions } from './diagram-fonts.js';
import { rasterise } from './png.js';
import type { PngReply, PngRequest, PngWorkerData } from './png-workers.js';
import { loadResvg } from './resvg.js';

// A rasterising worker (png-workers.ts): reads the fonts and resvg from the files the main thread names, then
// draws each diagram it is sent. A font it cannot read is reported as such, so the main thread throws the same
// DiagramFontError as svgToPng rather than a picture without its words.
const { fontFolder, wasmFile } = workerData as PngWorkerData;
const port = parentPort!;
const resvg = loadResvg(wasmFile);

port.on('message', async ({ index, svg, options }: PngRequest) => {
    let reply: PngReply;
    try {
        const png = rasterise(await resvg, svg, options, diagramFontOptions(fontFolder));
        reply = { index, png };
    } catch (error) {
        reply =
            error instanceof DiagramFontError
                ? { index, font: { file: error.file, reason: error.reason } }
                : { index, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
});
