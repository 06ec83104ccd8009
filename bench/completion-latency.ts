// Completion latency with a 10,000-entry catalogue: a benchmark, not a test.
// Run: `npm run bench:completion` (builds, then runs this file with Node's type stripping).
// Prints p50/p95/max per scenario as a Markdown table for the README, with the machine and date.
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CompletionList } from 'vscode-languageserver';
import { createKtsServices, loadBuiltinCatalogs, quote } from '@kts/language';

const GROUPS = 100;
const CODES_PER_GROUP = 99;
const WARM_UP = 20;
const RUNS = 200;

const DOMAINS = ['dân cư', 'đất đai', 'giáo dục', 'y tế', 'giao thông', 'tài chính', 'nông nghiệp', 'môi trường', 'lao động', 'văn hóa'];
const FUNCTIONS = ['quản lý hồ sơ', 'cấp phép', 'thanh tra', 'thống kê', 'báo cáo', 'tiếp nhận phản ánh', 'cổng thông tin', 'dịch vụ công', 'lưu trữ', 'giám sát'];

/** 100 group codes with 99 children each: 10,000 ARM entries with Vietnamese names. */
function catalogueText(): string {
    const lines = ['catalog arm-bench "ARM benchmark" {', '    version "1"', '    status illustrative', '    source "bench/completion-latency.ts"',
        '    model ARM pattern "^BARM\\\\.\\\\d{3}(\\\\.\\\\d{3})?$" complete'];
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
    for (let index = 1; index <= 60; index++) elements.push(`            app app${index} "Ứng dụng ${index}" { codes BARM.001.${String(index).padStart(3, '0')} }`);
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

async function main(): Promise<void> {
    const { Kts: services } = createKtsServices(EmptyFileSystem);
    const workspace = services.shared.workspace;
    for (const builtin of loadBuiltinCatalogs()) workspace.LangiumDocuments.addDocument(workspace.LangiumDocumentFactory.fromString(builtin.text, URI.parse(builtin.uri)));
    workspace.LangiumDocuments.addDocument(workspace.LangiumDocumentFactory.fromString(catalogueText(), URI.parse('file:///bench/arm.kts')));
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
            const list = await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: uri.toString() }, position: document.textDocument.positionAt(offset)
            }) as CompletionList;
            const elapsed = performance.now() - start;
            const cpu = process.cpuUsage(cpuStart);
            if (run >= WARM_UP) {
                timings.push(elapsed);
                cpuTimings.push((cpu.user + cpu.system) / 1000);
            }
            items = list.items.length;
        }
        timings.sort((a, b) => a - b);
        cpuTimings.sort((a, b) => a - b);
        rows.push(`| ${scenario.name} | ${items} | ${percentile(timings, 50).toFixed(1)} | ${percentile(timings, 95).toFixed(1)} | ${timings[timings.length - 1].toFixed(1)} `
            + `| ${percentile(cpuTimings, 50).toFixed(1)} | ${percentile(cpuTimings, 95).toFixed(1)} |`);
    }

    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    console.log(`Completion latency, ${GROUPS * (CODES_PER_GROUP + 1)}-entry ARM catalogue (+ built-in catalogues), ${RUNS} runs per scenario after ${WARM_UP} warm-up runs.`);
    // Other work on the machine moves the tail (p95, max) most: the load average says how busy it was.
    console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}; `
        + `${new Date().toISOString().slice(0, 10)}; load average ${os.loadavg().map(load => load.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run.`);
    console.log(`Initial build of the workspace (parse, link, validate): ${(buildMs / 1000).toFixed(1)} s.\n`);
    // Wall-clock time is what the user waits; CPU time (this process, all threads) shows the work itself
    // when other processes compete for the cores.
    console.log('| scenario | items | p50 (ms) | p95 (ms) | max (ms) | CPU p50 (ms) | CPU p95 (ms) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
    rebuilds.sort((a, b) => a - b);
    // Not completion, but what precedes it after a keystroke: the edited file (with one unknown code, whose
    // suggestions search the 10,000 names) is parsed, linked and validated again.
    console.log(`\nRebuild of the edited file before the completion (parse, link, validate): p50 ${percentile(rebuilds, 50).toFixed(1)} ms, p95 ${percentile(rebuilds, 95).toFixed(1)} ms.`);
}

await main();
