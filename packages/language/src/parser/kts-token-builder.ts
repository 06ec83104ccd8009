import { DefaultTokenBuilder, type Grammar, type GrammarAST, RegExpUtils, stream, type TokenBuilderOptions } from 'langium';
import { GRAMMAR_PLAN } from './grammar-plan.js';

/** Chevrotain's token type, as Langium's token builder hands it out (chevrotain is Langium's dependency, not ours). */
export type TokenType = Extract<ReturnType<DefaultTokenBuilder['buildTokens']>, unknown[]>[number];

/**
 * The keywords and terminals come from the grammar plan, written when the grammar is generated, instead of Langium's
 * walk of every rule of the grammar (the same tokens in the same order; test/grammar-plan.test.ts).
 *
 * Langium asks, for each of the grammar's keywords, which terminals could also match it (the keyword's "longer
 * alternatives"), and for each pair turns the terminal's regular expression into a partial one again. Here each
 * terminal's partial expression is made once; which terminals are found is the same. This is part of building the
 * lexer, which every command pays for once at start-up.
 */
export class KtsTokenBuilder extends DefaultTokenBuilder {
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenType[] {
        const rules = new Map(grammar.rules.map(rule => [rule.name, rule]));
        const terminalTokens = this.buildTerminalTokens(stream(GRAMMAR_PLAN.terminals.map(name => rules.get(name)!)));
        const caseInsensitive = Boolean(options?.caseInsensitive);
        // A keyword token is made from the keyword's text alone, so the grammar's keyword nodes need not be found.
        const tokens = GRAMMAR_PLAN.keywords.map(value =>
            this.buildKeywordToken({ value } as GrammarAST.Keyword, terminalTokens, caseInsensitive)
        );
        // As Langium's: the terminals after the keywords, in the grammar's order.
        tokens.push(...terminalTokens);
        return tokens;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const partial = this.partialPatternOf(token);
            // As Langium's `partialMatches`: a match of at least one character.
            return partial !== undefined && (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
    }

    private partialPatternOf(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            this.partialPatterns.set(token, source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined);
        }
        return this.partialPatterns.get(token);
    }
}
