import {
    Cancellation,
    DefaultReferenceDescriptionProvider,
    interruptAndCheck,
    isAstNode,
    isReference,
    type AstNode,
    type LangiumDocument,
    type ReferenceDescription,
    type ReferenceInfo
} from 'langium';

/** How many syntax-tree nodes are walked between two checks for a newer edit. */
const NODES_PER_CHECK = 500;

/**
 * The editor's reference index of a document, the same descriptions in the same order as Langium's. Langium walks
 * the tree with a stream per node and awaits a cancellation check at each of the 50,000 nodes of a 5,000-line
 * file; after every edit that took about 30 ms of the edited file's build. Here the walk is a plain recursion that
 * checks for cancellation every few hundred nodes.
 */
export class KtsReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None
    ): Promise<ReferenceDescription[]> {
        const nodes: AstNode[] = [];
        collectNodes(document.parseResult.value, nodes);
        const descriptions: ReferenceDescription[] = [];
        const describe = (info: ReferenceInfo) => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        };
        for (let index = 0; index < nodes.length; index++) {
            if (index % NODES_PER_CHECK === 0) await interruptAndCheck(cancelToken);
            forEachOwnReference(nodes[index], describe);
        }
        return descriptions;
    }
}

/** The node and every node below it, in the order of Langium's `streamAst` (each node before its children). */
function collectNodes(node: AstNode, into: AstNode[]): void {
    into.push(node);
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isAstNode(value)) collectNodes(value, into);
        else if (Array.isArray(value)) for (const item of value) if (isAstNode(item)) collectNodes(item, into);
    }
}

/** The node's own references, in the order of Langium's `streamReferences` (KTS has no multi-references). */
function forEachOwnReference(node: AstNode, action: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value)) action({ reference: value, container: node, property });
        else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item = value[index];
                if (isReference(item)) action({ reference: item, container: node, property, index });
            }
        }
    }
}
