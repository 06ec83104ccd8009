import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stands in for @kts/diagrams' `bundled-files.ts` in the server bundle (scripts/build.mjs swaps it in): the .vsix
 * carries no node_modules, so resvg's WebAssembly and the diagrams' font files, with their licence, are copied
 * beside the bundle, to `out/resvg.wasm` and `out/fonts/`.
 */
const outDir = path.dirname(fileURLToPath(import.meta.url));

export function bundledFontFolder(): string {
    return path.join(outDir, 'fonts');
}

export function bundledFontLicenceFile(): string {
    return path.join(outDir, 'fonts', 'LICENSE');
}

export function resvgWasmFile(): string {
    return path.join(outDir, 'resvg.wasm');
}

export function harfbuzzSubsetWasmFile(): string {
    return path.join(outDir, 'harfbuzz-subset.wasm');
}

export function pngWorkerFile(): string {
    return path.join(outDir, 'png-worker.mjs');
}
