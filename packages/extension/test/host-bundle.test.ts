import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every VS Code window loads the extension host bundle out/extension.cjs, so it must not carry the language
// server's side: Langium, its parser library, the generated syntax tree. esbuild's record of the files it read
// for the bundle (out/extension.meta.json, written by scripts/build.mjs with it) says what went in.

const OUT = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'out');
const LANGIUM_SIDE = [
    /node_modules\/langium\//,
    /node_modules\/(@chevrotain\/|chevrotain)/,
    /node_modules\/vscode-languageserver\//,
    /language\/out\/generated\//
];

function hostInputs(): string[] {
    const metafile = path.join(OUT, 'extension.meta.json');
    if (!fs.existsSync(metafile)) throw new Error(`${metafile} is missing: run \`npm run build\` (it bundles the extension)`);
    const meta = JSON.parse(fs.readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    expect(Object.keys(meta.outputs)).toEqual(['out/extension.cjs']);
    return Object.keys(meta.inputs);
}

describe('extension host bundle', () => {
    it('reads nothing from Langium, its parser or the generated syntax tree', () => {
        const inputs = hostInputs();
        expect(inputs.filter(input => LANGIUM_SIDE.some(pattern => pattern.test(input)))).toEqual([]);
    });

    it('takes the Kotlin-script test and the Vietnamese folding from @kts/language', () => {
        const inputs = hostInputs();
        expect(inputs).toContain('../language/out/text/kotlin-script.js');
        expect(inputs).toContain('../language/out/text/text-match.js');
    });
});
