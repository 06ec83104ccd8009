// Bundles the `kts` command into out/bundle/ (run after `tsc -b`, from the compiled output): loading one file per
// command instead of some 470 modules (ESM resolution of each) is most of what a quick `kts validate` pays for
// start-up (bench/results.md). Each command's module stays a chunk of its own, loaded when the command runs, so
// that `kts validate` loads no Word or raster library. The bundle still runs inside the installed package: the
// built-in catalogues, resvg's and HarfBuzz's WebAssembly and the fonts are read from the packages they come with.
// out/bundle.meta.json tells which chunk holds which modules (paths from packages/cli), for test/start-up.test.ts.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cliDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(cliDir, 'out', 'bundle');
fs.rmSync(outDir, { recursive: true, force: true });

const result = await esbuild.build({
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    entryPoints: { kts: path.join(cliDir, 'out', 'bundled.js') },
    outdir: outDir,
    // `.mjs` spares Node the guess of each chunk's module format.
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    // CommonJS dependencies (exceljs, the LSP types Langium loads) need a real `require` inside an ES module.
    banner: {
        js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
    },
    metafile: true,
    absWorkingDir: cliDir,
    logLevel: 'warning'
});

// esbuild escapes non-ASCII characters in strings and names but not in regular expressions and comments. One such
// character makes Node decode a whole chunk the slow way and keep it as a two-byte string; `\uXXXX` means the
// same character in a regular expression, and nothing in a comment.
for (const file of fs.readdirSync(outDir)) {
    const chunk = path.join(outDir, file);
    const text = fs.readFileSync(chunk, 'utf8');
    const ascii = text.replace(/[^\0-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (ascii !== text) fs.writeFileSync(chunk, ascii);
}

fs.writeFileSync(path.join(cliDir, 'out', 'bundle.meta.json'), JSON.stringify(result.metafile, null, 1) + '\n');
