import * as path from 'node:path';
import type { LoadedWorkspace } from '@kts/language';
import type { Language } from '@kts/language/model';
import type { CliIo } from './cli-io.js';
import { cliMessage, errorCount, type CliMessageKey } from './messages.js';
import { toCliDiagnostic, type CliDiagnostic } from './commands/validate.js';

/**
 * Lists the model's errors on stderr. Returns false when the command must stop: there are errors and the user did
 * not pass `--force`. Commands that draw or export from the model share this gate with `kts validate`'s exit code.
 */
export function reportModelErrors(
    workspace: LoadedWorkspace,
    force: boolean | undefined,
    io: CliIo,
    action: Extract<CliMessageKey, `action${string}`>
): boolean {
    const errors: CliDiagnostic[] = [];
    for (const [document, list] of workspace.diagnostics) {
        const file = path.relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        for (const diagnostic of list) if ((diagnostic.severity ?? 1) === 1) errors.push(toCliDiagnostic(file, diagnostic));
    }
    if (errors.length === 0) return true;
    for (const item of errors)
        io.err(`${item.file}:${item.line}:${item.column} error ${item.message}${item.rule ? ` [${item.rule}]` : ''}\n`);
    const language: Language = workspace.config.language;
    const args = { errors: errorCount(errors.length, language), action: cliMessage(action, language) };
    io.err(`kts: ${cliMessage(force ? 'modelErrorsForced' : 'modelErrorsRefused', language, args)}\n`);
    return force === true;
}
