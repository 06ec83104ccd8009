import { AstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, type InsertReplaceEdit, type Position, type TextEdit } from 'vscode-languageserver';
import { isCatalogEntry, isCodesProperty, isElement } from '../generated/ast.js';
import { entryModel } from '../kts-naming.js';
import { CatalogueCandidateCache } from './catalogue-candidate-cache.js';
import type { KtsServices } from '../kts-module.js';
import type { KtsDescription } from '../kts-scope-computation.js';
import { referenceTarget, type ReferenceTarget } from '../kts-scope-provider.js';
import { positionFit } from '../kts-position-fit.js';
import { bestMatches, foldCandidate, matchRank, MatchRank, searchQuery, type FoldedCandidate, type SearchQuery } from '../util/vietnamese-search.js';

/**
 * The text a reference completion replaces: from the first word after the last keyword or comma on the
 * line up to the cursor. It may hold several words, because a name is searched as the user says it:
 * `realizes dan cu` finds `csdlqg-dan-cu` ("Cơ sở dữ liệu quốc gia về dân cư").
 */
export interface QuerySlot {
    start: number;
    /** End of the word the cursor stands in (the replace range of clients that support it). */
    end: number;
    typed: string;
}

interface FoldedDescription {
    description: KtsDescription;
    folded: FoldedCandidate;
}

interface SlotContext extends CompletionContext {
    slot: QuerySlot;
}

/** Items per request; the list is marked incomplete, so typing more asks the server again. */
export const MAX_COMPLETION_ITEMS = 200;

/** Letters, combining marks (decomposed Vietnamese), digits and the joiners of codes and qualified names. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_.-]/u;
const WORD = /[\p{L}\p{M}\p{N}_.-]+/gu;

/**
 * Completion of codes, national components and elements that fit the position (only ARM codes after an
 * application's `codes`, only principles after `implements`, only the target kinds a relation accepts),
 * matched on the code and on the Vietnamese name without regard to diacritics or case.
 */
export class KtsCompletionProvider extends DefaultCompletionProvider {
    private readonly kts: KtsServices;
    private readonly keywords: ReadonlySet<string>;
    private readonly codeCandidates: CatalogueCandidateCache<FoldedDescription[]>;

