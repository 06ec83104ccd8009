// Measure 5: document generation (`kts generate`, docx + html) and every diagram (`kts diagram --view all`)
// of one workspace, each command a cold process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KTS_BIN, NODE, runMeasured, TMP_DIR, type RunResult } from './measure.ts';

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
    log: (line: string) => void
): Promise<GenerationSeries> {
    const series: GenerationSeries = { label, generate: [], diagram: [], problems: {}, outputs: { generate: 0, diagram: 0 } };
    const out = path.join(TMP_DIR, 'generation', label.replace(/[^\w-]+/g, '-'));
    const commands: Array<['generate' | 'diagram', string[]]> = [
        ['generate', ['--format', 'docx,html']],
        ['diagram', ['--view', 'all']]
    ];
    for (const [command, options] of commands) {
        series.problems[command] = await commandAvailable(command);
        if (series.problems[command]) continue;
        let spentMs = 0;
        // A slow command gets fewer repetitions, so the whole bench stays within its 15 minutes.
        for (let round = 0; round <= runs && (round < 2 || spentMs < TIME_BUDGET_MS); round++) {
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
                `  ${label} ${command} ${round}${round === 0 ? ' (warm-up)' : ''}: ${(result.wallMs / 1000).toFixed(2)} s, ${series.outputs[command]} files`
            );
        }
    }
    return series;
}
