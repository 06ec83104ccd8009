import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    isReference,
    type AstNode,
    type LangiumDocument,
    type LeafCstNode,
    type ReferenceInfo
} from 'langium';
import type { Range } from 'vscode-languageserver';
import {
    isCatalogEntry,
    isElement,
    isFramework,
    isGoal,
    isPrinciple,
    isTask,
    type CatalogEntry,
    type Element,
    type Goal,
    type Principle,
    type Task
} from '../generated/ast.js';
import { referenceTarget, type KtsScopeProvider } from '../references/kts-scope-provider.js';
import type { RenameRefusal } from '../model/vocabulary.js';

/** What the editor may rename: a declared id, or a framework id wherever it is written. */
export type RenameSubject =
    | { kind: 'node'; node: Element | Task | Goal | Principle | CatalogEntry; name: string; range: Range }
    | { kind: 'framework'; name: string; range: Range };

/** Why nothing can be renamed at a position, as a key of the vocabulary's `renameRefusal` and its arguments. */
export interface RenameRefused {
    kind: 'refused';
    reason: RenameRefusal;
    args?: Record<string, string>;
}

const STATE_KEYWORDS: ReadonlySet<string> = new Set(['current', 'target']);

/** The tokens of a reference as written, without whitespace or comments between them. */
export function referenceTokens(info: ReferenceInfo): LeafCstNode[] {
    const node = info.reference.$refNode;
    return node
        ? CstUtils.flattenCst(node)
              .filter(leaf => !leaf.hidden)
              .toArray()
        : [];
}

/**
 * The framework a qualified element or task reference names (`<framework>.id`, `<framework>.current.id`): its
 * first segment, unless that is a state keyword (`current.id`) or the only one.
 */
export function frameworkQualifier(tokens: readonly LeafCstNode[]): LeafCstNode | undefined {
    const segments = tokens.filter(token => token.text !== '.');
    if (segments.length < 2 || STATE_KEYWORDS.has(segments[0].text)) return undefined;
    return segments[0];
}

/**
 * What a reference resolves to against the symbol table as it is now, not the link the linker left: a document
 * that was not relinked after another file gained a name that takes precedence keeps a stale link, and a rename
 * computed from it would move the reference.
 */
export function referencedNode(info: ReferenceInfo, scope: KtsScopeProvider): AstNode | undefined {
    const target = referenceTarget(info);
    return target && isReference(info.reference) ? scope.resolve(info.reference.$refText, target)?.node : undefined;
}

export function isCodeReference(info: ReferenceInfo): boolean {
    return referenceTarget(info)?.kind === 'code';
}

/** Decides what the user points at: the id of a declaration, the target of a reference, or a framework qualifier. */
export function renameSubjectAt(
    document: LangiumDocument,
    offset: number,
    nameRegexp: RegExp,
    scope: KtsScopeProvider
): RenameSubject | RenameRefused {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, offset, nameRegexp);
    if (!leaf || leaf.hidden) return { kind: 'refused', reason: 'notRenamable' };
    const node = leaf.astNode;
    for (const info of AstUtils.streamReferences(node)) {
        const tokens = referenceTokens(info);
        if (!tokens.includes(leaf)) continue;
        return referenceSubject(info, tokens, leaf, scope);
    }
    const declared = declarationSubject(node, leaf);
    if (declared) return declared;
    if (GrammarAST.isKeyword(leaf.grammarSource)) return { kind: 'refused', reason: 'keyword', args: { name: leaf.text } };
    return { kind: 'refused', reason: 'notRenamable' };
}

function referenceSubject(
    info: ReferenceInfo,
    tokens: LeafCstNode[],
    leaf: LeafCstNode,
    scope: KtsScopeProvider
): RenameSubject | RenameRefused {
    const written = info.reference.$refText;
    if (isCodeReference(info)) {
        const target = referencedNode(info, scope);
        if (!isCatalogEntry(target)) return { kind: 'refused', reason: 'unresolved', args: { name: written } };
        return { kind: 'node', node: target, name: target.name, range: spanOf(tokens) };
    }
    if (leaf.text === '.') return { kind: 'refused', reason: 'notRenamable' };
    if (STATE_KEYWORDS.has(leaf.text)) return { kind: 'refused', reason: 'keyword', args: { name: leaf.text } };
    if (leaf === frameworkQualifier(tokens)) return { kind: 'framework', name: leaf.text, range: leaf.range };
    const target = referencedNode(info, scope);
    if (!isElement(target) && !isTask(target) && !isCatalogEntry(target)) {
        return { kind: 'refused', reason: 'unresolved', args: { name: written } };
    }
    return { kind: 'node', node: target, name: target.name, range: leaf.range };
}

function declarationSubject(node: AstNode, leaf: LeafCstNode): RenameSubject | undefined {
    if (!isElement(node) && !isTask(node) && !isGoal(node) && !isPrinciple(node) && !isCatalogEntry(node) && !isFramework(node)) {
        return undefined;
    }
    const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
    if (!nameNode || leaf.offset < nameNode.offset || leaf.end > nameNode.end || !node.name) return undefined;
    if (isFramework(node)) return { kind: 'framework', name: node.name, range: nameNode.range };
    return { kind: 'node', node, name: node.name, range: nameNode.range };
}

function spanOf(tokens: readonly LeafCstNode[]): Range {
    return { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end };
}
