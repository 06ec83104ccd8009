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
