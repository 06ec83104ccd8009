import * as path from 'node:path';
import type { LoadedWorkspace } from '@kts/language';
import type { CliIo } from './cli-io.js';
import { toCliDiagnostic, type CliDiagnostic } from './commands/validate.js';

/**
 * Lists the model's errors on stderr. Returns false when the command must stop: there are errors and the user did
 * not pass `--force`. Commands that draw or export from the model share this gate with `kts validate`'s exit code.
 */
export function reportModelErrors(
    workspace: LoadedWorkspace,
    force: boolean | undefined,
    io: CliIo,
    what: { vi: string; en: string }
): boolean {
    const errors: CliDiagnostic[] = [];
    for (const [document, list] of workspace.diagnostics) {
        const file = path.relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        for (const diagnostic of list) if ((diagnostic.severity ?? 1) === 1) errors.push(toCliDiagnostic(file, diagnostic));
    }
    if (errors.length === 0) return true;
    for (const item of errors)
        io.err(`${item.file}:${item.line}:${item.column} error ${item.message}${item.rule ? ` [${item.rule}]` : ''}\n`);
    const vi = workspace.config.language === 'vi';
    if (!force) {
        io.err(
            `kts: ${
                vi
                    ? `mô hình có ${errors.length} lỗi; sửa các lỗi trên (hoặc dùng --force để vẫn ${what.vi})`
                    : `the model has ${errors.length} errors; fix them (or pass --force to ${what.en} anyway)`
            }\n`
        );
        return false;
    }
    io.err(
        `kts: ${vi ? `mô hình có ${errors.length} lỗi; vẫn ${what.vi} vì có --force` : `the model has ${errors.length} errors; going on (--force)`}\n`
    );
    return true;
}
