import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { writeFileAtomic, type KtsServices } from '@kts/language';
import { GenerateRequest, type GenerateParams, type GenerateResult } from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';
import { frameworkOutputs } from './framework-outputs.js';

/**
 * `kts/generate`: renders one framework from the workspace as the editor has it (unsaved changes included)
 * and writes the files, each whole or not at all.
 */
export function registerGenerate(connection: Connection, services: KtsServices): void {
    connection.onRequest(GenerateRequest, async (params: GenerateParams): Promise<GenerateResult> => {
        // The language is the settings' or kts.config.json's, read with the model it applies to.
        const { model, language } = await readBuiltWorkspace(services.shared, () => ({
            model: services.model.ArchitectureModelProvider.linkedModel().model,
            language: services.config.ConfigProvider.get().language
        }));
        const outputs = await frameworkOutputs(model, params.frameworkId, params.kind, language);
        return {
            files: outputs.map(output => {
                const file = path.join(params.outputFolder, output.name);
                fs.mkdirSync(path.dirname(file), { recursive: true });
                writeFileAtomic(file, output.content);
                return file;
            })
        };
    });
}
