import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_FRAMEWORK } from '../../language/test/sample.js';
import { scratchFolder } from './run-kts.js';

// `kts generate` with the figure cache, run as a user runs it: the real bin, each run a process of its own, the cache
// in a folder of the test's own (KTS_CACHE_DIR). Needs `npm run build` first (the root `pretest` script does it).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const scratch = scratchFolder('kts-generate-cache-');
fs.writeFileSync(path.join(scratch, 'lao-cai.kts'), SAMPLE_FRAMEWORK);

/** `kts generate lao-cai.kts --format docx` into `out`, the cache in `cache`; the Word file's parts and what it said. */
async function generate(out: string, cache: string, ...options: string[]) {
    const result = spawnSync(NODE, [KTS, 'generate', 'lao-cai.kts', '--format', 'docx', '--out', out, ...options], {
        cwd: scratch,
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, KTS_CACHE_DIR: cache }
    });
    if (result.error) throw result.error;
    expect(result.status, result.stderr).toBe(0);
    const warnings = result.stderr.split('\n').filter(line => line.startsWith('kts: ') && !line.startsWith('kts: ['));
    return { parts: await wordParts(path.join(scratch, out, 'lao_cai.docx')), warnings };
}

/** Every part of a Word file, but the moments it was made (docProps/core.xml), which differ from run to run. */
async function wordParts(file: string): Promise<Map<string, string>> {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const parts = new Map<string, string>();
    for (const name of Object.keys(zip.files).sort()) {
        const content = await zip.file(name)!.async('base64');
        parts.set(
            name,
            name === 'docProps/core.xml'
                ? Buffer.from(content, 'base64')
                      .toString()
                      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T')
                : content
        );
    }
    return parts;
}

const pngParts = (parts: Map<string, string>) => [...parts].filter(([name]) => name.endsWith('.png')).map(([, content]) => content);
const entries = (cache: string) => fs.readdirSync(path.join(cache, 'png')).map(name => path.join(cache, 'png', name));

describe('kts generate with the figure cache', () => {
    const cache = path.join(scratch, 'cache');
    let cold: Map<string, string>;
    beforeAll(async () => {
        ({ parts: cold } = await generate('cold', cache));
    }, 240_000);

    test('writes the same Word file with a cold cache, a warm one and --no-cache, and keeps each picture once', async () => {
        expect(pngParts(cold).length).toBeGreaterThan(1);
        expect(entries(cache)).toHaveLength(new Set(pngParts(cold)).size);
        const warm = await generate('warm', cache);
        expect(warm.parts).toEqual(cold);
        expect(warm.warnings).toEqual([]);
        expect(entries(cache)).toHaveLength(new Set(pngParts(cold)).size);
        const unused = path.join(scratch, 'unused-cache');
        const none = await generate('none', unused, '--no-cache');
        expect(none.parts).toEqual(cold);
        expect(fs.existsSync(unused)).toBe(false);
    }, 240_000);

    test('takes the pictures from a warm cache instead of drawing them', async () => {
        const taken = path.join(scratch, 'taken-cache');
        fs.cpSync(cache, taken, { recursive: true });
        // Every entry replaced by the same whole picture: a run that drew its pictures would not show it.
        const [one] = entries(taken);
        for (const entry of entries(taken)) fs.copyFileSync(one!, entry);
        const { parts } = await generate('taken', taken);
        expect(new Set(pngParts(parts))).toEqual(new Set([fs.readFileSync(one!).toString('base64')]));
    }, 240_000);

    test('draws damaged pictures again, says so once and keeps them whole again', async () => {
        const damaged = path.join(scratch, 'damaged-cache');
        fs.cpSync(cache, damaged, { recursive: true });
        for (const entry of entries(damaged)) fs.truncateSync(entry, 100);
        const { parts, warnings } = await generate('damaged', damaged);
        expect(parts).toEqual(cold);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(/^kts: một hình trong bộ nhớ đệm bị hỏng \(.+\.png\); hình được vẽ lại, tài liệu không đổi$/);
        expect(
            entries(damaged)
                .map(entry => fs.readFileSync(entry).toString('base64'))
                .sort()
        ).toEqual([...new Set(pngParts(cold))].sort());
    }, 240_000);

    test('writes the same Word file when the cache folder cannot be written, and says so once', async () => {
        const file = path.join(scratch, 'not-a-folder');
        fs.writeFileSync(file, '');
        const { parts, warnings } = await generate('unwritable', file);
        expect(parts).toEqual(cold);
        expect(warnings).toEqual([
            `kts: không dùng được bộ nhớ đệm hình ${path.join(file, 'png')} (ENOTDIR); các hình được vẽ lại, tài liệu không đổi`
        ]);
    }, 240_000);
});
