// Timing primitives shared by every measure: percentiles, the machine description, and a child process
// run with its wall time, CPU time and peak resident memory.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const KTS_BIN = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
export const TMP_DIR = path.join(REPO_ROOT, 'bench/tmp');

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
    if (samples.length === 0) return NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(samples: number[]): number {
    if (samples.length === 0) return NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Machine {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    loadAverage: number[];
    date: string;
}

export function describeMachine(): Machine {
    return {
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.platform()} ${os.release()}`,
        node: process.version,
        loadAverage: os.loadavg(),
        date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC'
    };
}

export interface RunResult {
    exitCode: number | null;
    wallMs: number;
    /** User + system CPU time of the process and its children: far less sensitive to other load on the machine than wall time. */
    cpuMs: number;
    peakRssMiB: number;
    stdout: string;
    stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = fs.existsSync(GNU_TIME);

/**
 * Runs a command to its end. CPU time and peak RSS come from GNU time when it exists; otherwise RSS is
 * sampled from /proc (VmHWM) every 20 ms and CPU time from /proc/<pid>/stat just before the exit.
 */
export async function runMeasured(
    command: string,
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<RunResult> {
    const report = path.join(os.tmpdir(), `kts-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    const [file, argv] = HAS_GNU_TIME ? [GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
    });
    let polledRssKiB = 0;
    let polledCpuTicks = 0;
    const poll = HAS_GNU_TIME
        ? undefined
        : setInterval(() => {
              const sample = procSample(child.pid);
              if (sample) {
                  polledRssKiB = Math.max(polledRssKiB, sample.hwmKiB);
                  polledCpuTicks = sample.cpuTicks;
              }
          }, 20);
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    const exitCode = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
    const wallMs = performance.now() - started;
    clearTimeout(timer);
    if (poll) clearInterval(poll);
    let cpuMs = polledCpuTicks * 10;
    let peakRssMiB = polledRssKiB / 1024;
    if (HAS_GNU_TIME && fs.existsSync(report)) {
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        const numbers = fs.readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        fs.rmSync(report, { force: true });
        cpuMs = (numbers[0] + numbers[1]) * 1000;
        peakRssMiB = numbers[2] / 1024;
    }
    return { exitCode, wallMs, cpuMs, peakRssMiB, stdout, stderr };
}

/** Peak RSS (VmHWM) and CPU ticks (utime + stime) of a live process, from /proc. */
export function procSample(pid: number | undefined): { hwmKiB: number; cpuTicks: number } | undefined {
    if (!pid) return undefined;
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { hwmKiB: hwm ? Number(hwm[1]) : 0, cpuTicks: Number(fields[11]) + Number(fields[12]) };
    } catch {
        return undefined;
    }
}

export function formatMs(ms: number): string {
    if (!Number.isFinite(ms)) return '–';
    if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
    if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
    return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}
