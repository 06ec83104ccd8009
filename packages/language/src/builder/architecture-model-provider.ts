import { DocumentState, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CatalogEntry, Element } from '../generated/ast.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import type { CatalogEntryModel, ElementModel } from '../model/architecture-model.js';
import { buildArchitectureModel, type LinkedModel, type ModelMemo } from './model-builder.js';

/**
 * The workspace's linked architecture model, assembled again after each change of the workspace from
 * element models that are rebuilt only for the documents that were parsed or linked again.
 */
export class ArchitectureModelProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, LinkedModel>;
    private readonly services: KtsCoreServices;
    private readonly elementModels = new WeakMap<LangiumDocument, Map<Element, ElementModel>>();
    private readonly memo: ModelMemo;

    /** `afterEdits`: whether builds after edits will follow (the editor's), which reuse elements' models across re-parses. */
    constructor(services: KtsCoreServices, { afterEdits }: { afterEdits: boolean } = { afterEdits: true }) {
        this.services = services;
        this.memo = {
            elementsOf: document => {
                let elements = this.elementModels.get(document);
                if (!elements) this.elementModels.set(document, (elements = new Map()));
                return elements;
            },
            frameworks: new Map(),
            entries: new WeakMap<CatalogEntry, CatalogEntryModel>(),
            astOf: new WeakMap<object, AstNode>(),
            ...(afterEdits ? { built: new WeakMap() } : {})
        };
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
        // Parsed too: a spliced edit (parser/element-splice.ts) keeps the framework node, which would let a model
        // built before the document is linked again take over the framework whole.
        for (const state of [DocumentState.Parsed, DocumentState.Linked]) {
            services.shared.workspace.DocumentBuilder.onDocumentPhase(state, document => {
                this.elementModels.delete(document);
                // A request can read the model while a build is under way (the outline, once its file is parsed);
                // what it read then must not outlive the build's links, or the checks would read it too.
                this.cache.clear();
            });
        }
    }

    linkedModel(): LinkedModel {
        return this.cache.get('model', () => {
            const documentation = this.services.documentation.DocumentationProvider;
            return buildArchitectureModel(this.documents.all, node => documentation.getDocumentation(node), this.memo);
        });
    }
}
