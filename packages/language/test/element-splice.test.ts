import fc from 'fast-check';
import {
    AstUtils,
    Cancellation,
    DocumentState,
    isAstNode,
    isOperationCancelled,
    isCompositeCstNode,
    isReference,
    URI,
    type AstNode,
    type CstNode,
    type DefaultReference,
    type LangiumDocument,
    type ReferenceDescription
} from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test, vi } from 'vitest';
import { countReparses } from '../../../bench/count-reparses.ts';
import { ktsFiles } from '../../../bench/kts-writer.ts';
import { planWorkspace } from '../../../bench/workspace-plan.ts';
import { ast, type KtsServices } from '../src/index.js';
import { ReferencesByTarget } from '../src/lsp/references-by-target.js';
import type { KtsLinker } from '../src/references/kts-linker.js';
import { ElementValidation } from '../src/validation/carried-findings.js';
import { editFootprint, replacedNodes } from '../src/workspace/edit-footprint.js';
import type { KtsDocumentFactory } from '../src/workspace/kts-document-factory.js';
import type { KtsIndexManager } from '../src/workspace/kts-index-manager.js';
import { sampleFiles } from './sample.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

// An edit re-parses only the element around it and splices it into the tree (parser/element-splice.ts). After
// random edits of the Lào Cai sample and of a bench-generated framework file, the spliced document must be what a
// fresh parse of the same text gives: the AST, every CST node, the errors, the comments, and through the builder
// every diagnostic and exported symbol. Deterministic: a fixed seed (KTS_SPLICE_SEED overrides it).

const SEED = Number(process.env.KTS_SPLICE_SEED ?? 815);

/** Where an edit lands: inside a string, inside a name, at a brace (an element's boundary), the header, anywhere. */
type Place = 'string' | 'name' | 'brace' | 'header' | 'anywhere';
type Edit =
    | { kind: 'type'; place: Place; pick: number; within: number; text: string }
    | { kind: 'delete'; place: Place; pick: number; within: number; length: number }
    | { kind: 'paste'; place: Place; pick: number; within: number; from: number; length: number };

const PLACES: Record<Exclude<Place, 'header' | 'anywhere'>, RegExp> = {
    string: /"[^"\n]*"/g,
    name: /\b[a-z][a-z0-9_]*\b/g,
    brace: /[{}]/g
};

function offsetOf(text: string, place: Place, pick: number, within: number): number {
    if (place === 'anywhere') return pick % (text.length + 1);
    if (place === 'header') return pick % Math.min(text.length + 1, 120);
    const matches = [...text.matchAll(PLACES[place])];
    if (matches.length === 0) return pick % (text.length + 1);
    const match = matches[pick % matches.length];
    return match.index + (within % (match[0].length + 1));
}

function applied(text: string, edit: Edit): string {
    const at = offsetOf(text, edit.place, edit.pick, edit.within);
    if (edit.kind === 'type') return text.slice(0, at) + edit.text + text.slice(at);
    if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
    const from = edit.from % (text.length + 1);
    return text.slice(0, at) + text.slice(from, from + edit.length) + text.slice(at);
}

const place = fc.constantFrom<Place>('string', 'string', 'name', 'name', 'brace', 'header', 'anywhere');
/** Mostly letters (a word typed into a name or a title), sometimes syntax, a comment or a property. */
const typed = fc.oneof(
    { arbitrary: fc.string({ unit: fc.constantFrom('a', 'x', 'ệ', 'Đ', '_', '1', ' '), minLength: 1, maxLength: 4 }), weight: 4 },
    { arbitrary: fc.string({ unit: fc.constantFrom('.', ',', '"', '{', '}', '\n', '/', '-'), minLength: 1, maxLength: 2 }), weight: 1 },
    { arbitrary: fc.constantFrom('// ghi chú\n', '/* c */', ' uses ', 'description "mô tả"', '\\"'), weight: 1 }
);
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('type' as const), place, pick: fc.nat(), within: fc.nat(), text: typed }), weight: 3 },
    fc.record({ kind: fc.constant('delete' as const), place, pick: fc.nat(), within: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({
        kind: fc.constant('paste' as const),
        place,
        pick: fc.nat(),
        within: fc.nat(),
        from: fc.nat(),
        length: fc.integer({ min: 1, max: 160 })
    })
);

/** Where an edit's build is cancelled, if it is: the next edit's build then takes over its work. */
const cancelPhase = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    fc.constantFrom(DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.Linked, DocumentState.IndexedReferences)
);

