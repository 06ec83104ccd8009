import {
    AstUtils,
    Cancellation,
    DefaultLinker,
    interruptAndCheck,
    type AstNodeDescription,
    type DefaultReference,
    type LangiumDocument
} from 'langium';
import { NODES_BETWEEN_INTERRUPTS } from '../workspace/interrupt-interval.js';

/**
 * Adds retargeting to Langium's linker: after an edit that leaves a document's exported names and
 * paths as they were, the references other documents hold into it are pointed at the new AST nodes
 * in place, instead of linking those documents again from scratch.
 */
export class KtsLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Langium links only the references not resolved yet. A link that a keystroke cancelled half-way leaves the
        // document below `Linked` with part of its references resolved against the other documents as they were
        // then; the next build would keep those (a code still finding the catalogue entry just deleted).
        this.unlink(document);
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (++visited % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            AstUtils.streamReferences(node).forEach(reference => this.doLink(reference, document));
        }
    }

    /**
     * Points every reference of `document` into `targetUri` at the description with the same path in
     * `exportsByPath` and at its node. Returns false, having changed nothing, when one of them has no
     * counterpart there (the caller then relinks the document).
     */
    retarget(document: LangiumDocument, targetUri: string, exportsByPath: ReadonlyMap<string, AstNodeDescription>): boolean {
        const moves: Array<[DefaultReference, AstNodeDescription]> = [];
        for (const reference of document.references) {
            if (!('_ref' in reference)) return false;
            const resolved = reference as DefaultReference;
            const description = resolved._nodeDescription;
            if (!description || description.documentUri.toString() !== targetUri) continue;
            const counterpart = exportsByPath.get(description.path);
            if (!counterpart?.node) return false;
            moves.push([resolved, counterpart]);
        }
        for (const [reference, description] of moves) {
            reference._nodeDescription = description;
            reference._ref = description.node;
        }
        return true;
    }
}
