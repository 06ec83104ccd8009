import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { KtsFile } from '../generated/ast.js';
import { elementQualifiedName, entryModel, taskQualifiedName } from './kts-naming.js';

/** Index entries carry what the scope provider and completion filter on, so they never load the AST. */
export interface KtsDescription extends AstNodeDescription {
    /** Catalogue model (`DRM`, `NATIONAL`, ...) for catalogue entries, element kind for elements. */
    category: string;
    /** Vietnamese name, for suggestions and completion details. */
    title?: string;
    framework?: string;
    state?: 'current' | 'target';
}

export function isKtsDescription(description: AstNodeDescription): description is KtsDescription {
    return typeof (description as KtsDescription).category === 'string';
}

/**
 * Exports elements by qualified name, tasks by `<framework>.<id>` and catalogue entries by code.
 * Local symbols stay empty: every lookup goes through the indexed maps of KtsScopeProvider, which
 * avoids Langium's linear per-container scopes on large workspaces.
 */
export class KtsScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const root = document.parseResult.value as KtsFile;
        // Object.assign onto the description, not a spread into a new object: its segments are getters that
        // locate the node on first use (KtsAstNodeDescriptionProvider), which only the editor needs, for a few.
        const add = (node: AstNode, name: string, extra: Omit<KtsDescription, keyof AstNodeDescription>) => {
            exports.push(Object.assign(this.descriptions.createDescription(node, name, document), extra));
        };
        for (const framework of root.frameworks) {
            if (!framework.name) continue;
            for (const architecture of framework.architectures) {
                for (const layer of architecture.layers) {
                    for (const element of layer.elements) {
                        if (element.name) {
                            add(element, elementQualifiedName(element), {
                                category: element.kind,
                                title: element.title,
                                framework: framework.name,
                                state: architecture.state as 'current' | 'target'
                            });
                        }
                    }
                }
            }
            for (const implementation of framework.implementation) {
                for (const task of implementation.tasks) {
                    if (task.name) add(task, taskQualifiedName(task), { category: 'task', title: task.title, framework: framework.name });
                }
            }
        }
        for (const catalog of root.catalogs) {
            for (const entry of catalog.entries) {
                if (entry.name) add(entry, entry.name, { category: entryModel(entry), title: entry.title });
            }
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
