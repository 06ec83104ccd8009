import { createRequire } from 'node:module';
import * as path from 'node:path';

/*
 * Where the files the rasteriser needs at run time are: the WebAssembly build of resvg and the font the diagrams
 * are drawn and measured with (DejaVu Sans from the `dejavu-fonts-ttf` package), so that no picture depends on
 * the platform or on the fonts a machine happens to have. The VS Code extension's server bundle, which carries no
 * node_modules, replaces this module by one that points at its own copies (packages/extension/src/server/bundled-files.ts).
 */
const require = createRequire(import.meta.url);

export function bundledFontFolder(): string {
    return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function resvgWasmFile(): string {
    return require.resolve('@resvg/resvg-wasm/index_bg.wasm');
}
