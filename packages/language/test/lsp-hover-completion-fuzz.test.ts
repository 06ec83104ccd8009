import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { SemanticTokensDecoder } from 'langium/lsp';
import { sampleFiles } from './sample.js';
import { TestWorkspace } from './test-utils.js';

// Hover, completion, semantic tokens and quick fixes must answer for any text at any position: a file
// being typed is broken most of the time, and error recovery leaves names and titles undefined.

const SAMPLE = sampleFiles();
const CATALOG = `catalog thu "Thử" { version "1" status illustrative source "Kiểm thử"
    model ARM pattern "^T\\\\.\\\\d{2}$"
    entry T.01 "Cổng dịch vụ công" { model ARM } entry T.02 "Quản lý văn bản" { model ARM parent T.01 }
}
`;

/** Pieces a user types: keywords, codes, names with and without diacritics, broken strings and brackets. */
const PIECES = [
    'codes ',
    'standards ',
    'realizes ',
    'integrates ',
    'via ',
    'implements ',
    ', ',
    'T.0',
    'DRM001.',
    'dan cu',
    'dân cư',
    'da\u0302n',
    '"',
    '{',
    '}',
    '.',
    '\n',
    'csdlqg-',
    'current.',
    'entry ',
    'parent ',
    'level 3',
    '😀',
    '\u0000'
];

const edit = fc
    .tuple(fc.nat(), fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), fc.nat({ max: 12 }))
    .map(([position, insert, remove]) => (text: string) => {
        const at = position % (text.length + 1);
        return text.slice(0, at) + insert + text.slice(at + remove);
    });

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('editor features on broken text', () => {
    test('never throw, and completion edits stay inside the document', { timeout: 120_000 }, async () => {
        const services = workspace.services;
        await fc.assert(
            fc.asyncProperty(
                fc.array(edit, { minLength: 1, maxLength: 4 }),
                fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
                async (edits, offsets) => {
                    const text = edits.reduce((current, change) => change(current), SAMPLE['lao-cai.kts']);
                    const documents = await workspace.validate({ 'catalog.kts': CATALOG, ...SAMPLE, 'lao-cai.kts': text });
                    const document = documents.get('lao-cai.kts')!;
                    const textDocument = { uri: document.uri.toString() };
                    const length = document.textDocument.getText().length;
                    for (const offset of offsets) {
                        const position = document.textDocument.positionAt(offset % (length + 1));
                        await services.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                        const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                        for (const item of list?.items ?? []) {
                            const edit = item.textEdit && ('range' in item.textEdit ? item.textEdit.range : item.textEdit.replace);
                            if (!edit) continue;
                            expect(document.textDocument.offsetAt(edit.start)).toBeLessThanOrEqual(
                                document.textDocument.offsetAt(position)
                            );
                            expect(edit.start.line).toBe(position.line);
                        }
                    }
                    const provider = services.lsp.SemanticTokenProvider!;
                    SemanticTokensDecoder.decode(
                        await provider.semanticHighlight(document, { textDocument }),
                        provider.tokenTypes,
                        document
                    );
                    for (const diagnostic of document.diagnostics ?? []) {
                        for (const action of await workspace.quickFixes(document, diagnostic))
                            expect(action.edit?.changes?.[textDocument.uri]).toBeDefined();
                    }
                }
            ),
            { numRuns: 300, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false }
        );
    });
});
