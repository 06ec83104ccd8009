import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

const DOLLAR = 0x24;

/**
 * A syntax tree's nodes in the order of Langium's `AstUtils.streamAst` (the root, then depth first, each node's
 * properties in the order the parser set them, arrays in order), without what a stream costs per node: a stream, a
 * state object and an array of keys. A cold build's linking and validation each walk all 115,000 nodes of a
 * national workspace, and Langium's streams took five times as long as this walk, most of it garbage.
 */
export class TreeWalk {
    private readonly pending: AstNode[];
    private current: AstNode | undefined;
    private pruned = false;

    constructor(root: AstNode) {
        this.pending = [root];
    }

    /** The next node; the children of the one before come first unless it was pruned. */
    next(): AstNode | undefined {
        if (this.current && !this.pruned) pushChildren(this.current, this.pending);
        this.pruned = false;
        this.current = this.pending.pop();
        return this.current;
    }

    /** Leaves out the children of the node `next` gave last. */
    prune(): void {
        this.pruned = true;
    }
}

/** Each reference a node holds, as Langium's `AstUtils.streamReferences` gives them, in the same order. */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    for (const property in node) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value: unknown = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
            }
        } else if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        }
    }
}

/** Puts a node's children on the stack so that the first child is popped first. */
function pushChildren(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const property in node) {
        if (property.charCodeAt(0) === DOLLAR) continue;
        const value: unknown = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) stack.push(item);
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const child = stack[low] as AstNode;
        stack[low] = stack[high] as AstNode;
        stack[high] = child;
    }
}
