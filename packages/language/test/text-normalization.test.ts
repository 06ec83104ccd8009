import type { CompletionList } from 'vscode-languageserver';
import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { foldVietnamese, loadCatalogs, searchCatalogEntries } from '../src/index.js';
import { applied, buildWorkspace, createTestServices, TestWorkspace, coveredText, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

const NFD = (text: string) => text.normalize('NFD');
/** Đ and đ written with the look-alike eth (Ð U+00D0, ð U+00F0), as PDFs and some fonts' exports produce them. */
const ETH = (text: string) => text.replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

describe('folding for matching', () => {
    test('decomposed text and the look-alikes of Đ fold like the Vietnamese text', () => {
        for (const text of ['Dân cư', 'Đường dây nóng ĐẢNG', 'Điện tử']) {
            expect(foldVietnamese(NFD(text))).toBe(foldVietnamese(text));
            expect(foldVietnamese(ETH(text))).toBe(foldVietnamese(text));
            expect(foldVietnamese(text.replace(/Đ/g, '\u0189'))).toBe(foldVietnamese(text));
        }
    });
});

describe('a name typed decomposed or with a look-alike is found as meant', () => {
    test.each([
        ['NFD', NFD('Dân cư')],
        ['Ð', 'Ðân cư']
    ])('catalogue search finds the national population database from %s', async (_form, query) => {
        const { entries } = await loadCatalogs({ paths: [fs.mkdtempSync(path.join(os.tmpdir(), 'kts-search-'))] });
        expect(searchCatalogEntries(entries, query)[0]?.code).toBe('csdlqg-dan-cu');
    });

    test.each([
        ['NFD', NFD('Dân cư')],
        ['Ð', 'Ðân cư'],
        ['ð', 'ðân cư']
    ])('workspace symbols find the national population database from %s', async (_form, query) => {
        await workspace.validate({ 'main.kts': SAMPLE_FRAMEWORK });
        const symbols = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        expect(symbols[0]?.name).toBe('csdlqg-dan-cu — Cơ sở dữ liệu quốc gia về dân cư');
    });

    test.each([
        ['NFD', NFD('dân cư')],
        ['Ð', 'Ðân cư']
    ])('completion after `integrates` offers the national population database from %s', async (_form, typed) => {
        // Its own workspace: a failed check leaves its document behind, which must not disturb the other tests.
        const services = createTestServices();
        await buildWorkspace(services, {});
        const completion = expectCompletion(services);
        await completion({
            text: `framework lao_cai { target { application { app dvc "Cổng" { integrates ${typed}<|> } } } }`,
            index: 0,
            disposeAfterCheck: true,
            assert: (list: CompletionList) => expect(list.items.map(item => item.label)).toContain('csdlqg-dan-cu')
        });
    });
});

describe('ids that differ only in normalisation', () => {
    const composed = 'điện_tử';

    test('an id typed decomposed parses, links and is the same id as when composed: a duplicate', async () => {
        const text = sampleWith(
            '            platform lgsp_lao_cai',
            `            app ${NFD(composed)} "Bản NFD" { integrates ${composed} }\n            app ${composed} "Bản NFC"\n            platform lgsp_lao_cai`
        );
        const diagnostics = await workspace.diagnostics(text);
        expect(withCode(diagnostics, 'kts/syntax')).toEqual([]);
        expect(withCode(diagnostics, 'kts/unresolved-reference')).toEqual([]);
        const duplicates = withCode(diagnostics, 'kts/duplicate-id');
        expect(duplicates.map(diagnostic => coveredText(text, diagnostic))).toEqual([composed]);
        // The decomposed spelling is still pointed out, so that the file can be normalised.
        expect(withCode(diagnostics, 'kts/text-not-nfc').map(diagnostic => coveredText(text, diagnostic))).toEqual([NFD(composed)]);
    });

    test('an id with the look-alike Ð duplicates the one with Đ', async () => {
        const text = sampleWith(
            '            platform lgsp_lao_cai',
            '            app Điện "Bản Đ"\n            app Ðiện "Bản Ð"\n            platform lgsp_lao_cai'
        );
        const duplicates = withCode(await workspace.diagnostics(text), 'kts/duplicate-id');
        expect(duplicates.map(diagnostic => coveredText(text, diagnostic))).toEqual(['Ðiện']);
    });
});

describe('kts/look-alike-letter', () => {
    test('an id with Ð is a warning on the id, in both languages, and the quick fix writes Đ', async () => {
        const text = sampleWith(
            '            platform lgsp_lao_cai',
            '            app Ðiện_tử "Điện tử"\n            platform lgsp_lao_cai'
        );
        const documents = await workspace.validate({ 'main.kts': text });
        const document = documents.get('main.kts')!;
        const [diagnostic, ...rest] = withCode(document.diagnostics ?? [], 'kts/look-alike-letter');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(2);
        expect(coveredText(text, diagnostic)).toBe('Ðiện_tử');
        expect(diagnostic.message).toBe(
            "Mã 'Ðiện_tử' có chữ Ð (U+00D0) trông giống Đ/đ nhưng không phải chữ tiếng Việt; tham chiếu gõ bằng Đ/đ sẽ không tìm thấy nó. Viết là 'Điện_tử'."
        );
        const english = (await workspace.validate({ 'main.kts': text }, { language: 'en' })).get('main.kts')!;
        expect(withCode(english.diagnostics ?? [], 'kts/look-alike-letter')[0].message).toMatch(
            /^Id 'Ðiện_tử' has the letter Ð \(U\+00D0\), which looks like Đ\/đ/
        );
        const [fix, ...others] = await workspace.quickFixes(document, diagnostic);
        expect(others).toEqual([]);
        const fixed = applied(document, fix);
        expect(fixed).toBe(text.replace('Ðiện_tử', 'Điện_tử'));
        expect(withCode(await workspace.diagnostics(fixed), 'kts/look-alike-letter')).toEqual([]);
    });

    test('ids with Vietnamese Đ/đ, and strings with any letter, raise nothing', async () => {
        expect(withCode(await workspace.diagnostics(sampleWith('"Tường lửa"', '"Ðiện (Icelandic eth)"')), 'kts/look-alike-letter')).toEqual(
            []
        );
    });
});
