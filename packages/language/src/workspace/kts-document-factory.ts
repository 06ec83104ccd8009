import {
    DefaultLangiumDocumentFactory,
    type AstNode,
    type LangiumDocument,
    type Mutable,
    type ParseResult,
    type ParserOptions,
    type TextDocument,
    type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { catalogAst } from '../catalog/catalog-ast.js';
import type { CatalogFile } from '../catalog/catalog-types.js';
import type { KtsFile } from '../generated/ast.js';
import { spliceReparse } from '../parser/element-splice.js';
import { isKotlinScript } from '../text/kotlin-script.js';
import { closeFootprint, recordSplice } from './edit-footprint.js';

/**
 * A Gradle or Kotlin script is read as an empty KTS file: it then has no diagnostics, symbols,
 * outline, folding or formatting edits, and adds nothing to the workspace model.
 *
 * A file read from disk loses its UTF-8 BOM (Notepad and Excel on Windows write one), as the editor's text
 * and `kts validate` do: otherwise every position on its first line would be one character off.
 *
 * An edit re-parses only the element around it when it can (see spliceReparse), instead of the whole file.
 */
export class KtsDocumentFactory extends DefaultLangiumDocumentFactory {
    /**
     * A catalogue's document made from its JSON without parsing `text` (its KTS rendering, asked for only if the
     * document's text is read): the tree has no positions, so only for commands that never point inside a
     * catalogue (see catalogAst).
     */
    fromCatalog(catalog: CatalogFile, text: () => string, uri: URI): LangiumDocument<KtsFile> {
        const services = this.serviceRegistry.getServices(uri);
        const value = catalogAst(catalog, services.references.Linker, services.shared.AstReflection);
        const document = this.createLangiumDocument({ value, lexerErrors: [], parserErrors: [] }, uri);
        let textDocument: TextDocument | undefined;
        Object.defineProperty(document, 'textDocument', {
            get: () => (textDocument ??= this.createTextDocumentGetter(uri, text())())
        });
        return document;
    }

    /**
     * Splices the edit into the tree when it can (see spliceReparse); Langium's `update` then finds the text unchanged
     * and parses only when the splice declined. A Kotlin script is always parsed whole, so that it stays empty whatever
     * its text. What the splice replaced goes to the document's footprint (see EditFootprint); a whole parse closes it.
     */
    override async update<T extends AstNode = AstNode>(
        document: Mutable<LangiumDocument<T>>,
        cancellationToken: CancellationToken
    ): Promise<LangiumDocument<T>> {
        const parsed = document.parseResult;
        const oldText = parsed.value.$cstNode?.root.fullText;
        if (oldText !== undefined) {
            const text = await this.getUpdatedText(document, this.textDocuments?.get(document.uri.toString()), cancellationToken);
            if (oldText !== text && !isKotlinScript(document.uri.path, text)) {
                const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
                const splice = spliceReparse(document, text, parser);
                if (splice) recordSplice(document, splice);
            }
        }
        await super.update(document, cancellationToken);
        if (document.parseResult !== parsed) closeFootprint(document);
        return document;
    }

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

    protected override async getInitialText(uri: URI, cancellationToken: CancellationToken): Promise<string> {
        return withoutBom(await super.getInitialText(uri, cancellationToken));
    }

    protected override async getUpdatedText<T extends AstNode>(
        document: LangiumDocument<T>,
        textDocument: TextDocument | undefined,
        cancellationToken: CancellationToken
    ): Promise<string> {
        // The editor's own text is taken as it is: its positions are the editor's.
        const text = await super.getUpdatedText(document, textDocument, cancellationToken);
        return textDocument ? text : withoutBom(text);
    }
}

function withoutBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
