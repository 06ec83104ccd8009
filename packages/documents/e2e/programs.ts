import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// What the documents' end-to-end tests run: the real `kts` command, and the programs a reviewer opens its files with.

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const INSTALL_HINT = 'install the system packages with `sh scripts/install-e2e-deps.sh` (as root or with sudo)';
const CHROMIUM = '/usr/bin/chromium';

/** Every folder of examples/ that is a framework workspace (has its kts.config.json); examples/catalogs is not. */
export const EXAMPLES = fs
    .readdirSync(path.join(REPO_ROOT, 'examples'))
    .filter(name => fs.existsSync(path.join(REPO_ROOT, 'examples', name, 'kts.config.json')))
    .sort();

/** Where a system program is; a missing one fails the test and says how to install it (a test never skips). */
export function requireProgram(file: string, what: string): string {
    const found = file.startsWith('/')
        ? fs.existsSync(file)
            ? file
            : undefined
        : spawnSync('sh', ['-c', `command -v ${file}`], { encoding: 'utf8' }).stdout.trim() || undefined;
    if (!found) throw new Error(`${what} (${file}) is not installed: ${INSTALL_HINT}`);
    return found;
}

/** Runs a program to its end and returns what it printed; one that cannot run or fails throws with its error output. */
export function run(program: string, args: string[], cwd = REPO_ROOT): string {
    const result = spawnSync(program, args, { cwd, encoding: 'utf8', timeout: 900_000, maxBuffer: 256 * 1024 * 1024 });
    if (result.error) throw new Error(`${program} could not run (${result.error.message}): ${INSTALL_HINT}`);
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return result.stdout;
}

/** Headless Chromium, as the tests of the HTML edition open it. */
export function launchChromium(): Promise<Browser> {
    requireProgram(CHROMIUM, 'Chromium');
    return chromium.launch({
        executablePath: CHROMIUM,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run'
        ]
    });
}