/**
 * When a request reads the merged model during an edit's build, if one does (the outline is served once its file is
 * parsed, while the build goes on): as soon as the build starts, or when the edited document reaches a phase.
 */
const modelReadAt = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    fc.constantFrom('update' as const, DocumentState.Parsed, DocumentState.IndexedContent)
);

/** The generated one-framework workspace of the bench: its catalogue and its 2,000-line framework file. */
function benchFiles(): Record<string, string> {
    return Object.fromEntries(ktsFiles(planWorkspace('one', 20261127)));
}
const BENCH_FILES = benchFiles();
const BENCH_FRAMEWORK = Object.keys(BENCH_FILES).find(name => name.startsWith('tinh_'))!;

let counter = 0;

/** Gives the document a new text as the editor does and lets the factory update it. */
async function editDocument(services: KtsServices, document: LangiumDocument, text: string): Promise<void> {
    const workspace = services.shared.workspace;
    const version = (workspace.TextDocuments!.get(document.uri)?.version ?? 0) + 1;
    workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'kts', version, text));
    await workspace.LangiumDocumentFactory.update(document, Cancellation.CancellationToken.None);
}

function factoryOf(services: KtsServices): KtsDocumentFactory {
    return services.shared.workspace.LangiumDocumentFactory as KtsDocumentFactory;
}

/** Everything a full parse determines, one line per AST node, CST node, error and comment. */
function parsed(services: KtsServices, document: LangiumDocument): string[] {
    const locator = services.workspace.AstNodeLocator;
    const comments = services.documentation.CommentProvider;
    const paths = new Map<AstNode, string>();
    const pathOf = (node: AstNode) => {
        let found = paths.get(node);
        if (found === undefined) paths.set(node, (found = locator.getAstNodePath(node)));
        return found;
    };
    const grammarPath = (node: AstNode | undefined) => (node ? `${node.$type}@${pathOf(node)}` : '-');
    const show = (value: unknown): string => {
        if (isReference(value)) return `ref(${value.$refText}@${value.$refNode?.offset})`;
        if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
        if (isAstNode(value)) return `node(${pathOf(value)})`;
        return JSON.stringify(value);
    };
    const lines: string[] = [];
    const root = document.parseResult.value;
    for (const node of AstUtils.streamAst(root)) {
        const keys = Object.keys(node)
            .filter(key => key !== '$container' && key !== '$cstNode' && key !== '$document')
            .sort();
        const container = node.$container as unknown as Record<string, unknown> | undefined;
        const held = container?.[node.$containerProperty!];
        const inPlace = !container || (Array.isArray(held) ? held[node.$containerIndex!] === node : held === node);
        lines.push(
            `ast ${pathOf(node)} ${keys.map(key => `${key}=${show((node as unknown as Record<string, unknown>)[key])}`).join(' ')}` +
                ` in-place=${inPlace} cst=${node.$cstNode?.offset}-${node.$cstNode?.end} cst-ast=${node.$cstNode?.astNode === node}` +
                ` comment=${JSON.stringify(comments.getComment(node))}`
        );
    }
    const walk = (node: CstNode, depth: number, parent: CstNode | undefined) => {
        const composite = isCompositeCstNode(node);
        lines.push(
            `cst ${depth} ${composite ? 'composite' : 'leaf'} ${node.offset}+${node.length} ${JSON.stringify(node.range)} hidden=${node.hidden}` +
                ` ${composite ? '' : JSON.stringify(node.text)} ${'tokenType' in node ? (node.tokenType as { name: string }).name : ''}` +
                ` grammar=${grammarPath(node.grammarSource)} ast=${pathOf(node.astNode)} parent=${node.container === parent}`
        );
        if (composite) for (const child of node.content) walk(child, depth + 1, node);
    };
    walk(root.$cstNode!, 0, undefined);
    lines.push(`text ${root.$cstNode!.root.fullText === document.textDocument.getText()}`);
    for (const error of document.parseResult.lexerErrors) lines.push(`lexer ${error.offset}+${error.length} ${error.message}`);
    for (const error of document.parseResult.parserErrors) {
        lines.push(`parser ${error.token.startOffset} ${error.token.image} ${error.message}`);
    }
    return lines;
}

