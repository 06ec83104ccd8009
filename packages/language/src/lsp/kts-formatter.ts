import { GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingOptions,
    DocumentRangeFormattingParams,
    Range,
    TextEdit
} from 'vscode-languageserver';
import type { KtsServices } from '../kts-module.js';

/** One canonical layout for every editor, so that diffs between team members show content, not whitespace. */
const INDENT = '    ';
/** A property block with a single property written on one line stays on one line up to this width. */
const MAX_INLINE_WIDTH = 120;

/**
 * `container`: holds sections, elements, tasks or entries — always one per line. `annotation`: the details
 * of a relation or the titles of a catalogue model — kept on one line when the author wrote them so.
 * Every other block holds an element's, task's, entry's … properties — one per line.
 */
type BlockKind = 'container' | 'annotation' | 'properties';
const BLOCK_KINDS: Record<string, BlockKind> = {
    Framework: 'container',
    Architecture: 'container',
    Layer: 'container',
    Goals: 'container',
    GoalPeriod: 'container',
    Principles: 'container',
    Implementation: 'container',
    Catalog: 'container',
    Relation: 'annotation',
    CatalogModel: 'annotation'
};

type Role = 'member' | 'open' | 'close' | 'inner';

interface Token {
    text: string;
    offset: number;
    end: number;
    comment: boolean;
    role: Role;
    /** Indentation level of the line this token starts when it is a member (or of its member otherwise). */
    depth: number;
    /** The block this token opens or closes. */
    block?: Block;
    /** The innermost block whose braces enclose this token. */
    within?: Block;
    /** Set while laying out: the token is the first on its line. */
    startsLine?: boolean;
}

interface Block {
    depth: number;
    kind: BlockKind;
    open: number;
    close: number;
    inline: boolean;
}

interface Gap {
    start: number;
    end: number;
    text: string;
}

/**
 * Canonical KTS layout: four-space indentation; every property, element, task, goal, principle or entry
 * inside `{ … }` on a line of its own; headers (`app id "Tên" {`) on one line; one blank line kept where
 * the author left one or more; a property block (of an element, task, entry, …) with a single property
 * that the author wrote on one line stays `{ property }` when it fits, and so do relation details written
 * on one line; a comma list the author wrapped after a comma stays wrapped.
 *
 * Only the whitespace between tokens ever changes: a document with syntax errors is left alone, and the
 * result is re-lexed and discarded unless it yields exactly the same tokens.
 */
export class KtsFormatter implements Formatter {
    private readonly services: KtsServices;

    constructor(services: KtsServices) {
        this.services = services;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        const from = text.offsetAt(params.range.start);
        const to = text.offsetAt(params.range.end);
        return this.edits(
            document,
            gap => (gap.start < to && gap.end > from) || (gap.start === gap.end && gap.start >= from && gap.start <= to)
        );
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private edits(document: LangiumDocument, include: (gap: Gap) => boolean = () => true): TextEdit[] {
        const { parseResult } = document;
        const root = parseResult.value.$cstNode;
        const text = document.textDocument.getText();
        if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || root.root.fullText !== text) return [];
        const tokens = collectTokens(root);
        if (tokens.length === 0) return [];
        const gaps = layout(text, tokens);
        if (!this.onlyWhitespaceChanges(text, gaps)) return [];
        return gaps
            .filter(gap => text.slice(gap.start, gap.end) !== gap.text && include(gap))
            .map(gap => ({ range: rangeOf(document, gap), newText: gap.text }));
    }

    private onlyWhitespaceChanges(text: string, gaps: Gap[]): boolean {
        if (gaps.some(gap => !/^[\s\uFEFF]*$/.test(text.slice(gap.start, gap.end)))) return false;
        let output = '';
        let position = 0;
        for (const gap of gaps) {
            output += text.slice(position, gap.start) + gap.text;
            position = gap.end;
        }
        output += text.slice(position);
        const images = (source: string) => {
            const result = this.services.parser.Lexer.tokenize(source);
            return [...result.tokens, ...result.hidden]
                .sort((a, b) => a.startOffset - b.startOffset)
                .map(token => token.image)
                .join('\u0000');
        };
        return images(output) === images(text);
    }
}

function rangeOf(document: LangiumDocument, gap: Gap): Range {
    return { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) };
}

/** Walks the CST once and marks which token starts a member line, opens or closes a block. */
function collectTokens(root: CstNode): Token[] {
    const tokens: Token[] = [];
    let pendingMember: number | undefined;
    let within: Block | undefined;

    const push = (leaf: LeafCstNode, role: Role, depth: number, block?: Block) => {
        if (!leaf.hidden && pendingMember !== undefined) {
            role = 'member';
            depth = pendingMember;
            pendingMember = undefined;
        }
        tokens.push({
            text: leaf.text,
            offset: leaf.offset,
            end: leaf.end,
            comment: leaf.hidden,
            role,
            depth,
            block,
            within: block ?? within
        });
    };

    const visit = (node: CstNode, depth: number, isRoot: boolean) => {
        if (isLeafCstNode(node)) {
            push(node, 'inner', depth);
            return;
        }
        if (!isCompositeCstNode(node)) return;
        const children = node.content;
        const open = children.findIndex(child => isBrace(child, '{'));
        const close = open < 0 ? -1 : children.findLastIndex(child => isBrace(child, '}'));
        const block: Block | undefined =
            close > open ? { depth, kind: BLOCK_KINDS[node.astNode.$type] ?? 'properties', open: -1, close: -1, inline: false } : undefined;
        const outer = within;
        children.forEach((child, index) => {
            const inside = block !== undefined && index > open && index < close;
            within = inside ? block : outer;
            const innerDepth = inside ? depth + 1 : depth;
            if (block && index === open && isLeafCstNode(child)) {
                block.open = tokens.length;
                push(child, 'open', depth, block);
            } else if (block && index === close && isLeafCstNode(child)) {
                block.close = tokens.length;
                push(child, 'close', depth, block);
            } else if (isLeafCstNode(child)) {
                push(child, inside && !child.hidden && startsMember(child) ? 'member' : 'inner', innerDepth);
            } else if ((inside || isRoot) && child.astNode !== node.astNode) {
                pendingMember = innerDepth;
                visit(child, innerDepth, false);
            } else {
                visit(child, innerDepth, false);
            }
        });
        within = outer;
    };

    visit(root, 0, true);
    return tokens;
}

