// Bundles the extension for VS Code: the extension host entry and the language server become one file each
// (see below for their module formats), the preview's webview script an IIFE; the built-in catalogues the
// server reads at run time, resvg's and HarfBuzz's WebAssembly and the diagrams' fonts are copied beside them, and the JSON schema of
// kts.config.json is written from the rule catalogue.
// Run after `npm run build` (the bundles start from the packages' compiled output). `--dev` keeps source maps.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configSchema } from './config-schema.mjs';

const extensionDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const languageDir = path.resolve(extensionDir, '..', 'language');
const dev = process.argv.includes('--dev');

/** The server bundle finds resvg's and HarfBuzz's WebAssembly and the diagrams' fonts beside it (see src/server/bundled-files.ts). */
const bundledFilesShim = {
    name: 'bundled-files',
    setup(build) {
        build.onResolve({ filter: /^\.\/bundled-files\.js$/ }, args =>
            args.importer.includes(`${path.sep}diagrams${path.sep}`)
                ? { path: path.join(extensionDir, 'src', 'server', 'bundled-files.ts') }
                : undefined
        );
        build.onResolve({ filter: /^\.\/docx-layout-worker-file\.js$/ }, args =>
            args.importer.includes(`${path.sep}documents${path.sep}`)
                ? { path: path.join(extensionDir, 'src', 'server', 'docx-layout-worker-file.ts') }
                : undefined
        );
    }
};

/**
 * resvg's WebAssembly, HarfBuzz's subsetter (the fonts embedded in SVG and HTML) and the font files the diagrams are
 * drawn with, with their licence, copied beside the server bundle.
 */
async function copyDiagramFiles() {
    const diagrams = path.join(extensionDir, '..', 'diagrams');
    const { DIAGRAM_FONT_FILES } = await import(pathToFileURL(path.join(diagrams, 'out', 'diagram-fonts.js')).href);
    const require = createRequire(path.join(diagrams, 'package.json'));
    fs.copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), path.join(outDir, 'resvg.wasm'));
    fs.copyFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'), path.join(outDir, 'harfbuzz-subset.wasm'));
    const fontPackage = path.dirname(require.resolve('dejavu-fonts-ttf/package.json'));
    const fonts = path.join(outDir, 'fonts');
    fs.rmSync(fonts, { recursive: true, force: true });
    fs.mkdirSync(fonts, { recursive: true });
    for (const name of DIAGRAM_FONT_FILES) fs.copyFileSync(path.join(fontPackage, 'ttf', name), path.join(fonts, name));
    fs.copyFileSync(path.join(fontPackage, 'LICENSE'), path.join(fonts, 'LICENSE'));
}

const common = {
    bundle: true,
    platform: 'node',
    // VS Code 1.91 runs extensions on Node 20.
    target: 'node20',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    logLevel: 'warning'
};

const outDir = path.join(extensionDir, 'out');
fs.mkdirSync(outDir, { recursive: true });

const [host] = await Promise.all([
    // VS Code loads the extension host entry with require: CommonJS. Nothing in it reads import.meta. It takes
    // from @kts/language only the Langium-free `@kts/language/text`, so that no VS Code window loads Langium.
    esbuild.build({
        ...common,
        format: 'cjs',
        entryPoints: [path.join(extensionDir, 'src', 'extension.ts')],
        outfile: path.join(outDir, 'extension.cjs'),
        external: ['vscode'],
        metafile: true
    }),
    // The server runs in its own Node process, so it can be an ES module, which it must be: @kts/diagrams
    // awaits the Graphviz WebAssembly at module level. Its CommonJS dependencies get a real `require`.
    esbuild.build({
        ...common,
        format: 'esm',
        entryPoints: [path.join(extensionDir, 'src', 'server', 'main.ts')],
        outfile: path.join(outDir, 'server.mjs'),
        banner: {
            js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
        },
        plugins: [bundledFilesShim]
    }),
    // The workers that rasterise a Word document's figures (@kts/diagrams' png-workers.ts) load this module.
    esbuild.build({
        ...common,
        format: 'esm',
        entryPoints: [path.join(extensionDir, '..', 'diagrams', 'out', 'png-worker.js')],
        outfile: path.join(outDir, 'png-worker.mjs'),
        banner: {
            js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
        },
        plugins: [bundledFilesShim]
    }),
    // The workers that lay out a Word document's pages for its contents (@kts/documents' docx-layout-workers.ts).
    esbuild.build({
        ...common,
        format: 'esm',
        entryPoints: [path.join(extensionDir, '..', 'documents', 'out', 'render', 'docx-layout-worker.js')],
        outfile: path.join(outDir, 'docx-layout-worker.mjs'),
        banner: {
            js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
        }
    }),
    esbuild.build({
        ...common,
        platform: 'browser',
        format: 'iife',
        target: 'chrome114',
        entryPoints: [path.join(extensionDir, 'src', 'webview', 'preview-script.ts')],
        outfile: path.join(outDir, 'preview.js')
    })
]);

// The files the host bundle is made of, for test/host-bundle.test.ts (not packaged: see .vscodeignore).
fs.writeFileSync(path.join(outDir, 'extension.meta.json'), JSON.stringify(host.metafile, null, 1) + '\n');

await copyDiagramFiles();

const catalogs = path.join(extensionDir, 'data', 'catalogs');
fs.rmSync(path.join(extensionDir, 'data'), { recursive: true, force: true });
fs.cpSync(path.join(languageDir, 'data', 'catalogs'), catalogs, { recursive: true });

const ruleCatalog = JSON.parse(fs.readFileSync(path.join(languageDir, 'data', 'rules.json'), 'utf8'));
fs.mkdirSync(path.join(extensionDir, 'schemas'), { recursive: true });
fs.writeFileSync(path.join(extensionDir, 'schemas', 'kts.config.schema.json'), JSON.stringify(configSchema(ruleCatalog), null, 2) + '\n');

for (const file of ['extension.cjs', 'server.mjs']) {
    console.log(`${file}: ${(fs.statSync(path.join(outDir, file)).size / 1024).toFixed(0)} KB`);
}
