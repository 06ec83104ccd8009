import { DefaultLangiumDocumentFactory, type AstNode, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isKotlinScript } from '../text/kotlin-script.js';

/**
 * A Gradle or Kotlin script is read as an empty KTS file: it then has no diagnostics, symbols,
 * outline, folding or formatting edits, and adds nothing to the workspace model.
 */
export class KtsDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse(uri, isKotlinScript(uri.path, text) ? '' : text, options);
    }

    protected override parseAsync<T extends AstNode>(
        uri: URI,
        text: string,
        cancellationToken: CancellationToken
    ): Promise<ParseResult<T>> {
        return super.parseAsync(uri, isKotlinScript(uri.path, text) ? '' : text, cancellationToken);
    }
}
