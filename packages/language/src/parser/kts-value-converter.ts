import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { normalizeInput } from '../text/normalize.js';

const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', 0: '\0' };

/**
 * Langium unescapes a string one character at a time (`result += c`), which leaves every title and description
 * as a chain of one V8 cons string per character: a fifth of the language server's heap, and of the collector's
 * work, in a national workspace. Here a string without escapes is a slice of the source text, which the syntax
 * tree keeps anyway, and escapes are replaced in one pass; the values are the same.
 */
export class KtsValueConverter extends DefaultValueConverter {
    /**
     * Names, ids and references are NFC whatever the editor wrote, so an id typed decomposed is the same id as
     * the one typed composed: it links, and it is a duplicate of it. (`kts/text-not-nfc` still points it out.)
     */
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const value = rule.name === 'STRING' ? unquote(input) : super.runConverter(rule, input, cstNode);
        return typeof value === 'string' ? normalizeInput(value) : value;
    }
}

export function unquote(token: string): string {
    const body = token.slice(1, -1);
    return body.includes('\\') ? body.replace(/\\([\s\S])/g, (_escape, character: string) => ESCAPES[character] ?? character) : body;
}
