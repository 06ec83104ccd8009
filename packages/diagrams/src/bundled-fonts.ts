import { createRequire } from 'node:module';
import * as path from 'node:path';

/**
 * The folder of the font files the diagrams are drawn and measured with: DejaVu Sans from the `dejavu-fonts-ttf`
 * package, so that no diagram depends on the fonts a machine happens to have. The VS Code extension's server
 * bundle, which carries no node_modules, replaces this module by one that points at its own copy
 * (packages/extension/src/server/bundled-fonts.ts).
 */
export function bundledFontFolder(): string {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}