    constructor(services: KtsServices) {
        super(services);
        this.kts = services;
        this.codeCandidates = new CatalogueCandidateCache(services.shared);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(value => /^\p{L}/u.test(value)));
    }

    override readonly completionOptions = { triggerCharacters: ['.'] };

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(position);
        const slot = findQuerySlot(textDocument.getText(), offset, this.keywords);
        if (slot.start === offset) {
            for (const context of super.buildContexts(document, position)) yield { ...context, slot } as SlotContext;
            return;
        }
        // Contexts as if the cursor stood where the query starts, so the parser sees the reference position
        // even when the query is several words that cannot parse as one name.
        for (const context of super.buildContexts(document, textDocument.positionAt(slot.start))) {
            yield { ...context, offset, position, tokenOffset: slot.start, tokenEndOffset: Math.max(slot.end, offset), slot } as SlotContext;
        }
        yield* super.buildContexts(document, position);
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const slot = (context as Partial<SlotContext>).slot;
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (!slot || !assignment || !context.node) return;
        let container: AstNode = context.node;
        if (next.type) {
            // A new rule starts here: the reference belongs to a node the parser has not built yet.
            container = { $type: next.type, $container: context.node, $containerProperty: next.property } as AstNode;
            AstUtils.assignMandatoryProperties(this.astReflection, container);
        }
        const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container, property: assignment.feature };
        const target = referenceTarget(info);
        if (!target) return;
        const scopes = this.kts.references.ScopeProvider;
        const typed = slot.typed;
        // `codes DRM001 ` followed by a space: the reference is complete, the user goes on with something else.
        if (/\s$/.test(typed) && scopes.resolve(typed.trim(), target)) return;
        const items = this.rankedCandidates(this.candidates(info, target), searchQuery(typed));
        items.forEach(({ description, rank }, index) => {
            acceptor(context, {
                label: description.name,
                kind: completionKind(description),
                detail: description.title,
                labelDetails: { description: description.category },
                // Clients filter again by the text before the cursor; it may have diacritics or several words,
                // so the filter text starts with exactly that text.
                filterText: typed.length > 0 ? `${typed} ${description.name}` : description.name,
                sortText: `0${rank}${String(index).padStart(4, '0')}`,
                textEdit: this.slotEdit(context, slot, description.name)
            });
        });
    }

    /** What the position accepts, folded for matching; codes come from a cache that survives typing elsewhere. */
    private candidates(info: ReferenceInfo, target: ReferenceTarget): FoldedDescription[] {
        const compute = () => {
            const fit = positionFit(info, this.kts.catalog.CatalogIndex);
            return [...this.kts.references.ScopeProvider.visible(target)]
                .filter(description => !fit || fit(description))
                .map(description => ({ description, folded: this.foldedCandidate(description) }));
        };
        return target.kind === 'code' ? this.codeCandidates.get(codePositionKey(info), compute) : compute();
    }

    private rankedCandidates(candidates: FoldedDescription[], query: SearchQuery): Array<{ description: KtsDescription; rank: number }> {
        const buckets: KtsDescription[][] = Object.values(MatchRank).map(() => []);
        for (const { description, folded } of candidates) {
            const rank = matchRank(query, folded);
            if (rank === undefined) continue;
            buckets[rank].push(description);
            // Candidates come in catalogue order; once the best bucket is full nothing can displace it.
            if (buckets[0].length >= MAX_COMPLETION_ITEMS) break;
        }
        const ranked = buckets.map((bucket, rank) => bucket.map(description => ({ description, rank })));
        return bestMatches(ranked).slice(0, MAX_COMPLETION_ITEMS);
    }

    private foldedCandidate(description: KtsDescription): FoldedCandidate {
        // A standards-list item is also found by the standards it names (`OData`, `TLS`).
        const standards = isCatalogEntry(description.node) ? description.node.standardNames : [];
        return foldCandidate(description.name, [description.title, ...standards].filter(Boolean).join(' · '));
    }

    private slotEdit(context: CompletionContext, slot: QuerySlot, newText: string): TextEdit | InsertReplaceEdit {
        const start = context.textDocument.positionAt(slot.start);
        if (this.clientCapabilities?.completionItem?.insertReplaceSupport) {
            return { newText, insert: { start, end: context.position }, replace: { start, end: context.textDocument.positionAt(Math.max(slot.end, context.offset)) } };
        }
        return { newText, range: { start, end: context.position } };
    }
}

/** Where the query before `offset` starts: after the last keyword, comma or bracket on the line. */
export function findQuerySlot(text: string, offset: number, keywords: ReadonlySet<string>): QuerySlot {
    let end = offset;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    let lineStart = offset;
    while (lineStart > 0 && (WORD_CHAR.test(text[lineStart - 1]) || text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
    const words = [...text.slice(lineStart, offset).matchAll(WORD)].map(match => ({ text: match[0], start: lineStart + match.index }));
    const current = words.length > 0 && words[words.length - 1].start + words[words.length - 1].text.length === offset ? words[words.length - 1] : undefined;
    const before = current ? words.slice(0, -1) : words;
    let first = 0;
    before.forEach((word, index) => {
        if (keywords.has(word.text)) first = index + 1;
    });
    const start = first < before.length ? before[first].start : current?.start ?? offset;
    return { start, end, typed: text.slice(start, offset) };
}

/** Code positions that accept the same codes share a key: the kind of node, the property, and the layer or model. */
function codePositionKey(info: ReferenceInfo): string {
    const container = info.container;
    const scope = isCodesProperty(container) && isElement(container.$container) ? container.$container.$container?.kind
        : isCatalogEntry(container) ? entryModel(container) : '';
    return `${container.$type}.${info.property}.${scope}`;
}

function completionKind(description: KtsDescription): CompletionItemKind {
    if (description.category === 'NATIONAL') return CompletionItemKind.Module;
    if (description.category === 'task') return CompletionItemKind.Event;
    if (description.framework !== undefined) return CompletionItemKind.Variable;
    return CompletionItemKind.EnumMember;
}