function freshDocument(services: KtsServices, text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///fresh-${++counter}/file.kts`));
}

describe('re-parsing only the edited element', () => {
    for (const [label, text, runs] of [
        ['the Lào Cai sample', sampleFiles()['lao-cai.kts'], 80],
        ['a bench-generated framework file', BENCH_FILES[BENCH_FRAMEWORK], 12]
    ] as const) {
        test(`random edits of ${label} give the tree, errors and comments of a fresh parse`, async () => {
            const services = createTestServices();
            const factory = factoryOf(services);
            const reparses = countReparses(factory);
            await fc.assert(
                fc.asyncProperty(fc.array(anEdit, { minLength: 1, maxLength: 6 }), async edits => {
                    const document = factory.fromString(text, URI.parse(`file:///spliced-${++counter}/file.kts`));
                    let current = text;
                    for (const edit of edits) {
                        current = applied(current, edit);
                        await editDocument(services, document, current);
                        expect(parsed(services, document)).toEqual(parsed(services, freshDocument(services, current)));
                    }
                }),
                { seed: SEED, numRuns: runs }
            );
            // Not a vacuous comparison: a good share of the updates is spliced (most others leave a syntax error).
            const { spliced, whole } = reparses;
            expect(spliced).toBeGreaterThan((spliced + whole) / 6);
        }, 300_000);
    }

    for (const [label, files, edited, runs] of [
        ['the Lào Cai sample', sampleFiles() as Record<string, string>, 'lao-cai.kts', 20],
        ['a bench-generated framework file', BENCH_FILES, BENCH_FRAMEWORK, 6]
    ] as const) {
        test(`after random edits of ${label}, some builds cancelled and the model read while they run, the links, reference index, diagnostics and symbols are a fresh load's`, async () => {
            const services = createTestServices();
            const documents = await buildWorkspace(services, files);
            const document = documents.get(edited)!;
            const builder = services.shared.workspace.DocumentBuilder;
            const index = services.shared.workspace.IndexManager as KtsIndexManager;
            const reparses = countReparses(factoryOf(services));
            const linkedSpliced = vi.spyOn(services.references.Linker as KtsLinker, 'linkSpliced');
            const carriedOver = vi.spyOn(ElementValidation.prototype, 'carryOver');
            // Entered before the edits, so that it follows them as the hover's does.
            const referencesByTarget = new ReferencesByTarget(index);
            referencesByTarget.to(document.uri.toString(), '');
            /** Every target the index held during the run: a reference left behind in the reverse index is at one of them. */
            const targets = new Set<string>();
            const noteTargets = () => {
                for (const descriptions of index.referencesByDocument().values()) {
                    for (const description of descriptions) targets.add(`${description.targetUri} ${description.targetPath}`);
                }
            };
            noteTargets();
            /** Cancels the build when the edited document reaches `cancelAt` (the next edit's build takes over). */
            let cancelAt: DocumentState | undefined;
            let cancel: CancellationTokenSource | undefined;
            /** Reads the model as a request would when the build starts or the edited document reaches `readAt`. */
            let readAt: DocumentState | 'update' | undefined;
            const readModel = () => services.model.ArchitectureModelProvider.linkedModel();
            builder.onUpdate(() => {
                if (readAt === 'update') readModel();
            });
            for (const state of [
                DocumentState.Parsed,
                DocumentState.IndexedContent,
                DocumentState.Linked,
                DocumentState.IndexedReferences
            ]) {
                builder.onDocumentPhase(state, reached => {
                    if (reached !== document) return;
                    if (state === readAt) readModel();
                    if (state === cancelAt) cancel?.cancel();
                });
            }
            const setText = async (text: string, cancelledAt?: DocumentState, readDuringBuild?: DocumentState | 'update') => {
                const workspace = services.shared.workspace;
                const version = (workspace.TextDocuments!.get(document.uri)?.version ?? 0) + 1;
                workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'kts', version, text));
                cancelAt = cancelledAt;
                readAt = readDuringBuild;
                cancel = new CancellationTokenSource();
                await builder.update([document.uri], [], cancel.token).catch(error => {
                    if (!isOperationCancelled(error)) throw error;
                });
                noteTargets();
            };
            await fc.assert(
                fc.asyncProperty(fc.array(fc.tuple(anEdit, cancelPhase, modelReadAt), { minLength: 1, maxLength: 3 }), async edits => {
                    let current = files[edited];
                    await setText(current);
                    for (const [edit, cancelledAt, readDuringBuild] of edits) {
                        current = applied(current, edit);
                        await setText(current, cancelledAt, readDuringBuild);
                    }
                    await setText(current, undefined, edits[0][2]);
                    const fresh = createTestServices();
                    const freshDocuments = await buildWorkspace(fresh, { ...files, [edited]: current });
                    const names = new Names(documents, freshDocuments);
                    for (const [name, spliced] of documents) {
                        const freshDocument = freshDocuments.get(name)!;
                        expect(diagnosticLines(spliced), name).toEqual(diagnosticLines(freshDocument));
                        expect(linkLines(services, spliced, names), name).toEqual(linkLines(fresh, freshDocument, names));
                        expect(indexLines(services, spliced, names), name).toEqual(indexLines(fresh, freshDocument, names));
                    }
                    expect(symbolLines(services, document)).toEqual(symbolLines(fresh, freshDocuments.get(edited)!));
                    const freshByTarget = new ReferencesByTarget(fresh.shared.workspace.IndexManager as KtsIndexManager);
                    for (const target of targets) {
                        const [uri, path] = target.split(' ');
                        const freshUri = freshDocuments.get(names.of(uri))?.uri.toString() ?? uri;
                        expect(byTargetLines(referencesByTarget.to(uri, path), names), target).toEqual(
                            byTargetLines(freshByTarget.to(freshUri, path), names)
                        );
                    }
                    expect(modelLines(services)).toEqual(modelLines(fresh));
                }),
                { seed: SEED, numRuns: runs }
            );
            expect(reparses.spliced).toBeGreaterThan(runs / 2);
            // Not vacuous: many builds linked only what the splices replaced.
            expect(linkedSpliced.mock.calls.length).toBeGreaterThan(runs / 3);
            // and the findings of elements the edits left alone were carried over, not found again.
            expect(carriedOver.mock.results.filter(result => result.value === true).length).toBeGreaterThan(runs * 10);
            carriedOver.mockRestore();
        }, 300_000);
    }

    test('after an edit that adds lines inside an element, the model of each element below says where it is now', async () => {
        const services = createTestServices();
        const files = sampleFiles();
        const documents = await buildWorkspace(services, files);
        const document = documents.get('lao-cai.kts')!;
        const socBefore = services.model.ArchitectureModelProvider.linkedModel().model.elements.get('lao_cai.target.soc_lao_cai')!;
        const text = files['lao-cai.kts'].replace(
            '                level 3\n',
            '                level 3\n                description "Cổng một cửa"\n\n'
        );
        const workspace = services.shared.workspace;
        const reparses = countReparses(factoryOf(services));
        workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'kts', 2, text));
        await workspace.DocumentBuilder.update([document.uri], []);

        expect(reparses).toEqual({ spliced: 1, whole: 0 });
        const fresh = createTestServices();
        await buildWorkspace(fresh, { ...files, 'lao-cai.kts': text });
        expect(modelLines(services)).toEqual(modelLines(fresh));
        const socAfter = services.model.ArchitectureModelProvider.linkedModel().model.elements.get('lao_cai.target.soc_lao_cai')!;
        expect(socAfter.source.range.start.line).toBe(socBefore.source.range.start.line + 2);
    });

    test('an element edited elsewhere in the file leaves every other element the same object', async () => {
        const services = createTestServices();
        const reparses = countReparses(factoryOf(services));
        const text = BENCH_FILES[BENCH_FRAMEWORK];
        const document = factoryOf(services).fromString(text, URI.parse(`file:///same-${++counter}/file.kts`));
        const elementsBefore = AstUtils.streamAst(document.parseResult.value).filter(ast.isElement).toArray();
        const edited = elementsBefore[Math.floor(elementsBefore.length / 2)];
        const titleAt = edited.$cstNode!.text.indexOf('"') + 1;
        const offset = edited.$cstNode!.offset + titleAt;

        await editDocument(services, document, `${text.slice(0, offset)}mới ${text.slice(offset)}`);

        expect(reparses).toEqual({ spliced: 1, whole: 0 });
        const elementsAfter = AstUtils.streamAst(document.parseResult.value).filter(ast.isElement).toArray();
        expect(elementsAfter).toHaveLength(elementsBefore.length);
        const changed = elementsAfter.filter((element, index) => element !== elementsBefore[index]);
        expect(changed).toHaveLength(1);
        expect(changed[0].title).toBe(`mới ${edited.title}`);
        expect(changed[0].name).toBe(edited.name);
    });

    test('a validated document keeps the splices of its edits as its footprint, until a whole parse', async () => {
        const services = createTestServices();
        const documents = await buildWorkspace(services, sampleFiles());
        const document = documents.get('lao-cai.kts')!;
        const edit = async (text: string) => {
            const workspace = services.shared.workspace;
            const version = (workspace.TextDocuments!.get(document.uri)?.version ?? 0) + 1;
            workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'kts', version, text));
            await workspace.DocumentBuilder.update([document.uri], []);
        };
        const elementWithTitle = () =>
            AstUtils.streamAst(document.parseResult.value)
                .filter(ast.isElement)
                .find(element => element.title)!;
        const before = elementWithTitle();
        const text = document.textDocument.getText();
        const titleAt = before.$cstNode!.offset + before.$cstNode!.text.indexOf('"') + 1;
        await edit(`${text.slice(0, titleAt)}mới ${text.slice(titleAt)}`);

        const footprint = editFootprint(document)!;
        expect(footprint.splices).toHaveLength(1);
        const [splice] = footprint.splices;
        expect(splice.old).toBe(before);
        expect(splice.fresh).toBe(elementWithTitle());
        expect((splice.fresh as ast.Element).title).toBe(`mới ${before.title}`);
        expect(splice.shift).toMatchObject({ from: before.$cstNode!.end, offset: 'mới '.length, lines: 0 });
        expect(replacedNodes(footprint)).toEqual([splice.fresh]);

        const header = document.textDocument.getText().indexOf('{') + 1;
        const spliced = document.textDocument.getText();
        await edit(`${spliced.slice(0, header)} title "Khung mới"${spliced.slice(header)}`);
        expect(editFootprint(document)).toBeUndefined();

        await edit(spliced);
        expect(editFootprint(document)).toBeUndefined();
        await edit(text);
        expect(editFootprint(document)?.splices).toHaveLength(1);
        expect(replacedNodes(editFootprint(document)!)).toEqual([elementWithTitle()]);
        // Built again without a change of text: nothing was replaced since the last validation.
        await edit(text);
        expect(editFootprint(document)?.splices).toEqual([]);
    });

    test('an edit between elements, in the header, or one that leaves an error parses the whole file', async () => {
        const services = createTestServices();
        const factory = factoryOf(services);
        const reparses = countReparses(factory);
        const text = sampleFiles()['lao-cai.kts'];
        const document = factory.fromString(text, URI.parse(`file:///whole-${++counter}/file.kts`));
        const header = text.indexOf('{') + 1;
        await editDocument(services, document, `${text.slice(0, header)} title "Khung mới"${text.slice(header)}`);
        const unterminated = document.textDocument.getText().replace('"', '');
        await editDocument(services, document, unterminated);
        expect(reparses).toEqual({ spliced: 0, whole: 2 });
        expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBeGreaterThan(0);
    });
});

