// The same extension, tested inside a desktop VS Code through @vscode/test-electron: the suite in
// suite/extension.suite.ts runs in the extension host and uses the VS Code API directly.
// It needs a VS Code to run in: set VSCODE_EXECUTABLE_PATH to its executable. @vscode/test-electron
// downloads one otherwise, which this project's machines cannot (no route to the VS Code CDN); then the run
// stops with "NOT RUN" and exit code 1, so it can never be counted as passed. The code-server suite
// (npm run test:e2e) is the one that runs here.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import temporaryCacheFolder from '../../../test/temporary-cache-folder.ts';

const extensionDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repoRoot = path.resolve(extensionDir, '..', '..');

function notRun(reason) {
    console.error(`\nNOT RUN: no VS Code available for @vscode/test-electron: ${reason}`);
    console.error(
        'This is not a pass. Set VSCODE_EXECUTABLE_PATH to a VS Code executable (>= 1.91) and install @vscode/test-electron to run it.\n'
    );
    process.exit(1);
}

let runTests;
try {
    ({ runTests } = await import('@vscode/test-electron'));
} catch {
    notRun('the package @vscode/test-electron is not installed');
}
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath || !fs.existsSync(vscodeExecutablePath)) {
    notRun(
        vscodeExecutablePath
            ? `${vscodeExecutablePath} does not exist`
            : 'VSCODE_EXECUTABLE_PATH is not set, and downloading VS Code is not possible offline'
    );
}
if (!fs.existsSync(path.join(extensionDir, 'out', 'extension.cjs'))) {
    console.error('out/extension.cjs is missing: run `npm run build` first');
    process.exit(1);
}

const suite = path.join(extensionDir, 'out', 'test-electron', 'suite.cjs');
await esbuild.build({
    entryPoints: [path.join(extensionDir, 'test-electron', 'suite', 'extension.suite.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile: suite,
    logLevel: 'warning'
});
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-electron-'));
fs.cpSync(path.join(repoRoot, 'examples', 'tinh-lao-cai'), path.join(workspace, 'tinh-lao-cai'), { recursive: true });
fs.cpSync(path.join(repoRoot, 'examples', 'catalogs'), path.join(workspace, 'catalogs'), { recursive: true });
fs.mkdirSync(path.join(workspace, 'gradle-app'));
fs.writeFileSync(path.join(workspace, 'gradle-app', 'build.gradle.kts'), 'plugins {\n    kotlin("jvm") version "2.1.0"\n}\n');
fs.writeFileSync(
    path.join(workspace, 'hong.kts'),
    'framework hue { target { application { app dvc "Dịch vụ công" { integrates csdlqg-dan-cuu via ndxp } } } }\n'
);
// The figure cache of the Generate Word test in a temporary folder, as in the vitest suites, not the user's: the
// language server the extension starts inherits KTS_CACHE_DIR.
const removeCacheFolder = temporaryCacheFolder();
let code = 1;
try {
    code = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: extensionDir,
        extensionTestsPath: suite,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust']
    });
} finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    removeCacheFolder();
}
process.exit(code);
