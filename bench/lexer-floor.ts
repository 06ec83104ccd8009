// Measure 6, the floor: the Langium lexer alone over every file of a workspace, next to the in-process
// phases of a full build (parse, index, link, validate) of the same files, the way `kts validate` builds
// them after start-up (without the reference index, as the CLI does).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createKtsCoreServices, loadBuiltinCatalogs } from '@kts/language';
import { median } from './measure.ts';

export interface FloorResult {
    files: number;
    tokens: number;
    lexMs: number[];
    /** Median wall and CPU ms of each build phase, in order, over the in-process builds. */
    phases: Array<{ phase: string; ms: number; cpuMs: number }>;
    buildMs: number[];
    buildCpuMs: number[];
}

/** CPU time of this process (all threads, so the garbage collector's too), ms. */
function cpuNow(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

const PHASES: Array<[DocumentState, string]> = [
    [DocumentState.IndexedContent, 'parse + index exports'],
    [DocumentState.ComputedScopes, 'local scopes'],
    [DocumentState.Linked, 'link'],
    [DocumentState.IndexedReferences, 'index references'],
    [DocumentState.Validated, 'validate (incl. model and workspace rules)']
];

function ktsFiles(dir: string): Array<{ file: string; text: string }> {
    return fs
        .readdirSync(dir)
        .filter(name => name.endsWith('.kts'))
        .sort()
        .map(name => ({ file: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export async function measureFloor(dir: string, rounds: number): Promise<FloorResult> {
    const files = ktsFiles(dir);
    const lexer = createKtsCoreServices(EmptyFileSystem).Kts.parser.Lexer;
    const lexMs: number[] = [];
    let tokens = 0;
    for (let round = 0; round <= rounds; round++) {
        const started = performance.now();
        let count = 0;
        for (const { text } of files) count += lexer.tokenize(text).tokens.length;
        if (round > 0) lexMs.push(performance.now() - started);
        tokens = count;
    }

    const phaseSamples = new Map<string, Array<{ ms: number; cpuMs: number }>>(PHASES.map(([, name]) => [name, []]));
    const buildMs: number[] = [];
    const buildCpuMs: number[] = [];
    for (let round = 0; round <= rounds; round++) {
        const { Kts } = createKtsCoreServices(NodeFileSystem);
        const workspace = Kts.shared.workspace;
        const started = performance.now();
        const startedCpu = cpuNow();
        const documents = [
            ...loadBuiltinCatalogs().map(builtin => workspace.LangiumDocumentFactory.fromString(builtin.text, URI.parse(builtin.uri))),
            ...files.map(({ file, text }) => workspace.LangiumDocumentFactory.fromString(text, URI.file(file)))
        ];
        for (const document of documents) workspace.LangiumDocuments.addDocument(document);
        let last = { ms: started, cpuMs: startedCpu };
        const times = new Map<string, { ms: number; cpuMs: number }>();
        for (const [state, name] of PHASES) {
            workspace.DocumentBuilder.onBuildPhase(state, () => {
                const now = { ms: performance.now(), cpuMs: cpuNow() };
                times.set(name, { ms: now.ms - last.ms, cpuMs: now.cpuMs - last.cpuMs });
                last = now;
            });
        }
        await workspace.DocumentBuilder.build(documents, { validation: true });
        if (round === 0) continue;
        buildMs.push(performance.now() - started);
        buildCpuMs.push(cpuNow() - startedCpu);
        for (const [name, time] of times) phaseSamples.get(name)?.push(time);
    }
    const phases = PHASES.map(([, name]) => {
        const samples = phaseSamples.get(name) ?? [];
        return { phase: name, ms: median(samples.map(sample => sample.ms)), cpuMs: median(samples.map(sample => sample.cpuMs)) };
    });
    return { files: files.length, tokens, lexMs, buildMs, buildCpuMs, phases };
}
