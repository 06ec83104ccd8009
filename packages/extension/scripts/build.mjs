// Bundles the extension for VS Code: the extension host entry and the language server become one file each
// (see below for their module formats), the preview's webview script an IIFE; the built-in catalogues the
// server reads at run time, the diagrams' fonts and this platform's PNG renderer are copied beside them, and the JSON schema of
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

/** The server bundle takes the renderer shim instead of @resvg/resvg-js (see src/server/resvg-native.ts). */
const resvgShim = {
    name: 'resvg-native',
    setup(build) {
        build.onResolve({ filter: /^@resvg\/resvg-js$/ }, () => ({ path: path.join(extensionDir, 'src', 'server', 'resvg-native.ts') }));
    }
};

/** The server bundle finds the diagrams' fonts in out/fonts/ (see src/server/bundled-fonts.ts). */
const bundledFontsShim = {
    name: 'bundled-fonts',
    setup(build) {
        build.onResolve({ filter: /^\.\/bundled-fonts\.js$/ }, args =>
            args.importer.includes(`${path.sep}diagrams${path.sep}`)
                ? { path: path.join(extensionDir, 'src', 'server', 'bundled-fonts.ts') }
                : undefined
        );
    }
};

/** The font files the diagrams are drawn with, and their licence, copied beside the server bundle. */
async function copyDiagramFonts() {
    const diagrams = path.join(extensionDir, '..', 'diagrams');
    const { DIAGRAM_FONT_FILES } = await import(pathToFileURL(path.join(diagrams, 'out', 'diagram-fonts.js')).href);
    const fontPackage = path.dirname(createRequire(path.join(diagrams, 'package.json')).resolve('dejavu-fonts-ttf/package.json'));
    const fonts = path.join(outDir, 'fonts');
    fs.rmSync(fonts, { recursive: true, force: true });
    fs.mkdirSync(fonts, { recursive: true });
    for (const name of DIAGRAM_FONT_FILES) fs.copyFileSync(path.join(fontPackage, 'ttf', name), path.join(fonts, name));
    fs.copyFileSync(path.join(fontPackage, 'LICENSE'), path.join(fonts, 'LICENSE'));
}

/** The native renderer of this platform, copied beside the server bundle for the shim to load. */
function copyNativeRenderer() {
    const require = createRequire(path.join(extensionDir, '..', 'diagrams', 'package.json'));
    const resvgDir = path.dirname(require.resolve('@resvg/resvg-js/package.json'));
    const suffix = process.platform === 'linux' ? '-gnu' : process.platform === 'win32' ? '-msvc' : '';
    const name = `resvgjs.${process.platform}-${process.arch}${suffix}.node`;
    const platformPackage = `@resvg/resvg-js-${process.platform}-${process.arch}${suffix}`;
    const source = path.join(
        path.dirname(createRequire(path.join(resvgDir, 'package.json')).resolve(`${platformPackage}/package.json`)),
        name
    );
    const native = path.join(outDir, 'native');
    fs.rmSync(native, { recursive: true, force: true });
    fs.mkdirSync(native, { recursive: true });
    fs.copyFileSync(source, path.join(native, name));
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
        plugins: [resvgShim, bundledFontsShim]
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

copyNativeRenderer();
await copyDiagramFonts();

const catalogs = path.join(extensionDir, 'data', 'catalogs');
fs.rmSync(path.join(extensionDir, 'data'), { recursive: true, force: true });
fs.cpSync(path.join(languageDir, 'data', 'catalogs'), catalogs, { recursive: true });

const ruleCatalog = JSON.parse(fs.readFileSync(path.join(languageDir, 'data', 'rules.json'), 'utf8'));
fs.mkdirSync(path.join(extensionDir, 'schemas'), { recursive: true });
fs.writeFileSync(path.join(extensionDir, 'schemas', 'kts.config.schema.json'), JSON.stringify(configSchema(ruleCatalog), null, 2) + '\n');

for (const file of ['extension.cjs', 'server.mjs']) {
    console.log(`${file}: ${(fs.statSync(path.join(outDir, file)).size / 1024).toFixed(0)} KB`);
}
