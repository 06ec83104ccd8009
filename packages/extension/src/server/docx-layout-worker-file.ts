import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stands in for @kts/documents' `docx-layout-worker-file.ts` in the server bundle (scripts/build.mjs swaps it in): the
 * .vsix carries no node_modules, so the page-layout worker is bundled beside the server, to `out/docx-layout-worker.mjs`.
 */
export function pageLayoutWorkerFile(): string {
    return path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx-layout-worker.mjs');
}
