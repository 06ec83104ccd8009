import {
    DefaultDocumentBuilder,
    DocumentState,
    URI,
    type AstNode,
    type AstNodeDescription,
    type BuildOptions,
    type DefaultReference,
    type LangiumDocument,
    type Mutable
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { KtsLinker } from '../references/kts-linker.js';
import { editFootprint, openFootprint, replacedNodes } from './edit-footprint.js';
import type { KtsIndexManager } from './kts-index-manager.js';
import { isKtsDescription } from '../references/kts-scope-computation.js';
import { isCode } from '../references/kts-symbol-table.js';

/** What other documents may depend on when they refer to a document: names, paths and kinds of its exports. */
type ExportSignature = string;

/** A document's exports as they were before a change: their signature, and each name with the kind it offers. */
interface ExportsBefore {
    signature: ExportSignature;
    offered: ReadonlySet<string>;
}

/**
 * Keeps an edit local. Langium relinks, re-indexes and revalidates every document that refers to an
 * edited one; in a national workspace a 5,000-line framework is referred to by half of the others, so
 * each keystroke cost seconds. Here documents that refer to an edited one are relinked only when the
 * edit changed what it exports; otherwise their references are retargeted to the new nodes in place.
 * A name the edit adds may take precedence over what another document's reference resolved to (a current
 * element over a target one for `replaces`); the documents that refer to it by a name that could resolve to it
 * are relinked.
 * In the edited document itself, while every update since its validation was spliced and its exports are the same,
 * only the references of the replaced nodes are linked and indexed again (see EditFootprint); the others are
 * retargeted like another document's.
 * Documents whose workspace-wide findings changed (a rule over the merged model, see KtsValidator) are
 * revalidated after the build, so their diagnostics never go stale.
 */
export class KtsDocumentBuilder extends DefaultDocumentBuilder {
    /** Exports of each changed document as they were before its first unfinished change. */
    private readonly exportsBeforeChange = new Map<string, ExportsBefore>();
    private staleFindings: (() => LangiumDocument[]) | undefined;
    /** Whether a document had unresolved references when it was last linked (asked of every document on every edit). */
    private readonly unresolved = new WeakMap<LangiumDocument, boolean>();
    /** The names a document refers to, whole and by last part (see referredNames); worked out when first asked after a link. */
    private readonly referred = new WeakMap<LangiumDocument, ReadonlySet<string>>();
    /**
     * Documents changed since they were validated whose references stay linked and indexed as they were, but for
     * what the splices of their footprint replaced: from the splice `linked` on not yet linked, from `indexed` on not
     * yet in the reference index (a cancelled build can leave them apart).
     */
    private readonly linksKept = new WeakMap<LangiumDocument, { linked: number; indexed: number }>();

    /** Lets the validator name the documents whose workspace findings changed since they were validated. */
    useStaleFindings(documentsWithStaleFindings: () => LangiumDocument[]): void {
        this.staleFindings = documentsWithStaleFindings;
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        const uri = document.uri.toString();
        if (document.state === DocumentState.Validated && state < DocumentState.Validated) {
            openFootprint(document);
            if (state < DocumentState.Parsed) this.linksKept.set(document, { linked: 0, indexed: 0 });
        }
        if (state < DocumentState.IndexedContent && document.state >= DocumentState.IndexedContent && !this.exportsBeforeChange.has(uri)) {
            const exports = this.exportsOf(uri);
            this.exportsBeforeChange.set(uri, { signature: exportSignature(exports), offered: new Set(exports.map(offeredName)) });
        }
        if (state < DocumentState.Parsed && this.linksKept.has(document)) {
            // Langium's reset to `Changed` less the unlinking and the reference index: once the new text is parsed and
            // indexed, the build links only what the splices replaced, or gives the links up (dropLinks).
            super.resetToState(document, DocumentState.IndexedReferences);
            this.indexManager.removeContent(document.uri);
            document.localSymbols = undefined;
            (document as Mutable<LangiumDocument<T>>).state = DocumentState.Changed;
            return;
        }
        if (state < DocumentState.IndexedReferences) this.linksKept.delete(document);
        super.resetToState(document, state);
    }

    protected override cleanUpDeleted<T extends AstNode>(document: LangiumDocument<T>): void {
        this.exportsBeforeChange.delete(document.uri.toString());
        super.cleanUpDeleted(document);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.unresolved.get(document) ?? hasUnresolved(document)) return true;
        // A document that still exists is dealt with once its new exports are known (relinkDependents).
        const deleted = [...changedUris].filter(uri => !this.langiumDocuments.hasDocument(URI.parse(uri)));
        return deleted.length > 0 && this.indexManager.isAffected(document, new Set(deleted));
    }

    protected override async buildDocuments(
        documents: LangiumDocument[],
        options: BuildOptions,
        cancelToken: CancellationToken
    ): Promise<void> {
        const building = [...documents];
        this.prepareBuild(building, options);
        await this.runCancelable(building, DocumentState.Parsed, cancelToken, async document => {
            await this.langiumDocumentFactory.update(document, cancelToken);
            if (this.linksKept.has(document) && !editFootprint(document)) this.dropLinks(document);
        });
        await this.runCancelable(building, DocumentState.IndexedContent, cancelToken, document =>
            this.indexManager.updateContent(document, cancelToken)
        );
        building.push(...this.relinkDependents(building));
        // Relinking drops a document's build state, also that of one already in this build (left half-built by a
        // cancelled build): without it, the document would never be validated again.
        this.prepareBuild(building, options);
        await this.runCancelable(building, DocumentState.ComputedScopes, cancelToken, async document => {
            const scopeComputation = this.serviceRegistry.getServices(document.uri).references.ScopeComputation;
            document.localSymbols = await scopeComputation.collectLocalSymbols(document, cancelToken);
        });
        const toBeLinked = building.filter(document => this.shouldLink(document));
        await this.runCancelable(toBeLinked, DocumentState.Linked, cancelToken, async document => {
            const linker = this.serviceRegistry.getServices(document.uri).references.Linker as KtsLinker;
            const kept = this.linksKept.get(document);
            const footprint = editFootprint(document);
            if (kept && footprint) {
                await linker.linkSpliced(document, footprint.splices.slice(kept.linked), replacedNodes(footprint, kept.linked));
                kept.linked = footprint.splices.length;
            } else {
                await linker.link(document, cancelToken);
            }
            this.unresolved.set(document, hasUnresolved(document));
            this.referred.delete(document);
        });
        await this.runCancelable(toBeLinked, DocumentState.IndexedReferences, cancelToken, async document => {
            const kept = this.linksKept.get(document);
            const footprint = editFootprint(document);
            if (kept && footprint) {
                const splices = footprint.splices.slice(kept.indexed);
                const fresh = replacedNodes(footprint, kept.indexed);
                await (this.indexManager as KtsIndexManager).updateSplicedReferences(document, splices, fresh, cancelToken);
                kept.indexed = footprint.splices.length;
            } else {
                await this.indexManager.updateReferences(document, cancelToken);
            }
        });
        await this.validateAll(building, cancelToken);
        const stale = (this.staleFindings?.() ?? []).filter(
            document => document.state === DocumentState.Validated && !building.includes(document)
        );
        for (const document of stale) this.resetToState(document, DocumentState.IndexedReferences);
        this.prepareBuild(stale, options);
        await this.validateAll(stale, cancelToken);
    }

    /** Gives up a document's kept links: it is linked and indexed whole in this build. */
    private dropLinks(document: LangiumDocument): void {
        this.linksKept.delete(document);
        this.serviceRegistry.getServices(document.uri).references.Linker.unlink(document);
        this.indexManager.removeReferences(document.uri);
    }

    private async validateAll(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<void> {
        const toBeValidated = documents.filter(document => {
            if (this.shouldValidate(document)) return true;
            this.markAsCompleted(document);
            return false;
        });
        await this.runCancelable(toBeValidated, DocumentState.Validated, cancelToken, async document => {
            await this.validate(document, cancelToken);
            this.markAsCompleted(document);
        });
    }

    /**
     * For each re-indexed document whose exports were recorded before its change: documents that refer to
     * it keep their links (retargeted) when its exports are the same, and are returned for relinking otherwise,
     * together with the documents that refer to a name the change added (or to one ending like an added id).
     */
    private relinkDependents(building: LangiumDocument[]): LangiumDocument[] {
        const relink = new Set<LangiumDocument>();
        for (const changed of building) {
            const uri = changed.uri.toString();
            const before = this.exportsBeforeChange.get(uri);
            if (before === undefined || changed.state < DocumentState.IndexedContent) continue;
            this.exportsBeforeChange.delete(uri);
            const exports = this.exportsOf(uri);
            const unchanged =
                before.signature === exportSignature(exports) && !exports.some(description => description.type === 'CatalogEntry');
            const exportsByPath = new Map(exports.map(description => [description.path, description]));
            const added = new Set(exports.filter(description => !before.offered.has(offeredName(description))).map(lookedUpAs));
            const target = new Set([uri]);
            // Its own references outside the splices keep their targets only if its exports kept their paths.
            if (this.linksKept.has(changed)) {
                const linker = this.serviceRegistry.getServices(changed.uri).references.Linker as KtsLinker;
                if (!unchanged || !linker.retarget(changed, uri, exportsByPath)) this.dropLinks(changed);
            }
            for (const dependent of this.langiumDocuments.all) {
                if (dependent === changed || (dependent.state < DocumentState.Linked && !this.linksKept.has(dependent))) continue;
                if (!this.refersTo(dependent, target)) {
                    if (added.size > 0 && this.refersToAny(dependent, added)) relink.add(dependent);
                    continue;
                }
                const linker = this.serviceRegistry.getServices(dependent.uri).references.Linker as KtsLinker;
                if (!unchanged || !linker.retarget(dependent, uri, exportsByPath)) relink.add(dependent);
            }
        }
        for (const document of relink) this.resetToState(document, DocumentState.ComputedScopes);
        return [...relink].filter(document => !building.includes(document));
    }

    /**
     * Whether a linked document refers to one of `uris`. The reference index answers for a document whose references
     * are indexed; one whose build was cancelled between linking and indexing is not in it yet, and is asked directly.
     */
    private refersTo(document: LangiumDocument, uris: Set<string>): boolean {
        if (document.state >= DocumentState.IndexedReferences) return this.indexManager.isAffected(document, uris);
        return document.references.some(reference => {
            const description = (reference as DefaultReference)._nodeDescription;
            return description !== undefined && uris.has(description.documentUri.toString());
        });
    }

    private refersToAny(document: LangiumDocument, names: ReadonlySet<string>): boolean {
        let referred = this.referred.get(document);
        if (!referred) {
            referred = referredNames(document);
            this.referred.set(document, referred);
        }
        for (const name of names) if (referred.has(name)) return true;
        return false;
    }

    private exportsOf(uri: string): readonly AstNodeDescription[] {
        return (this.indexManager as KtsIndexManager).exportsByDocument().get(uri) ?? [];
    }
}

function hasUnresolved(document: LangiumDocument): boolean {
    return document.references.some(reference => reference.error !== undefined);
}

/**
 * What a reference that could resolve to `description` is written as, or ends with: a code is written whole; an
 * element or task by its id, alone or after `current.`, `<framework>.` (see candidateNames in KtsScopeProvider).
 */
function lookedUpAs(description: AstNodeDescription): string {
    if (isKtsDescription(description) && isCode(description)) return description.name;
    return description.name.slice(description.name.lastIndexOf('.') + 1);
}

/** Each reference's text, and its last dot-separated part. */
function referredNames(document: LangiumDocument): ReadonlySet<string> {
    const names = new Set<string>();
    for (const reference of document.references) {
        names.add(reference.$refText);
        names.add(reference.$refText.slice(reference.$refText.lastIndexOf('.') + 1));
    }
    return names;
}

/** A name with the kind of target it can be (element kind, task, catalogue model): what a reference's scope filters on. */
function offeredName(description: AstNodeDescription): string {
    return `${description.name} ${isKtsDescription(description) ? description.category : description.type}`;
}

function exportSignature(exports: readonly AstNodeDescription[]): ExportSignature {
    return exports
        .map(
            description =>
                `${description.type} ${description.name} ${description.path} ${isKtsDescription(description) ? description.category : ''}`
        )
        .join('\n');
}
