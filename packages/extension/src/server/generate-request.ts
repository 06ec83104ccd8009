import type { Connection } from 'vscode-languageserver';
import type { KtsServices } from '@kts/language';
import { cacheFolder, PngCache, pngCacheProblemText } from '@kts/diagrams';
import { generateFramework, writeOutputFiles } from '@kts/documents';
import { GenerateRequest, type GenerateParams, type GenerateResult } from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';
import { documentEdition } from './editor-settings.js';

/**
 * `kts/generate`: renders one framework from the workspace as the editor has it (unsaved changes included), in
 * the edition `kts.documents.edition` names, and writes the files, each whole or not at all. A Word file's figures
 * are kept in the figure cache the `kts` command uses (`KTS_CACHE_DIR`, else the user's cache folder), so that
 * generating again after an edit draws only the pictures it changed; a cache that cannot be used only means they are
 * all drawn, which the editor's log says.
 */
export function registerGenerate(connection: Connection, services: KtsServices): void {
    connection.onRequest(GenerateRequest, async (params: GenerateParams): Promise<GenerateResult> => {
        // The language is the settings' or kts.config.json's, read with the model it applies to.
        const { model, language } = await readBuiltWorkspace(services.shared, () => ({
            model: services.model.ArchitectureModelProvider.linkedModel().model,
            language: services.config.ConfigProvider.get().language
        }));
        const figureCache = new PngCache(cacheFolder(), {
            onProblem: problem => connection.console.warn(`KTS: ${pngCacheProblemText(problem, language)}`)
        });
        try {
            const files = await generateFramework(model, params.frameworkId, {
                formats: [params.kind],
                language,
                edition: await documentEdition(services),
                figureCache
            });
            return { files: writeOutputFiles(params.outputFolder, files) };
        } finally {
            figureCache.close();
        }
    });
}
