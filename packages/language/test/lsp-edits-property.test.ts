import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { AstUtils, isReference, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileUri, REPO_ROOT, StdioLanguageClient } from './lsp-stdio-client.js';
import { TestWorkspace } from './test-utils.js';

// Every workspace edit the server offers — rename, quick fixes, formatting — over random models and random
// positions, through the real server over stdio. Each edit is applied to the workspace, which is validated
// again (in this process, an oracle independent of the server's state): every reference that resolved still
// resolves to the same declaration, except the references a quick fix rewrites, and no error is new.
// Deterministic: a fixed seed (KTS_EDITS_SEED and KTS_EDITS_RUNS override it); a failure prints the seed
// and the path that replays it.

const SEED = Number(process.env.KTS_EDITS_SEED ?? 2026);
const RUNS = Number(process.env.KTS_EDITS_RUNS ?? 24);

const FRAMEWORKS = ['tinh_a', 'bo_b'] as const;
type FrameworkId = (typeof FRAMEWORKS)[number];
const FILE_NAMES = ['tinh_a-1.kts', 'tinh_a-2.kts', 'bo_b-1.kts', 'bo_b-2.kts', 'catalog.kts'];

const APP_IDS = ['hs', 'dvc', 'mc', 'cong', 'ktxh', 'qlvb'];
const DB_IDS = ['csdl_hs', 'csdl_dc', 'csdl_vb'];
const TASK_IDS = ['t1', 't2', 't3'];

/** New names a user might type: fresh ids and codes (half the time), ids that exist, national ids, and things that are no id. */
const FRESH_NAMES = ['moi', 'he_thong_moi', 'Điện_tử', 'tinh_moi', 'MH-L.09'];
const OTHER_NAMES = [
    'hs',
    'dvc',
    'mc',
    'csdl_hs',
    't1',
    't2',
    'g1',
    'p2',
    'ndxp',
    'lgsp',
    'tinh_a',
    'bo_b',
    'MH-L.01',
    'ttdl na',
    'app',
    'current',
    '9x',
    'a.b',
    ''
];

interface ElementSpec {
    id: string;
    kind: 'app' | 'platform' | 'database';
    uses: string[];
    replaces?: string;
    codes: boolean;
}

interface FrameworkSpec {
    id: FrameworkId;
    current: ElementSpec[];
    target: ElementSpec[];
    tasks: Array<{ id: string; delivers: string[]; after: string[]; responsible?: string }>;
    goals: string[];
    principles: string[];
    /** A platform that realizes the body's LGSP without the connection Chương 3 requires (a quick fix adds it). */
    lgsp: boolean;
}

