import { defineConfig } from 'vitest/config';

/**
 * The end-to-end suite: tests that drive system programs (LibreOffice, Chromium, code-server), installed by
 * scripts/install-e2e-deps.sh. Run with `npm run test:e2e`; a missing program fails the test, never skips it.
 */
export default defineConfig({
    test: {
        include: ['packages/*/e2e/**/*.e2e.test.ts'],
        testTimeout: 900_000,
        hookTimeout: 900_000,
        globalSetup: ['test/temporary-cache-folder.ts'],
        // The programs are heavy and the machines small: one file at a time.
        fileParallelism: false
    }
});
