import type { Connection } from 'vscode-languageserver';
import { frameworkTitle, type KtsServices } from '@kts/language';
import { FrameworksRequest, type FrameworkSummary } from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';

/** `kts/frameworks`: the frameworks of the workspace, for the commands to pick from. */
export function registerFrameworks(connection: Connection, services: KtsServices): void {
    connection.onRequest(FrameworksRequest, () =>
        readBuiltWorkspace(services.shared, (): FrameworkSummary[] => {
            const language = services.config.ConfigProvider.get().language;
            return services.model.ArchitectureModelProvider.linkedModel().model.frameworks.map(framework => ({
                id: framework.id,
                title: frameworkTitle(framework, language),
                files: framework.files
            }));
        })
    );
}
