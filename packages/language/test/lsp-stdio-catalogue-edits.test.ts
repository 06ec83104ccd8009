import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { StdioLanguageClient } from './lsp-stdio-client.js';

// Edits of a workspace catalogue while a framework file that uses it is open, over `kts-language-server --stdio`.
// Each catalogue edit follows the previous one at once or after a short pause, so some builds are cancelled half-way,
// as when a user types in the catalogue. Needs `npm run build` first (the root `pretest` script does it).

const CODES = 40;
/** A multiple of CODES: each code is used by APPS / CODES applications. */
const APPS = 320;
const code = (n: number) => `KT-ARM.${String(n).padStart(2, '0')}`;

function catalogue(withFirst: boolean, edition: number): string {
    const entries = Array.from({ length: CODES }, (_, i) => i + 1)
        .filter(n => withFirst || n !== 1)
        .map(n => `    entry ${code(n)} "Ứng dụng thử ${n} (lần sửa ${edition})" { model ARM }`);
    return `catalog arm-thu "Danh mục ARM thử" {
    status illustrative
    source "Dựng cho kiểm thử"
    model ARM pattern "^KT-ARM\\\\.\\\\d{2}$"
${entries.join('\n')}
}
`;
}

function framework(title: string): string {
    const apps = Array.from({ length: APPS }, (_, i) => `            app ud_${i} "${title} ${i}" { codes ${code((i % CODES) + 1)} }`);
    return `framework thu {\n    target {\n        application {\n${apps.join('\n')}\n        }\n    }\n}\n`;
}

let root: string;
let client: StdioLanguageClient;

beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-lsp-catalogue-edits-'));
    fs.writeFileSync(path.join(root, 'danh-muc.kts'), catalogue(true, 0));
    fs.writeFileSync(path.join(root, 'khung.kts'), framework('Ứng dụng'));
    client = await StdioLanguageClient.start({ workspaceFolder: root });
});

afterAll(async () => {
    await client?.stop().catch(() => client.kill());
    fs.rmSync(root, { recursive: true, force: true });
});

const unknownFirstCode = (diagnostics: Diagnostic[]) =>
    diagnostics.filter(diagnostic => diagnostic.code === 'kts/unknown-code' && diagnostic.message.includes(code(1))).length;

describe('catalogue edits over kts-language-server --stdio', () => {
    test('an open framework file edited before gets new diagnostics after every burst of catalogue edits', {
        timeout: 180_000
    }, async () => {
        const frameworkUri = await client.open(path.join(root, 'khung.kts'));
        await client.diagnostics(frameworkUri, diagnostics => unknownFirstCode(diagnostics) === 0);
        let since = client.published.length;
        await client.change(frameworkUri, 2, framework('Ứng dụng đã sửa'));
        await client.diagnostics(frameworkUri, () => true, since);

        since = client.published.length;
        const catalogueUri = await client.open(path.join(root, 'danh-muc.kts'));
        let version = 1;
        let edition = 0;
        // Pauses between the edits of a burst, ms: 0 cancels the build at once, longer ones part-way through.
        const bursts = [[0], [5, 0], [20], [50, 10], [100], [200, 0]];
        for (const [burst, pauses] of bursts.entries()) {
            // Every burst flips whether the code is in the catalogue, so that no diagnostics published for an earlier
            // burst can pass for this one's.
            const withFirst = burst % 2 === 1;
            for (const pause of pauses) {
                await new Promise(resolve => setTimeout(resolve, pause));
                await client.change(catalogueUri, ++version, catalogue(withFirst, ++edition));
            }
            const expected = withFirst ? 0 : APPS / CODES;
            const diagnostics = await client.diagnostics(frameworkUri, published => unknownFirstCode(published) === expected, since);
            expect(unknownFirstCode(diagnostics)).toBe(expected);
            since = client.published.length;
        }
    });
});
