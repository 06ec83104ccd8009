import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT } from './lsp-stdio-client.js';
import { createTestServices } from './test-utils.js';

const Kts = createTestServices();
const OPTIONS = { tabSize: 4, insertSpaces: true };
let counter = 0;

function parse(text: string, name = `f${++counter}.kts`) {
    return Kts.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///formatter/${name}`));
}

async function format(text: string): Promise<string> {
    const document = parse(text);
    const edits = await Kts.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'kts', 0, text), edits);
}

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

function exampleFiles(): string[] {
    const root = path.join(REPO_ROOT, 'examples');
    return fs
        .readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.kts'))
        .map(name => path.join(root, name))
        .sort();
}

describe('formatter', () => {
    test('puts one property per line, headers on one line, four-space indentation', async () => {
        const input = `framework hue { body "UBND tỉnh" { code "000.00.00.H57" en "Hue" }
target { application { app dvc
  "Dịch vụ công"
  { supports tiep_nhan stores csdl level 3 }
} }
implementation { task t1 "Xây dựng" { period 2026-2027 responsible "Sở KH&CN" delivers dvc } }
}`;
        expect(await format(input)).toBe(`framework hue {
    body "UBND tỉnh" {
        code "000.00.00.H57"
        en "Hue"
    }
    target {
        application {
            app dvc "Dịch vụ công" {
                supports tiep_nhan
                stores csdl
                level 3
            }
        }
    }
    implementation {
        task t1 "Xây dựng" {
            period 2026-2027
            responsible "Sở KH&CN"
            delivers dvc
        }
    }
}
`);
    });

    test('puts the document metadata one item per line, like any property block', async () => {
        expect(await format('framework lc { document { place "Lào Cai" year 2026 draft }\n}')).toBe(
            'framework lc {\n    document {\n        place "Lào Cai"\n        year 2026\n        draft\n    }\n}\n'
        );
    });

    test('keeps comments where they are, one blank line where there were several, none just inside braces', async () => {
        const input = `// Tệp đầu
framework hue {


    vision "Tầm nhìn"   // cuối dòng



    /** Tài liệu của phần tử. */
    target {
        /* khối */ business { actor dan "Người dân" }

    }
}
// cuối tệp`;
        expect(await format(input)).toBe(`// Tệp đầu
framework hue {
    vision "Tầm nhìn" // cuối dòng

    /** Tài liệu của phần tử. */
    target {
        /* khối */ business {
            actor dan "Người dân"
        }
    }
}
// cuối tệp
`);
    });

    test('keeps short single-property blocks and one-line relation details on one line, and a list wrapped after a comma', async () => {
        const input = `framework hue { target { application {
    app dvc "Dịch vụ công" { integrates csdlqg-dan-cu via ndxp "Xác thực" { data "Công dân" standards 1.4 } }
    app cong "Cổng" { owner "Văn phòng" }
    platform lgsp "LGSP" {
        integrates ndxp, csdlqg-dan-cu,
            csdlqg-dat-dai
    }
} } }`;
        expect(await format(input)).toBe(`framework hue {
    target {
        application {
            app dvc "Dịch vụ công" {
                integrates csdlqg-dan-cu via ndxp "Xác thực" { data "Công dân" standards 1.4 }
            }
            app cong "Cổng" { owner "Văn phòng" }
            platform lgsp "LGSP" {
                integrates ndxp, csdlqg-dan-cu,
                    csdlqg-dat-dai
            }
        }
    }
}
`);
    });

    test('joins the parts of qualified names, codes and numbers, and keeps Windows line ends and a BOM', async () => {
        const input =
            '\uFEFFframework hue {\r\n  target { application { app a "A" { uses other . current . x codes MH-ARM . 01 } } }\r\n  implementation { task t "T" { budget - 1 . 5 billion VND } }\r\n}';
        expect(await format(input)).toBe(
            '\uFEFFframework hue {\r\n    target {\r\n        application {\r\n            app a "A" {\r\n' +
                '                uses other.current.x\r\n                codes MH-ARM.01\r\n            }\r\n        }\r\n    }\r\n' +
                '    implementation {\r\n        task t "T" { budget -1.5 billion VND }\r\n    }\r\n}\r\n'
        );
    });

    test('leaves a document with syntax errors untouched', async () => {
        for (const broken of ['framework hue {  target {  ', 'framework hue { vision }', 'framework hue { vision "a" } @ }']) {
            expect(await format(broken)).toBe(broken);
        }
    });

    test('range formatting changes only the selected lines', async () => {
        const input = 'framework hue {\n  vision  "A"\n  scope {  description "B" }\n}\n';
        const document = parse(input);
        const edits = await Kts.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: OPTIONS,
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 13 } }
        });
        expect(TextDocument.applyEdits(TextDocument.create('x', 'kts', 0, input), edits)).toBe(
            'framework hue {\n    vision "A"\n  scope {  description "B" }\n}\n'
        );
    });

    test('formatting an example changes only whitespace, and formatting again changes nothing', async () => {
        const files = exampleFiles();
        expect(files.length).toBeGreaterThan(5);
        for (const file of files) {
            const text = fs.readFileSync(file, 'utf8');
            expect(parse(text).parseResult.parserErrors, path.relative(REPO_ROOT, file)).toEqual([]);
            const once = await format(text);
            expect(withoutWhitespace(once), path.relative(REPO_ROOT, file)).toBe(withoutWhitespace(text));
            expect(await format(once), path.relative(REPO_ROOT, file)).toBe(once);
        }
    });

    test('with any whitespace between the tokens of an example, formatting changes only whitespace and is idempotent', async () => {
        const texts = exampleFiles().map(file => fs.readFileSync(file, 'utf8'));
        const lexer = Kts.parser.Lexer;
        await fc.assert(
            fc.asyncProperty(
                fc.constantFrom(...texts),
                fc.array(fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', ''), { minLength: 50, maxLength: 50 }),
                async (source, spaces) => {
                    const lexed = lexer.tokenize(source);
                    const tokens = [...lexed.tokens, ...lexed.hidden].sort((a, b) => a.startOffset - b.startOffset);
                    let text = '';
                    tokens.forEach((token, index) => {
                        const gap = index === 0 ? '' : source.slice(tokens[index - 1].endOffset! + 1, token.startOffset);
                        const lineComment = index > 0 && tokens[index - 1].image.startsWith('//');
                        let space = gap === '' ? '' : spaces[index % spaces.length] || ' ';
                        if (lineComment && !space.includes('\n')) space = '\n';
                        text += space + token.image;
                    });
                    const once = await format(text);
                    expect(withoutWhitespace(once)).toBe(withoutWhitespace(text));
                    expect(await format(once)).toBe(once);
                    const reparsed = parse(once).parseResult;
                    expect(reparsed.parserErrors.length + reparsed.lexerErrors.length).toBe(
                        parse(text).parseResult.parserErrors.length + parse(text).parseResult.lexerErrors.length
                    );
                }
            ),
            { numRuns: 40, seed: 20260315 }
        );
    });
});
