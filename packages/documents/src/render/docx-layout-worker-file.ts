import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The page-layout worker's compiled module (docx-layout-worker.ts), found through the package rather than beside this
 * file: the bundled `kts` moves this code into its own chunks, away from `out/`. Undefined where the package is not
 * installed; the VS Code extension's server bundle replaces this module by one that points at its own copy
 * (packages/extension/src/server/docx-layout-worker-file.ts).
 */
export function pageLayoutWorkerFile(): string | undefined {
    try {
        return path.join(path.dirname(require.resolve('@kts/documents')), 'render', 'docx-layout-worker.js');
    } catch {
        return undefined;
    }
}
