// Measure 3 of the bench alone: one-line edits of the largest file of the national workspace over stdio, each to the
// edited file's new diagnostics (bench/lsp-bench.ts), with the server's CPU per edit and the machine's load. For
// trying a change to the language server without running the whole bench.
// Usage: npm run build && node --experimental-transform-types --disable-warning=ExperimentalWarning
//        bench/keystroke-latency.ts [--edits N] [--size one|ten|national]
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SEED, generateWorkspace } from './generate-workspace.ts';
import { measureKeystrokes } from './lsp-bench.ts';
import { median, percentile, TMP_DIR } from './measure.ts';
import type { WorkspaceSize } from './workspace-plan.ts';

function option(name: string, fallback: string): string {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
}

const edits = Number(option('--edits', '50'));
const size = option('--size', 'national') as WorkspaceSize;
const stats = generateWorkspace(size, path.join(TMP_DIR, 'workspaces', size), DEFAULT_SEED);
const loadBefore = os.loadavg();
const result = await measureKeystrokes(stats, { coldRuns: 0, edits, requests: 0, warmUp: 3 }, line => console.log(line));
const loadAfter = os.loadavg();
console.log(
    `${result.edits.length} edits of ${path.basename(stats.largestFile)} (${stats.largestFileLines} lines): p50 ${median(result.edits).toFixed(0)} ms, ` +
        `p95 ${percentile(result.edits, 95).toFixed(0)} ms; server CPU ${result.cpuPerEditMs.toFixed(0)} ms per edit; ` +
        `peak RSS ${result.peakRssMiB.toFixed(0)} MiB; load ${loadBefore[0].toFixed(1)} → ${loadAfter[0].toFixed(1)}`
);
for (const problem of result.problems) console.log(`problem: ${problem}`);