interface ModelSpec {
    frameworks: FrameworkSpec[];
    /** An NFD title, a misspelt reference, a merged department, a look-alike letter in an id: findings with quick fixes. */
    defects: { nfdTitle: boolean; typo: boolean; mergedDepartment: boolean; lookAlike: boolean };
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const newNameArbitrary = fc.oneof(pick(FRESH_NAMES), pick(OTHER_NAMES));
const subset = <T>(values: readonly T[], max = values.length) => fc.uniqueArray(pick(values), { maxLength: max });

/** How a reference to a declared element is written from a position: the forms the scope provider resolves. */
function referenceForms(spec: ModelSpec, from: FrameworkId, state: 'current' | 'target'): string[] {
    const forms: string[] = ['ndxp'];
    for (const framework of spec.frameworks) {
        for (const other of ['current', 'target'] as const) {
            for (const element of framework[other]) {
                if (framework.id === from) forms.push(other === state ? element.id : `${other}.${element.id}`);
                else if (state === 'target')
                    forms.push(other === 'target' ? `${framework.id}.${element.id}` : `${framework.id}.current.${element.id}`);
            }
        }
    }
    return forms;
}

const elementSpecs = (ids: string[], kinds: ElementSpec['kind'][]) => ids.map((id, index) => ({ id, kind: kinds[index % kinds.length] }));

/** The shape of a model first (ids), then its references chosen among what resolves. */
const modelArbitrary: fc.Arbitrary<ModelSpec> = fc
    .record({
        shapes: fc.tuple(
            ...FRAMEWORKS.map(id =>
                fc.record({
                    id: fc.constant(id),
                    currentApps: subset(APP_IDS, 3),
                    targetApps: subset(APP_IDS, 3),
                    currentDbs: subset(DB_IDS, 2),
                    targetDbs: subset(DB_IDS, 2),
                    tasks: subset(TASK_IDS),
                    goals: subset(['g1', 'g2']),
                    principles: subset(['p1', 'p2']),
                    lgsp: fc.boolean(),
                    kinds: fc.array(pick(['app', 'platform'] as const), { minLength: 1, maxLength: 3 })
                })
            )
        ),
        choices: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        defects: fc.record({ nfdTitle: fc.boolean(), typo: fc.boolean(), mergedDepartment: fc.boolean(), lookAlike: fc.boolean() })
    })
    .map(({ shapes, choices, defects }) => {
        let next = 0;
        const choose = <T>(values: readonly T[]): T | undefined =>
            values.length ? values[choices[next++ % choices.length] % values.length] : undefined;
        const frameworks: FrameworkSpec[] = shapes.map(shape => ({
            id: shape.id,
            current: [
                ...elementSpecs(shape.currentApps, shape.kinds).map(element => ({ ...element, uses: [], codes: false })),
                ...shape.currentDbs.map(id => ({ id, kind: 'database' as const, uses: [], codes: false }))
            ],
            target: [
                ...elementSpecs(shape.targetApps, shape.kinds).map(element => ({ ...element, uses: [], codes: false })),
                ...shape.targetDbs.map(id => ({ id, kind: 'database' as const, uses: [], codes: false }))
            ],
            tasks: shape.tasks.map(id => ({ id, delivers: [], after: [] })),
            goals: shape.goals,
            principles: shape.principles,
            lgsp: shape.lgsp
        }));
        const spec: ModelSpec = { frameworks, defects };
        for (const framework of frameworks) {
            for (const state of ['current', 'target'] as const) {
                const forms = referenceForms(spec, framework.id, state);
                for (const element of framework[state].filter(candidate => candidate.kind !== 'database')) {
                    const used = choose(forms.filter(form => form !== element.id && form !== `${state}.${element.id}`));
                    if (used) element.uses.push(used);
                    element.codes = (choices[next++ % choices.length] & 1) === 1;
                    if (state === 'target') element.replaces = choose([undefined, ...framework.current.map(current => current.id)]);
                }
            }
            framework.tasks.forEach((task, index) => {
                const delivered = choose(framework.target.map(element => element.id));
                if (delivered) task.delivers.push(choices[next++ % choices.length] % 2 ? delivered : `target.${delivered}`);
                const earlier = framework.tasks.slice(0, index).map(other => other.id);
                const elsewhere = frameworks
                    .filter(other => other.id !== framework.id)
                    .flatMap(other => other.tasks.map(t => `${other.id}.${t.id}`));
                const after = choose([undefined, ...earlier, ...elsewhere]);
                if (after) task.after.push(after);
            });
        }
        // A misspelt national component, which the quick fix corrects.
        const misspelt = frameworks[0].target.find(element => element.kind !== 'database');
        if (defects.typo && misspelt) misspelt.uses.push('ndxpp');
        // An id written with the Icelandic Ð, which looks like the Vietnamese Đ, declared and used.
        if (defects.lookAlike && misspelt) {
            frameworks[0].target.push({ id: 'Ðien_tu', kind: 'app', uses: ['ndxp'], codes: false });
            misspelt.uses.push('Ðien_tu');
        }
        return spec;
    });

function elementText(element: ElementSpec, spec: ModelSpec, first: boolean): string {
    const title = spec.defects.nfdTitle && first ? 'Hệ thống điện tử'.normalize('NFD') : `Hệ thống ${element.id}`;
    const lines = [
        ...element.uses.map(used => `uses ${used}`),
        ...(element.replaces ? [`replaces ${element.replaces}`] : []),
        ...(element.codes ? ['codes MH-L.01'] : [])
    ];
    const body = lines.length ? ` {\n${lines.map(line => `                ${line}`).join('\n')}\n            }` : '';
    return `            ${element.kind} ${element.id} "${title}"${body}`;
}

function layers(elements: ElementSpec[], spec: ModelSpec, first: boolean, extra = ''): string {
    const apps = elements.filter(element => element.kind !== 'database');
    const dbs = elements.filter(element => element.kind === 'database');
    const parts: string[] = [];
    if (apps.length || extra)
        parts.push(
            `        application {\n${[...apps.map((element, index) => elementText(element, spec, first && index === 0)), extra].filter(Boolean).join('\n')}\n        }`
        );
    if (dbs.length) parts.push(`        data {\n${dbs.map(element => elementText(element, spec, false)).join('\n')}\n        }`);
    return parts.join('\n');
}

/** The files of a model: each framework in two files (header, target and plan; current), and a catalogue. */
function render(spec: ModelSpec): Record<string, string> {
    const files: Record<string, string> = {};
    spec.frameworks.forEach((framework, index) => {
        const province = framework.id === 'tinh_a';
        const lgsp = framework.lgsp ? `            platform lgsp_${framework.id} "LGSP" { realizes lgsp }` : '';
        const target = layers(framework.target, spec, index === 0, lgsp);
        const tasks = framework.tasks.map((task, position) => {
            const responsible =
                spec.defects.mergedDepartment && position === 0
                    ? ' responsible "Sở Thông tin và Truyền thông"'
                    : ' responsible "Văn phòng"';
            const lines = [...task.delivers.map(id => `delivers ${id}`), ...task.after.map(id => `after ${id}`)];
            return `        task ${task.id} "Nhiệm vụ ${task.id}" { period 2026-2027${responsible} ${lines.join(' ')} }`;
        });
        files[`${framework.id}-1.kts`] = [
            `framework ${framework.id} {`,
            `    body "${province ? 'Ủy ban nhân dân tỉnh A' : 'Bộ B'}"`,
            `    level ${province ? 'province' : 'ministry'}`,
            framework.goals.length
                ? `    goals { period 2026-2030 { ${framework.goals.map(id => `goal ${id} "Mục tiêu ${id}"`).join(' ')} } }`
                : '',
            framework.principles.length
                ? `    principles { ${framework.principles.map(id => `principle ${id} "Nguyên tắc ${id}" { implements a }`).join(' ')} }`
                : '',
            target ? `    target {\n${target}\n    }` : '',
            tasks.length ? `    implementation {\n${tasks.join('\n')}\n    }` : '',
            '}',
            ''
        ]
            .filter(line => line !== '')
            .join('\n');
        const current = layers(framework.current, spec, false);
        files[`${framework.id}-2.kts`] = current ? `framework ${framework.id} {\n    current {\n${current}\n    }\n}\n` : '';
    });
    files['catalog.kts'] =
        'catalog danh_muc "Danh mục riêng" {\n    model ARM-local\n    entry MH-L.01 "Ứng dụng riêng"\n    entry MH-L.02 "Ứng dụng con" { parent MH-L.01 }\n}\n';
    return files;
}

/** What every reference resolves to, as `file|declaration path|property → file|target path`, and the errors. */
interface Outcome {
    references: Array<{ fact: string; file: string; range?: Range; resolved: boolean }>;
    errors: string[];
    diagnostics: Map<string, Diagnostic[]>;
    documents: Map<string, LangiumDocument>;
}

let oracle: TestWorkspace;

async function outcome(files: Record<string, string>): Promise<Outcome> {
    const documents = await oracle.validate(files);
    const nameOf = new Map([...documents].map(([name, document]) => [document.uri.toString(), name]));
    const locator = oracle.services.workspace.AstNodeLocator;
    const place = (node: AstNode) => {
        const document = AstUtils.getDocument(node);
        let declaration: AstNode | undefined = node;
        while (declaration && !(declaration as { name?: unknown }).name) declaration = declaration.$container;
        return `${nameOf.get(document.uri.toString()) ?? document.uri.toString()}|${locator.getAstNodePath(declaration ?? node)}`;
    };
    const references: Outcome['references'] = [];
    const errors: string[] = [];
    const diagnostics = new Map<string, Diagnostic[]>();
    for (const [name, document] of documents) {
        diagnostics.set(name, document.diagnostics ?? []);
        for (const diagnostic of document.diagnostics ?? []) if (diagnostic.severity === 1) errors.push(`${name}: ${diagnostic.code}`);
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const info of AstUtils.streamReferences(node)) {
                if (!isReference(info.reference)) continue;
                const target = info.reference.ref;
                references.push({
                    fact: `${place(node)}|${info.property} → ${target ? place(target) : `unresolved ${info.reference.$refText}`}`,
                    file: name,
                    range: info.reference.$refNode?.range,
                    resolved: target !== undefined
                });
            }
        }
    }
    return { references, errors: errors.sort(), diagnostics, documents };
}

