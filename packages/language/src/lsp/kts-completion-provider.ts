import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    type AstNode,
    type LangiumDocument,
    type MaybePromise,
    type ReferenceInfo
} from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, type InsertReplaceEdit, type Position, type TextEdit } from 'vscode-languageserver';
import { isCatalogEntry, isCodesProperty, isElement, isPrinciple, isRelation } from '../generated/ast.js';
import { entryModel, frameworkOf } from '../references/kts-naming.js';
import { FRAMEWORK_PROFILES, statedProfiles } from '../model/framework-profile.js';
import { CatalogueCandidateCache } from './catalogue-candidate-cache.js';
import { candidatesContaining, foldedOf, FrameworkCandidates, nameOf, type CandidateGroup } from './framework-candidates.js';
import type { KtsServices } from '../kts-module.js';
import type { KtsDescription } from '../references/kts-scope-computation.js';
import { Naming, namingAt, referenceTarget, type ReferenceTarget } from '../references/kts-scope-provider.js';
import { positionFit } from '../references/kts-position-fit.js';
import { foldVietnamese } from '../text/text-match.js';
import {
    bestMatches,
    foldCandidate,
    matchRank,
    MatchRank,
    searchQuery,
    type FoldedCandidate,
    type SearchQuery
} from '../text/vietnamese-search.js';

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

interface SlotContext extends CompletionContext {
    slot: QuerySlot;
}

/**
 * Items per request. Every list is marked incomplete (Langium's default), capped or not: typing more asks
 * the server again, since a client cannot match `dan cu` against "dân cư" or a title by itself.
 */
export const MAX_COMPLETION_ITEMS = 200;

/** How close a candidate is to the position: the closest come first among equally good matches. */
const Closeness = { SameFrameworkAndState: 0, SameFramework: 1, National: 2, OtherFramework: 3 } as const;
type Closeness = (typeof Closeness)[keyof typeof Closeness];

const RANKS = Object.keys(MatchRank).length;
const CLOSENESS_LEVELS = Object.keys(Closeness).length;

/** Catalogue entries folded for matching; a catalogue's entries keep their identity until it is edited. */
const foldedCodes = new WeakMap<KtsDescription, FoldedCandidate>();

interface RankedCandidate {
    description: KtsDescription;
    /** As the user writes it at the position. */
    name: string;
    rank: MatchRank;
}

/**
 * The best matches, at most MAX_COMPLETION_ITEMS: by match rank (a name that starts with the query first),
 * then by closeness to the position, then in the order offered.
 */
class Ranking {
    private readonly buckets: RankedCandidate[][] = Array.from({ length: RANKS * CLOSENESS_LEVELS }, () => []);
    private codePrefixFound = false;

    /** Once a name starts with the query, only such names are offered (bestMatches). */
    get prefixOnly(): boolean {
        return this.codePrefixFound;
    }

    constructor(private readonly query: SearchQuery) {}

    /**
     * Ranks a candidate; false once the list is settled for candidates no closer than `closeness`: there are
     * enough names that start with the query and are at least as close.
     */
    offer(
        description: KtsDescription,
        name: string,
        folded: FoldedCandidate,
        closeness: Closeness,
        settledFrom: Closeness = closeness
    ): boolean {
        // Once a name starts with the query only such names are offered (bestMatches): the cheap test suffices.
        const rank = this.codePrefixFound
            ? folded.code.startsWith(this.query.folded)
                ? MatchRank.CodePrefix
                : undefined
            : matchRank(this.query, folded);
        if (rank === undefined) return true;
        this.codePrefixFound ||= rank === MatchRank.CodePrefix;
        const bucket = this.buckets[rank * CLOSENESS_LEVELS + closeness];
        if (bucket.length < MAX_COMPLETION_ITEMS) bucket.push({ description, name, rank });
        if (rank !== MatchRank.CodePrefix) return true;
        let ahead = 0;
        for (let level = 0; level <= settledFrom; level++) ahead += this.buckets[level].length;
        return ahead < MAX_COMPLETION_ITEMS;
    }

