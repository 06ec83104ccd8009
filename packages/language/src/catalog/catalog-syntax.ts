import { EmptyFileSystem } from 'langium';
import { createKtsCoreServices, type KtsCoreServices } from '../kts-core-module.js';

export interface SyntaxProblem {
    /** 1-based line in the text. */
    line: number;
    message: string;
}

let parserServices: KtsCoreServices | undefined;

/**
 * Parses KTS text without building a workspace: tools that write catalogue files check with the real
 * parser that what they write reads back (a code that is also a keyword, for instance, would not).
 */
export function ktsSyntaxProblems(text: string): SyntaxProblem[] {
    parserServices ??= createKtsCoreServices(EmptyFileSystem).Kts;
    const result = parserServices.parser.LangiumParser.parse(text);
    return [
        ...result.lexerErrors.map(error => ({ line: error.line ?? 0, message: error.message })),
        ...result.parserErrors.map(error => ({
            line: Number.isNaN(error.token.startLine) ? 0 : (error.token.startLine ?? 0),
            message: error.message
        }))
    ];
}
