// Measure 1 and the side-by-side: cold `kts validate` of a whole workspace through the CLI, interleaved
// with `likec4 validate --no-layout --json` of the equivalent LikeC4 workspace (A B A B …); and `kts validate` of a
// five-line file, where start-up is all there is.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceStats } from './generate-workspace.ts';
import type { LikeC4Install } from './likec4.ts';
import { KTS_BIN, NODE, runMeasured, TMP_DIR, type RunResult } from './measure.ts';

export interface ValidateSeries {
    kts: RunResult[];
    likec4: RunResult[];
    /** Why LikeC4 has no (or fewer) timings. */
    likec4Problem?: string;
    ktsProblem?: string;
}

const SUMMARY = /(\d+) tệp: (\d+) lỗi/;

export function ktsValidate(dir: string): Promise<RunResult> {
    return runMeasured(NODE, [KTS_BIN, 'validate', dir]);
}

function ktsOutcome(result: RunResult): string | undefined {
    const summary = SUMMARY.exec(result.stdout);
    if (result.exitCode !== 0 || !summary || summary[2] !== '0') {
        return `kts validate exited ${result.exitCode}: ${result.stdout.split('\n').filter(Boolean).pop() ?? ''} ${result.stderr.slice(-300)}`;
    }
    return undefined;
}

function likec4Outcome(result: RunResult): string | undefined {
    try {
        const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as {
            valid: boolean;
            errors: Array<{ message: string }>;
        };
        if (result.exitCode === 0 && report.valid) return undefined;
        return `likec4 validate exited ${result.exitCode}, valid=${report.valid}: ${report.errors
            .slice(0, 3)
            .map(error => error.message)
            .join(' | ')}`;
    } catch {
        return `likec4 validate exited ${result.exitCode} without a JSON report: ${(result.stderr || result.stdout).trim().slice(-400)}`;
    }
}

/** A framework of five lines, as a user's first file is (the one of packages/cli/test/start-up.test.ts). */
const FIVE_LINES = `framework so {
    target {
        business { activity tiep_nhan "Tiếp nhận hồ sơ" }
    }
}
`;

export interface StartUpSeries {
    runs: RunResult[];
    problem?: string;
}

/** One warm-up run (it also fills Node's compile cache, as any earlier `kts` run has), then `runs` timed runs. */
export async function measureStartUp(runs: number, log: (line: string) => void): Promise<StartUpSeries> {
    const dir = path.join(TMP_DIR, 'five-lines');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'khung.kts'), FIVE_LINES);
    const series: StartUpSeries = { runs: [] };
    for (let round = 0; round <= runs; round++) {
        const run = await ktsValidate(dir);
        series.problem ??= ktsOutcome(run);
        if (round > 0) series.runs.push(run);
        log(`  five lines round ${round}${round === 0 ? ' (warm-up)' : ''}: kts ${(run.wallMs / 1000).toFixed(2)} s`);
    }
    return series;
}

/** One warm-up pair, then `runs` timed pairs. A failing LikeC4 run stops LikeC4 and says why; KTS goes on. */
export async function compareValidate(
    stats: WorkspaceStats,
    runs: number,
    likec4: LikeC4Install,
    log: (line: string) => void
): Promise<ValidateSeries> {
    const series: ValidateSeries = { kts: [], likec4: [], likec4Problem: 'problem' in likec4 ? likec4.problem : undefined };
    for (let round = 0; round <= runs; round++) {
        const kts = await ktsValidate(stats.ktsDir);
        series.ktsProblem ??= ktsOutcome(kts);
        if (round > 0) series.kts.push(kts);
        let line = `  ${stats.size} round ${round}${round === 0 ? ' (warm-up)' : ''}: kts ${(kts.wallMs / 1000).toFixed(2)} s`;
        if ('bin' in likec4 && !series.likec4Problem) {
            const peer = await runMeasured(NODE, [likec4.bin, 'validate', '--no-layout', '--json', stats.likec4Dir]);
            series.likec4Problem = likec4Outcome(peer);
            if (round > 0 && !series.likec4Problem) series.likec4.push(peer);
            line += `, likec4 ${(peer.wallMs / 1000).toFixed(2)} s`;
        }
        log(line);
    }
    return series;
}
