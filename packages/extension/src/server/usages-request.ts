import { AstUtils, URI, type AstNode } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ast, type KtsServices } from '@kts/language';
import { UsagesRequest, type UsageLens, type UsagesParams } from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';

/** `kts/usages`: what a document declares and where the workspace refers to it, for the code lenses. */
export function registerUsages(connection: Connection, services: KtsServices): void {
    connection.onRequest(UsagesRequest, (params: UsagesParams) =>
        readBuiltWorkspace(services.shared, () => usagesOf(services, URI.parse(params.uri)))
    );
}

export function usagesOf(services: KtsServices, uri: URI): UsageLens[] {
    const documents = services.shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri)) return [];
    const root = documents.getDocument(uri)!.parseResult.value as ast.KtsFile;
    const lenses: UsageLens[] = [];
    const references = (node: AstNode) =>
        services.references.References.findReferences(node, { includeDeclaration: false })
            .map(reference => ({ uri: reference.sourceUri.toString(), range: reference.segment.range }))
            .toArray();
    for (const node of AstUtils.streamAllContents(root)) {
        const nameRange = services.references.NameProvider.getNameNode(node)?.range;
        if (!nameRange) continue;
        if (ast.isFramework(node)) {
            lenses.push({ kind: 'framework', name: node.name, range: nameRange, references: [] });
        } else if (ast.isElement(node)) {
            lenses.push({ kind: 'element', name: node.name, range: nameRange, references: references(node) });
        } else if (ast.isCatalogEntry(node)) {
            lenses.push({ kind: 'catalogEntry', name: node.name, range: nameRange, references: references(node) });
        }
    }
    return lenses;
}
