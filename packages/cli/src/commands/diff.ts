import * as path from 'node:path';
import { loadWorkspace } from '@kts/language';
import {
    changeCounts,
    createFolder,
    diffWorkspaces,
    type ArchitectureModel,
    type Change,
    type ChangeSet,
    term,
    type Language
} from '@kts/language/model';
import { nodeIo, parseList, UsageError, type CliIo } from '../cli-io.js';
import { cliMessage, counted, errorCount } from '../messages.js';
import { asUsageError } from '../workspace-input.js';
import { diffReport } from './diff-report.js';
import { resolveDiffSide, type DiffSide } from './diff-sources.js';
import { diffText } from './diff-text.js';

export interface DiffOptions {
    format: string;
    out?: string;
    exitCode?: boolean;
    lang?: string;
}

/** What `--format` takes: a report on standard output, or the annex of changes as Word and HTML files. */
const REPORT_FORMATS = ['text', 'json'] as const;
const ANNEX_FORMATS = ['docx', 'html'] as const;

/**
 * `kts diff <base> [<head>]`: what changed in the architecture between two states of a workspace, each a folder or a
 * git revision of the current folder's repository (the working tree when `<head>` is left out). Exit 0, or with
 * `--exit-code` 1 when anything changed.
 */
export async function diffCommand(
    baseInput: string,
    headInput: string | undefined,
    options: DiffOptions,
    language: Language,
    io: CliIo
): Promise<number> {
    const report = (REPORT_FORMATS as readonly string[]).includes(options.format);
    const annexFormats = report ? [] : parseList(options.format, ANNEX_FORMATS, '--format');
    if (!report && options.out === undefined) throw UsageError.of('diffOutRequired', { format: options.format });
    const cwd = process.cwd();
    const sides: DiffSide[] = [];
    try {
        const base = resolveDiffSide(baseInput, cwd);
        sides.push(base);
        const head = resolveDiffSide(headInput, cwd);
        sides.push(head);
        const headModel = await loadSide(head, language, io);
        const baseModel = await loadSide(base, language, io);
        const changeSet = diffWorkspaces(baseModel, headModel);
        if (annexFormats.length > 0) {
            const since = { changeSet, base: sideName(base, language), before: baseModel };
            await writeAnnexes(headModel, since, annexFormats, options.out!, language, io);
        } else if (options.format === 'json') {
            io.out(`${JSON.stringify(diffReport(base, head, changeSet), null, 2)}\n`);
        } else {
            const names = { base: sideName(base, language), head: sideName(head, language) };
            if (changeSet.changes.length === 0) {
                io.out(`${cliMessage('diffNoChanges', language, names)}\n`);
            } else {
                const colour = io === nodeIo && process.stdout.isTTY === true && !process.env.NO_COLOR;
                io.out(`${cliMessage('diffHeader', language, names)}\n`);
                io.out(diffText(changeSet.changes, language, colour));
                io.out(`\n${summaryLine(changeSet.changes, language)}\n`);
            }
        }
        return options.exitCode && changeSet.changes.length > 0 ? 1 : 0;
    } finally {
        for (const side of sides) side.dispose();
    }
}

async function loadSide(side: DiffSide, language: Language, io: CliIo): Promise<ArchitectureModel> {
    const workspace = await loadWorkspace({ paths: [side.path], overrides: { language } }).catch(asUsageError);
    const errors = [...workspace.diagnostics.values()].flat().filter(item => (item.severity ?? 1) === 1).length;
    if (errors > 0) {
        io.err(
            `kts: ${cliMessage('diffModelErrors', language, { side: sideName(side, language), errors: errorCount(errors, language) })}\n`
        );
    }
    return workspace.linkedModel().model;
}

/** A side as the user named it: the revision, the folder relative to the current one, or the working tree. */
function sideName(side: DiffSide, language: Language): string {
    if (side.kind === 'workingTree') return cliMessage('diffWorkingTree', language);
    if (side.kind === 'folder') return path.relative(process.cwd(), side.path) || '.';
    return side.input ?? '';
}

function summaryLine(changes: readonly Change[], language: Language): string {
    const counts = Object.values(changeCounts(changes));
    const total = (action: 'added' | 'removed' | 'changed') => counts.reduce((sum, count) => sum + count[action], 0);
    return cliMessage('diffSummary', language, {
        changes: counted(changes.length, cliMessage('changeNoun', language), language),
        added: total('added'),
        removed: total('removed'),
        changed: total('changed')
    });
}

/**
 * The annex of changes of each framework of the newer side, opening with its change view, written to `out` (the documents package is loaded only
 * here, so that a report on standard output does not wait for Word's libraries).
 */
async function writeAnnexes(
    model: ArchitectureModel,
    { changeSet, base, before }: { changeSet: ChangeSet; base: string; before: ArchitectureModel },
    formats: Array<(typeof ANNEX_FORMATS)[number]>,
    out: string,
    language: Language,
    io: CliIo
): Promise<void> {
    const { generateChangeAnnex, writeOutputFiles } = await import('@kts/documents');
    createFolder(out);
    for (const framework of model.frameworks) {
        const files = await generateChangeAnnex(model, framework.id, changeSet, { formats, language, base, before });
        for (const file of writeOutputFiles(out, files)) io.out(`${file}\n`);
    }
}

/**
 * What changed from `base` (a folder or a git revision, as `kts diff` reads it) to `model`, for `kts generate --since`
 * and `kts diagram --view changes --since`: the change set, the name of the base version the annex and the view are
 * titled with, and the base version's model, where the view draws what was removed.
 */
export async function changesSince(
    baseInput: string,
    input: string,
    model: ArchitectureModel,
    language: Language,
    io: CliIo
): Promise<{ changeSet: ChangeSet; base: string; before: ArchitectureModel }> {
    const base = resolveDiffSide(baseInput, process.cwd(), path.resolve(input), 'sinceMissingInRevision');
    try {
        const baseModel = await loadSide(base, language, io);
        // An annex that says only "framework added" answers no reviewer: the base named is not a version of it.
        const missing = model.frameworks.find(framework => !baseModel.frameworks.some(before => before.id === framework.id));
        if (missing) {
            throw UsageError.of('sinceMissingFramework', words => ({
                revision: baseInput,
                thing: term('thing', 'framework', words),
                framework: missing.id,
                path: input
            }));
        }
        return { changeSet: diffWorkspaces(baseModel, model), base: sideName(base, language), before: baseModel };
    } finally {
        base.dispose();
    }
}
