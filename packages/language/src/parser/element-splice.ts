import {
    CompositeCstNodeImpl,
    GrammarAST,
    GrammarUtils,
    isCompositeCstNode,
    type AstNode,
    type CompositeCstNode,
    type CstNode,
    type DocumentSegment,
    type LangiumDocument,
    type LangiumParser,
    type LeafCstNode,
    type Mutable,
    type RootCstNodeImpl
} from 'langium';

/**
 * Where an edit changed the text: `start` is the length of the common prefix, `oldEnd` / `newEnd` where the common
 * suffix begins in the old and the new text.
 */
interface ChangedRange {
    start: number;
    oldEnd: number;
    newEnd: number;
}

/** A CST leaf's own position fields (Langium's `LeafCstNodeImpl` keeps them as plain numbers). */
interface LeafPosition {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

/**
 * How a splice moved the text after the element it replaced: offsets from `from` on (old text) by `offset`, lines by
 * `lines`, and positions on the element's old last line by `columns` too.
 */
export interface TextShift {
    /** The old offset of the replaced element's end. */
    from: number;
    offset: number;
    lines: number;
    /** The old line of the element's end; what starts or ends on it after the element moves by `columns` too. */
    line: number;
    columns: number;
}

/** One splice: the node it took out of the tree (with its old CST), the node it put in its place, and how the text after it moved. */
export interface Splice {
    readonly old: AstNode;
    readonly fresh: AstNode;
    readonly shift: TextShift;
}

type Attempt = Splice | 'errors' | 'enclosing';

/**
 * Re-parses only the smallest element around an edit (an element, a relation, a layer, a catalogue entry: any node
 * that a parser rule of its own made) and splices it into the document's tree, so that a keystroke in a 5,000-line
 * file parses a few lines instead of the file. Every unchanged AST node stays the same object; the CST leaves after
 * the element are shifted in place. Returns what it replaced, or undefined, leaving the document untouched, whenever the result could differ
 * from a full parse's: the old tree had lexer or parser errors, the slice has any (the document's errors must be a
 * full parse's), or the edit touches an element's first token, its end or the space between elements (the enclosing
 * element is tried then, up to the elements of the file's top-level blocks).
 *
 * Why the slice parses as in the full text: every alternative of the grammar is chosen by its first token, which is
 * kept; the slice ends on a token of the kind the old element ended on, so the lexer cannot join it with the unchanged
 * text after it; and no rule's optional tail (`,`, `via`, a label, `{ … }`) can start what follows it in its container.
 * `element-splice.test.ts` compares spliced documents with fresh parses after random edits.
 */
export function spliceReparse(document: LangiumDocument, newText: string, parser: LangiumParser): Splice | undefined {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode as RootCstNodeImpl | undefined;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return undefined;
    if ((parseResult.lexerReport?.diagnostics.length ?? 0) > 0) return undefined;
    const oldText = root.fullText;
    const range = changedRange(oldText, newText);
    // A top-level block (a framework's or catalogue's header) is as costly as the file: it is parsed whole.
    for (let node = innermostNodeAt(root, range.start); node?.$container?.$container; node = node.$container) {
        const attempt = trySplice(node, root, oldText, newText, range, parser);
        if (attempt === 'errors') return undefined;
        if (attempt !== 'enclosing') return attempt;
    }
    return undefined;
}

function changedRange(oldText: string, newText: string): ChangedRange {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (
        suffix < shorter - start &&
        oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
    ) {
        suffix++;
    }
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** The AST node of the innermost CST composite whose tokens surround `offset`. */
function innermostNodeAt(root: CompositeCstNode, offset: number): AstNode | undefined {
    let current: CompositeCstNode = root;
    for (;;) {
        const child = current.content.find(
            node => isCompositeCstNode(node) && !node.hidden && node.offset <= offset && offset < node.end
        ) as CompositeCstNode | undefined;
        if (!child) return current.astNode;
        current = child;
    }
}

function trySplice(
    node: AstNode,
    root: RootCstNodeImpl,
    oldText: string,
    newText: string,
    range: ChangedRange,
    parser: LangiumParser
): Attempt {
    const cst = node.$cstNode;
    const call = cst?.grammarSource;
    if (!isCompositeCstNode(cst) || !GrammarAST.isRuleCall(call)) return 'enclosing';
    const rule = call.rule.ref;
    if (!GrammarAST.isParserRule(rule) || rule.fragment || GrammarUtils.isDataTypeRule(rule)) return 'enclosing';
    const first = firstToken(cst);
    const last = lastToken(cst);
    if (!first || !last || range.start <= first.offset || range.oldEnd >= last.end) return 'enclosing';

    const delta = newText.length - oldText.length;
    const slice = newText.slice(first.offset, last.end + delta);
    const result = parser.parse(slice, { rule: rule.name });
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0) {
        return 'errors';
    }
    const fresh = result.value;
    const freshCst = fresh.$cstNode as CompositeCstNode;
    const freshFirst = firstToken(freshCst);
    const freshLast = lastToken(freshCst);
    if (
        !freshFirst ||
        !freshLast ||
        freshFirst.offset !== 0 ||
        freshFirst.tokenType !== first.tokenType ||
        slice.slice(0, first.length) !== oldText.slice(first.offset, first.end) ||
        freshFirst.length !== first.length ||
        freshLast.end !== slice.length ||
        freshLast.tokenType !== last.tokenType
    ) {
        return 'enclosing';
    }

    const start = position(first);
    moveLeaves(freshCst, { from: 0, offset: first.offset, lines: start.line, line: 0, columns: start.character });
    const oldEnd = endPosition(last);
    const newEnd = endPosition(freshLast);
    const shift: TextShift = {
        from: last.end,
        offset: delta,
        lines: newEnd.line - oldEnd.line,
        line: oldEnd.line,
        columns: newEnd.character - oldEnd.character
    };
    shiftAfter(root, cst, first.offset, shift);
    replaceNode(node, fresh, cst, freshCst);
    (root as unknown as { _text: string })._text = newText;
    return { old: node, fresh, shift };
}

function firstToken(node: CstNode): LeafCstNode | undefined {
    let current: CstNode | undefined = node;
    while (isCompositeCstNode(current)) current = current.content.find(child => !child.hidden);
    return current as LeafCstNode | undefined;
}

function lastToken(node: CstNode): LeafCstNode | undefined {
    let current: CstNode | undefined = node;
    while (isCompositeCstNode(current)) current = current.content.findLast(child => !child.hidden);
    return current as LeafCstNode | undefined;
}

function position(leaf: LeafCstNode): { line: number; character: number } {
    const fields = leaf as unknown as LeafPosition;
    return { line: fields._startLine, character: fields._startColumn };
}

function endPosition(leaf: LeafCstNode): { line: number; character: number } {
    const fields = leaf as unknown as LeafPosition;
    return { line: fields._endLine, character: fields._endColumn };
}

/**
 * Moves a segment of the text (a reference's place in the reference index) that lies after a splice's element, as
 * the splice moved the CST leaves there.
 */
export function moveSegment(segment: Mutable<DocumentSegment>, shift: TextShift): void {
    segment.offset += shift.offset;
    segment.end += shift.offset;
    for (const position of [segment.range.start, segment.range.end]) {
        if (position.line === shift.line) position.character += shift.columns;
        position.line += shift.lines;
    }
}

/** Moves every leaf under `node` by `shift` (those on `shift.line` also by its columns). */
function moveLeaves(node: CompositeCstNode, shift: TextShift): void {
    for (const child of node.content) {
        if (isCompositeCstNode(child)) moveLeaves(child, shift);
        else moveLeaf(child as unknown as LeafPosition, shift);
    }
}

function moveLeaf(leaf: LeafPosition, shift: TextShift): void {
    leaf._offset += shift.offset;
    if (leaf._startLine === shift.line) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.line) leaf._endColumn += shift.columns;
    leaf._startLine += shift.lines;
    leaf._endLine += shift.lines;
}

