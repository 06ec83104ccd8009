import { createRequire } from 'node:module';
import * as path from 'node:path';

/*
 * Where the files the diagrams need at run time are: the WebAssembly builds of resvg and of HarfBuzz's subsetter,
 * and the font the diagrams are drawn and measured with (DejaVu Sans from the `dejavu-fonts-ttf` package) with its
 * licence, so that no picture depends on the platform or on the fonts a machine happens to have. The VS Code extension's server bundle, which carries no
 * node_modules, replaces this module by one that points at its own copies (packages/extension/src/server/bundled-files.ts).
 */
const require = createRequire(import.meta.url);

export function bundledFontFolder(): string {
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function bundledFontLicenceFile(): string {
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'LICENSE');
}

export function resvgWasmFile(): string {
    return require.resolve('@resvg/resvg-wasm/index_bg.wasm');
}

export function harfbuzzSubsetWasmFile(): string {
    return require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
}

/**
 * The rasterising worker's module (png-workers.ts), compiled, found through the package rather than beside this file:
 * the bundled `kts` moves this code into its own chunks, away from `out/`.
 */
export function pngWorkerFile(): string {
    return path.join(path.dirname(require.resolve('@kts/diagrams')), 'png-worker.js');
}
