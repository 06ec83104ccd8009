// Completion latency with a 10,000-entry catalogue and at element references of the synthetic national
// workspace: a benchmark, not a test.
// Run: `npm run bench:completion` (builds, then runs this file with Node's type stripping); `-- --national`
// runs only the national workspace, `-- --catalogue` only the catalogue.
// Prints p50/p95/max per scenario as a Markdown table for the README, with the machine and date.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CompletionList } from 'vscode-languageserver';
import { ast, entryModel, foldVietnamese, loadBuiltinCatalogs, loadWorkspace, quote } from '@kts/language';
import { createKtsServices } from '@kts/language/editor';
import { DEFAULT_SEED, generateWorkspace } from './generate-workspace.ts';
import { TMP_DIR } from './measure.ts';
import { Random } from './random.ts';

const GROUPS = 100;
const CODES_PER_GROUP = 99;
const WARM_UP = 20;
const RUNS = 200;

const DOMAINS = ['dân cư', 'đất đai', 'giáo dục', 'y tế', 'giao thông', 'tài chính', 'nông nghiệp', 'môi trường', 'lao động', 'văn hóa'];
const FUNCTIONS = [
    'quản lý hồ sơ',
    'cấp phép',
    'thanh tra',
    'thống kê',
    'báo cáo',
    'tiếp nhận phản ánh',
    'cổng thông tin',
    'dịch vụ công',
    'lưu trữ',
    'giám sát'
];

