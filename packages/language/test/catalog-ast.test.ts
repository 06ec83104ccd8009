import { isReference, URI, type AstNode } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { loadBuiltinCatalogs, loadWorkspace, type CatalogFile } from '../src/index.js';
import { createKtsServices } from '../src/index-editor.js';
import { catalogToKts } from '../src/catalog/catalog-to-kts.js';
import type { KtsDocumentFactory } from '../src/workspace/kts-document-factory.js';
import { EXAMPLES } from './load-model.js';
import { SAMPLE } from './sample.js';

// One-shot commands take the catalogues' syntax trees built from their JSON instead of parsing their KTS text
// (catalog/catalog-ast.ts): the trees must be the ones the parser makes, or a command would read other catalogues
// than the editor.

const { Kts } = createKtsServices(NodeFileSystem);
const factory = Kts.shared.workspace.LangiumDocumentFactory as KtsDocumentFactory;

/** A node's properties as a user of the tree reads them: references by their text, no positions or back-links. */
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

function trees(catalog: CatalogFile, name: string) {
    const text = catalogToKts(catalog);
    const parsed = factory.fromString(text, URI.parse(`kts-builtin:///parsed-${name}.kts`));
    const built = factory.fromCatalog(catalog, () => text, URI.parse(`kts-builtin:///built-${name}.kts`));
    return { parsed, built };
}

describe('catalogue trees built from JSON', () => {
    test.each(loadBuiltinCatalogs().map(builtin => [builtin.catalog.id, builtin.catalog] as const))(
        'built-in %s: the same tree as the parser makes of its KTS text',
        (id, catalog) => {
            const { parsed, built } = trees(catalog, id);
            expect(parsed.parseResult.parserErrors).toEqual([]);
            expect(plain(built.parseResult.value)).toEqual(plain(parsed.parseResult.value));
            const entry = built.parseResult.value.catalogs[0]?.entries[0];
            expect(entry?.$container).toBe(built.parseResult.value.catalogs[0]);
        }
    );

    test('texts with quotes, backslashes and line breaks, empty optional fields and a replaced legal document', () => {
        const catalog: CatalogFile = {
            id: 'thu',
            title: { vi: 'Danh mục "thử"', en: '' },
            version: '1\\2',
            status: 'local',
            source: 'dòng một\r\ndòng hai\nba',
            models: [
                { model: 'LEGAL', name: { vi: 'Văn bản' }, complete: true, leafOnly: true },
                { model: 'BRM', pattern: '^B\\d+$' }
            ],
            entries: [
                { code: 'B1', model: 'BRM', kind: 'nhóm', name: 'Một', status: 'local', tier: '', standards: [] },
                {
                    code: 'B1.2',
                    model: 'BRM',
                    kind: 'mục',
                    name: 'Hai "b"',
                    status: 'draft',
                    parent: 'B1',
                    standards: ['TCVN 1', 'ISO\n2']
                },
                {
                    code: 'nd-1-2020',
                    model: 'LEGAL',
                    kind: 'Nghị định',
                    name: 'Nghị định 1',
                    status: 'official',
                    number: '1/2020/NĐ-CP',
                    date: '2020-01-01',
                    force: 'partly-replaced',
                    replacedBy: 'nd-2-2024',
                    replacedFrom: '2024-07-01'
                }
            ]
        };
        const { parsed, built } = trees(catalog, 'thu');
        expect(parsed.parseResult.parserErrors).toEqual([]);
        expect(plain(built.parseResult.value)).toEqual(plain(parsed.parseResult.value));
    });

    test.each([SAMPLE, ...EXAMPLES.map(example => example.folder)])(
        '%s: the same diagnostics whether the catalogues are parsed or built',
        async folder => {
            const summary = async (indexReferences: boolean) => {
                const workspace = await loadWorkspace({ paths: [folder], indexReferences });
                return workspace.documents.map(document => ({
                    file: document.uri.path,
                    diagnostics: (workspace.diagnostics.get(document) ?? []).map(item => [item.code, item.range, item.message])
                }));
            };
            const built = await summary(false);
            expect(built.length).toBeGreaterThan(0);
            expect(built).toEqual(await summary(true));
        }
    );
});