/**
 * Shifts the leaves from `shift.from` on (old offsets) and forgets the cached ranges of every composite that reaches
 * past `start`; composites wholly before the edited element keep theirs.
 */
function shiftAfter(node: CompositeCstNode, replaced: CompositeCstNode, start: number, shift: TextShift): void {
    (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
    for (const child of node.content) {
        if (child === replaced) continue;
        if (isCompositeCstNode(child)) {
            if (child.end > start) shiftAfter(child, replaced, start, shift);
        } else if (child.offset >= shift.from) {
            moveLeaf(child as unknown as LeafPosition, shift);
        }
    }
}

/** Puts the re-parsed node where the old one was, in the AST and (under a composite of the same rule call) in the CST. */
function replaceNode(old: AstNode, fresh: AstNode, oldCst: CompositeCstNode, freshCst: CompositeCstNode): void {
    const container = old.$container!;
    const property = old.$containerProperty!;
    const index = old.$containerIndex;
    const mutable = fresh as { -readonly [K in keyof AstNode]: AstNode[K] };
    mutable.$container = container;
    mutable.$containerProperty = property;
    mutable.$containerIndex = index;
    const value = (container as unknown as Record<string, unknown>)[property];
    if (index !== undefined && Array.isArray(value)) value[index] = fresh;
    else (container as unknown as Record<string, unknown>)[property] = fresh;

    const composite = new CompositeCstNodeImpl();
    composite.grammarSource = oldCst.grammarSource;
    composite.content = [...freshCst.content];
    for (const child of composite.content) (child as { container?: CompositeCstNode }).container = composite;
    const parent = oldCst.container!;
    composite.container = parent;
    (parent.content as CstNode[])[parent.content.indexOf(oldCst)] = composite;
    composite.astNode = fresh;
    mutable.$cstNode = composite;
}