/** 100 group codes with 99 children each: 10,000 ARM entries with Vietnamese names. */
function catalogueText(): string {
    const lines = [
        'catalog arm-bench "ARM benchmark" {',
        '    version "1"',
        '    status illustrative',
        '    source "bench/completion-latency.ts"',
        '    model ARM pattern "^BARM\\\\.\\\\d{3}(\\\\.\\\\d{3})?$" complete'
    ];
    for (let group = 1; group <= GROUPS; group++) {
        const groupCode = `BARM.${String(group).padStart(3, '0')}`;
        lines.push(`    entry ${groupCode} ${quote(`Ứng dụng lĩnh vực ${DOMAINS[group % DOMAINS.length]} nhóm ${group}`)} { model ARM }`);
        for (let code = 1; code <= CODES_PER_GROUP; code++) {
            const name = `Hệ thống ${FUNCTIONS[code % FUNCTIONS.length]} về ${DOMAINS[(group + code) % DOMAINS.length]} số ${group}.${code}`;
            lines.push(`    entry ${groupCode}.${String(code).padStart(3, '0')} ${quote(name)} { model ARM parent ${groupCode} }`);
        }
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** A framework file of realistic size being edited: 60 elements, the cursor in an application's `codes`. */
function frameworkText(query: string): string {
    const elements: string[] = [];
    for (let index = 1; index <= 60; index++)
        elements.push(`            app app${index} "Ứng dụng ${index}" { codes BARM.001.${String(index).padStart(3, '0')} }`);
    return `framework bench {\n    target {\n        application {\n${elements.join('\n')}\n            app editing "Cổng dịch vụ công" { codes ${query} }\n        }\n    }\n}\n`;
}

interface Scenario {
    name: string;
    query: string;
    /** Edit the document before each completion, so the workspace caches start cold as after a keystroke. */
    afterEdit: boolean;
}

const SCENARIOS: Scenario[] = [
    { name: '`codes ` (no text yet: every ARM code fits)', query: '', afterEdit: false },
    { name: '`codes BARM.05` (code prefix)', query: 'BARM.05', afterEdit: false },
    { name: '`codes dan cu` (name, no diacritics, two words)', query: 'dan cu', afterEdit: false },
    { name: '`codes dân cư` right after a keystroke (file edited and rebuilt)', query: 'dân cư', afterEdit: true }
];

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureCatalogue(): Promise<void> {
    const { Kts: services } = createKtsServices(EmptyFileSystem);
    const workspace = services.shared.workspace;
    for (const builtin of loadBuiltinCatalogs())
        workspace.LangiumDocuments.addDocument(workspace.LangiumDocumentFactory.fromString(builtin.text, URI.parse(builtin.uri)));
    workspace.LangiumDocuments.addDocument(
        workspace.LangiumDocumentFactory.fromString(catalogueText(), URI.parse('file:///bench/arm.kts'))
    );
    const uri = URI.parse('file:///bench/framework.kts');
    let document: LangiumDocument = workspace.LangiumDocumentFactory.fromString(frameworkText(''), uri);
    workspace.LangiumDocuments.addDocument(document);
    const started = performance.now();
    await workspace.DocumentBuilder.build([...workspace.LangiumDocuments.all], { validation: true });
    const buildMs = performance.now() - started;

    const rows: string[] = [];
    const rebuilds: number[] = [];
    for (const scenario of SCENARIOS) {
        const timings: number[] = [];
        const cpuTimings: number[] = [];
        let items = 0;
        for (let run = 0; run < WARM_UP + RUNS; run++) {
            const text = frameworkText(scenario.query) + (scenario.afterEdit ? `// ${run}\n` : '');
            if (scenario.afterEdit || run === 0) {
                // As after a keystroke: the old version leaves (workspace caches are cleared), the new one is built.
                await workspace.DocumentBuilder.update([], [uri]);
                const rebuildStart = performance.now();
                document = workspace.LangiumDocumentFactory.fromString(text, uri);
                workspace.LangiumDocuments.addDocument(document);
                await workspace.DocumentBuilder.build([document], { validation: true });
                if (scenario.afterEdit && run >= WARM_UP) rebuilds.push(performance.now() - rebuildStart);
            }
            const offset = text.indexOf(`codes ${scenario.query} }`) + `codes ${scenario.query}`.length;
            const start = performance.now();
            const cpuStart = process.cpuUsage();
            const list = (await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: uri.toString() },
                position: document.textDocument.positionAt(offset)
            })) as CompletionList;
            const elapsed = performance.now() - start;
            const cpu = process.cpuUsage(cpuStart);
            if (run >= WARM_UP) {
                timings.push(elapsed);
                cpuTimings.push((cpu.user + cpu.system) / 1000);
            }
            items = list.items.length;
        }
        rows.push(`| ${scenario.name} | ${items} | ${tableTimes(timings, cpuTimings)}`);
    }

    console.log(
        `Completion latency, ${GROUPS * (CODES_PER_GROUP + 1)}-entry ARM catalogue (+ built-in catalogues), ${RUNS} runs per scenario after ${WARM_UP} warm-up runs.`
    );
    console.log(machineLine());
    console.log(`Initial build of the workspace (parse, link, validate): ${(buildMs / 1000).toFixed(1)} s.\n`);
    // Wall-clock time is what the user waits; CPU time (this process, all threads) shows the work itself
    // when other processes compete for the cores.
    console.log('| scenario | items | p50 (ms) | p95 (ms) | max (ms) | CPU p50 (ms) | CPU p95 (ms) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
    rebuilds.sort((a, b) => a - b);
    // Not completion, but what precedes it after a keystroke: the edited file (with one unknown code, whose
    // suggestions search the 10,000 names) is parsed, linked and validated again.
    console.log(
        `\nRebuild of the edited file before the completion (parse, link, validate): p50 ${percentile(rebuilds, 50).toFixed(1)} ms, p95 ${percentile(rebuilds, 95).toFixed(1)} ms.`
    );
}

/** A reference at a position of an open file, with the text typed so far. */
interface ElementPosition {
    document: LangiumDocument;
    offset: number;
    typed: string;
}

interface ElementScenario {
    name: string;
    /** Changes what the scenario changes (not timed) and says where to complete. */
    next: () => Promise<{ document: LangiumDocument; offset: number }>;
}

/** Files open in the editor, as in the language-server bench: the largest framework and four others. */
const OPEN_FILES = 5;

