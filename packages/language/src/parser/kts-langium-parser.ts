import {
    createParser,
    isAstNode,
    LangiumParser,
    type AstNode,
    type CstNodeBuilder,
    type LangiumCoreServices,
    type LexerResult,
    type ParseResult,
    type ParserOptions
} from 'langium';

const DOLLAR = 0x24;

/** A node's links to its container, which Langium's types make read-only for everyone but the parser. */
type Contained = { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };

/** What Langium 4.4's `parse` reads of its parser that the typings keep private (langium is pinned at that version). */
interface PrivateParts {
    readonly nodeBuilder: CstNodeBuilder;
    lexerResult: LexerResult | undefined;
    doParse(rule: unknown): AstNode;
}

/**
 * Langium's parser but for the last step of `parse`, linking each node to its container: Langium's
 * `linkContentToContainer` makes an `Object.entries` array for every node of the tree, a seventh of the national
 * workspace's parse; `linkToContainers` reads the same properties in place and sets the same fields in the same
 * order. The rest of `parse` is Langium's own, line for line.
 */
export class KtsLangiumParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const parts = this as unknown as PrivateParts;
        parts.nodeBuilder.buildRootNode(input);
        const lexerResult = this.lexer.tokenize(input);
        parts.lexerResult = lexerResult;
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = parts.doParse(ruleMethod);
        parts.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        parts.lexerResult = undefined;
        linkToContainers(result);
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: this.wrapper.errors
        };
    }
}

/** Made as Langium's `createLangiumParser` makes its own. */
export function createKtsLangiumParser(services: LangiumCoreServices): KtsLangiumParser {
    const parser = new KtsLangiumParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

function linkToContainers(node: AstNode): void {
    for (const property in node) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value: unknown = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (!isAstNode(item)) continue;
                const child = item as Contained;
                child.$container = node;
                child.$containerProperty = property;
                child.$containerIndex = index;
                linkToContainers(item);
            }
        } else if (isAstNode(value)) {
            const child = value as Contained;
            child.$container = node;
            child.$containerProperty = property;
            linkToContainers(value);
        }
    }
}
