import { AstUtils, isReference, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isCatalogEntry, isElement, isTask, type CatalogEntry } from '../generated/ast.js';
import { entryModel } from '../references/kts-naming.js';
import { BUILTIN_SCHEME } from '../catalog/catalog-loader.js';

/**
 * Tells apart what TextMate cannot: reference-model codes (and standards, principles), national
 * components and the body's own elements and tasks, in declarations and in references alike.
 * Keywords, strings and comments stay with the TextMate grammar.
 */
export class KtsSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isElement(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.declaration });
        } else if (isTask(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
        } else if (isCatalogEntry(node)) {
            const modifiers = [SemanticTokenModifiers.declaration];
            if (AstUtils.getDocument(node).uri.scheme === BUILTIN_SCHEME)
                modifiers.push(SemanticTokenModifiers.defaultLibrary, SemanticTokenModifiers.readonly);
            acceptor({ node, property: 'name', type: entryTokenType(node), modifier: modifiers });
        }
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) continue;
            if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (isReference(item)) this.highlightReference(node, property, item, acceptor, index);
                });
            } else if (isReference(value)) {
                this.highlightReference(node, property, value, acceptor);
            }
        }
    }

    private highlightReference(
        node: AstNode,
        property: string,
        reference: Reference,
        acceptor: SemanticTokenAcceptor,
        index?: number
    ): void {
        const target = reference.ref;
        if (!target) return;
        if (isCatalogEntry(target)) {
            const builtin = AstUtils.getDocument(target).uri.scheme === BUILTIN_SCHEME;
            acceptor({
                node,
                property: property as never,
                index,
                type: entryTokenType(target),
                modifier: builtin ? [SemanticTokenModifiers.defaultLibrary] : []
            });
        } else if (isElement(target)) {
            acceptor({ node, property: property as never, index, type: SemanticTokenTypes.variable });
        } else if (isTask(target)) {
            acceptor({ node, property: property as never, index, type: SemanticTokenTypes.function });
        }
    }
}

/** National components read as namespaces (systems of the nation), every other catalogue code as an enum member. */
function entryTokenType(entry: CatalogEntry): string {
    return entryModel(entry) === 'NATIONAL' ? SemanticTokenTypes.namespace : SemanticTokenTypes.enumMember;
}
