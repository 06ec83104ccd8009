import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type LeafCstNode, type ReferenceInfo, type URI } from 'langium';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import {
    isCatalog,
    isCatalogEntry,
    isElement,
    isFramework,
    isGoal,
    isPrinciple,
    isTask,
    type Framework,
    type KtsFile
} from '../generated/ast.js';
import type { KtsServices } from '../kts-module.js';
import { BUILTIN_SCHEME, JSON_CATALOG_SCHEME, catalogSourceFile } from '../catalog/catalog-loader.js';
import { entryModel, frameworkOf } from '../references/kts-naming.js';
import { referenceTarget, type ReferenceTarget } from '../references/kts-scope-provider.js';
import type { KtsDescription } from '../references/kts-scope-computation.js';
import { canonicalSpelling } from '../text/normalize.js';
import type { Language } from '../model/language.js';
import { PRINCIPLE_MODELS } from '../model/framework-profile.js';
import { term, termOf } from '../model/vocabulary.js';
import {
    frameworkQualifier,
    isCodeReference,
    referencedNode,
    referenceTokens,
    type RenameRefused,
    type RenameSubject
} from './rename-subject.js';

/** Built-in catalogues and the documents rendered from JSON catalogues: the editor shows them, nobody edits them. */
export function isReadOnlyDocument(uri: URI): boolean {
    return uri.scheme === BUILTIN_SCHEME || uri.scheme === JSON_CATALOG_SCHEME;
}

/** A document as a message names it: its file name, or for a JSON catalogue the JSON file's. */
export function documentName(uri: URI): string {
    const file = catalogSourceFile(uri) ?? uri.path;
    return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** Refuses a subject declared in a read-only document: a built-in catalogue entry, or one rendered from JSON. */
export function readOnlySubject(subject: RenameSubject, language: Language): RenameRefused | undefined {
    if (subject.kind !== 'node') return undefined;
    const uri = AstUtils.getDocument(subject.node).uri;
    if (!isReadOnlyDocument(uri)) return undefined;
    const name = subject.name;
    if (uri.scheme === JSON_CATALOG_SCHEME)
        return { kind: 'refused', reason: 'readOnlyEntry', args: { name, document: documentName(uri) } };
    const catalog = AstUtils.getContainerOfType(subject.node, isCatalog);
    const model = isCatalogEntry(subject.node) ? entryModel(subject.node) : '';
    const what =
        model === 'NATIONAL'
            ? term('thing', 'nationalComponent', language)
            : PRINCIPLE_MODELS.has(model)
              ? term('thing', 'principle', language)
              : term('thing', 'code', language);
    const title = language === 'en' ? (catalog?.titleEn ?? catalog?.title) : catalog?.title;
    return { kind: 'refused', reason: 'builtin', args: { name, what, catalogue: title ?? documentName(uri) } };
}

/**
 * The edits that rename the subject to `newName`, or why they must not be made. Each reference keeps the form it
 * was written in (`id`, `current.id`, `<framework>.id`, `<framework>.current.id`) with the renamed segment replaced.
 * Before answering, every reference of the workspace is resolved again against the symbol table as it would be
 * after the rename: the references to the subject must still reach it and every other reference what it reaches
 * now, so a rename never silently moves a reference (a current element shadowing a target one, a workspace
 * entry overriding a built-in code).
 */
export function renameEdits(
    services: KtsServices,
    subject: RenameSubject,
    requested: string,
    language: Language
): WorkspaceEdit | RenameRefused {
    const newName = requested.normalize('NFC');
    const invalid = validName(services, subject, newName);
    if (invalid) return invalid;
    const readOnly = readOnlySubject(subject, language);
    if (readOnly) return readOnly;
    if (newName === subject.name) return { changes: {} };
    const documents = services.shared.workspace.LangiumDocuments.all.toArray();
    const collision = collisionFor(documents, subject, newName, language);
    if (collision) return collision;

    const changes: Record<string, TextEdit[]> = {};
    const edit = (document: LangiumDocument, range: Range) => {
        const uri = document.uri.toString();
        (changes[uri] ??= []).push({ range, newText: newName });
    };
    for (const range of declarationRanges(documents, subject)) edit(range.document, range.range);

    const scope = services.references.ScopeProvider;
    const after = renamedSymbols(scope.symbols(), subject, newName);
    for (const document of documents) {
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const info of AstUtils.streamReferences(node)) {
                const target = targetAfter(referenceTarget(info), subject, newName);
                if (!target) continue;
                const before = referencedNode(info, scope);
                const renamed = renamedReference(info, subject, newName, before);
                const text = renamed?.text ?? info.reference.$refText;
                const now = scope.resolve(text, target, after)?.node;
                if (before && now !== before) {
                    const location = locationOf(document, info.reference.$refNode?.range.start.line);
                    if (!now) return { kind: 'refused', reason: 'lost', args: { name: newName, reference: text, location } };
                    return {
                        kind: 'refused',
                        reason: 'capture',
                        args: { name: newName, reference: text, location, target: describe(now, language) }
                    };
                }
                if (!renamed) continue;
                if (isReadOnlyDocument(document.uri)) {
                    return {
                        kind: 'refused',
                        reason: 'readOnlyReference',
                        args: { name: subject.name, document: documentName(document.uri) }
                    };
                }
                edit(document, renamed.range);
            }
        }
    }
    return { changes };
}

