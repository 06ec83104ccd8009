import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Location, LocationLink } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import type { KtsServices } from '../src/index.js';
import { MAX_COMPLETION_ITEMS } from '../src/lsp/kts-completion-provider.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

/** More applications than one completion list holds. */
const APPS = Array.from({ length: 250 }, (_, index) => `app app_${String(index + 1).padStart(3, '0')} "Ứng dụng ${index + 1}"`).join(
    '\n        '
);

/** The framework being edited: both states, each with elements whose names say "dịch vụ". */
const HUE = `framework hue {
    current { application { app dv_cu "Dịch vụ công cũ" } }
    target { application {
        ${APPS}
        app dv_moi "Dịch vụ công mới"
        app editing "Ứng dụng đang sửa" { integrates <QUERY> }
    } }
}
`;

/** Another framework with the same kind of names. */
const HANOI = `framework hanoi { target { application {
    app dv_hn "Dịch vụ công Hà Nội"
    app app_001 "Ứng dụng Hà Nội"
} } }
`;

const CATALOG = `catalog thu-nghiem "Danh mục thử nghiệm" {
    version "1"
    status local
    source "Bộ kiểm thử KTS"
    model ARM pattern "^KT-ARM\\\\.\\\\d{2}(\\\\.\\\\d{2})?$" complete
    entry KT-ARM.01 "Ứng dụng phục vụ người dân" { model ARM }
    entry KT-ARM.01.02 "Hệ thống thông tin giải quyết thủ tục hành chính" { model ARM parent KT-ARM.01 }
}
`;

let services: KtsServices;

beforeAll(() => {
    services = createTestServices();
});

/** Builds the framework with `query` after `integrates` and completes at its end. */
async function completeAfter(query: string, others: Record<string, string> = { 'hanoi.kts': HANOI }): Promise<CompletionList> {
    const text = HUE.replace('<QUERY>', query);
    const docs = await buildWorkspace(services, { 'hue.kts': text, ...others });
    const document = docs.get('hue.kts')!;
    const offset = text.indexOf(`integrates ${query}`) + `integrates ${query}`.length;
    const list = await complete(document, offset);
    await services.shared.workspace.DocumentBuilder.update(
        [],
        [...docs.values()].map(doc => doc.uri)
    );
    return list;
}

async function complete(document: LangiumDocument, offset: number): Promise<CompletionList> {
    const list = await services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return list!;
}

