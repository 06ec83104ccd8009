import { WorkspaceCache, type LangiumDocuments } from 'langium';
import type { KtsServices } from '../kts-module.js';
import { buildArchitectureModel, type LinkedModel } from './model-builder.js';

/** The workspace's linked architecture model, rebuilt once after each change of the workspace. */
export class ArchitectureModelProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<string, LinkedModel>;
    private readonly services: KtsServices;

    constructor(services: KtsServices) {
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    linkedModel(): LinkedModel {
        return this.cache.get('model', () => {
            const documentation = this.services.documentation.DocumentationProvider;
            return buildArchitectureModel(this.documents.all, node => documentation.getDocumentation(node));
        });
    }
}
