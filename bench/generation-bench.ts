// Measure 5: document generation (`kts generate`, docx + html) and every diagram (`kts diagram --view all`)
// of one workspace, each command a cold process. Run alone (after `npm run build`) it measures only `kts generate`
// of examples/tinh-lao-cai: node --experimental-strip-types bench/generation-bench.ts [runs]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatMs, KTS_BIN, median, NODE, REPO_ROOT, runMeasured, TMP_DIR, type RunResult } from './measure.ts';

export interface GenerationSeries {
    label: string;
    generate: RunResult[];
    diagram: RunResult[];
    /** Why a command has no timings (not available yet, or it failed). */
    problems: { generate?: string; diagram?: string };
    outputs: { generate: number; diagram: number };
}

const TIME_BUDGET_MS = 45_000;

async function commandAvailable(command: string): Promise<string | undefined> {
    const help = await runMeasured(NODE, [KTS_BIN, command, '--help']);
    return help.exitCode === 0 ? undefined : `\`kts ${command}\` is not available (${(help.stderr || help.stdout).trim().split('\n')[0]})`;
}

function countFiles(dir: string): number {
    return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
}

export async function measureGeneration(
    label: string,
    input: string,
    runs: number,
    log: (line: string) => void,
    only?: 'generate' | 'diagram',
    budgetMs = TIME_BUDGET_MS
): Promise<GenerationSeries> {
    const series: GenerationSeries = { label, generate: [], diagram: [], problems: {}, outputs: { generate: 0, diagram: 0 } };
    const out = path.join(TMP_DIR, 'generation', label.replace(/[^\w-]+/g, '-'));
    const commands: Array<['generate' | 'diagram', string[]]> = [
        ['generate', ['--format', 'docx,html']],
        ['diagram', ['--view', 'all']]
    ].filter(([command]) => only === undefined || command === only) as Array<['generate' | 'diagram', string[]]>;
    for (const [command, options] of commands) {
        series.problems[command] = await commandAvailable(command);
        if (series.problems[command]) continue;
        let spentMs = 0;
        // A slow command gets fewer repetitions, so the whole bench stays within its 15 minutes.
        for (let round = 0; round <= runs && (round < 2 || spentMs < budgetMs); round++) {
            const target = path.join(out, command);
            fs.rmSync(target, { recursive: true, force: true });
            const result = await runMeasured(NODE, [KTS_BIN, command, input, ...options, '--out', target], { timeoutMs: 300_000 });
            if (result.exitCode !== 0) {
                series.problems[command] =
                    `\`kts ${command}\` exited ${result.exitCode}: ${(result.stderr || result.stdout).trim().split('\n').slice(-2).join(' ')}`;
                break;
            }
            series.outputs[command] = countFiles(target);
            if (round > 0) series[command].push(result);
            spentMs += result.wallMs;
            log(
                `  ${label} ${command} ${round}${round === 0 ? ' (warm-up)' : ''}: ${(result.wallMs / 1000).toFixed(2)} s, CPU ${(result.cpuMs / 1000).toFixed(2)} s, ${series.outputs[command]} files, load ${os.loadavg()[0]!.toFixed(1)}`
            );
        }
    }
    return series;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const runs = Number(process.argv[2] ?? 5);
    const example = 'examples/tinh-lao-cai';
    const before = os.loadavg();
    const series = await measureGeneration(
        example,
        path.join(REPO_ROOT, example),
        runs,
        line => console.log(line),
        'generate',
        Number.POSITIVE_INFINITY
    );
    if (series.problems.generate) throw new Error(series.problems.generate);
    const wall = series.generate.map(run => run.wallMs);
    const cpu = series.generate.map(run => run.cpuMs);
    console.log(
        `kts generate (docx + html) ${example}: n ${wall.length}, median ${formatMs(median(wall))} wall, ${formatMs(median(cpu))} CPU; ` +
            `load (1 min) ${before[0]!.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`
    );
}