function sortedLabels(list: CompletionList): string[] {
    return [...list.items]
        .sort((a: CompletionItem, b: CompletionItem) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
        .map(item => item.label);
}

describe('element completion in a large workspace', () => {
    test(`offers at most ${MAX_COMPLETION_ITEMS} items, the list marked incomplete so that typing more asks again`, async () => {
        for (const query of ['', 'app']) {
            const list = await completeAfter(query);
            expect(list.items).toHaveLength(MAX_COMPLETION_ITEMS);
            expect(list.isIncomplete).toBe(true);
            // 250 own applications fit: none of another framework makes it into the list.
            expect(list.items.filter(item => item.label.startsWith('hanoi.'))).toEqual([]);
        }
    });

    test("a name that starts with the query comes first, in the position's own framework", async () => {
        const labels = sortedLabels(await completeAfter('app_24'));
        expect(labels).toEqual([
            'app_240',
            'app_241',
            'app_242',
            'app_243',
            'app_244',
            'app_245',
            'app_246',
            'app_247',
            'app_248',
            'app_249'
        ]);
        // Another framework's elements are written with its name, and found by it.
        expect(sortedLabels(await completeAfter('hanoi'))).toEqual(['hanoi.dv_hn', 'hanoi.app_001']);
    });

    test('among names that match as well, the own framework and state first, then its other state, the national components, other frameworks', async () => {
        const labels = sortedLabels(await completeAfter('dich vu cong'));
        expect(labels[0]).toBe('dv_moi');
        expect(labels[1]).toBe('current.dv_cu');
        const national = labels.indexOf('cong-dvc-quoc-gia');
        expect(national).toBeGreaterThan(1);
        expect(labels.indexOf('hanoi.dv_hn')).toBeGreaterThan(national);
    });

    test('an edit of another framework file shows in the next completion: new names, new titles', async () => {
        const text = HUE.replace('<QUERY>', 'hanoi');
        const docs = await buildWorkspace(services, {
            'hue.kts': text,
            'search.kts': HUE.replace('hue', 'hue_tim').replace('<QUERY>', 'thong tin'),
            'hanoi.kts': HANOI
        });
        const offset = text.indexOf('integrates hanoi') + 'integrates hanoi'.length;
        const search = docs.get('search.kts')!;
        const searchOffset = search.textDocument.getText().indexOf('thong tin') + 'thong tin'.length;
        expect(sortedLabels(await complete(docs.get('hue.kts')!, offset))).toEqual(['hanoi.dv_hn', 'hanoi.app_001']);
        expect(sortedLabels(await complete(search, searchOffset))).not.toContain('hanoi.dv_hn');

        const hanoi = docs.get('hanoi.kts')!;
        const editHanoi = async (version: number, newText: string) => {
            services.shared.workspace.TextDocuments!.set(TextDocument.create(hanoi.uri.toString(), 'kts', version, newText));
            await services.shared.workspace.DocumentBuilder.update([hanoi.uri], []);
        };
        await editHanoi(2, HANOI.replace('dv_hn', 'dvc_hanoi'));
        expect(sortedLabels(await complete(docs.get('hue.kts')!, offset))).toEqual(['hanoi.dvc_hanoi', 'hanoi.app_001']);

        await editHanoi(3, HANOI.replace('dv_hn', 'dvc_hanoi').replace('Dịch vụ công Hà Nội', 'Cổng thông tin Hà Nội'));
        const found = (await complete(search, searchOffset)).items.find(item => item.label === 'hanoi.dvc_hanoi');
        expect(found?.detail).toBe('Cổng thông tin Hà Nội');
        await services.shared.workspace.DocumentBuilder.update(
            [],
            [...docs.values()].map(doc => doc.uri)
        );
    });
});

describe('a `.` inside a code or name', () => {
    const text = `framework hue { target { application {
        app dvc "Cổng dịch vụ công" { codes KT-ARM.01.02 standards 1.4 }
    } } }
`;
    let document: LangiumDocument;

    beforeAll(async () => {
        const docs = await buildWorkspace(services, { 'catalog.kts': CATALOG, 'dots.kts': text });
        document = docs.get('dots.kts')!;
    });

    async function hoverAt(offset: number): Promise<string | undefined> {
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        return (hover?.contents as { value: string } | undefined)?.value;
    }

    test.each([
        ['KT-ARM.01.02', 'KT-ARM'.length, /^\*\*`KT-ARM\.01\.02`\*\* — Hệ thống thông tin giải quyết thủ tục hành chính/],
        ['KT-ARM.01.02', 'KT-ARM.01'.length, /^\*\*`KT-ARM\.01\.02`\*\* — Hệ thống thông tin giải quyết thủ tục hành chính/],
        ['1.4', 1, /^\*\*`1\.4`\*\* — Truy cập và chia sẻ dữ liệu/]
    ])('hover on a `.` of %s (character %i) shows the code it belongs to', async (code, dot, expected) => {
        const offset = text.indexOf(code) + dot;
        expect(text[offset]).toBe('.');
        expect(await hoverAt(offset)).toMatch(expected);
    });

    test('go to definition on a `.` of a code goes to its entry', async () => {
        const offset = text.indexOf('KT-ARM.01.02') + 'KT-ARM.01'.length;
        const links = (await services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        })) as Array<Location | LocationLink> | undefined;
        const link = links?.[0] as LocationLink | undefined;
        expect(link?.targetUri).toMatch(/catalog\.kts$/);
        const catalog = services.shared.workspace.LangiumDocuments.getDocument(
            services.shared.workspace.LangiumDocuments.all.find(doc => doc.uri.toString() === link!.targetUri)!.uri
        )!;
        expect(catalog.textDocument.getText(link!.targetSelectionRange)).toBe('KT-ARM.01.02');
    });
});
