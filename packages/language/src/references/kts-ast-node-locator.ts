import { DefaultAstNodeLocator, type AstNode } from 'langium';

/**
 * Paths as Langium writes them (`/frameworks@0/architectures@1/…`), built with one join instead of a string
 * concatenation per level: the reference index holds two paths per reference, and concatenated paths stay in
 * memory as chains of cons strings, several per level.
 */
export class KtsAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [];
        for (let current: AstNode | undefined = node; current?.$container; current = current.$container) {
            segments.push(this.getPathSegment(current));
        }
        return segments.length === 0 ? '' : ['', ...segments.reverse()].join(this.segmentSeparator);
    }
}