    /**
     * Whether no element of another framework can enter: once only names that start with the query are
     * offered, `<framework>.id` does so only if the framework's name does (a query without a dot).
     */
    cannotStartAName(other: KtsDescription): boolean {
        return (
            this.codePrefixFound &&
            other.framework !== undefined &&
            !this.query.folded.includes('.') &&
            !foldVietnamese(other.framework).startsWith(this.query.folded)
        );
    }

    best(): RankedCandidate[] {
        const byRank = Object.values(MatchRank).map(rank =>
            this.buckets.slice(rank * CLOSENESS_LEVELS, (rank + 1) * CLOSENESS_LEVELS).flat()
        );
        return bestMatches(byRank).slice(0, MAX_COMPLETION_ITEMS);
    }
}

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
    private readonly codeCandidates: CatalogueCandidateCache<KtsDescription[]>;
    private readonly frameworkCandidates: FrameworkCandidates;

    constructor(services: KtsServices) {
        super(services);
        this.kts = services;
        this.codeCandidates = new CatalogueCandidateCache(services.shared);
        this.frameworkCandidates = new FrameworkCandidates(services.shared);
        this.keywords = new Set(
            AstUtils.streamAllContents(services.Grammar)
                .filter(GrammarAST.isKeyword)
                .map(keyword => keyword.value)
                .filter(value => /^\p{L}/u.test(value))
        );
    }

    override readonly completionOptions = { triggerCharacters: ['.'] };

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(position);
        const slot = findQuerySlot(textDocument.getText(), offset, this.keywords);
        const parsed = parsedReferenceAt(document, slot.start);
        if (parsed) {
            // Only when it has no items do the contexts below run, each with a parse of the text before the cursor.
            yield {
                document,
                textDocument,
                offset,
                position,
                node: parsed.node,
                tokenOffset: slot.start,
                tokenEndOffset: Math.max(slot.end, offset),
                features: [parsed.next],
                slot
            } as SlotContext;
        }
        if (slot.start === offset) {
            for (const context of super.buildContexts(document, position)) yield { ...context, slot } as SlotContext;
            return;
        }
        // Contexts as if the cursor stood where the query starts, so the parser sees the reference position
        // even when the query is several words that cannot parse as one name.
        for (const context of super.buildContexts(document, textDocument.positionAt(slot.start))) {
            yield {
                ...context,
                offset,
                position,
                tokenOffset: slot.start,
                tokenEndOffset: Math.max(slot.end, offset),
                slot
            } as SlotContext;
        }
        yield* super.buildContexts(document, position);
    }

    /** After `conforms` (or a comma in its list), the names of the shipped profiles, each with its title. */
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (assignment?.feature !== 'profiles' || rule?.name !== 'Conforms') return super.completionFor(context, next, acceptor);
        const language = this.kts.config.ConfigProvider.get().language;
        FRAMEWORK_PROFILES.forEach((profile, index) => {
            acceptor(context, {
                label: `"${profile.version}"`,
                kind: CompletionItemKind.Value,
                detail: profile.title[language],
                sortText: `0${index}`
            });
        });
    }

    protected override completionForCrossReference(
        context: CompletionContext,
        next: NextFeature<GrammarAST.CrossReference>,
        acceptor: CompletionAcceptor
    ): MaybePromise<void> {
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
        const query = searchQuery(typed);
        const ranking = target.kind === 'code' ? this.rankCodes(info, target, query) : this.rankFrameworkCandidates(info, target, query);
        ranking.best().forEach(({ description, name, rank }, index) => {
            acceptor(context, {
                label: name,
                kind: completionKind(description),
                detail: description.title,
                labelDetails: { description: description.category },
                // Clients filter again by the text before the cursor; it may have diacritics or several words,
                // so the filter text starts with exactly that text.
                filterText: typed.length > 0 ? `${typed} ${name}` : name,
                sortText: `0${rank}${String(index).padStart(4, '0')}`,
                textEdit: this.slotEdit(context, slot, name)
            });
        });
    }

    /** Codes the position accepts come from a cache that lives until a catalogue changes. */
    private rankCodes(info: ReferenceInfo, target: ReferenceTarget, query: SearchQuery): Ranking {
        const ranking = new Ranking(query);
        const codes = this.codeCandidates.get(codePositionKey(info), () => this.fitting(info, target));
        const stated = this.statedPrincipleModels(info);
        // Codes belong to no framework: all are equally close.
        for (const description of codes) {
            if (stated && !stated.has(description.category)) continue;
            if (!ranking.offer(description, description.name, this.folded(description), Closeness.National)) break;
        }
        return ranking;
    }

    /**
     * Elements and tasks come from groups kept per document (FrameworkCandidates), the position's own
     * framework first, then the national components, then the other frameworks. Names and folded text are
     * cached; a name search reads only the candidates that contain its first word, and once names start with
     * the query, other frameworks whose name cannot start one are skipped whole.
     */
    private rankFrameworkCandidates(
        info: ReferenceInfo,
        target: ReferenceTarget & { kind: 'element' | 'task' },
        query: SearchQuery
    ): Ranking {
        const ranking = new Ranking(query);
        const { own, others } = this.frameworkCandidates.byCloseness(target.framework);
        const accepts = this.frameworkFit(info, target);
        // The position's own framework mixes both states, the closest and the next closest.
        const offer = (groups: CandidateGroup[], settledFrom: Closeness, otherFrameworks: boolean): boolean => {
            for (const group of groups) {
                const { sample, candidates } = group;
                if (!accepts(sample) || (otherFrameworks && ranking.cannotStartAName(sample))) continue;
                const naming = namingAt(sample, target);
                const closeness = closenessOf(naming);
                const firstWord = query.words[0];
                for (const candidate of firstWord === undefined || ranking.prefixOnly
                    ? candidates
                    : candidatesContaining(group, naming, firstWord)) {
                    if (
                        !ranking.offer(
                            candidate.description,
                            nameOf(candidate, naming),
                            foldedOf(candidate, naming),
                            closeness,
                            settledFrom
                        )
                    )
                        return false;
                }
            }
            return true;
        };
        if (!offer(own, Closeness.SameFrameworkAndState, false)) return ranking;
        if (target.kind === 'element' && target.national) {
            const national = this.codeCandidates.get(`NATIONAL ${nationalPositionKey(info)}`, () =>
                this.fitting(info, { kind: 'code', accepts: model => model === 'NATIONAL' })
            );
            for (const description of national) {
                if (!ranking.offer(description, description.name, this.folded(description), Closeness.National)) return ranking;
            }
        }
        offer(others, Closeness.OtherFramework, true);
        return ranking;
    }

    /**
     * After `implements`, the principles of the profiles the framework states (a–l under 4.0, 3090.1… under 3090):
     * another profile's principles still link, but are not offered.
     */
    private statedPrincipleModels(info: ReferenceInfo): ReadonlySet<string> | undefined {
        if (!isPrinciple(info.container)) return undefined;
        const id = frameworkOf(info.container)?.name;
        const framework = this.kts.model.ArchitectureModelProvider.frameworkModel(id);
        return new Set(statedProfiles(framework ?? { conforms: [] }).map(profile => profile.principles.model));
    }

    /** What the scope resolves at the position, narrowed to what fits it (positionFit). */
    private fitting(info: ReferenceInfo, target: ReferenceTarget): KtsDescription[] {
        const fit = positionFit(info, this.kts.catalog.CatalogIndex);
        const visible = this.kts.references.ScopeProvider.visible(target);
        return (fit ? visible.filter(fit) : visible).toArray();
    }

    /** Which elements or tasks the position accepts; asked once per group of the same kind (CandidateGroup). */
    private frameworkFit(
        info: ReferenceInfo,
        target: ReferenceTarget & { kind: 'element' | 'task' }
    ): (description: KtsDescription) => boolean {
        if (target.kind === 'task') return description => description.category === 'task';
        if (target.states.length === 0) return () => false;
        const fit = positionFit(info, this.kts.catalog.CatalogIndex);
        return description => description.category !== 'task' && (!fit || fit(description));
    }

    private folded(description: KtsDescription): FoldedCandidate {
        let folded = foldedCodes.get(description);
        if (!folded) {
            // A standards-list item is also found by the standards it names (`OData`, `TLS`).
            const standards = isCatalogEntry(description.node) ? description.node.standardNames : [];
            folded = foldCandidate(description.name, [description.title, ...standards].filter(Boolean).join(' · '));
            foldedCodes.set(description, folded);
        }
        return folded;
    }

    private slotEdit(context: CompletionContext, slot: QuerySlot, newText: string): TextEdit | InsertReplaceEdit {
        const start = context.textDocument.positionAt(slot.start);
        if (this.clientCapabilities?.completionItem?.insertReplaceSupport) {
            return {
                newText,
                insert: { start, end: context.position },
                replace: { start, end: context.textDocument.positionAt(Math.max(slot.end, context.offset)) }
            };
        }
        return { newText, range: { start, end: context.position } };
    }
}