/** A document's name in either workspace by its URI (the built-in catalogues have the same URIs in both). */
class Names {
    private readonly byUri = new Map<string, string>();
    constructor(...workspaces: Map<string, LangiumDocument>[]) {
        for (const documents of workspaces) for (const [name, document] of documents) this.byUri.set(document.uri.toString(), name);
    }
    of(uri: URI | string): string {
        const text = uri.toString();
        return this.byUri.get(text) ?? text;
    }
}

/** Every reference of the tree in its order, with its target (read without resolving it) as its document and path. */
function linkLines(services: KtsServices, document: LangiumDocument, names: Names): string[] {
    const locator = services.workspace.AstNodeLocator;
    const lines: string[] = [];
    const show = (reference: DefaultReference): string => {
        const target = reference._ref;
        if (target === undefined) return 'not linked';
        if (!isAstNode(target)) return `error ${(target as { message: string }).message}`;
        const targetDocument = AstUtils.getDocument(target);
        const path = locator.getAstNodePath(target);
        const inTree = locator.getAstNode(targetDocument.parseResult.value, path) === target;
        return `${names.of(targetDocument.uri)}#${path} in-tree=${inTree} description=${reference._nodeDescription?.path}`;
    };
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        AstUtils.streamReferences(node).forEach(info => {
            lines.push(
                `${locator.getAstNodePath(node)} ${info.property} ${info.reference.$refText} → ${show(info.reference as DefaultReference)}`
            );
        });
    }
    // The document's list of its linked references holds exactly these (in an order that may differ).
    const listed = document.references.map(reference => `${reference.$refText}@${reference.$refNode?.offset}`).sort();
    const inTree = AstUtils.streamAst(document.parseResult.value)
        .flatMap(node => AstUtils.streamReferences(node))
        .map(info => `${info.reference.$refText}@${info.reference.$refNode?.offset}`)
        .toArray()
        .sort();
    lines.push(`listed ${JSON.stringify(listed) === JSON.stringify(inTree)}`);
    return lines;
}

