import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stands in for @kts/diagrams' `bundled-fonts.ts` in the server bundle (scripts/build.mjs swaps it in): the .vsix
 * carries no node_modules, so the diagrams' font files and their licence are copied to `out/fonts/` beside it.
 */
export function bundledFontFolder(): string {
    return path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts');
}
