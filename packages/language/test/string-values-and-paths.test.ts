import { AstUtils, DefaultAstNodeLocator, ValueConverter } from 'langium';
import { describe, expect, test } from 'vitest';
import { unquote } from '../src/parser/kts-value-converter.js';
import { ast } from '../src/index.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

describe('string values and node paths, built without chains of concatenated strings', () => {
    test.each([
        '"Cơ sở dữ liệu quốc gia về dân cư"',
        '""',
        '"Dòng 1\\nDòng 2\\tcột"',
        '"Trích dẫn \\"Khung kiến trúc\\" và dấu \\\\ ngược"',
        '"\\b\\f\\r\\v\\0\\x\\é"'
    ])('%s reads as Langium reads it', token => {
        expect(unquote(token)).toBe(ValueConverter.convertString(token));
    });

    test('titles in the tree are the unescaped values, and node paths are the ones Langium writes', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'a.kts':
                'framework hue { target { application { app dvc "HTTT \\"một cửa\\"\\ntỉnh" { uses csdl } } data { database csdl "CSDL" } } }'
        });
        const root = docs.get('a.kts')!.parseResult.value as ast.KtsFile;
        const app = root.frameworks[0].architectures[0].layers[0].elements[0];
        expect(app.title).toBe('HTTT "một cửa"\ntỉnh');
        const locator = services.workspace.AstNodeLocator;
        const langium = new DefaultAstNodeLocator();
        for (const node of AstUtils.streamAst(root)) {
            const path = locator.getAstNodePath(node);
            expect(path).toBe(langium.getAstNodePath(node));
            expect(locator.getAstNode(root, path)).toBe(node);
        }
    });
});
