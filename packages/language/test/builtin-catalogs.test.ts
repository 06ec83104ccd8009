import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { BUILTIN_SCHEME, loadBuiltinCatalogs, type ast } from '../src/index.js';
import { TestWorkspace } from './test-utils.js';

describe('built-in catalogues', () => {
    test('every catalogue renders to KTS that lexes, parses, links and validates without a single diagnostic', async () => {
        const workspace = new TestWorkspace();
        await workspace.validate({});
        const documents = workspace.services.shared.workspace.LangiumDocuments.all
            .filter(document => document.uri.scheme === BUILTIN_SCHEME)
            .toArray();
        const builtins = loadBuiltinCatalogs().map(builtin => ({ ...builtin, uri: URI.parse(builtin.uri).toString() }));
        expect(documents.map(document => document.uri.toString()).sort()).toEqual(builtins.map(builtin => builtin.uri).sort());
        for (const document of documents) {
            const uri = document.uri.toString();
            expect(document.parseResult.lexerErrors, uri).toEqual([]);
            expect(document.parseResult.parserErrors, uri).toEqual([]);
            expect(document.diagnostics ?? [], uri).toEqual([]);
            const root = document.parseResult.value as ast.KtsFile;
            const builtin = builtins.find(candidate => candidate.uri === uri)!;
            // Nothing lost in rendering: one parsed entry per JSON entry, with the same code.
            expect(
                root.catalogs.flatMap(catalog => catalog.entries.map(entry => entry.name)),
                uri
            ).toEqual(builtin.catalog.entries.map(entry => entry.code));
        }
    });

    test('every catalogue names its version as a number, a year or a code, which hover and documents print alike in either language', () => {
        // "2019-draft" printed "phiên bản 2019-draft" inside Vietnamese text; that a catalogue is a draft is its status.
        for (const { catalog } of loadBuiltinCatalogs())
            expect(catalog.version, catalog.id).toMatch(/^(?:[\d.:/-]+|[A-Z]+ [\d.:/-]+[A-Z]*)+$/);
    });
});
