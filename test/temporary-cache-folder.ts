import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Every test run, unit and end-to-end, keeps `kts generate`'s figure cache in a temporary folder of its own, never in
 * the user's: each test process and each `kts` a test starts read `KTS_CACHE_DIR`. A test that is about the cache
 * names a folder of its own.
 */
export default function setup(): () => void {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-test-cache-'));
    process.env.KTS_CACHE_DIR = folder;
    return () => fs.rmSync(folder, { recursive: true, force: true });
}