function isBrace(node: CstNode, brace: '{' | '}'): boolean {
    return isLeafCstNode(node) && !node.hidden && node.text === brace && GrammarAST.isKeyword(node.grammarSource);
}

/**
 * A keyword starts a member when it leads one alternative of a block's repeated choice, e.g. `period` in
 * `task … { ('period' period=PERIOD | 'responsible' responsible=STRING | …)* }`.
 */
function startsMember(leaf: LeafCstNode): boolean {
    const keyword = leaf.grammarSource;
    if (!GrammarAST.isKeyword(keyword)) return false;
    let element: AstNode = keyword;
    if (GrammarAST.isAssignment(element.$container)) element = element.$container;
    const parent = element.$container;
    if (GrammarAST.isAlternatives(parent)) return true;
    return GrammarAST.isGroup(parent) && parent.elements[0] === element && GrammarAST.isAlternatives(parent.$container);
}

/** The whitespace every gap between tokens (and before the first, after the last) should have. */
function layout(text: string, tokens: Token[]): Gap[] {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const gaps: Gap[] = [];
    let output = '';

    const newline = (original: string, level: number, keepBlank: boolean) =>
        (keepBlank && (original.match(/\n/g)?.length ?? 0) >= 2 ? eol + eol : eol) + INDENT.repeat(Math.max(0, level));

    const commentLevel = (index: number): number => {
        let next: Token | undefined;
        for (let ahead = index + 1; ahead < tokens.length && !next; ahead++) if (!tokens[ahead].comment) next = tokens[ahead];
        if (!next) return 0;
        if (next.role === 'close') return next.depth + 1;
        return next.role === 'member' ? next.depth : next.depth + 1;
    };

    const separator = (index: number): string => {
        const previous = tokens[index - 1];
        const current = tokens[index];
        const original = text.slice(previous.end, current.offset);
        const brokenLine = original.includes('\n');
        const keepBlank = previous.role !== 'open' && current.role !== 'close';
        if (previous.comment && previous.text.startsWith('//')) {
            return newline(original, current.comment ? commentLevel(index) : lineLevel(current), keepBlank);
        }
        if (current.comment) return brokenLine ? newline(original, commentLevel(index), keepBlank) : ' ';
        if (previous.comment && brokenLine) return newline(original, lineLevel(current), keepBlank);
        // `/* note */ business {`: what follows a comment that opens its line stays on that line.
        if (previous.comment && previous.startsLine) return ' ';
        if (current.role === 'open') return ' ';
        if (current.role === 'close') {
            if (current.within?.inline) return ' ';
            return previous.role === 'open' ? '' : newline(original, current.depth, false);
        }
        if (current.role === 'member') return current.within?.inline ? ' ' : newline(original, current.depth, keepBlank);
        if (current.text === ',' || current.text === '.' || previous.text === '.' || (previous.text === '-' && !previous.comment))
            return '';
        if (previous.text === ',' && brokenLine) return newline(original, current.depth + 1, false);
        return ' ';
    };

    const decideInline = (block: Block, column: number) => {
        const inner = tokens.slice(block.open + 1, block.close);
        const members = inner.filter(token => token.role === 'member' && token.depth === block.depth + 1).length;
        const flat =
            members > 0 &&
            inner.every(token => !token.comment && token.role !== 'open') &&
            !text.slice(tokens[block.open].offset, tokens[block.close].end).includes('\n');
        if (!flat || block.kind === 'container') return;
        block.inline = true;
        if (block.kind === 'annotation') return;
        let width = column + 1;
        for (let index = block.open + 1; index <= block.close; index++) width += separator(index).length + tokens[index].text.length;
        block.inline = members === 1 && width <= MAX_INLINE_WIDTH;
    };

    tokens.forEach((token, index) => {
        const start = index === 0 ? 0 : tokens[index - 1].end;
        const original = text.slice(start, token.offset);
        const gap = index === 0 ? (original.startsWith('\uFEFF') ? '\uFEFF' : '') : separator(index);
        gaps.push({ start, end: token.offset, text: gap });
        token.startsLine = index === 0 || gap.includes('\n');
        output += gap;
        if (token.role === 'open' && token.block) decideInline(token.block, output.length - output.lastIndexOf('\n') - 1);
        output += token.text;
    });
    const last = tokens[tokens.length - 1];
    gaps.push({ start: last.end, end: text.length, text: eol });
    return gaps;
}

/** Where a token goes when it has to start a line. */
function lineLevel(token: Token): number {
    return token.role === 'member' || token.role === 'close' ? token.depth : token.depth + 1;
}
