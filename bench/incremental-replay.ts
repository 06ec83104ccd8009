// `npm run bench:incremental`: replays the language-server bench's edits of the largest national file in process
// (a typo in a reference, then its removal) through `DocumentBuilder.update`, and reports per edit where the time
// goes: parse, index, link, reference index, validation (wall per edit; CPU per phase at the end), and how many other
// documents were linked or revalidated.
// A profiling aid next to bench/lsp-bench.ts, which measures the same edits over stdio.
// Options: --edits N (pairs of edits, default 10); --whole-parse parses the whole file on every edit, as before the
// splice (KtsDocumentFactory.update), for an A/B in the same build; --outline asks for the edited file's outline as
// soon as it is parsed, as VS Code does after each keystroke while the build goes on, and reports its CPU.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { constants, PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { DefaultLangiumDocumentFactory, DocumentState, URI } from 'langium';
import { loadWorkspace } from '@kts/language';
import { countReparses } from './count-reparses.ts';
import { DEFAULT_SEED, generateWorkspace } from './generate-workspace.ts';
import { TMP_DIR } from './measure.ts';
import { Random } from './random.ts';

const PHASES = {
    parse: DocumentState.Parsed,
    index: DocumentState.IndexedContent,
    link: DocumentState.Linked,
    references: DocumentState.IndexedReferences,
    validate: DocumentState.Validated
};
const RELATION_TARGET = /\b(supports|uses|stores|integrates|hosted|protects|shares|in)\s+([a-z]+_\d{3})\b/;

const editsArgument = process.argv.indexOf('--edits');
const pairs = editsArgument > 0 ? Number(process.argv[editsArgument + 1]) : 10;
const stats = generateWorkspace('national', path.join(TMP_DIR, 'workspaces', 'national'), DEFAULT_SEED);
const file = stats.largestFile;
const original = fs.readFileSync(file, 'utf8');
const started = performance.now();
const workspace = await loadWorkspace({ paths: [stats.ktsDir], indexReferences: true });
console.log(
    `national workspace built in ${((performance.now() - started) / 1000).toFixed(1)} s; editing ${path.basename(file)} (${stats.largestFileLines} lines)`
);

const factory = workspace.services.shared.workspace.LangiumDocumentFactory;
if (process.argv.includes('--whole-parse')) factory.update = DefaultLangiumDocumentFactory.prototype.update;
const reparses = countReparses(factory);
const builder = workspace.services.shared.workspace.DocumentBuilder;
const uri = URI.file(file).toString();
const reached = new Map<string, number>();
/** CPU (ms, user + system) when the edited document reached each phase: under load the phases' wall times follow the machine. */
const reachedCpu = new Map<string, number>();
const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
};
const phaseCpu = new Map<string, number[]>(Object.keys(PHASES).map(phase => [phase, []]));
let otherLinked = 0;
let otherValidated = 0;
const askOutline = process.argv.includes('--outline');
/** CPU (ms) of each outline request, made once the edited document is parsed (--outline). */
const outlineCpu: number[] = [];
for (const [phase, state] of Object.entries(PHASES)) {
    builder.onDocumentPhase(state, document => {
        if (document.uri.toString() === uri) {
            reached.set(phase, performance.now());
            reachedCpu.set(phase, cpuMs());
            if (askOutline && state === DocumentState.Parsed) {
                const before = cpuMs();
                workspace.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri } });
                outlineCpu.push(cpuMs() - before);
            }
        } else if (state === DocumentState.Linked) otherLinked++;
        else if (state === DocumentState.Validated) otherValidated++;
    });
}

const lines = original.split('\n');
const targets = lines.flatMap((line, index) => {
    const match = RELATION_TARGET.exec(line);
    return match ? [{ line: index, end: match.index + match[0].length }] : [];
});
/** Full (mark-compact) collections during the edits: their number does not follow the machine's load, their wall time does. */
let fullCollections = 0;
let fullCollectionMs = 0;
const countFull = (entries: PerformanceEntry[]) => {
    for (const entry of entries) {
        if ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
        fullCollections++;
        fullCollectionMs += entry.duration;
    }
};
const collections = new PerformanceObserver(list => countFull(list.getEntries()));
const random = new Random(7);
const wall: number[] = [];
const cpu: number[] = [];
collections.observe({ entryTypes: ['gc'] });
try {
    for (let pair = 0; pair < pairs; pair++) {
        const target = random.pick(targets);
        const typo = [...lines];
        typo[target.line] = lines[target.line].slice(0, target.end) + 'x' + lines[target.line].slice(target.end);
        for (const [text, label] of [
            [typo.join('\n'), 'typo '],
            [original, 'fixed']
        ] as const) {
            fs.writeFileSync(file, text);
            reached.clear();
            otherLinked = otherValidated = 0;
            const cpuStart = cpuMs();
            const cpuBefore = process.cpuUsage();
            const start = performance.now();
            await builder.update([URI.parse(uri)], []);
            const used = process.cpuUsage(cpuBefore);
            cpu.push((used.user + used.system) / 1000);
            wall.push(reached.get('validate')! - start);
            let previousCpu = cpuStart;
            for (const [phase, spent] of phaseCpu) {
                spent.push(reachedCpu.get(phase)! - previousCpu);
                previousCpu = reachedCpu.get(phase)!;
            }
            let previous = start;
            const phases = Object.keys(PHASES).map(phase => {
                const at = reached.get(phase)!;
                const part = `${phase} ${(at - previous).toFixed(0)}`;
                previous = at;
                return part;
            });
            console.log(
                `${label}: diagnostics after ${wall.at(-1)!.toFixed(0)} ms (${phases.join(', ')}); other documents linked ${otherLinked}, revalidated ${otherValidated}`
            );
        }
    }
} finally {
    fs.writeFileSync(file, original);
    countFull(collections.takeRecords());
    collections.disconnect();
}
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * share) - 1].toFixed(0);
const mean = (values: number[]) => (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(0);
console.log(
    `CPU per phase, median (mean) ms: ${[...phaseCpu].map(([phase, spent]) => `${phase} ${percentile(spent, 0.5)} (${mean(spent)})`).join(', ')}`
);
if (askOutline) console.log(`outline asked once parsed, CPU median (mean) ms: ${percentile(outlineCpu, 0.5)} (${mean(outlineCpu)})`);
console.log(
    `${wall.length} edits: p50 ${percentile(wall, 0.5)} ms, p95 ${percentile(wall, 0.95)} ms; CPU p50 ${percentile(cpu, 0.5)} ms, p95 ${percentile(cpu, 0.95)} ms, mean ${mean(cpu)} ms; ` +
        `${fullCollections} full collections (${(fullCollectionMs / fullCollections).toFixed(0)} ms wall each); parsed by splice ${reparses.spliced}, whole ${reparses.whole}; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`
);
