import { DocumentState, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { CatalogEntry, Element } from '../generated/ast.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import type { CatalogEntryModel, ElementModel, FrameworkModel } from '../model/architecture-model.js';
import { BuildCache } from '../workspace/build-cache.js';
import { buildArchitectureModel, type LinkedModel, type ModelMemo } from './model-builder.js';

/**
 * The workspace's linked architecture model, assembled again after each change of the workspace from
 * element models that are rebuilt only for the documents that were parsed or linked again.
 */
export class ArchitectureModelProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: BuildCache<string, LinkedModel>;
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
        // A request can read the model while a build is under way (completion or hover, once their file is linked);
        // what it read then must not outlive the build's links, or the checks would read it too. Parsed too: a spliced
        // edit (parser/element-splice.ts) keeps the framework node, which would let a model built before the document
        // is linked again take over the framework whole.
        const rebuilt = [DocumentState.Parsed, DocumentState.Linked];
        this.cache = new BuildCache(services.shared, rebuilt);
        for (const state of rebuilt) {
            services.shared.workspace.DocumentBuilder.onDocumentPhase(state, document => {
                this.elementModels.delete(document);
            });
        }
    }

    /** The merged model of the framework with this id, which knows what every block of it states. */
    frameworkModel(id: string | undefined): FrameworkModel | undefined {
        return this.linkedModel().model.frameworks.find(framework => framework.id === id);
    }

    linkedModel(): LinkedModel {
        return this.cache.get('model', () => {
            const documentation = this.services.documentation.DocumentationProvider;
            return buildArchitectureModel(this.documents.all, node => documentation.getDocumentation(node), this.memo);
        });
    }
}
