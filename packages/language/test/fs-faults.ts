import * as fs from 'node:fs';
import { vi } from 'vitest';

/*
 * Simulated file-system faults for tests that mock `node:fs` (`writeFileSync`, `renameSync`, `mkdirSync` wrapped in
 * `vi.fn`; the `vi.mock` call itself must stay in the test file, where vitest hoists it).
 */

/** An error as Node raises it for a platform fault: ENOSPC, EACCES, EROFS, EBUSY, EPERM. */
export function fault(code: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`${code}: simulated`), { code });
}

/** A fault a test did not use up must not reach the next one; mockReset goes back to the real functions. */
export function resetFsFaults(): void {
    vi.mocked(fs.writeFileSync).mockReset();
    vi.mocked(fs.renameSync).mockReset();
    vi.mocked(fs.mkdirSync).mockReset();
}
