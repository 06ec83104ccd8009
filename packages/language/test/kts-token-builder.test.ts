import { DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createKtsServices } from '../src/index-editor.js';
import { KtsTokenBuilder, type TokenType } from '../src/parser/kts-token-builder.js';

// The lexer's tokens come from KtsTokenBuilder, which makes each terminal's partial expression once instead of once
// per keyword; the tokens must be the ones Langium's own builder makes, longer alternatives included (a keyword
// such as `owner` that is also an identifier lexes as a name where the grammar wants one).

const { Kts } = createKtsServices(EmptyFileSystem);

function described(tokens: TokenType[]) {
    return tokens.map(token => ({
        name: token.name,
        pattern: String(token.PATTERN),
        group: token.GROUP,
        longerAlternatives: ([] as TokenType[]).concat(token.LONGER_ALT ?? []).map(alternative => alternative.name)
    }));
}

describe('KtsTokenBuilder', () => {
    test('the lexer is built from it', () => {
        expect(Kts.parser.TokenBuilder).toBeInstanceOf(KtsTokenBuilder);
    });

    test('builds the tokens Langium builds for the KTS grammar', () => {
        const options = { caseInsensitive: false };
        const ours = described(new KtsTokenBuilder().buildTokens(Kts.Grammar, options) as TokenType[]);
        const langiums = described(new DefaultTokenBuilder().buildTokens(Kts.Grammar, options) as TokenType[]);
        expect(ours).toEqual(langiums);
        // Keywords that are also identifiers keep the identifier as their longer alternative.
        expect(ours.filter(token => token.longerAlternatives.length > 0).length).toBeGreaterThan(100);
    });

    test('a keyword written as a longer name lexes as the name', () => {
        const { tokens } = Kts.parser.Lexer.tokenize('framework frameworks');
        expect(tokens.map(token => [token.image, token.tokenType.name])).toEqual([
            ['framework', 'framework'],
            ['frameworks', 'ID']
        ]);
    });
});
