// `npm run bench`: generates the synthetic workspaces, runs every measure of issue 7 and writes the table
// to bench/results.md (kept below the marker: the hand-written profile and optimisation notes).
// Options: --quick (few repetitions, to check the harness), --no-likec4, --keep (leave the workspaces in bench/tmp),
// --rows=1,5 (only those rows of the table: 1 start-up and cold validate, 2–4 the language server, 5 generation,
// 6 the lexer floor; the report then goes to bench/tmp/results-rows.md, and bench/results.md is left as it is).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareValidate, measureStartUp, type ValidateSeries } from './cli-validate.ts';
import { DEFAULT_SEED, generateWorkspace, type WorkspaceStats } from './generate-workspace.ts';
import { LAO_CAI_EDIT, measureGeneration } from './generation-bench.ts';
import { measureFloor } from './lexer-floor.ts';
import { ensureLikeC4, type LikeC4Install } from './likec4.ts';
import { measureLanguageServer } from './lsp-bench.ts';
import { describeMachine, NODE, REPO_ROOT, TMP_DIR } from './measure.ts';
import { renderReport, type BenchResults } from './report.ts';
import type { WorkspaceSize } from './workspace-plan.ts';

const RESULTS_FILE = path.join(REPO_ROOT, 'bench/results.md');
export const HAND_WRITTEN_MARKER = '<!-- Everything below this line is written by hand and kept by `npm run bench`. -->';
const LARGEST_EXAMPLE = 'examples/tinh-lao-cai';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const rowsArg = [...args].find(arg => arg.startsWith('--rows='));
const rows = rowsArg === undefined ? undefined : new Set(rowsArg.slice('--rows='.length).split(','));
const measures = (...row: string[]) => rows === undefined || row.some(item => rows.has(item));
const plan = quick
    ? {
          validateRuns: 1,
          startUpRuns: 2,
          lsp: { coldRuns: 1, edits: 6, requests: 20, warmUp: 2 },
          generationRuns: 1,
          floorRounds: 1,
          lspSize: 'ten' as WorkspaceSize
      }
    : {
          validateRuns: 5,
          startUpRuns: 9,
          lsp: { coldRuns: 3, edits: 50, requests: 200, warmUp: 20 },
          generationRuns: 5,
          floorRounds: 3,
          lspSize: 'national' as WorkspaceSize
      };

function log(line: string): void {
    console.log(line);
}

/** The completion benchmark of bench/completion-latency.ts, run as it is by `npm run bench:completion`. */
function completionBench(): Promise<string> {
    return new Promise(resolve => {
        const child = spawn(NODE, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'bench/completion-latency.ts'], {
            cwd: REPO_ROOT,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
            out += chunk;
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
            out += chunk;
        });
        child.on('close', code =>
            resolve(code === 0 ? out : `**bench/completion-latency.ts failed (exit ${code})**\n\n${out.slice(-1000)}`)
        );
    });
}

function keptHandWritten(): string {
    if (!fs.existsSync(RESULTS_FILE)) return '';
    const text = fs.readFileSync(RESULTS_FILE, 'utf8');
    const at = text.indexOf(HAND_WRITTEN_MARKER);
    return at >= 0 ? text.slice(at) : '';
}

