import * as fs from 'node:fs';
import * as path from 'node:path';
import { isReference, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { createKtsCoreServices, type KtsCoreServices } from '../src/index.js';
import { createKtsServices } from '../src/index-editor.js';
import { LazyLookaheadStrategy } from '../src/parser/lazy-lookahead.js';
import { EXAMPLES } from './load-model.js';
import { sampleFiles } from './sample.js';

// One-shot commands parse with lookahead built on first use (parser/lazy-lookahead.ts); the editor builds it all
// when the parser is made. A file must read the same either way, errors and recovery included.

const editor = createKtsServices(NodeFileSystem).Kts;
const oneShot = createKtsCoreServices(NodeFileSystem).Kts;

/** A node's properties as a user of the tree reads them: references by their text, no back-links. */
function plain(value: unknown): unknown {
    if (isReference(value)) return { refText: value.$refText };
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as AstNode;
    return Object.fromEntries(
        Object.entries(node)
            .filter(([key]) => key === '$type' || !key.startsWith('$'))
            .map(([key, item]) => [key, plain(item)])
    );
}

function parsed(services: KtsCoreServices, text: string) {
    const result = services.parser.LangiumParser.parse(text);
    return {
        tree: plain(result.value),
        parserErrors: result.parserErrors.map(error => `${error.token.startOffset}: ${error.message}`),
        lexerErrors: result.lexerErrors.map(error => `${error.offset}: ${error.message}`)
    };
}

const sample = sampleFiles();
const exampleTexts = EXAMPLES.flatMap(({ folder }) =>
    fs
        .readdirSync(folder)
        .filter(name => name.endsWith('.kts'))
        .map(name => [`${path.basename(folder)}/${name}`, fs.readFileSync(path.join(folder, name), 'utf8')] as const)
);

describe('lookahead built on first use', () => {
    test('one-shot services parse with it, the editor with the lookahead built up front', () => {
        expect(oneShot.parser.ParserConfig?.lookaheadStrategy).toBeInstanceOf(LazyLookaheadStrategy);
        expect(editor.parser.ParserConfig?.lookaheadStrategy).toBeUndefined();
    });

    test.each([...Object.entries(sample), ...exampleTexts])('%s reads the same', (_name, text) => {
        const expected = parsed(editor, text);
        expect(expected.parserErrors).toEqual([]);
        expect(parsed(oneShot, text)).toEqual(expected);
    });

    // Cut at every 61st character and with a brace or quote dropped: the parser recovers the same way.
    const laoCai = sample['lao-cai.kts'];
    const broken = [
        ...Array.from({ length: Math.floor(laoCai.length / 61) }, (_, index) => laoCai.slice(0, (index + 1) * 61)),
        laoCai.replace('{', ''),
        laoCai.replace('"', ''),
        laoCai.replaceAll('}', '')
    ];
    test(`${broken.length} broken texts give the same errors and the same recovered tree`, () => {
        for (const text of broken) {
            const expected = parsed(editor, text);
            expect(parsed(oneShot, text)).toEqual(expected);
        }
        expect(broken.filter(text => parsed(editor, text).parserErrors.length > 0).length).toBeGreaterThan(broken.length / 2);
    });
});