/** The document's reference descriptions in the index, in their order. */
function indexLines(services: KtsServices, document: LangiumDocument, names: Names): string[] {
    const index = services.shared.workspace.IndexManager as KtsIndexManager;
    return (index.referencesByDocument().get(document.uri.toString()) ?? []).map(description => descriptionLine(description, names));
}

function descriptionLine(description: ReferenceDescription, names: Names): string {
    return (
        `${names.of(description.sourceUri)} ${description.sourcePath} → ${names.of(description.targetUri)}#${description.targetPath} ` +
        `${JSON.stringify(description.segment)} local=${description.local}`
    );
}

/** The reverse index's references to one target, as a set. */
function byTargetLines(descriptions: readonly ReferenceDescription[], names: Names): string[] {
    return descriptions.map(description => descriptionLine(description, names)).sort();
}

/** Each diagnostic with its quick-fix data, in the order they are published. */
function diagnosticLines(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(
        diagnostic =>
            `${JSON.stringify(diagnostic.range)} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message} ${JSON.stringify(diagnostic.data)}`
    );
}

/**
 * The linked model as JSON (file names without their test folder) and, for each element and relation model, whether
 * the way back (astOf) leads to a node of the current tree with its name: kept models must point at kept nodes.
 */
function modelLines(services: KtsServices): string[] {
    const { model, astOf } = services.model.ArchitectureModelProvider.linkedModel();
    const current = new Set<AstNode>();
    for (const document of services.shared.workspace.LangiumDocuments.all) {
        for (const node of AstUtils.streamAst(document.parseResult.value)) current.add(node);
    }
    const lines: string[] = [];
    for (const framework of model.frameworks) {
        lines.push(
            JSON.stringify(framework, (key, value) => (key === 'uri' || key === 'files' ? String(value).replace(/test-\d+\//g, '') : value))
        );
        for (const state of Object.values(framework.states)) {
            for (const layer of Object.values(state.layers)) {
                for (const element of layer.elements) {
                    const node = astOf.get(element);
                    lines.push(
                        `${element.qualifiedName} ${ast.isElement(node) && current.has(node) && node.name === element.id}` +
                            ` ${element.relations.map(relation => {
                                const property = astOf.get(relation);
                                return ast.isRelation(property) && property.$container === node && property.kind === relation.kind;
                            })}`
                    );
                }
            }
        }
    }
    return lines;
}

function symbolLines(services: KtsServices, document: LangiumDocument): string[] {
    const exports = (services.shared.workspace.IndexManager as KtsIndexManager).exportsByDocument().get(document.uri.toString()) ?? [];
    return exports.map(
        description => `${description.type} ${description.name} ${description.path} ${JSON.stringify(description.nameSegment?.range)}`
    );
}
