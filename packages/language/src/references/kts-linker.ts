import {
    AstUtils,
    Cancellation,
    DefaultLinker,
    DocumentState,
    interruptAndCheck,
    type AstNodeDescription,
    type AstNode,
    type DefaultReference,
    type LangiumDocument,
    type MultiReference,
    type Reference,
    type ReferenceInfo
} from 'langium';
import type { Splice } from '../parser/element-splice.js';
import { NODES_BETWEEN_INTERRUPTS } from '../workspace/interrupt-interval.js';
import { forEachReference, TreeWalk } from '../workspace/tree-walk.js';

/**
 * Adds retargeting to Langium's linker: after an edit that leaves a document's exported names and
 * paths as they were, the references other documents hold into it are pointed at the new AST nodes
 * in place, instead of linking those documents again from scratch; and in the edited document itself
 * only the references of what the edit's splices replaced are linked again.
 */
export class KtsLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Langium links only the references not resolved yet. A link that a keystroke cancelled half-way leaves the
        // document below `Linked` with part of its references resolved against the other documents as they were
        // then; the next build would keep those (a code still finding the catalogue entry just deleted).
        this.unlink(document);
        const link = (reference: ReferenceInfo) => this.doLink(reference, document);
        const walk = new TreeWalk(document.parseResult.value);
        let visited = 0;
        for (let node = walk.next(); node; node = walk.next()) {
            if (++visited % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            forEachReference(node, link);
        }
    }

    /**
     * A reference read before its document is linked is resolved against the workspace as it is at that moment, and
     * not kept. Completion and hover read the merged model once their own file is linked, while the build goes on;
     * Langium keeps such a target (or the failure to find one, once the document's scopes are computed), and a link
     * after a spliced edit (linkSpliced) links only references not resolved yet: a target looked up while the file
     * it is in was out of the index would stay, for good, an unresolved reference.
     */
    protected override resolveReference(reference: DefaultReference, node: AstNode, property: string): AstNode | undefined {
        const document = AstUtils.findRootNode(node).$document;
        if (reference._ref !== undefined || !document || document.state >= DocumentState.Linked) {
            return super.resolveReference(reference, node, property);
        }
        try {
            return super.resolveReference(reference, node, property);
        } finally {
            reference._ref = undefined;
            reference._nodeDescription = undefined;
            const kept = document.references.lastIndexOf(reference);
            if (kept >= 0) document.references.splice(kept, 1);
        }
    }

    /**
     * Links only what splices changed,    /**
     * Links only what splices changed, the document's other references keeping their targets: the references of the
     * nodes the splices took out leave `document.references`, and those of `fresh` (the nodes they put in that are
     * still in the tree) are linked and take their place in it.
     */
    async linkSpliced(document: LangiumDocument, splices: readonly Splice[], fresh: readonly AstNode[]): Promise<void> {
        const leaving = new Set<Reference | MultiReference>();
        for (const splice of splices) {
            for (const node of AstUtils.streamAst(splice.old)) {
                AstUtils.streamReferences(node).forEach(info => leaving.add(info.reference));
            }
        }
        const staying = document.references.filter(reference => !leaving.has(reference));
        const at = document.references.findIndex(reference => leaving.has(reference));
        document.references = [];
        for (const root of fresh) {
            for (const node of AstUtils.streamAst(root)) AstUtils.streamReferences(node).forEach(info => this.doLink(info, document));
        }
        const linked = document.references;
        document.references = at < 0 ? [...staying, ...linked] : [...staying.slice(0, at), ...linked, ...staying.slice(at)];
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
