import * as fs from 'node:fs';
import { findWorkspaceConfig, WorkspaceInputError } from '@kts/language';
import type { Language } from '@kts/language/model';
import { isLanguage, UsageError } from './cli-io.js';

/** An unreadable workspace input, printed in the command's one language like every usage error. */
export function asUsageError(error: unknown): never {
    if (error instanceof WorkspaceInputError) throw new UsageError({ vi: error.text('vi'), en: error.text('en') });
    throw error;
}

/**
 * The language the `kts.config.json` governing `start` names, if it names one. An unreadable or invalid config is
 * not reported here: loading the workspace reports it, in the language found without it.
 */
export function configuredLanguage(start: string, configFile = findWorkspaceConfig(start)): Language | undefined {
    if (configFile === undefined) return undefined;
    try {
        const language: unknown = JSON.parse(fs.readFileSync(configFile, 'utf8'))?.language;
        return isLanguage(language) ? language : undefined;
    } catch {
        return undefined;
    }
}