/** `left` minus `right`, as multisets. */
function missing(left: readonly string[], right: readonly string[]): string[] {
    const counts = new Map<string, number>();
    for (const item of right) counts.set(item, (counts.get(item) ?? 0) + 1);
    return left.filter(item => {
        const count = counts.get(item) ?? 0;
        if (count === 0) return true;
        counts.set(item, count - 1);
        return false;
    });
}

function overlaps(a: Range, b: Range): boolean {
    const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
    return before(a.start, b.end) && before(b.start, a.end);
}

let client: StdioLanguageClient;
let folder: string;
const versions = new Map<string, number>();

function uriOf(name: string): string {
    return fileUri(path.join(folder, name));
}

/** Gives the server the model's files, as an editor with all of them open. */
async function sync(files: Record<string, string>): Promise<void> {
    for (const name of FILE_NAMES) {
        const uri = uriOf(name);
        const version = (versions.get(name) ?? 0) + 1;
        versions.set(name, version);
        if (version === 1) await client.open(path.join(folder, name), files[name] ?? '');
        else await client.change(uri, version, files[name] ?? '');
    }
}

/** The files after a workspace edit; fails on an edit to a file outside the workspace or a document change it cannot apply. */
function apply(files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
    expect(edit.documentChanges, 'the server sends plain changes').toBeUndefined();
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = FILE_NAMES.find(candidate => uriOf(candidate) === uri);
        expect(name, `an edit to ${uri}, outside the workspace`).toBeDefined();
        result[name!] = TextDocument.applyEdits(TextDocument.create(uri, 'kts', 0, files[name!] ?? ''), edits as TextEdit[]);
    }
    return result;
}

