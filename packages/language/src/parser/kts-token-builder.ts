import { DefaultTokenBuilder, type GrammarAST, RegExpUtils } from 'langium';

/** Chevrotain's token type, as Langium's token builder hands it out (chevrotain is Langium's dependency, not ours). */
export type TokenType = Extract<ReturnType<DefaultTokenBuilder['buildTokens']>, unknown[]>[number];

/**
 * Langium asks, for each of the grammar's keywords, which terminals could also match it (the keyword's "longer
 * alternatives"), and for each pair turns the terminal's regular expression into a partial one again. Here each
 * terminal's partial expression is made once; which terminals are found is the same. This is part of building the
 * lexer, which every command pays for once at start-up.
 */
export class KtsTokenBuilder extends DefaultTokenBuilder {
    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

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
