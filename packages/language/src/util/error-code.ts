/** The error code of a failed file-system call (`ENOENT`, `EACCES`…), or its message when it has none. */
export function errorCode(error: unknown): string {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
