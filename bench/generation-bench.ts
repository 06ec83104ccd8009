// Measure 5: document generation (`kts generate`, docx + html) and every diagram (`kts diagram --view all`)
// of one workspace, each command a cold process, `kts generate` with its figure cache emptied before each run; and,
// where an edit is given, `kts generate` of a copy again after a one-line edit, the figure cache warm from the run
// before, as a user's edit-and-generate loop. Run alone (after `npm run build`) it measures only `kts generate` of
// examples/tinh-lao-cai, cold and after an edit: node --experimental-strip-types bench/generation-bench.ts [runs]
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
    /** `kts generate` again after a one-line edit, the figure cache warm, when an edit was given. */
    editedAgain?: { runs: RunResult[]; problem?: string };
}

/** A one-line edit of a workspace: `from`, a text of one line of `file`, becomes `to(round)`, new in each round. */
export interface OneLineEdit {
    file: string;
    from: string;
    to: (round: number) => string;
}

/** The edit the bench makes in examples/tinh-lao-cai: a title of an element drawn in a few of its views. */
export const LAO_CAI_EDIT: OneLineEdit = {
    file: '09-muc-tieu-ung-dung.kts',
    from: '"Hệ thống xác thực tập trung (SSO) tỉnh"',
    to: round => `"Hệ thống xác thực tập trung (SSO) tỉnh, lần ${round}"`
};

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
    budgetMs = TIME_BUDGET_MS,
    edit?: OneLineEdit
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
        const cache = path.join(out, 'cache');
        // A slow command gets fewer repetitions, so the whole bench stays within its 15 minutes.
        for (let round = 0; round <= runs && (round < 2 || spentMs < budgetMs); round++) {
            const target = path.join(out, command);
            fs.rmSync(target, { recursive: true, force: true });
            // A cold measure: no figure drawn by an earlier run.
            fs.rmSync(cache, { recursive: true, force: true });
            const result = await runMeasured(NODE, [KTS_BIN, command, input, ...options, '--out', target], {
                timeoutMs: 300_000,
                env: { ...process.env, KTS_CACHE_DIR: cache }
            });
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
    if (edit && series.generate.length > 0) series.editedAgain = await measureAfterEdit(label, input, runs, log, edit);
    return series;
}

/**
 * `kts generate` of a copy of the workspace, each run after `edit` (a new text each round), the figure cache filled by
 * the run before: the first run, not counted, fills it.
 */
export async function measureAfterEdit(
    label: string,
    input: string,
    runs: number,
    log: (line: string) => void,
    edit: OneLineEdit
): Promise<{ runs: RunResult[]; problem?: string }> {
    const out = path.join(TMP_DIR, 'generation', `${label.replace(/[^\w-]+/g, '-')}-edited`);
    // The folder around the workspace too: a workspace's config may name catalogues beside it (`../catalogs`).
    const copy = path.join(out, 'workspace', path.basename(input));
    const cache = path.join(out, 'cache');
    fs.rmSync(out, { recursive: true, force: true });
    fs.cpSync(path.dirname(input), path.dirname(copy), { recursive: true, filter: source => !source.startsWith(out) });
    const file = path.join(copy, edit.file);
    const original = fs.readFileSync(file, 'utf8');
    if (original.split(edit.from).length !== 2) return { runs: [], problem: `\`${edit.from}\` is not once in ${edit.file}` };
    const measured: RunResult[] = [];
    for (let round = 0; round <= runs; round++) {
        fs.writeFileSync(file, original.replace(edit.from, edit.to(round)));
        const target = path.join(out, 'out');
        fs.rmSync(target, { recursive: true, force: true });
        const result = await runMeasured(NODE, [KTS_BIN, 'generate', copy, '--format', 'docx,html', '--out', target], {
            timeoutMs: 300_000,
            env: { ...process.env, KTS_CACHE_DIR: cache }
        });
        if (result.exitCode !== 0)
            return {
                runs: measured,
                problem: `\`kts generate\` exited ${result.exitCode}: ${(result.stderr || result.stdout).trim().split('\n').slice(-2).join(' ')}`
            };
        if (round > 0) measured.push(result);
        log(
            `  ${label} generate after a one-line edit ${round}${round === 0 ? ' (fills the cache)' : ''}: ${(result.wallMs / 1000).toFixed(2)} s, CPU ${(result.cpuMs / 1000).toFixed(2)} s, load ${os.loadavg()[0]!.toFixed(1)}`
        );
    }
    return { runs: measured };
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
        Number.POSITIVE_INFINITY,
        LAO_CAI_EDIT
    );
    if (series.problems.generate) throw new Error(series.problems.generate);
    if (series.editedAgain?.problem) throw new Error(series.editedAgain.problem);
    for (const [what, runs] of [
        ['cold', series.generate],
        ['again after a one-line edit (figure cache warm)', series.editedAgain!.runs]
    ] as const) {
        const wall = runs.map(run => run.wallMs);
        const cpu = runs.map(run => run.cpuMs);
        console.log(
            `kts generate (docx + html) ${example}, ${what}: n ${wall.length}, median ${formatMs(median(wall))} wall, ${formatMs(median(cpu))} CPU`
        );
    }
    console.log(`load (1 min) ${before[0]!.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`);
}