/**
 * The reference the parser already found where the query starts, with its container and property: the
 * position is known from the document's tree, without parsing the text before the cursor again (which
 * Langium does for every completion context, and which in a 5,000-line file was most of a completion).
 */
function parsedReferenceAt(
    document: LangiumDocument,
    offset: number
): { node: AstNode; next: NextFeature<GrammarAST.CrossReference> } | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf || leaf.offset !== offset) return undefined;
    const reference = CstUtils.getDatatypeNode(leaf) ?? leaf;
    const assignment = GrammarUtils.findAssignment(reference);
    if (!assignment || !GrammarAST.isCrossReference(assignment.terminal) || reference.offset !== offset) return undefined;
    return { node: reference.astNode, next: { feature: assignment.terminal, property: assignment.feature } };
}

/** Where the query before `offset` starts: after the last keyword, comma or bracket on the line. */
export function findQuerySlot(text: string, offset: number, keywords: ReadonlySet<string>): QuerySlot {
    let end = offset;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    let lineStart = offset;
    while (lineStart > 0 && (WORD_CHAR.test(text[lineStart - 1]) || text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t'))
        lineStart--;
    const words = [...text.slice(lineStart, offset).matchAll(WORD)].map(match => ({ text: match[0], start: lineStart + match.index }));
    const current =
        words.length > 0 && words[words.length - 1].start + words[words.length - 1].text.length === offset
            ? words[words.length - 1]
            : undefined;
    const before = current ? words.slice(0, -1) : words;
    let first = 0;
    before.forEach((word, index) => {
        if (keywords.has(word.text)) first = index + 1;
    });
    const start = first < before.length ? before[first].start : (current?.start ?? offset);
    return { start, end, typed: text.slice(start, offset) };
}

/** Code positions that accept the same codes share a key: the kind of node, the property, and the layer or model. */
function codePositionKey(info: ReferenceInfo): string {
    const container = info.container;
    const scope =
        isCodesProperty(container) && isElement(container.$container)
            ? container.$container.$container?.kind
            : isCatalogEntry(container)
              ? entryModel(container)
              : '';
    return `${container.$type}.${info.property}.${scope}`;
}

function closenessOf(naming: Naming): Closeness {
    if (naming === Naming.Id) return Closeness.SameFrameworkAndState;
    return naming === Naming.StateId ? Closeness.SameFramework : Closeness.OtherFramework;
}

/** National components that fit a relation depend on its kind and property (positionFit). */
function nationalPositionKey(info: ReferenceInfo): string {
    return isRelation(info.container) ? `${info.container.kind}.${info.property}` : info.property;
}

function completionKind(description: KtsDescription): CompletionItemKind {
    if (description.category === 'NATIONAL') return CompletionItemKind.Module;
    if (description.category === 'task') return CompletionItemKind.Event;
    if (description.framework !== undefined) return CompletionItemKind.Variable;
    return CompletionItemKind.EnumMember;
}
