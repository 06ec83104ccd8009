import { WorkspaceInputError } from '@kts/language';

/** Where the CLI writes; tests pass their own to read what a user would see. */
export interface CliIo {
    out(text: string): void;
    err(text: string): void;
}

export const nodeIo: CliIo = {
    out: text => process.stdout.write(text),
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
