import { DocumentState, type LangiumDocuments } from 'langium';
import type { KtsFile } from '../generated/ast.js';
import { entryModel } from '../references/kts-naming.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import { NON_REFERENCE_MODELS } from '../references/kts-scope-provider.js';
import type { CatalogModelInfo } from '../model/catalogue-entry.js';
import { BuildCache } from '../workspace/build-cache.js';

interface CatalogSummary {
    models: Map<string, CatalogModelInfo>;
    childCount: Map<string, number>;
    agencyCodes: Set<string>;
}

/**
 * What the loaded catalogues say about each reference model: its code pattern, whether the list is
 * complete, and how many children each code has. Workspace catalogues override built-in settings.
 */
export class CatalogIndex {
    private readonly documents: LangiumDocuments;
    private readonly cache: BuildCache<string, CatalogSummary>;

    constructor(services: KtsCoreServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        // Read from the syntax trees alone: it holds once every document has its new tree.
        this.cache = new BuildCache(services.shared, [DocumentState.Parsed]);
    }

    models(): Map<string, CatalogModelInfo> {
        return this.summary().models;
    }

    /** Agency identifiers corroborated by the loaded catalogues (QCVN 102:2016). */
    agencyCodes(): ReadonlySet<string> {
        return this.summary().agencyCodes;
    }

    children(model: string, code: string): number {
        return this.summary().childCount.get(`${model}:${code}`) ?? 0;
    }

    /** The reference model a code belongs to by its pattern, else by its prefix (`DRM001` → DRM). */
    modelForCode(code: string): CatalogModelInfo | undefined {
        const referenceModels = [...this.models().values()].filter(model => !NON_REFERENCE_MODELS.has(model.name));
        return (
            referenceModels.find(model => model.pattern?.test(code)) ??
            referenceModels.find(model => !model.pattern && code.toUpperCase().startsWith(model.name))
        );
    }

    patternSummary(): string {
        return [...this.models().values()]
            .filter(model => !NON_REFERENCE_MODELS.has(model.name))
            .map(model => `${model.name}: ${model.pattern?.source ?? model.name + '…'}`)
            .join('; ');
    }

    private summary(): CatalogSummary {
        return this.cache.get('summary', () => {
            const models = new Map<string, CatalogModelInfo>();
            for (const name of DEFAULT_REFERENCE_MODELS) {
                models.set(name, { name, complete: false, leafOnly: false, catalogs: [] });
            }
            const childCount = new Map<string, number>();
            const agencyCodes = new Set<string>();
            const documents = [...this.documents.all].sort(
                (a, b) => Number(a.uri.scheme !== 'kts-builtin') - Number(b.uri.scheme !== 'kts-builtin')
            );
            for (const document of documents) {
                for (const catalog of (document.parseResult.value as KtsFile).catalogs ?? []) {
                    for (const declared of catalog.models) {
                        const existing = models.get(declared.name);
                        models.set(declared.name, {
                            name: declared.name,
                            title: declared.title ?? existing?.title,
                            titleEn: declared.titleEn ?? existing?.titleEn,
                            pattern: declared.pattern ? safeRegExp(declared.pattern) : existing?.pattern,
                            complete: declared.complete,
                            leafOnly: declared.leafOnly,
                            catalogs: [...(existing?.catalogs ?? []), catalog.name]
                        });
                    }
                    for (const entry of catalog.entries) {
                        if (entryModel(entry) === 'AGENCY') agencyCodes.add(entry.name);
                        const parent = entry.parent?.$refText;
                        if (parent) {
                            const key = `${entryModel(entry)}:${parent}`;
                            childCount.set(key, (childCount.get(key) ?? 0) + 1);
                        }
                    }
                }
            }
            return { models, childCount, agencyCodes };
        });
    }
}

/** The five reference models of Chương 2, II, known even before any catalogue of theirs is loaded. */
export const DEFAULT_REFERENCE_MODELS = ['BRM', 'DRM', 'ARM', 'TRM', 'SRM'] as const;

function safeRegExp(pattern: string): RegExp | undefined {
    try {
        return new RegExp(pattern);
    } catch {
        return undefined;
    }
}