/**
 * Completion at element references (relation targets and `via`, task `delivers`) of the national
 * workspace: 25,000 elements, every one a candidate of a relation target.
 */
async function measureNational(): Promise<void> {
    const stats = generateWorkspace('national', path.join(TMP_DIR, 'completion-national'), DEFAULT_SEED);
    const started = performance.now();
    const workspace = await loadWorkspace({ paths: [stats.ktsDir], indexReferences: true });
    const buildMs = performance.now() - started;
    const services = workspace.services;
    const random = new Random(11);
    const frameworks = workspace.documents.filter(document => !document.uri.path.endsWith('danh-muc-kiem-thu.kts'));
    const largest = frameworks.find(document => document.uri.fsPath === stats.largestFile)!;
    const open = [
        largest,
        ...random.sample(
            frameworks.filter(document => document !== largest),
            OPEN_FILES - 1
        )
    ];
    const edited = random.pick(frameworks.filter(document => !open.includes(document)));
    const positions = open.flatMap(document => elementReferences(document));

    const rebuilds: Array<{ file: string; ms: number }> = [];
    let edits = 0;
    const at = (typedLength: (name: string) => number) => async () => {
        const position = random.pick(positions);
        return { document: position.document, offset: position.offset + typedLength(position.typed) };
    };
    // A name search walks every candidate: two words of a random element's title, without diacritics, typed
    // after `uses` in a small framework file of its own (rebuilt with the new text before each completion).
    const searchUri = URI.file(path.join(stats.ktsDir, 'zz-name-search.kts'));
    const titles = services.shared.workspace.IndexManager.allElements('Element')
        .map(description => (description as { title?: string }).title)
        .filter((title): title is string => !!title)
        .toArray();
    const searchFor = async () => {
        const words = foldVietnamese(random.pick(titles))
            .split(/[^a-z0-9]+/)
            .filter(Boolean);
        const first = random.int(0, Math.max(0, words.length - 2));
        const query = words.slice(first, first + 2).join(' ');
        const text = `framework tim_kiem { target { application { app dang_sua "Ứng dụng đang sửa" { uses ${query} } } } }\n`;
        fs.writeFileSync(searchUri.fsPath, text);
        await services.shared.workspace.DocumentBuilder.update([searchUri], []);
        const document = services.shared.workspace.LangiumDocuments.getDocument(searchUri)!;
        return { document, offset: text.indexOf(query) + query.length };
    };
    const originals = new Map([edited, ...open].map(document => [document, fs.readFileSync(document.uri.fsPath, 'utf8')]));
    // As after a keystroke: a comment line is appended to the file (offsets before it stay valid), its new
    // text is read and the workspace rebuilt.
    const afterEditOf = (file: (position: ElementPosition) => LangiumDocument) => async () => {
        const position = random.pick(positions);
        const document = file(position);
        fs.writeFileSync(document.uri.fsPath, `${originals.get(document)}// ${++edits}\n`);
        const rebuildStart = performance.now();
        await services.shared.workspace.DocumentBuilder.update([document.uri], []);
        rebuilds.push({ file: path.basename(document.uri.fsPath), ms: performance.now() - rebuildStart });
        return { document: position.document, offset: position.offset + position.typed.length };
    };
    const scenarios: ElementScenario[] = [
        { name: 'at the end of the name', next: at(name => name.length) },
        { name: 'nothing typed yet (cursor at the start of the name)', next: at(() => 0) },
        { name: 'first two characters typed', next: at(name => Math.min(2, name.length)) },
        { name: "two words of an element's title without diacritics (a name search over every element)", next: searchFor },
        { name: 'at the end of the name, right after an edit of another file', next: afterEditOf(() => edited) },
        { name: 'at the end of the name, right after an edit of the same file', next: afterEditOf(position => position.document) }
    ];

    const rows: string[] = [];
    for (const scenario of scenarios) {
        const timings: number[] = [];
        const cpuTimings: number[] = [];
        const items: number[] = [];
        let incomplete = 0;
        for (let run = 0; run < WARM_UP + RUNS; run++) {
            const { document, offset } = await scenario.next();
            const start = performance.now();
            const cpuStart = process.cpuUsage();
            const list = (await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset)
            })) as CompletionList;
            const elapsed = performance.now() - start;
            const cpu = process.cpuUsage(cpuStart);
            if (run < WARM_UP) continue;
            timings.push(elapsed);
            cpuTimings.push((cpu.user + cpu.system) / 1000);
            items.push(list.items.length);
            if (list.isIncomplete) incomplete++;
        }
        rows.push(
            `| ${scenario.name} | ${percentile(sorted(items), 50)} (max ${Math.max(...items)}) | ${incomplete} | ${tableTimes(timings, cpuTimings)}`
        );
    }
    await services.shared.workspace.DocumentBuilder.update([], [searchUri]);
    fs.rmSync(searchUri.fsPath);
    for (const [document, text] of originals) fs.writeFileSync(document.uri.fsPath, text);

    console.log(
        `\nCompletion at element references, synthetic national workspace (${stats.ktsFiles} files, ${stats.lines.toLocaleString('en')} lines, ` +
            `${stats.elements.toLocaleString('en')} elements), ${positions.length} element references in ${open.length} open files, ${RUNS} runs per scenario after ${WARM_UP} warm-up runs.`
    );
    console.log(machineLine());
    console.log(`Initial build of the workspace (parse, link, reference index, validate): ${(buildMs / 1000).toFixed(1)} s.\n`);
    console.log('| scenario | items p50 | incomplete lists | p50 (ms) | p95 (ms) | max (ms) | CPU p50 (ms) | CPU p95 (ms) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
    // Not completion, but what precedes it after a keystroke (warm-up rebuilds included).
    const rebuildTimes = (files: (file: string) => boolean) => {
        const times = rebuilds
            .filter(rebuild => files(rebuild.file))
            .map(rebuild => rebuild.ms)
            .sort((a, b) => a - b);
        return `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;
    };
    const editedName = path.basename(edited.uri.fsPath);
    console.log(
        `\nRebuild after the edit (not counted in the completion): of ${editedName} ${rebuildTimes(file => file === editedName)}; of the open files ${rebuildTimes(file => file !== editedName)}.`
    );
}

/** References of a document that resolve to an element or a national component. */
function elementReferences(document: LangiumDocument): ElementPosition[] {
    const positions: ElementPosition[] = [];
    for (const reference of document.references) {
        const target = 'ref' in reference ? reference.ref : undefined;
        const isElementTarget = ast.isElement(target) || (ast.isCatalogEntry(target) && entryModel(target) === 'NATIONAL');
        if (isElementTarget && reference.$refNode)
            positions.push({ document, offset: reference.$refNode.offset, typed: reference.$refText });
    }
    return positions;
}

function sorted(values: number[]): number[] {
    return [...values].sort((a, b) => a - b);
}

function tableTimes(timings: number[], cpuTimings: number[]): string {
    timings.sort((a, b) => a - b);
    cpuTimings.sort((a, b) => a - b);
    return (
        `${percentile(timings, 50).toFixed(1)} | ${percentile(timings, 95).toFixed(1)} | ${timings[timings.length - 1].toFixed(1)} ` +
        `| ${percentile(cpuTimings, 50).toFixed(1)} | ${percentile(cpuTimings, 95).toFixed(1)} |`
    );
}

function machineLine(): string {
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    // Other work on the machine moves the tail (p95, max) most: the load average says how busy it was.
    return (
        `Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}; ` +
        `${new Date().toISOString().slice(0, 10)}; load average ${os
            .loadavg()
            .map(load => load.toFixed(1))
            .join(' / ')} (1/5/15 min) at the end of the run.`
    );
}

const only = process.argv.slice(2);
if (only.length === 0 || only.includes('--catalogue')) await measureCatalogue();
if (only.length === 0 || only.includes('--national')) await measureNational();
