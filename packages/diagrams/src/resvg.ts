import * as fs from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { resvgWasmFile } from './bundled-files.js';

let ready: Promise<typeof Resvg> | undefined;

/**
 * resvg, compiled to WebAssembly: the same build on every platform, so neither the CLI nor the VS Code extension
 * carries a native binary, and it drew the examples' figures to the same pixels as the native build in about the
 * same time (DEVELOPERS.md, "Fonts and rasterising"). Loaded once per thread, on first use; a rasterising worker
 * is given the file the main thread would read, since its own copy of `bundled-files.ts` is not the one a bundle or a
 * test may put in its place.
 */
export function loadResvg(wasmFile: string = resvgWasmFile()): Promise<typeof Resvg> {
    ready ??= fs.promises.readFile(wasmFile).then(async wasm => {
        try {
            await initWasm(wasm);
        } catch (error) {
            // The WebAssembly instance belongs to the @resvg/resvg-wasm module, which a second copy of this
            // module (the sources and the build in one test process) may have initialised already.
            if (!/already initialized/i.test((error as Error).message)) throw error;
        }
        return Resvg;
    });
    return ready;
}