function editedRanges(edit: WorkspaceEdit, name: string): Range[] {
    return (edit.changes?.[uriOf(name)] ?? []).map(change => change.range);
}

const KEYWORDS = new Set(
    [...fs.readFileSync(path.join(REPO_ROOT, 'grammars', 'kts.langium'), 'utf8').matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1])
);

/**
 * Where to try an edit: any character, or (mostly) a name as written — an id, a qualified reference, a code — at
 * its start, inside or at its end. Strings and keywords are left to the any-character case.
 */
function positionIn(text: string, word: boolean, index: number): number {
    const names = [...text.replace(/"[^"\n]*"/g, quoted => ' '.repeat(quoted.length)).matchAll(/[\p{L}_][\p{L}\p{N}\p{M}_.-]*/gu)].filter(
        match => !KEYWORDS.has(match[0])
    );
    if (!word || names.length === 0) return index % (text.length + 1);
    const match = names[index % names.length];
    return match.index + (Math.floor(index / names.length) % (match[0].length + 1));
}

/** A request again when the server answers that the document was not ready yet (LSP ServerCancelled), as editors do. */
async function request<R>(method: string, params: unknown): Promise<R> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await client.request<R>(method, params);
        } catch (error) {
            if ((error as { code?: number }).code !== -32803 || attempt === 5) throw error;
            await new Promise(resolve => setTimeout(resolve, 100));
        }
    }
}

beforeAll(async () => {
    oracle = new TestWorkspace();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-edits-'));
    for (const name of FILE_NAMES) fs.writeFileSync(path.join(folder, name), '');
    client = await StdioLanguageClient.start({ workspaceFolder: folder });
});

afterAll(async () => {
    await client?.stop().catch(() => client.kill());
    fs.rmSync(folder, { recursive: true, force: true });
});

