// LikeC4, the closest peer (Langium-based architecture as code), installed at bench time into the
// git-ignored bench/tmp/likec4 — never into the repository's package.json or lock file.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TMP_DIR } from './measure.ts';

export const LIKEC4_VERSION = '1.59.4';
const PREFIX = path.join(TMP_DIR, 'likec4');

export type LikeC4Install = { bin: string; version: string } | { problem: string };

function installedVersion(): string | undefined {
    try {
        return (JSON.parse(fs.readFileSync(path.join(PREFIX, 'node_modules/likec4/package.json'), 'utf8')) as { version: string }).version;
    } catch {
        return undefined;
    }
}

export function ensureLikeC4(log: (line: string) => void): LikeC4Install {
    const bin = path.join(PREFIX, 'node_modules/likec4/bin/likec4.mjs');
    if (installedVersion() !== LIKEC4_VERSION) {
        log(`installing likec4@${LIKEC4_VERSION} into ${path.relative(process.cwd(), PREFIX)} (npm) …`);
        fs.mkdirSync(PREFIX, { recursive: true });
        fs.writeFileSync(path.join(PREFIX, 'package.json'), JSON.stringify({ name: 'kts-bench-likec4', private: true }) + '\n');
        const result = spawnSync(
            'npm',
            ['install', '--prefix', PREFIX, '--save-exact', '--no-audit', '--no-fund', '--loglevel=error', `likec4@${LIKEC4_VERSION}`],
            { cwd: PREFIX, encoding: 'utf8', timeout: 600_000 }
        );
        if (result.status !== 0)
            return {
                problem: `npm install likec4@${LIKEC4_VERSION} failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.error?.message || '').trim().slice(-500)}`
            };
    }
    const version = installedVersion();
    if (version !== LIKEC4_VERSION || !fs.existsSync(bin))
        return { problem: `likec4 ${LIKEC4_VERSION} is not installed in ${PREFIX} (found ${version ?? 'nothing'})` };
    return { bin, version };
}