/** What a reference may point to once its own framework is renamed too. */
function targetAfter(target: ReferenceTarget | undefined, subject: RenameSubject, newName: string): ReferenceTarget | undefined {
    if (subject.kind !== 'framework' || !target || target.kind === 'code' || target.framework !== subject.name) return target;
    return { ...target, framework: newName };
}

/** The grammar's ID terminal for ids, its Code rule (ids or digits joined by dots) for catalogue codes; no keyword. */
function validName(services: KtsServices, subject: RenameSubject, name: string): RenameRefused | undefined {
    const { tokens, errors } = services.parser.Lexer.tokenize(name);
    const types = tokens.map(token => token.tokenType.name);
    const isCode = subject.kind === 'node' && isCatalogEntry(subject.node);
    const spansAll =
        errors.length === 0 && tokens.length > 0 && tokens[0].startOffset === 0 && tokens.at(-1)!.endOffset === name.length - 1;
    const contiguous = tokens.every((token, index) => index === 0 || token.startOffset === tokens[index - 1].endOffset! + 1);
    const ok =
        spansAll &&
        contiguous &&
        (isCode
            ? types.every((type, index) => (index % 2 === 1 ? type === '.' : type === 'ID' || type === 'DIGITS')) && types.length % 2 === 1
            : types.length === 1 && types[0] === 'ID');
    if (ok) return undefined;
    return { kind: 'refused', reason: isCode ? 'invalidCode' : 'invalidId', args: { name } };
}

interface DocumentRange {
    document: LangiumDocument;
    range: Range;
}

function nameRange(node: AstNode): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
}

/**
 * Where the subject is named outside references: its declaration, every block of a framework in every file, and
 * for a legal document the `force … by <code>` of the documents it replaced (a code, not a reference).
 */
function declarationRanges(documents: readonly LangiumDocument[], subject: RenameSubject): DocumentRange[] {
    const result: DocumentRange[] = [];
    const add = (document: LangiumDocument, range: Range | undefined) => {
        if (range) result.push({ document, range });
    };
    if (subject.kind === 'node') add(AstUtils.getDocument(subject.node), nameRange(subject.node));
    for (const document of documents) {
        const root = document.parseResult.value as KtsFile;
        if (subject.kind === 'framework') {
            for (const framework of root.frameworks ?? []) if (framework.name === subject.name) add(document, nameRange(framework));
            continue;
        }
        const node = subject.node;
        if (!isCatalogEntry(node) || isReadOnlyDocument(document.uri)) continue;
        for (const catalog of root.catalogs ?? []) {
            for (const entry of catalog.entries) {
                if (entry.replacedBy === node.name && entryModel(entry) === entryModel(node)) {
                    add(document, GrammarUtils.findNodeForProperty(entry.$cstNode, 'replacedBy')?.range);
                }
            }
        }
    }
    return result;
}

/**
 * How the rename rewrites a reference: the range it replaces (the id of a reference to the node, a whole code, or
 * the framework qualifier) and the reference's text afterwards.
 */
function renamedReference(
    info: ReferenceInfo,
    subject: RenameSubject,
    newName: string,
    referenced: AstNode | undefined
): { range: Range; text: string } | undefined {
    const tokens = referenceTokens(info);
    if (tokens.length === 0) return undefined;
    // NFC, as the value converter reads what is written.
    const rewrite = (token: LeafCstNode) => ({
        range: token.range,
        text: tokens
            .map(each => (each === token ? newName : each.text))
            .join('')
            .normalize('NFC')
    });
    if (subject.kind === 'framework') {
        if (isCodeReference(info)) return undefined;
        const qualifier = frameworkQualifier(tokens);
        return qualifier?.text === subject.name ? rewrite(qualifier) : undefined;
    }
    if (referenced !== subject.node) return undefined;
    // A code is one name, dots and all (`MH-ARM.01.03`).
    if (isCodeReference(info)) return { range: { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end }, text: newName };
    return rewrite(tokens[tokens.length - 1]);
}

