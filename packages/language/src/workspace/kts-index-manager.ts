import {
    DefaultIndexManager,
    type AstNode,
    type AstNodeDescription,
    type DocumentSegment,
    type LangiumDocument,
    type ReferenceDescription,
    type URI
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { moveSegment, type Splice } from '../parser/element-splice.js';

/** Langium's index, with each document's exports reachable as the very array that was indexed. */
export class KtsIndexManager extends DefaultIndexManager {
    private exportsVersion = 0;

    /**
     * Exports by document URI. An array is replaced only when its document is indexed again, so its
     * identity tells a consumer which documents changed since it last looked.
     */
    exportsByDocument(): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.symbolIndex;
    }

    /** References by source document URI; like `exportsByDocument`, an array is replaced when its document is indexed again. */
    referencesByDocument(): ReadonlyMap<string, readonly ReferenceDescription[]> {
        return this.referenceIndex;
    }

    /** Changes whenever a document's exports are indexed or removed: a cheap "did anything change?". */
    get version(): number {
        return this.exportsVersion;
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateContent(document, cancelToken);
        this.exportsVersion++;
    }

    /**
     * A document's references after splices, as `updateReferences` would make them: the descriptions from inside the
     * nodes the splices took out leave, those of `fresh` (the nodes they put in that are still in the tree) enter in
     * their place (the index keeps a document's descriptions in the order of its tree), and every other description
     * stays the same object, its segment moved as the splice moved the text after it. The array is replaced, so that
     * `referencesByDocument` tells the change. Without descriptions to start from, the document is described whole.
     */
    async updateSplicedReferences(
        document: LangiumDocument,
        splices: readonly Splice[],
        fresh: readonly AstNode[],
        cancelToken?: CancellationToken
    ): Promise<void> {
        const uri = document.uri.toString();
        const before = this.referenceIndex.get(uri);
        if (!before) return this.updateReferences(document, cancelToken);
        const services = this.serviceRegistry.getServices(document.uri);
        const locator = services.workspace.AstNodeLocator;
        let descriptions = before;
        for (const splice of splices) {
            const inside = locator.getAstNodePath(splice.old);
            descriptions = descriptions.filter(description => !isWithin(description.sourcePath, inside));
            const moved = new Set<DocumentSegment>();
            for (const { segment } of descriptions) {
                if (segment.offset < splice.shift.from || moved.has(segment)) continue;
                moveSegment(segment, splice.shift);
                moved.add(segment);
            }
        }
        for (const node of fresh) {
            // The provider describes what its document's `parseResult.value` holds: here the fresh node alone.
            const view = { uri: document.uri, parseResult: { value: node } } as LangiumDocument;
            const entering = await services.workspace.ReferenceDescriptionProvider.createDescriptions(view, cancelToken);
            const at = firstAfter(descriptions, node, locator.getAstNodePath(node));
            descriptions = [...descriptions.slice(0, at), ...entering, ...descriptions.slice(at)];
        }
        this.referenceIndex.set(uri, descriptions === before ? [...before] : descriptions);
    }

    override removeContent(uri: URI): void {
        super.removeContent(uri);
        this.exportsVersion++;
    }
}

/** Whether the node at `path` is the node at `ancestor` or inside it. */
function isWithin(path: string, ancestor: string): boolean {
    return path.startsWith(ancestor) && (path.length === ancestor.length || path[ancestor.length] === '/');
}

/**
 * Where the descriptions of `node` go in a document's descriptions, which are in the order of its tree (a node's own
 * references, then those of its contents, in the order of their properties): the index of the first description of
 * a node that comes after it. None of them is inside it.
 */
function firstAfter(descriptions: readonly ReferenceDescription[], node: AstNode, path: string): number {
    const ancestors: AstNode[] = [];
    for (let current: AstNode | undefined = node; current; current = current.$container) ancestors.unshift(current);
    const segments = path.split('/');
    let low = 0;
    let high = descriptions.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (comesBefore(descriptions[middle].sourcePath.split('/'), segments, ancestors)) low = middle + 1;
        else high = middle;
    }
    return low;
}

/**
 * Whether the node at path `other` comes before the node at path `segments` in the tree's order (`ancestors`: that
 * node's containers from the root, then the node). Segments are `property` or `property@index`; `segments[k]` is
 * the way from `ancestors[k - 1]` down.
 */
function comesBefore(other: readonly string[], segments: readonly string[], ancestors: readonly AstNode[]): boolean {
    let depth = 1;
    while (depth < other.length && depth < segments.length && other[depth] === segments[depth]) depth++;
    if (depth === other.length) return true;
    if (depth === segments.length) return false;
    const [property, index] = other[depth].split('@');
    const [ownProperty, ownIndex] = segments[depth].split('@');
    if (property === ownProperty) return Number(index) < Number(ownIndex);
    const keys = Object.keys(ancestors[depth - 1]);
    return keys.indexOf(property) < keys.indexOf(ownProperty);
}
