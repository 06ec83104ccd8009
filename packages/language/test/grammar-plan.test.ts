import { createGrammarConfig, DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createKtsServices } from '../src/index-editor.js';
import { GRAMMAR_PLAN } from '../src/parser/grammar-plan.js';
import { createKtsGrammarConfig } from '../src/parser/kts-grammar-config.js';
import type { TokenType } from '../src/parser/kts-token-builder.js';

// The grammar plan (src/parser/grammar-plan.ts, written by `npm run langium:generate`) spares every start-up
// Langium's walk of the whole grammar. If one of these fails after a change of the grammar, the plan is stale:
// run `npm run langium:generate`.

const { Kts } = createKtsServices(EmptyFileSystem);

describe('the grammar plan', () => {
    test("lists the keywords and terminals of Langium's lexer, in its order", () => {
        const tokens = new DefaultTokenBuilder().buildTokens(Kts.Grammar, { caseInsensitive: false }) as TokenType[];
        expect([...GRAMMAR_PLAN.keywords, ...GRAMMAR_PLAN.terminals]).toEqual(tokens.map(token => token.name));
        expect(GRAMMAR_PLAN.keywords).toContain('framework');
        expect(GRAMMAR_PLAN.terminals).toContain('ID');
    });

    test("gives the grammar config Langium's analysis of the terminals gives", () => {
        expect(Kts.parser.GrammarConfig).toEqual(createGrammarConfig(Kts));
        expect(createKtsGrammarConfig()).toEqual(createGrammarConfig(Kts));
        expect(Kts.parser.GrammarConfig.multilineCommentRules).toEqual(['ML_COMMENT']);
    });
});