/** The symbol table as it would be after the rename: the subject's descriptions under their new names. */
function renamedSymbols(
    symbols: ReadonlyMap<string, KtsDescription[]>,
    subject: RenameSubject,
    newName: string
): Map<string, KtsDescription[]> {
    const result = new Map(symbols);
    const moves: Array<{ from: string; description: KtsDescription; to: string }> = [];
    for (const [name, list] of symbols) {
        for (const description of list) {
            const to = renamedDescriptionName(description, subject, newName);
            if (to !== undefined) moves.push({ from: name, description, to });
        }
    }
    for (const { from, description } of moves)
        result.set(
            from,
            (result.get(from) ?? []).filter(candidate => candidate !== description)
        );
    for (const { description, to } of moves) {
        // Object.create keeps Langium's lazy getters lazy; only `name` differs.
        const renamed: KtsDescription = Object.assign(Object.create(description), { name: to });
        // Workspace descriptions go first, as the symbol table orders them over built-in ones.
        result.set(to, [renamed, ...(result.get(to) ?? [])]);
    }
    return result;
}

function renamedDescriptionName(description: KtsDescription, subject: RenameSubject, newName: string): string | undefined {
    if (subject.kind === 'framework') {
        return description.framework === subject.name ? `${newName}${description.name.slice(subject.name.length)}` : undefined;
    }
    // An element's name ends in `.<id>`, a task's too, an entry's is its code.
    if (description.node !== subject.node) return undefined;
    return `${description.name.slice(0, description.name.length - subject.name.length)}${newName}`;
}

/** Another declaration with the new name in the subject's scope (compared as the duplicate-id rule compares). */
function collisionFor(
    documents: readonly LangiumDocument[],
    subject: RenameSubject,
    newName: string,
    language: Language
): RenameRefused | undefined {
    const spelling = canonicalSpelling(newName);
    const same = (name: string | undefined) => name !== undefined && canonicalSpelling(name) === spelling;
    const found = (node: AstNode & { name?: string; title?: string }, what: string): RenameRefused => ({
        kind: 'refused',
        reason: 'collision',
        args: {
            name: newName,
            what,
            title: node.title ?? node.name ?? '',
            location: locationOf(AstUtils.getDocument(node), node.$cstNode?.range.start.line)
        }
    });
    for (const document of documents) {
        const root = document.parseResult.value as KtsFile;
        if (subject.kind === 'framework') {
            const other = (root.frameworks ?? []).find(framework => framework.name !== subject.name && same(framework.name));
            if (other) return found(other, term('thing', 'framework', language));
            continue;
        }
        const node = subject.node;
        if (isCatalogEntry(node)) {
            for (const catalog of root.catalogs ?? []) {
                const other = catalog.entries.find(entry => entry !== node && same(entry.name) && entryModel(entry) === entryModel(node));
                if (other) return found(other, term('thing', 'code', language));
            }
            continue;
        }
        const framework = frameworkOf(node)?.name;
        for (const block of (root.frameworks ?? []).filter(candidate => candidate.name === framework)) {
            const other = sameScopeNode(block, node, same);
            if (other) return found(other, describeKind(other, language));
        }
    }
    return undefined;
}

function sameScopeNode(
    framework: Framework,
    node: AstNode,
    same: (name: string | undefined) => boolean
): (AstNode & { name?: string; title?: string }) | undefined {
    const candidates: Array<AstNode & { name?: string; title?: string }> = [];
    if (isElement(node)) {
        const state = node.$container.$container.state;
        for (const architecture of framework.architectures.filter(candidate => candidate.state === state)) {
            for (const layer of architecture.layers) candidates.push(...layer.elements);
        }
    } else if (isTask(node)) {
        for (const implementation of framework.implementation) candidates.push(...implementation.tasks);
    } else if (isGoal(node)) {
        for (const goals of framework.goals) for (const period of goals.periods) candidates.push(...period.goals);
    } else if (isPrinciple(node)) {
        for (const principles of framework.principles) candidates.push(...principles.principles);
    }
    return candidates.find(candidate => candidate !== node && same(candidate.name));
}

function describeKind(node: AstNode, language: Language): string {
    if (isElement(node)) return termOf('kind', node.kind, language);
    if (isTask(node)) return term('thing', 'task', language);
    if (isGoal(node)) return term('thing', 'goal', language);
    if (isPrinciple(node)) return term('thing', 'principle', language);
    if (isFramework(node)) return term('thing', 'framework', language);
    return term('thing', 'code', language);
}

/** What a reference would point to instead: kind, id and place. */
function describe(node: AstNode, language: Language): string {
    const named = node as AstNode & { name?: string };
    return `${describeKind(node, language)} '${named.name ?? ''}' (${locationOf(AstUtils.getDocument(node), node.$cstNode?.range.start.line)})`;
}

/** `file.kts:line`, as the duplicate-id rule names an earlier declaration. */
function locationOf(document: LangiumDocument, line: number | undefined): string {
    return `${documentName(document.uri)}:${(line ?? 0) + 1}`;
}