async function main(): Promise<void> {
    const started = performance.now();
    const machine = describeMachine();
    log(
        `KTS benchmark (${quick ? 'quick' : 'full'}): ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.map(value => value.toFixed(2)).join(' / ')}`
    );
    if (machine.loadAverage[0] > 3)
        log(`warning: 1-minute load average is ${machine.loadAverage[0].toFixed(1)}; wall times will be inflated`);

    const root = path.join(TMP_DIR, 'workspaces');
    const workspaces: WorkspaceStats[] = (['one', 'ten', 'national'] as WorkspaceSize[]).map(size =>
        generateWorkspace(size, path.join(root, size), DEFAULT_SEED)
    );
    for (const stats of workspaces)
        log(
            `workspace ${stats.size}: ${stats.frameworks} frameworks, ${stats.lines} lines, ${stats.elements} elements, ${stats.relationships} relationships`
        );

    const likec4: LikeC4Install = args.has('--no-likec4')
        ? { problem: 'skipped with --no-likec4' }
        : measures('1')
          ? ensureLikeC4(log)
          : { problem: 'row 1 not measured' };
    if ('problem' in likec4) log(`\n!!! LikeC4 CANNOT RUN: ${likec4.problem} !!!\n`);

    const startUp = measures('1') ? (log('validate a five-line file (start-up)'), await measureStartUp(plan.startUpRuns, log)) : undefined;

    const validate = new Map<string, ValidateSeries>();
    for (const stats of measures('1') ? workspaces : []) {
        log(`validate ${stats.size} (kts / likec4 interleaved)`);
        // LikeC4 takes about 20 s on the national workspace: fewer pairs there keep the run within 15 minutes.
        const runs = stats.size === 'national' ? Math.min(plan.validateRuns, 3) : plan.validateRuns;
        validate.set(stats.size, await compareValidate(stats, runs, likec4, log));
    }

    let lsp: BenchResults['lsp'];
    if (measures('2', '3', '4')) {
        log(`language server on ${plan.lspSize}`);
        const lspStats = workspaces.find(stats => stats.size === plan.lspSize)!;
        lsp = { size: plan.lspSize, results: await measureLanguageServer(lspStats, plan.lsp, log) };
    }

    const generation: BenchResults['generation'] = [];
    if (measures('5')) {
        log('document generation');
        const one = workspaces.find(stats => stats.size === 'one')!;
        generation.push(
            await measureGeneration(
                LARGEST_EXAMPLE,
                path.join(REPO_ROOT, LARGEST_EXAMPLE),
                plan.generationRuns,
                log,
                undefined,
                undefined,
                LAO_CAI_EDIT
            ),
            await measureGeneration(`synthetic one (${one.lines.toLocaleString('en-US')} lines)`, one.ktsDir, plan.generationRuns, log)
        );
    }

    let floor: BenchResults['floor'];
    if (measures('6')) {
        log('lexer floor');
        const national = workspaces.find(stats => stats.size === 'national')!;
        floor = { size: national.size, result: await measureFloor(national.ktsDir, plan.floorRounds) };
    }

    const completion =
        quick || rows !== undefined ? undefined : (log('completion latency (bench/completion-latency.ts)'), await completionBench());

    const results: BenchResults = {
        machine,
        loadAtEnd: os.loadavg(),
        durationMs: performance.now() - started,
        mode: quick ? 'quick' : 'full',
        rows: rows === undefined ? undefined : [...rows],
        workspaces,
        startUp,
        validate,
        lsp,
        generation,
        floor,
        completionBench: completion,
        likec4Version: 'version' in likec4 ? likec4.version : undefined
    };
    const report = renderReport(results);
    console.log('\n' + report);
    if (rows !== undefined) {
        // Some rows only: the full results stay as they are.
        const partial = path.join(TMP_DIR, 'results-rows.md');
        fs.writeFileSync(partial, report);
        log(`written ${path.relative(process.cwd(), partial)}`);
        if (!args.has('--keep')) fs.rmSync(root, { recursive: true, force: true });
        return;
    }
    const handWritten = keptHandWritten();
    fs.writeFileSync(RESULTS_FILE + '.tmp', report + (handWritten ? '\n' + handWritten : `\n${HAND_WRITTEN_MARKER}\n`));
    fs.renameSync(RESULTS_FILE + '.tmp', RESULTS_FILE);
    log(`written ${path.relative(process.cwd(), RESULTS_FILE)}`);
    if (!args.has('--keep')) fs.rmSync(root, { recursive: true, force: true });
}

await main();