describe('every workspace edit the server offers keeps the model whole', () => {
    test('rename, quick fixes and formatting over random models and positions', { timeout: 240_000 }, async () => {
        let renamed = 0;
        let refused = 0;
        let fixed = 0;
        await fc.assert(
            fc.asyncProperty(
                modelArbitrary,
                fc.array(
                    fc.record({ file: pick(FILE_NAMES.slice(0, 4)), word: fc.boolean(), index: fc.nat(), newName: newNameArbitrary }),
                    {
                        minLength: 3,
                        maxLength: 3
                    }
                ),
                async (spec, attempts) => {
                    const files = render(spec);
                    const before = await outcome(files);
                    await sync(files);

                    // Rename: refused with a message, or every resolved reference still resolves to the same declaration.
                    for (const { file, word, index, newName } of attempts) {
                        const text = files[file];
                        const position = TextDocument.create(uriOf(file), 'kts', 0, text).positionAt(positionIn(text, word, index));
                        const textDocument = { uri: uriOf(file) };
                        const prepared = await request<Range>('textDocument/prepareRename', { textDocument, position }).then(
                            range => ({ range }),
                            (error: Error) => ({ error })
                        );
                        if ('error' in prepared) {
                            expect(prepared.error.message.length).toBeGreaterThan(20);
                            refused++;
                            continue;
                        }
                        const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument, position, newName }).then(
                            result => result,
                            (error: Error) => {
                                expect(error.message.length).toBeGreaterThan(20);
                                refused++;
                                return undefined;
                            }
                        );
                        if (!edit) continue;
                        const renamedFiles = apply(files, edit);
                        const after = await outcome(renamedFiles);
                        const resolved = (result: Outcome) =>
                            result.references.filter(reference => reference.resolved).map(reference => reference.fact);
                        expect(missing(resolved(before), resolved(after)), 'references that moved or broke').toEqual([]);
                        expect(after.references.length).toBe(before.references.length);
                        expect(missing(after.errors, before.errors), 'new errors').toEqual([]);
                        // The name under the cursor is the new one.
                        const renamedAt = TextDocument.create(uriOf(file), 'kts', 0, renamedFiles[file]);
                        expect(
                            renamedAt.getText({
                                start: prepared.range.start,
                                end: renamedAt.positionAt(renamedAt.offsetAt(prepared.range.start) + newName.length)
                            })
                        ).toBe(newName);
                        renamed++;
                    }

                    // Quick fixes: every action the server offers for the findings of every file.
                    for (const name of FILE_NAMES) {
                        const findings = before.diagnostics.get(name) ?? [];
                        if (findings.length === 0) continue;
                        const actions = await request<CodeAction[]>('textDocument/codeAction', {
                            textDocument: { uri: uriOf(name) },
                            range: findings[0].range,
                            context: { diagnostics: findings }
                        });
                        for (const action of actions ?? []) {
                            if (!action.edit) continue;
                            const after = await outcome(apply(files, action.edit));
                            const kept = (result: Outcome, edit?: WorkspaceEdit) =>
                                result.references
                                    .filter(reference => reference.resolved)
                                    .filter(
                                        reference =>
                                            !edit ||
                                            !editedRanges(edit, reference.file).some(
                                                range => reference.range && overlaps(range, reference.range)
                                            )
                                    )
                                    .map(reference => reference.fact);
                            expect(missing(kept(before, action.edit), kept(after)), `references moved by "${action.title}"`).toEqual([]);
                            expect(missing(after.errors, before.errors), `new errors after "${action.title}"`).toEqual([]);
                            const code = action.diagnostics?.[0]?.code;
                            const remaining = (result: Outcome) =>
                                (result.diagnostics.get(name) ?? []).filter(other => other.code === code).length;
                            expect(remaining(after), `"${action.title}" fixes its finding`).toBeLessThan(remaining(before));
                            fixed++;
                        }
                    }

                    // Formatting every file: whitespace only, so the same references and the same errors.
                    const changes: Record<string, TextEdit[]> = {};
                    for (const name of FILE_NAMES) {
                        changes[uriOf(name)] =
                            (await request<TextEdit[]>('textDocument/formatting', {
                                textDocument: { uri: uriOf(name) },
                                options: { tabSize: 4, insertSpaces: true }
                            })) ?? [];
                    }
                    const formatted = await outcome(apply(files, { changes }));
                    expect(formatted.references.map(reference => reference.fact)).toEqual(
                        before.references.map(reference => reference.fact)
                    );
                    expect(formatted.errors).toEqual(before.errors);
                }
            ),
            { seed: SEED, numRuns: RUNS, endOnFailure: true }
        );
        // The runs reached each kind of edit, so the property said something about each.
        expect({ renamed: renamed > 0, refused: refused > 0, fixed: fixed > 0 }).toEqual({ renamed: true, refused: true, fixed: true });
    });
});
