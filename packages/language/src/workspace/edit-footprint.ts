import type { AstNode, LangiumDocument } from 'langium';
import type { Splice } from '../parser/element-splice.js';

/**
 * What the text edits of a document replaced since it was last validated: the splices of its updates, oldest first
 * (see spliceReparse: each holds the node taken out with its old CST, the node put in its place, and how the text
 * after it moved). A document has one only while every update since its last validation was spliced; after a whole
 * parse, or before its first validation, it has none and everything in it is new. A validated document keeps the
 * splices of its last build until it is built again (then they start anew, empty). Other reasons to rebuild a
 * document (another document's exports, workspace-wide findings) are not in it.
 */
export interface EditFootprint {
    readonly splices: readonly Splice[];
}

const footprints = new WeakMap<LangiumDocument, { splices: Splice[] }>();

/** The document's footprint, or undefined when the whole document is new to its next build. */
export function editFootprint(document: LangiumDocument): EditFootprint | undefined {
    return footprints.get(document);
}

/** Starts an empty footprint: the document was validated and is about to be built again (the builder's reset). */
export function openFootprint(document: LangiumDocument): void {
    footprints.set(document, { splices: [] });
}

/** Adds a splice to the document's footprint, if it has one. */
export function recordSplice(document: LangiumDocument, splice: Splice): void {
    footprints.get(document)?.splices.push(splice);
}

/** Forgets the footprint: the document was parsed whole. */
export function closeFootprint(document: LangiumDocument): void {
    footprints.delete(document);
}

/**
 * The nodes the splices from `from` on put into the tree that are still in it, outermost only (a later splice can
 * replace an earlier one's node, or a node inside it), in the order of the splices.
 */
export function replacedNodes(footprint: EditFootprint, from = 0): AstNode[] {
    const fresh = new Set(footprint.splices.slice(from).map(splice => splice.fresh));
    return [...fresh].filter(node => {
        for (let above = node.$container; above; above = above.$container) {
            if (fresh.has(above)) return false;
        }
        return isInTree(node);
    });
}

/** Whether each container along the way up still holds the node where it says it is. */
function isInTree(node: AstNode): boolean {
    for (let current: AstNode = node; current.$container; current = current.$container) {
        const held = (current.$container as unknown as Record<string, unknown>)[current.$containerProperty!];
        if (Array.isArray(held) ? held[current.$containerIndex!] !== current : held !== current) return false;
    }
    return true;
}
