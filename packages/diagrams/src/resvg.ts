import * as fs from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { resvgWasmFile } from './bundled-files.js';

let ready: Promise<typeof Resvg> | undefined;

/**
 * resvg, compiled to WebAssembly: the same build on every platform, so neither the CLI nor the VS Code extension
 * carries a native binary, and it drew the examples' figures to the same pixels as the native build in about the
 * same time (DEVELOPERS.md, "Fonts and rasterising"). Loaded once per process, on first use.
 */
export function loadResvg(): Promise<typeof Resvg> {
    ready ??= fs.promises.readFile(resvgWasmFile()).then(async wasm => {
        await initWasm(wasm);
        return Resvg;
    });
    return ready;
}
