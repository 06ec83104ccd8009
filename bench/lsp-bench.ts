// Measures 2–4 through the real language server over stdio (packages/language/test/lsp-stdio-client.ts):
// cold start to all diagnostics, incremental diagnostics after a one-line edit, and hover, completion and
// definition latency at reference positions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, StdioLanguageClient } from '../packages/language/test/lsp-stdio-client.ts';
import type { WorkspaceStats } from './generate-workspace.ts';
import { CATALOG_FILE } from './kts-writer.ts';
import { procSample } from './measure.ts';
import { Random } from './random.ts';

const LONG_WAIT_MS = 600_000;
const ALL_FILES_WAIT_MS = 120_000;
const CATALOGUE_REPUBLISH_WAIT_MS = 20_000;

export interface LspColdRun {
    /** Spawn → `initialize` answered. */
    initializeMs: number;
    /** Spawn → diagnostics of the file opened first. */
    firstDiagnosticsMs: number;
    /** Spawn → diagnostics published for every file of the workspace. */
    allDiagnosticsMs: number;
    errors: number;
    /** Files without any diagnostics published after ALL_FILES_WAIT_MS. */
    missing: string[];
    peakRssMiB: number;
    cpuMs: number;
    /** Hover and completion at a reference of the opened file, sent as soon as it is opened. */
    hoverMs: number;
    completionMs: number;
    /** Whether both were answered before that file's first diagnostics. */
    answeredBeforeDiagnostics: boolean;
    emptyAnswers: number;
}

export interface LspResults {
    cold: LspColdRun[];
    /** One-line edit → new diagnostics of the edited file, ms. */
    incremental: number[];
    /** One-line edit of the catalogue every framework file refers to → its own new diagnostics, ms. */
    catalogueEdit: number[];
    /** The same edits → diagnostics published again for every file of the workspace, ms. */
    catalogueEditAll: number[];
    catalogueFile: string;
    /** Hover and completion sent right after the first file is opened, while the workspace is still being built, ms. */
    duringStart: { hover: number[]; completion: number[]; beforeFirstDiagnostics: number };
    hover: number[];
    completion: number[];
    definition: number[];
    /** Requests answered with nothing (no hover, no location, no item): a broken measure would show here. */
    empty: { hover: number; completion: number; definition: number };
    editedFile: string;
    editedFileLines: number;
    openFiles: number;
    peakRssMiB: number;
    problems: string[];
}

export interface LspPlan {
    coldRuns: number;
    edits: number;
    requests: number;
    warmUp: number;
}

interface ReferencePosition {
    line: number;
    start: number;
    end: number;
}

const REFERENCE_KEYWORDS =
    /\b(supports|uses|stores|integrates|hosted|protects|shares|in|realizes|replaces|upgrades|keeps|codes|standards|delivers|after|via|implements)\s+([\w.\-]+(?:,\s*[\w.\-]+)*)/g;

