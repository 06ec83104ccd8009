import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../src/main.js';

/** Runs `kts …` in this process and returns what a user would see. */
export async function kts(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(['node', 'kts', ...args], { out: text => (out += text), err: text => (err += text) });
    return { code, out, err };
}

/** A temporary folder for the calling test file, removed after its tests. */
export function scratchFolder(prefix: string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
    return folder;
}
