// Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and the
// inclusive time of chosen functions. Usage: node --experimental-strip-types bench/profile-summary.ts <file.cpuprofile> [top]
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
}

interface CpuProfile {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
}

export interface ProfileRow {
    name: string;
    location: string;
    selfMs: number;
    share: number;
}

export interface ProfileSummary {
    totalMs: number;
    self: ProfileRow[];
    /** Time spent in a function and everything it calls, for every function name (recursion counted once). */
    inclusive: Map<string, number>;
}

function location(frame: ProfileNode['callFrame']): string {
    if (!frame.url) return '';
    const url = frame.url.replace(/^file:\/\//, '');
    const nodeModules = url.lastIndexOf('node_modules/');
    const short = nodeModules >= 0 ? url.slice(nodeModules + 'node_modules/'.length) : path.relative(process.cwd(), url);
    return `${short}:${frame.lineNumber + 1}`;
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfByNode = new Map<number, number>();
    let totalUs = 0;
    profile.samples.forEach((id, index) => {
        const delta = profile.timeDeltas[index] ?? 0;
        totalUs += delta;
        selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
    });
    const self = new Map<string, { name: string; location: string; us: number }>();
    const inclusive = new Map<string, number>();
    for (const [id, us] of selfByNode) {
        const frame = byId.get(id)!.callFrame;
        const name = frame.functionName || '(anonymous)';
        const key = `${name}@${location(frame)}`;
        const row = self.get(key) ?? { name, location: location(frame), us: 0 };
        row.us += us;
        self.set(key, row);
        const seen = new Set<string>();
        for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
            const callFrame = byId.get(current)!.callFrame;
            const stackName = callFrame.functionName || '(anonymous)';
            if (seen.has(stackName)) continue;
            seen.add(stackName);
            inclusive.set(stackName, (inclusive.get(stackName) ?? 0) + us / 1000);
        }
    }
    const rows = [...self.values()]
        .sort((a, b) => b.us - a.us)
        .slice(0, top)
        .map(row => ({ name: row.name, location: row.location, selfMs: row.us / 1000, share: row.us / totalUs }));
    return { totalMs: totalUs / 1000, self: rows, inclusive };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [file, top, ...names] = process.argv.slice(2);
    const summary = summariseProfile(file, top ? Number(top) : 25);
    console.log(`total ${summary.totalMs.toFixed(0)} ms`);
    for (const row of summary.self)
        console.log(`${row.selfMs.toFixed(0).padStart(7)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}  ${row.location}`);
    for (const name of names) console.log(`inclusive ${name}: ${(summary.inclusive.get(name) ?? 0).toFixed(0)} ms`);
}