/** Positions of reference tokens (after a relation or property keyword, outside strings). */
export function referencePositions(text: string): ReferencePosition[] {
    const positions: ReferencePosition[] = [];
    text.split('\n').forEach((line, lineNumber) => {
        for (const match of line.matchAll(REFERENCE_KEYWORDS)) {
            if ((line.slice(0, match.index).match(/"/g)?.length ?? 0) % 2 === 1) continue;
            let column = match.index! + match[0].length - match[2].length;
            for (const token of match[2].split(',')) {
                const trimmed = token.trim();
                const start = column + token.indexOf(trimmed);
                positions.push({ line: lineNumber, start, end: start + trimmed.length });
                column += token.length + 1;
            }
        }
    });
    return positions;
}

function kts(dir: string): string[] {
    return fs
        .readdirSync(dir)
        .filter(name => name.endsWith('.kts'))
        .sort()
        .map(name => path.join(dir, name));
}

/** Resolves once no diagnostics have been published for `quietMs`. */
async function settle(client: StdioLanguageClient, quietMs = 300): Promise<void> {
    let count = -1;
    while (count !== client.published.length) {
        count = client.published.length;
        await new Promise(resolve => setTimeout(resolve, quietMs));
    }
}

async function coldStart(stats: WorkspaceStats, files: string[]): Promise<{ client: StdioLanguageClient; run: LspColdRun }> {
    const started = performance.now();
    const client = await StdioLanguageClient.start({ workspaceFolder: stats.ktsDir });
    const initializeMs = performance.now() - started;
    const openedText = fs.readFileSync(stats.largestFile, 'utf8');
    const openedUri = await client.open(stats.largestFile, openedText);
    // What a user does at once: point at a name of the file just opened, and complete one, while the workspace loads.
    const positions = referencePositions(openedText);
    const position = positions[Math.floor(positions.length / 2)]!;
    const timed = async (kind: 'hover' | 'completion', character: number) => {
        const sent = performance.now();
        const answer = await client.request<{ items?: unknown[] } | null>(
            `textDocument/${kind}`,
            { textDocument: { uri: openedUri }, position: { line: position.line, character } },
            LONG_WAIT_MS
        );
        const empty = answer === null || (kind === 'completion' && (answer.items ?? (answer as unknown[])).length === 0);
        return { ms: performance.now() - sent, at: performance.now(), empty };
    };
    const requests = Promise.all([timed('hover', position.start), timed('completion', position.end)]);
    await client.diagnostics(openedUri, () => true, 0, LONG_WAIT_MS);
    const firstDiagnosticsMs = performance.now() - started;
    const diagnosedAt = performance.now();
    const [hover, completion] = await requests;
    // A file whose diagnostics never come is reported, not waited for until the bench's time is gone.
    const all = await Promise.all(
        files.map(file => client.diagnostics(fileUri(file), () => true, 0, ALL_FILES_WAIT_MS).catch(() => undefined))
    );
    const missing = files.filter((_, index) => all[index] === undefined).map(file => path.basename(file));
    const allDiagnosticsMs = missing.length > 0 ? NaN : performance.now() - started;
    const sample = procSample(client.child.pid);
    return {
        client,
        run: {
            initializeMs,
            firstDiagnosticsMs,
            allDiagnosticsMs,
            missing,
            errors: all.reduce((sum, diagnostics) => sum + (diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length, 0),
            peakRssMiB: (sample?.hwmKiB ?? 0) / 1024,
            cpuMs: (sample?.cpuTicks ?? 0) * 10,
            hoverMs: hover.ms,
            completionMs: completion.ms,
            answeredBeforeDiagnostics: hover.at < diagnosedAt && completion.at < diagnosedAt,
            emptyAnswers: Number(hover.empty) + Number(completion.empty)
        }
    };
}

export async function measureLanguageServer(stats: WorkspaceStats, plan: LspPlan, log: (line: string) => void): Promise<LspResults> {
    const files = kts(stats.ktsDir);
    const results: LspResults = {
        cold: [],
        incremental: [],
        catalogueEdit: [],
        catalogueEditAll: [],
        catalogueFile: CATALOG_FILE,
        duringStart: { hover: [], completion: [], beforeFirstDiagnostics: 0 },
        hover: [],
        completion: [],
        definition: [],
        empty: { hover: 0, completion: 0, definition: 0 },
        editedFile: path.basename(stats.largestFile),
        editedFileLines: stats.largestFileLines,
        openFiles: 0,
        peakRssMiB: 0,
        problems: []
    };
    let client: StdioLanguageClient | undefined;
    try {
        for (let round = 0; round <= plan.coldRuns; round++) {
            if (client) await client.stop().catch(() => client?.kill());
            const started = await coldStart(stats, files);
            client = started.client;
            if (round > 0) {
                results.cold.push(started.run);
                results.duringStart.hover.push(started.run.hoverMs);
                results.duringStart.completion.push(started.run.completionMs);
                if (started.run.answeredBeforeDiagnostics) results.duringStart.beforeFirstDiagnostics++;
                if (started.run.emptyAnswers > 0)
                    results.problems.push(
                        `cold start ${round}: ${started.run.emptyAnswers} empty answers to the requests sent at start-up`
                    );
            }
            if (started.run.errors > 0)
                results.problems.push(`cold start ${round}: ${started.run.errors} errors published for a workspace that validates clean`);
            if (started.run.missing.length > 0)
                results.problems.push(
                    `cold start ${round}: no diagnostics within ${ALL_FILES_WAIT_MS / 1000} s for ${started.run.missing.join(', ')}`
                );
            log(
                `  lsp cold ${round}${round === 0 ? ' (warm-up)' : ''}: initialize ${started.run.initializeMs.toFixed(0)} ms, first file ${started.run.firstDiagnosticsMs.toFixed(0)} ms, all ${files.length} files ${started.run.allDiagnosticsMs.toFixed(0)} ms, RSS ${started.run.peakRssMiB.toFixed(0)} MiB`
            );
        }
        const server = client!;
        await settle(server);
        const random = new Random(7);
        await measureIncremental(server, stats, plan, random, results, log);
        await measureRequests(server, stats, files, plan, random, results, log);
        await measureCatalogueEdits(server, files, plan, results, log);
        results.peakRssMiB = (procSample(server.child.pid)?.hwmKiB ?? 0) / 1024;
    } catch (error) {
        results.problems.push((error as Error).message.slice(0, 500));
    } finally {
        if (client) await client.stop().catch(() => client?.kill());
    }
    return results;
}

/** The edits of measure 3 alone (bench/keystroke-latency.ts): one server, started once; server CPU per edit, ms. */
export async function measureKeystrokes(
    stats: WorkspaceStats,
    plan: LspPlan,
    log: (line: string) => void
): Promise<{ edits: number[]; cpuPerEditMs: number; peakRssMiB: number; problems: string[] }> {
    const { client } = await coldStart(stats, kts(stats.ktsDir));
    const results = { incremental: [] as number[], problems: [] as string[] } as LspResults;
    try {
        await settle(client);
        const before = procSample(client.child.pid)?.cpuTicks ?? 0;
        await measureIncremental(client, stats, plan, new Random(7), results, log);
        const ticks = (procSample(client.child.pid)?.cpuTicks ?? 0) - before;
        const editsSent = (Math.min(plan.warmUp, 3) + plan.edits / 2) * 2;
        return {
            edits: results.incremental,
            cpuPerEditMs: (ticks * 10) / editsSent,
            peakRssMiB: (procSample(client.child.pid)?.hwmKiB ?? 0) / 1024,
            problems: results.problems
        };
    } finally {
        await client.stop().catch(() => client.kill());
    }
}

/**
 * Types a typo into a reference of the large file (an error must appear on that line), then removes it
 * (the errors must go): each edit is one full-text didChange, as editors send after a keystroke. Half the
 * samples add an unresolved reference (whose message searches the workspace for the closest names).
 */
async function measureIncremental(
    client: StdioLanguageClient,
    stats: WorkspaceStats,
    plan: LspPlan,
    random: Random,
    results: LspResults,
    log: (line: string) => void
): Promise<void> {
    const original = fs.readFileSync(stats.largestFile, 'utf8');
    const lines = original.split('\n');
    const uri = fileUri(stats.largestFile);
    const candidates = referencePositions(original).filter(position =>
        /^[a-z]+_\d{3}$/.test(lines[position.line].slice(position.start, position.end))
    );
    let version = 1;
    /** Sends the text, waits for the edited file's diagnostics to say `expected`, then for the server to fall quiet. */
    const edit = async (text: string, expected: (diagnostics: Diagnostic[]) => boolean): Promise<number> => {
        const since = client.published.length;
        const started = performance.now();
        await client.change(uri, ++version, text);
        await client.diagnostics(uri, expected, since, LONG_WAIT_MS);
        const elapsed = performance.now() - started;
        await settle(client, 150);
        return elapsed;
    };
    const warmUpPairs = Math.min(plan.warmUp, 3);
    for (let pair = 0; pair < warmUpPairs + plan.edits / 2; pair++) {
        const position = random.pick(candidates);
        const typo = [...lines];
        typo[position.line] = lines[position.line].slice(0, position.end) + 'x' + lines[position.line].slice(position.end);
        const broken = await edit(typo.join('\n'), diagnostics =>
            diagnostics.some(diagnostic => diagnostic.severity === 1 && diagnostic.range.start.line === position.line)
        );
        const fixed = await edit(original, diagnostics => !diagnostics.some(diagnostic => diagnostic.severity === 1));
        if (pair >= warmUpPairs) results.incremental.push(broken, fixed);
    }
    log(`  lsp incremental: ${results.incremental.length} edits of ${path.basename(stats.largestFile)}`);
}

/**
 * Edits the workspace catalogue that every framework file takes codes from (the title of one of its entries,
 * then back): the edited file's diagnostics, and the time until every file's diagnostics are published again.
 */
async function measureCatalogueEdits(
    client: StdioLanguageClient,
    files: string[],
    plan: LspPlan,
    results: LspResults,
    log: (line: string) => void
): Promise<void> {
    const file = files.find(candidate => path.basename(candidate) === CATALOG_FILE)!;
    const original = fs.readFileSync(file, 'utf8');
    const lines = original.split('\n');
    const entryLine = lines.findIndex(line => /^\s*entry KT-\S+ "/.test(line));
    const renamed = [...lines];
    renamed[entryLine] = lines[entryLine]!.replace(/ "/, ' "Đã sửa: ');
    const uri = await client.open(file, original);
    await settle(client);
    let version = 1;
    // Once a file is not published again, the later edits do not wait for it (see bench/results.md).
    let waitForAll = true;
    const edit = async (text: string): Promise<{ own: number; all: number }> => {
        const since = client.published.length;
        const started = performance.now();
        await client.change(uri, ++version, text);
        await client.diagnostics(uri, () => true, since, LONG_WAIT_MS);
        const own = performance.now() - started;
        let all = NaN;
        if (waitForAll) {
            const missing = (
                await Promise.all(
                    files.map(other =>
                        client
                            .diagnostics(fileUri(other), () => true, since, CATALOGUE_REPUBLISH_WAIT_MS)
                            .then(
                                () => undefined,
                                () => path.basename(other)
                            )
                    )
                )
            ).filter(Boolean);
            if (missing.length === 0) all = performance.now() - started;
            else {
                waitForAll = false;
                results.problems.push(
                    `catalogue edit: no new diagnostics within ${CATALOGUE_REPUBLISH_WAIT_MS / 1000} s for ${missing.join(', ')}`
                );
            }
        }
        await settle(client, 150);
        return { own, all };
    };
    const pairs = Math.max(1, Math.round(plan.edits / 10));
    for (let pair = 0; pair <= pairs; pair++) {
        for (const text of [renamed.join('\n'), original]) {
            const { own, all } = await edit(text);
            if (pair === 0) continue;
            results.catalogueEdit.push(own);
            if (Number.isFinite(all)) results.catalogueEditAll.push(all);
        }
    }
    log(`  lsp catalogue edits: ${results.catalogueEdit.length} edits of ${CATALOG_FILE}`);
}

async function measureRequests(
    client: StdioLanguageClient,
    stats: WorkspaceStats,
    files: string[],
    plan: LspPlan,
    random: Random,
    results: LspResults,
    log: (line: string) => void
): Promise<void> {
    // The large file is open already; the editor has four more frameworks open.
    const others = random.sample(
        files.filter(file => file !== stats.largestFile && path.basename(file) !== CATALOG_FILE),
        4
    );
    for (const file of others) await client.open(file);
    await settle(client);
    const open = [stats.largestFile, ...others];
    results.openFiles = open.length;
    const positions = open.flatMap(file =>
        referencePositions(fs.readFileSync(file, 'utf8')).map(position => ({ uri: fileUri(file), ...position }))
    );
    const kinds = ['hover', 'definition', 'completion'] as const;
    for (const kind of kinds) {
        for (let request = 0; request < plan.warmUp + plan.requests; request++) {
            const position = random.pick(positions);
            // On the first character of the name (a `.` inside a code is a keyword of its own), or at its end for completion.
            const character = kind === 'completion' ? position.end : position.start;
            const params = { textDocument: { uri: position.uri }, position: { line: position.line, character } };
            const started = performance.now();
            const answer = await client.request<unknown>(`textDocument/${kind}`, params, LONG_WAIT_MS);
            const elapsed = performance.now() - started;
            if (request < plan.warmUp) continue;
            results[kind].push(elapsed);
            const items =
                answer === null
                    ? 0
                    : Array.isArray(answer)
                      ? answer.length
                      : kind === 'completion'
                        ? (answer as { items: unknown[] }).items.length
                        : 1;
            if (items === 0) results.empty[kind]++;
        }
    }
    log(
        `  lsp requests: ${plan.requests} each of hover, definition, completion over ${positions.length} reference positions in ${open.length} open files`
    );
}
