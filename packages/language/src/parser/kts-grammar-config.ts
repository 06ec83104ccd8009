import { CstUtils, type GrammarConfig } from 'langium';
import { GRAMMAR_PLAN } from './grammar-plan.js';

/**
 * Langium's grammar config, with the multi-line comment rules from the grammar plan: Langium finds them by analysing
 * each terminal's regular expression when the first documentation comment is read (test/grammar-plan.test.ts).
 */
export function createKtsGrammarConfig(): GrammarConfig {
    return { multilineCommentRules: [...GRAMMAR_PLAN.multilineCommentRules], nameRegexp: CstUtils.DefaultNameRegexp };
}
