import { WorkspaceInputError } from '@kts/language';

/** Where the CLI writes; tests pass their own to read what a user would see. */
export interface CliIo {
    out(text: string): void;
    err(text: string): void;
}

let stdoutClosed: boolean | undefined;

/** `kts validate … | head` closes the pipe early: the rest of the output is dropped instead of crashing on EPIPE. */
function writeOut(text: string): void {
    if (stdoutClosed === undefined) {
        stdoutClosed = false;
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
            if (error.code !== 'EPIPE') throw error;
            stdoutClosed = true;
        });
    }
    if (!stdoutClosed) process.stdout.write(text);
}

export const nodeIo: CliIo = {
    out: writeOut,
    err: text => process.stderr.write(text)
};

/** Bad arguments or unreadable input: exit code 2 with a message that says what to do. */
export class UsageError extends Error {}

export function asUsageError(error: unknown): never {
    if (error instanceof WorkspaceInputError) throw new UsageError(error.message);
    throw error;
}

export function parseLanguage(value: string | undefined): 'vi' | 'en' | undefined {
    if (value === undefined) return undefined;
    if (value === 'vi' || value === 'en') return value;
    throw new UsageError(`--lang phải là "vi" hoặc "en" (nhận được "${value}") / --lang must be "vi" or "en"`);
}

/** A comma-separated option value (`--format docx,html`), each item one of `allowed`. */
export function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
    const items = value
        .split(',')
        .map(item => item.trim().toLowerCase())
        .filter(Boolean);
    const unknown = items.filter(item => !(allowed as readonly string[]).includes(item));
    if (items.length === 0 || unknown.length > 0) {
        throw new UsageError(
            `${option} nhận ${allowed.join(', ')} (phân tách bằng dấu phẩy), không nhận "${unknown.join(', ') || value}" / ${option} takes ${allowed.join(', ')} separated by commas`
        );
    }
    return [...new Set(items)] as T[];
}
