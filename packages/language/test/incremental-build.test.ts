import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, Cancellation, DocumentState, isOperationCancelled, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test, vi } from 'vitest';

import { ast, type KtsServices } from '../src/index.js';
import { ReferencesByTarget } from '../src/lsp/references-by-target.js';
import type { KtsLinker } from '../src/references/kts-linker.js';
import { editFootprint } from '../src/workspace/edit-footprint.js';
import type { KtsIndexManager } from '../src/workspace/kts-index-manager.js';
import { buildWorkspace, cancelledEdit, createTestServices, diagnosticCodes, editText } from './test-utils.js';

/** URIs of the documents linked during the next update. */
function recordLinked(services: KtsServices): Set<string> {
    const linked = new Set<string>();
    services.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
        linked.add(document.uri.path.split('/').pop()!);
    });
    return linked;
}

const DATA = (title: string, id = 'csdl_hs') => `framework hue { target { data { database ${id} "${title}" } } }`;
const APP = 'framework hue { target { application { app dvc "HTTT giải quyết TTHC" { uses csdl_hs } } } }';

/**
 * Builds `files`, with `file` first as `firstVersion` and then edited into what `files` has: an edit of another element
 * first, so that the findings of the file's unchanged elements are kept for the next validation.
 */
async function buildWithFindingsKept(
    services: KtsServices,
    files: Record<string, string>,
    file: string,
    firstVersion: string
): Promise<Map<string, LangiumDocument>> {
    const docs = await buildWorkspace(services, { ...files, [file]: firstVersion });
    await editText(services, docs.get(file)!, files[file]!);
    return docs;
}

function usedDatabase(document: LangiumDocument): ast.Element | undefined {
    const root = document.parseResult.value as ast.KtsFile;
    const dvc = root.frameworks[0].architectures[0].layers[0].elements[0];
    return dvc.properties.filter(ast.isRelation)[0].targets[0].ref as ast.Element | undefined;
}

describe('incremental builds', () => {
    test('an edit that keeps the exported names relinks only the edited file; references elsewhere follow the new nodes', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'data.kts': DATA('CSDL hồ sơ'), 'app.kts': APP });
        const linked = recordLinked(services);

        await editText(services, docs.get('data.kts')!, DATA('CSDL hồ sơ TTHC'));

        expect([...linked]).toEqual(['data.kts']);
        const target = usedDatabase(docs.get('app.kts')!);
        expect(target?.title).toBe('CSDL hồ sơ TTHC');
        const newRoot = docs.get('data.kts')!.parseResult.value as ast.KtsFile;
        expect(target).toBe(newRoot.frameworks[0].architectures[0].layers[0].elements[0]);
        const model = services.model.ArchitectureModelProvider.linkedModel().model;
        expect(model.elements.get('hue.target.csdl_hs')?.title).toBe('CSDL hồ sơ TTHC');
        expect(model.elements.get('hue.target.dvc')?.relations[0].target).toEqual({ type: 'element', qualifiedName: 'hue.target.csdl_hs' });
        expect(diagnosticCodes(docs.get('app.kts')!)).not.toContain('kts/unresolved-reference');
    });

    test('an edit inside an element links and indexes only its references; the file keeps the others, pointed at its new nodes', async () => {
        const services = createTestServices();
        const text = (title: string) =>
            `framework hue { target {\n  data { database csdl_hs "CSDL hồ sơ" }\n  application {\n` +
            `    app dvc "${title}" { uses csdl_hs }\n    app cong "Cổng dịch vụ công" { uses dvc }\n  }\n} }`;
        const docs = await buildWorkspace(services, { 'hue.kts': text('HTTT giải quyết TTHC') });
        const document = docs.get('hue.kts')!;
        const index = services.shared.workspace.IndexManager as KtsIndexManager;
        const linker = services.references.Linker as KtsLinker;
        const wholeLinks = vi.spyOn(linker, 'link');
        const application = () => (document.parseResult.value as ast.KtsFile).frameworks[0].architectures[0].layers[1];
        const relationOf = (element: ast.Element) => element.properties.filter(ast.isRelation)[0];
        const congBefore = relationOf(application().elements[1]).targets[0];
        const congDescription = index.referencesByDocument().get(document.uri.toString())![1];

        await editText(services, document, text('HTTT một cửa điện tử'));

        expect(wholeLinks).not.toHaveBeenCalled();
        const [dvc, cong] = application().elements;
        expect(dvc.title).toBe('HTTT một cửa điện tử');
        // The other element's reference was not linked again: the same object, pointed at the edited element's new node.
        expect(relationOf(cong).targets[0]).toBe(congBefore);
        expect(congBefore.ref).toBe(dvc);
        expect(relationOf(dvc).targets[0].ref?.name).toBe('csdl_hs');
        const descriptions = index.referencesByDocument().get(document.uri.toString())!;
        expect(descriptions.map(description => description.sourcePath)).toEqual([
            '/frameworks@0/architectures@0/layers@1/elements@0/properties@0',
            '/frameworks@0/architectures@0/layers@1/elements@1/properties@0'
        ]);
        // Its description is the same object, moved with the text after the edit.
        expect(descriptions[1]).toBe(congDescription);
        expect(descriptions[1].segment.offset).toBe(document.textDocument.getText().lastIndexOf('uses dvc') + 'uses '.length);
        expect(document.references).toHaveLength(2);

        // Renaming the edited element changes the file's exports: it is linked whole, and the other reference breaks.
        await editText(services, document, text('HTTT một cửa điện tử').replace('app dvc', 'app dvc_moi'));
        expect(wholeLinks).toHaveBeenCalledTimes(1);
        expect(diagnosticCodes(document)).toContain('kts/unresolved-reference');
    });

    test("a file relinked for another file's change has an empty footprint: its own text replaced nothing since", async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'data.kts': DATA('CSDL hồ sơ'), 'app.kts': APP });
        const app = docs.get('app.kts')!;
        await editText(services, app, APP.replace('giải quyết', 'xử lý'));
        expect(editFootprint(app)?.splices).toHaveLength(1);

        await editText(services, docs.get('data.kts')!, DATA('CSDL hồ sơ', 'csdl_ho_so'));

        expect(diagnosticCodes(app)).toContain('kts/unresolved-reference');
        expect(editFootprint(app)?.splices).toEqual([]);
    });

    test('renaming an exported element relinks the files that refer to it, which then report the broken reference', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'data.kts': DATA('CSDL hồ sơ'), 'app.kts': APP });
        const linked = recordLinked(services);

        await editText(services, docs.get('data.kts')!, DATA('CSDL hồ sơ', 'csdl_ho_so'));

        expect([...linked].sort()).toEqual(['app.kts', 'data.kts']);
        expect(diagnosticCodes(docs.get('app.kts')!)).toContain('kts/unresolved-reference');
        const dvcRelations = () => services.model.ArchitectureModelProvider.linkedModel().model.elements.get('hue.target.dvc')?.relations;
        expect(dvcRelations()).toEqual([]);

        await editText(services, docs.get('data.kts')!, DATA('CSDL hồ sơ'));
        expect(diagnosticCodes(docs.get('app.kts')!)).not.toContain('kts/unresolved-reference');
        expect(usedDatabase(docs.get('app.kts')!)?.title).toBe('CSDL hồ sơ');
        expect(dvcRelations()?.map(relation => relation.target)).toEqual([{ type: 'element', qualifiedName: 'hue.target.csdl_hs' }]);
    });

    test('changing the kind of an element another file relates to re-checks that relation', async () => {
        const services = createTestServices();
        const business = (kind: string) => `framework hue { target { business { ${kind} tiep_nhan "Tiếp nhận hồ sơ" } } }`;
        const docs = await buildWorkspace(services, {
            'business.kts': business('service'),
            'app.kts': 'framework hue { target { application { app dvc "HTTT giải quyết TTHC" { uses tiep_nhan } } } }'
        });
        const kindErrors = () => diagnosticCodes(docs.get('app.kts')!).filter(code => code === 'kts/relation-target-kind');
        expect(kindErrors()).toEqual([]);

        await editText(services, docs.get('business.kts')!, business('actor'));
        expect(kindErrors()).toHaveLength(1);

        await editText(services, docs.get('business.kts')!, business('service'));
        expect(kindErrors()).toEqual([]);
    });

    test('a file whose workspace findings change because of an edit elsewhere gets new diagnostics without being edited', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'a.kts': 'framework hue { body "UBND tỉnh Thừa Thiên Huế" level province target { data { database csdl_hs "CSDL hồ sơ" } } }',
            'b.kts': 'framework hue { target { application { app dvc "DVC" } } }'
        });
        const missing = (document: LangiumDocument) =>
            (document.diagnostics ?? [])
                .filter(diagnostic => diagnostic.code === 'kts/missing-content')
                .map(diagnostic => diagnostic.message);
        expect(missing(docs.get('a.kts')!).join(' ')).toContain('tầm nhìn');

        await editText(
            services,
            docs.get('b.kts')!,
            'framework hue { vision "Chính quyền số phục vụ người dân" target { application { app dvc "DVC" } } }'
        );

        expect(missing(docs.get('a.kts')!).join(' ')).not.toContain('tầm nhìn');
    });

    test('a duplicate id introduced by editing one file is reported, and withdrawn, in the other file', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'a.kts': DATA('CSDL hồ sơ'),
            'b.kts': 'framework hue { target { data { database csdl_dd "CSDL đất đai" } } }'
        });
        const duplicatesIn = (name: string) => diagnosticCodes(docs.get(name)!).filter(code => code === 'kts/duplicate-id');
        expect(duplicatesIn('b.kts')).toEqual([]);

        // a.kts comes first, so the later declaration, in b.kts, is the duplicate.
        await editText(services, docs.get('a.kts')!, DATA('CSDL đất đai (bản sao)', 'csdl_dd'));
        expect(duplicatesIn('b.kts')).toHaveLength(1);
        expect(duplicatesIn('a.kts')).toEqual([]);

        await editText(services, docs.get('a.kts')!, DATA('CSDL hồ sơ'));
        expect(duplicatesIn('b.kts')).toEqual([]);
    });

    test('after an edit, a name declared twice still resolves to the declaration a fresh load resolves it to', async () => {
        const files = { 'a.kts': DATA('CSDL hồ sơ (a)'), 'b.kts': DATA('CSDL hồ sơ (b)'), 'app.kts': APP };
        const services = createTestServices();
        const docs = await buildWorkspace(services, files);
        expect(usedDatabase(docs.get('app.kts')!)?.title).toBe('CSDL hồ sơ (a)');

        // a.kts is indexed again; then app.kts is linked again and looks `csdl_hs` up in the symbol table.
        await editText(services, docs.get('a.kts')!, DATA('CSDL hồ sơ (a, sửa)'));
        await editText(services, docs.get('app.kts')!, `${APP}\n`);

        const fresh = createTestServices();
        const freshDocs = await buildWorkspace(fresh, { ...files, 'a.kts': DATA('CSDL hồ sơ (a, sửa)'), 'app.kts': `${APP}\n` });
        expect(usedDatabase(freshDocs.get('app.kts')!)?.title).toBe('CSDL hồ sơ (a, sửa)');
        expect(usedDatabase(docs.get('app.kts')!)?.title).toBe('CSDL hồ sơ (a, sửa)');
    });
});

describe('edits compared with a fresh load', () => {
    const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/tinh-lao-cai');
    const exampleFiles = () =>
        Object.fromEntries(
            fs
                .readdirSync(EXAMPLE)
                .filter(name => name.endsWith('.kts'))
                .map(name => [name, fs.readFileSync(path.join(EXAMPLE, name), 'utf8')])
        );

    /** The model as a fresh load of the same texts would give it, with each workspace's own folder left out of the URIs. */
    const modelText = (services: KtsServices) =>
        JSON.stringify(services.model.ArchitectureModelProvider.linkedModel().model.frameworks).replace(/file:\/\/\/test-\d+\//g, '');
    const diagnosticsText = (docs: Map<string, LangiumDocument>) =>
        JSON.stringify([...docs].map(([name, document]) => [name, document.diagnostics]));

    async function expectAsFresh(services: KtsServices, docs: Map<string, LangiumDocument>, files: Record<string, string>) {
        const fresh = createTestServices();
        const freshDocs = await buildWorkspace(fresh, files);
        expect(modelText(services)).toBe(modelText(fresh));
        expect(diagnosticsText(docs)).toBe(diagnosticsText(freshDocs));
    }

    test('after one-line edits of a file (a title, a typo in a reference and its fix) model and diagnostics are those of a fresh load', async () => {
        const files = exampleFiles();
        const name = '09-muc-tieu-ung-dung.kts';
        const services = createTestServices();
        const docs = await buildWorkspace(services, files);
        const model = () => services.model.ArchitectureModelProvider.linkedModel().model;

        const edited = {
            ...files,
            [name]: files[name].replace(
                'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Lào Cai (LGSP)',
                'Nền tảng tích hợp dữ liệu tỉnh Lào Cai (LGSP)'
            )
        };
        await editText(services, docs.get(name)!, edited[name]);
        expect(model().elements.get('tinh_lao_cai.target.lgsp_tinh')?.title).toBe('Nền tảng tích hợp dữ liệu tỉnh Lào Cai (LGSP)');
        await expectAsFresh(services, docs, edited);

        const typo = { ...edited, [name]: edited[name].replace('replaces lgsp_lc, lgsp_yb', 'replaces lgsp_lcx, lgsp_yb') };
        await editText(services, docs.get(name)!, typo[name]);
        expect(diagnosticCodes(docs.get(name)!)).toContain('kts/unresolved-reference');
        await expectAsFresh(services, docs, typo);

        await editText(services, docs.get(name)!, edited[name]);
        expect(diagnosticCodes(docs.get(name)!)).not.toContain('kts/unresolved-reference');
        await expectAsFresh(services, docs, edited);

        // A documentation comment is part of the model too.
        const commented = { ...edited, [name]: edited[name].replace('/** Thành phần 7,', '/** Thành phần 7 (sửa),') };
        await editText(services, docs.get(name)!, commented[name]);
        expect(model().elements.get('tinh_lao_cai.target.lgsp_tinh')?.documentation).toContain('Thành phần 7 (sửa)');
        await expectAsFresh(services, docs, commented);
    });

    test('organisation names and funding texts edited in and out, and a funding source added, give the diagnostics of a fresh load', async () => {
        const files = exampleFiles();
        const owners = '02-hien-trang-nghiep-vu.kts';
        const plan = '12-to-chuc-trien-khai.kts';
        const services = createTestServices();
        const docs = await buildWorkspace(services, files);
        const suggestions = () =>
            (docs.get(plan)!.diagnostics ?? [])
                .filter(diagnostic => diagnostic.code === 'kts/funding-source-text')
                .map(diagnostic => (diagnostic.data as { suggestions: string[] }).suggestions);

        const merged = { ...files, [owners]: files[owners].replace('owner "Sở Nội vụ"', 'owner "Sở Thông tin và Truyền thông"') };
        await editText(services, docs.get(owners)!, merged[owners]);
        expect(diagnosticCodes(docs.get(owners)!)).toContain('kts/organisation-changed');
        await expectAsFresh(services, docs, merged);
        await editText(services, docs.get(owners)!, files[owners]);
        expect(diagnosticCodes(docs.get(owners)!)).not.toContain('kts/organisation-changed');
        await expectAsFresh(services, docs, files);

        const asText = {
            ...files,
            [plan]: files[plan]
                .replace('budget 8.5 billion VND funding ngan-sach-dia-phuong', 'budget 8.5 billion VND funding "Ngân sách tỉnh"')
                .replace('budget 45 billion VND funding ngan-sach-dia-phuong', 'budget 45 billion VND funding "Ngân sách tỉnh"')
        };
        await editText(services, docs.get(plan)!, asText[plan]);
        expect(suggestions()).toHaveLength(2);
        await expectAsFresh(services, docs, asText);

        // The next build lists the funding sources again: the new one is offered for the same texts.
        const withSource = {
            ...asText,
            [owners]: `${files[owners]}
catalog nguon-rieng "Nguồn riêng" { status local source "Tỉnh" entry ngan-sach-tinh-rieng "Ngân sách tỉnh riêng" { model FUNDING } }
`
        };
        await editText(services, docs.get(owners)!, withSource[owners]);
        expect(suggestions().every(names => names.includes('ngan-sach-tinh-rieng'))).toBe(true);
        await expectAsFresh(services, docs, withSource);
    });

    test("the hover's usage count follows edits that add and remove references, as a fresh load counts them", async () => {
        const usageLine = async (services: KtsServices, document: LangiumDocument) => {
            const offset = document.textDocument.getText().indexOf('csdl_hs');
            const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset + 1)
            });
            return (hover?.contents as { value: string }).value.split('\n\n').at(-1);
        };
        const expectUsage = async (
            services: KtsServices,
            docs: Map<string, LangiumDocument>,
            files: Record<string, string>,
            line: string
        ) => {
            expect(await usageLine(services, docs.get('a.kts')!)).toBe(line);
            const fresh = createTestServices();
            expect(await usageLine(fresh, (await buildWorkspace(fresh, files)).get('a.kts')!)).toBe(line);
        };
        const twoApps = APP.replace('{ uses csdl_hs } }', '{ uses csdl_hs } app kho "Kho dữ liệu" { uses csdl_hs } }');
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'a.kts': DATA('Hồ sơ'), 'b.kts': APP });
        await expectUsage(services, docs, { 'a.kts': DATA('Hồ sơ'), 'b.kts': APP }, 'Được dùng bởi 1 phần tử trong không gian làm việc.');

        await editText(services, docs.get('b.kts')!, twoApps);
        await expectUsage(
            services,
            docs,
            { 'a.kts': DATA('Hồ sơ'), 'b.kts': twoApps },
            'Được dùng bởi 2 phần tử trong không gian làm việc.'
        );
        // The target's own file indexed again: the references elsewhere still count.
        await editText(services, docs.get('a.kts')!, DATA('Hồ sơ một cửa'));
        await expectUsage(
            services,
            docs,
            { 'a.kts': DATA('Hồ sơ một cửa'), 'b.kts': twoApps },
            'Được dùng bởi 2 phần tử trong không gian làm việc.'
        );
        const none = APP.replace('{ uses csdl_hs }', '');
        await editText(services, docs.get('b.kts')!, none);
        await expectUsage(
            services,
            docs,
            { 'a.kts': DATA('Hồ sơ một cửa'), 'b.kts': none },
            '_Chưa được dùng ở đâu trong không gian làm việc._'
        );
    });

    test('the reverse reference index takes in a build once the builder is idle, and waits while edits follow', async () => {
        const services = createTestServices();
        const index = services.shared.workspace.IndexManager as KtsIndexManager;
        const byTarget = new ReferencesByTarget(index);
        byTarget.enterWhenIdle(services.shared.workspace.DocumentBuilder, 50);
        const looks = vi.spyOn(index, 'referencesByDocument');
        const docs = await buildWorkspace(services, { 'a.kts': DATA('Hồ sơ'), 'b.kts': APP });
        expect(looks).not.toHaveBeenCalled();
        await vi.waitFor(() => expect(looks).toHaveBeenCalledTimes(1), { timeout: 2_000, interval: 10 });

        // Edits that follow each other within the idle time put it off until the last one.
        const twoApps = APP.replace('{ uses csdl_hs } }', '{ uses csdl_hs } app kho "Kho dữ liệu" { uses csdl_hs } }');
        await editText(services, docs.get('b.kts')!, twoApps);
        await editText(services, docs.get('b.kts')!, APP);
        await editText(services, docs.get('b.kts')!, twoApps);
        expect(looks).toHaveBeenCalledTimes(1);
        await vi.waitFor(() => expect(looks).toHaveBeenCalledTimes(2), { timeout: 2_000, interval: 10 });
        looks.mockRestore();
        // What it took in is what the workspace refers to now.
        const target = docs.get('a.kts')!;
        const path = services.workspace.AstNodeLocator.getAstNodePath(AstUtils.streamAst(target.parseResult.value).find(ast.isElement)!);
        expect(byTarget.to(target.uri.toString(), path)).toHaveLength(2);
    });

    test('a reference in an unchanged element that a new declaration in the same file takes over follows it, as a fresh load has it', async () => {
        const target = `framework hue { target { application {
        app mot_cua "Một cửa điện tử"
        app dvc "Cổng dịch vụ công" { replaces mot_cua }
    } } }`;
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'a.kts': target });
        const replacedIn = () =>
            services.model.ArchitectureModelProvider.linkedModel()
                .model.elements.get('hue.target.dvc')
                ?.relations.map(relation => relation.target);
        expect(replacedIn()).toEqual([{ type: 'element', qualifiedName: 'hue.target.mot_cua' }]);

        // The same file gains the current element after the target block: `dvc` reads and stands as before.
        const withCurrent = `${target}\nframework hue { current { application { app mot_cua "Một cửa điện tử (cũ)" } } }`;
        await editText(services, docs.get('a.kts')!, withCurrent);
        expect(replacedIn()).toEqual([{ type: 'element', qualifiedName: 'hue.current.mot_cua' }]);
        await expectAsFresh(services, docs, { 'a.kts': withCurrent });
    });

    test('a national component added to or taken from a catalogue warns of the element it shadows in a file that was not edited', async () => {
        const catalogue = (entries: string) =>
            `catalog qg_thu "Thành phần quốc gia thử" { status illustrative source "Dựng cho kiểm thử" model NATIONAL ${entries} }`;
        const shadowed = 'entry kho_du_lieu "Kho dữ liệu quốc gia" { model NATIONAL kind "platform" }';
        const framework = `framework hue { target { data { database kho_du_lieu "Kho dữ liệu tỉnh" } } }`;
        const services = createTestServices();
        const files = { 'danh-muc.kts': catalogue(''), 'khung.kts': framework };
        const docs = await buildWorkspace(services, files);
        expect(diagnosticCodes(docs.get('khung.kts')!)).not.toContain('kts/shadows-national');

        const added = { ...files, 'danh-muc.kts': catalogue(shadowed) };
        await editText(services, docs.get('danh-muc.kts')!, added['danh-muc.kts']);
        expect(diagnosticCodes(docs.get('khung.kts')!)).toContain('kts/shadows-national');
        await expectAsFresh(services, docs, added);

        await editText(services, docs.get('danh-muc.kts')!, files['danh-muc.kts']);
        expect(diagnosticCodes(docs.get('khung.kts')!)).not.toContain('kts/shadows-national');
        await expectAsFresh(services, docs, files);
    });
});

describe('element findings carried over an edit', () => {
    const diagnosticsText = (docs: Map<string, LangiumDocument>) =>
        JSON.stringify([...docs].map(([name, document]) => [name, document.diagnostics]));

    async function expectAsFresh(
        docs: Map<string, LangiumDocument>,
        files: Record<string, string>,
        configure?: (fresh: KtsServices) => void
    ) {
        const fresh = createTestServices();
        configure?.(fresh);
        expect(diagnosticsText(docs)).toBe(diagnosticsText(await buildWorkspace(fresh, files)));
    }

    const APPS = (level: string) => `framework hue { current { application {
        app mot_cua "Một cửa điện tử" { level ${level} approved "QĐ 12/QĐ-UBND" }
        app dvc "Cổng dịch vụ công" { level 9 approved "QĐ 13/QĐ-UBND" uses mot_cua }
    } } }`;

    test('a property edited alone in an element is checked again with the element, and the elements around it keep their findings', async () => {
        const services = createTestServices();
        const files = { 'a.kts': APPS('7') };
        const docs = await buildWorkspace(services, files);
        const levels = () => docs.get('a.kts')!.diagnostics!.filter(diagnostic => diagnostic.code === 'kts/security-level-range');
        expect(levels()).toHaveLength(2);

        await editText(services, docs.get('a.kts')!, APPS('3'));
        // Only the level property was parsed again: the element is the same node.
        expect(editFootprint(docs.get('a.kts')!)?.splices.map(splice => splice.fresh.$type)).toEqual(['SecurityLevelProperty']);
        expect(levels().map(diagnostic => diagnostic.range.start.line)).toEqual([2]);
        await expectAsFresh(docs, { 'a.kts': APPS('3') });

        await editText(services, docs.get('a.kts')!, APPS('71'));
        expect(levels().map(diagnostic => diagnostic.range.start.line)).toEqual([1, 2]);
        await expectAsFresh(docs, { 'a.kts': APPS('71') });
    });

    test('a code that another catalogue entry takes as its parent is no longer a leaf in an element that was not edited', async () => {
        const catalogue = (parent: string) => `catalog thu "Danh mục thử" { status illustrative source "Dựng cho kiểm thử"
            model ARM pattern "^T\\\\.\\\\d+$" { leaf-only }
            entry T.1 "Ứng dụng" { model ARM }
            entry T.2 "Ứng dụng một cửa" { model ARM ${parent} status draft }
        }`;
        const framework = (title: string) =>
            `framework hue { target { application { app dvc "Cổng dịch vụ công" { codes T.1 } app kho "${title}" { codes T.2 } } } }`;
        const services = createTestServices();
        const files = { 'danh-muc.kts': catalogue(''), 'khung.kts': framework('Kho dữ liệu tỉnh') };
        const docs = await buildWithFindingsKept(services, files, 'khung.kts', framework('Kho dữ liệu'));
        expect(diagnosticCodes(docs.get('khung.kts')!)).not.toContain('kts/code-not-leaf');

        const withParent = { ...files, 'danh-muc.kts': catalogue('parent T.1') };
        await editText(services, docs.get('danh-muc.kts')!, withParent['danh-muc.kts']);
        // The entry of T.1 is the node it was: the element's reference still points at it.
        expect(editFootprint(docs.get('danh-muc.kts')!)?.splices.map(splice => splice.fresh.$type)).toEqual(['CatalogEntry']);
        expect(diagnosticCodes(docs.get('khung.kts')!)).toContain('kts/code-not-leaf');
        await expectAsFresh(docs, withParent);

        await editText(services, docs.get('danh-muc.kts')!, files['danh-muc.kts']);
        expect(diagnosticCodes(docs.get('khung.kts')!)).not.toContain('kts/code-not-leaf');
        await expectAsFresh(docs, files);
    });

    test('findings of unchanged elements follow the output language when the editor changes it', async () => {
        const services = createTestServices();
        const files = { 'a.kts': APPS('7') };
        const docs = await buildWorkspace(services, files);
        await editText(services, docs.get('a.kts')!, APPS('71'));

        services.config.ConfigProvider.override({ language: 'en' });
        const workspace = services.shared.workspace;
        const all = workspace.LangiumDocuments.all.toArray();
        for (const document of all) workspace.DocumentBuilder.resetToState(document, DocumentState.Parsed);
        await workspace.DocumentBuilder.build(all, { validation: true });

        const level = docs.get('a.kts')!.diagnostics!.find(diagnostic => diagnostic.code === 'kts/security-level-range');
        expect(level?.message).toMatch(/level/i);
        await expectAsFresh(docs, { 'a.kts': APPS('71') }, fresh => fresh.config.ConfigProvider.override({ language: 'en' }));
    });

    test('a relation whose target changes kind in another file reports it, as a fresh load does', async () => {
        const data = (kind: string) => `framework hue { target { data { ${kind} csdl_hs "CSDL hồ sơ" } } }`;
        const app = (title: string) =>
            `framework hue { target { application { app dvc "Cổng dịch vụ công" { stores csdl_hs } app kho "${title}" } } }`;
        const services = createTestServices();
        const files = { 'a.kts': data('database'), 'b.kts': app('Kho dữ liệu tỉnh') };
        const docs = await buildWithFindingsKept(services, files, 'b.kts', app('Kho dữ liệu'));
        expect(diagnosticCodes(docs.get('b.kts')!)).not.toContain('kts/relation-target-kind');

        const asProcess = { ...files, 'a.kts': data('process') };
        await editText(services, docs.get('a.kts')!, asProcess['a.kts']);
        expect(diagnosticCodes(docs.get('b.kts')!)).toContain('kts/relation-target-kind');
        await expectAsFresh(docs, asProcess);
    });
});

describe('links that a new name takes over', () => {
    /** The declaration a document's only `replaces` reference resolves to: its qualified name. */
    function replaced(services: KtsServices, document: LangiumDocument): string | undefined {
        const root = document.parseResult.value as ast.KtsFile;
        const dvc = root.frameworks[0].architectures[0].layers[0].elements.find(element => element.name === 'dvc')!;
        const relation = dvc.properties.filter(ast.isRelation).find(candidate => candidate.kind === 'replaces')!;
        const target = relation.targets[0].ref as ast.Element | undefined;
        if (!target) return undefined;
        const architecture = target.$container.$container;
        return `${architecture.$container.name}.${architecture.state}.${target.name}`;
    }

    const A = `framework hue { target { application {
        app mot_cua "Một cửa điện tử"
        app dvc "Cổng dịch vụ công" { replaces mot_cua }
    } } }`;
    const B = (current: string) => `framework hue { current { application { ${current} } } }`;

    test('a current element added in another file takes over a `replaces` that resolved to the target one, as a fresh load has it', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, { 'a.kts': A, 'b.kts': B('app cu "Hệ thống cũ"') });
        expect(replaced(services, docs.get('a.kts')!)).toBe('hue.target.mot_cua');

        await editText(services, docs.get('b.kts')!, B('app cu "Hệ thống cũ" app mot_cua "Một cửa điện tử (cũ)"'));
        expect(replaced(services, docs.get('a.kts')!)).toBe('hue.current.mot_cua');

        const fresh = createTestServices();
        const freshDocs = await buildWorkspace(fresh, {
            'a.kts': A,
            'b.kts': B('app cu "Hệ thống cũ" app mot_cua "Một cửa điện tử (cũ)"')
        });
        expect(replaced(fresh, freshDocs.get('a.kts')!)).toBe('hue.current.mot_cua');

        await editText(services, docs.get('b.kts')!, B('app cu "Hệ thống cũ"'));
        expect(replaced(services, docs.get('a.kts')!)).toBe('hue.target.mot_cua');
    });

    test('an added name relinks only the files that refer to a name ending like it', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'a.kts': A,
            'b.kts': B('app cu "Hệ thống cũ"'),
            'c.kts': 'framework hue { target { data { database csdl_hs "CSDL hồ sơ" { uses dvc } } } }'
        });
        const linked = recordLinked(services);

        await editText(services, docs.get('b.kts')!, B('app cu "Hệ thống cũ" app mot_cua "Một cửa điện tử (cũ)"'));

        expect([...linked].sort()).toEqual(['a.kts', 'b.kts']);
    });

    test('a code added to a catalogue relinks no file whose codes only end like it', async () => {
        const services = createTestServices();
        const catalogue = (codes: string[]) =>
            `catalog thu "Danh mục thử" { status illustrative source "Dựng cho kiểm thử" model ARM pattern "^T\\\\.\\\\d+$" ${codes.map(code => `entry ${code} "Mã ${code}" { model ARM }`).join(' ')} }`;
        const docs = await buildWorkspace(services, {
            'danh-muc.kts': catalogue(['T.1']),
            'khung.kts': 'framework hue { target { application { app dvc "Cổng dịch vụ công" { codes T.1 } } } }'
        });
        const linked = recordLinked(services);

        await editText(services, docs.get('danh-muc.kts')!, catalogue(['T.1', 'T.2']));

        // khung.kts refers to the catalogue, so it is relinked; the built-in standards (codes `1.2`, ...) are not.
        expect([...linked].sort()).toEqual(['danh-muc.kts', 'khung.kts']);
    });
});

describe('builds cancelled half-way', () => {
    const CATALOG = (code: string) => `catalog thu_arm "Mô hình tham chiếu ứng dụng thử" {
        status illustrative
        source "Danh mục dựng cho kiểm thử"
        model ARM pattern "^ARM-T\\\\.\\\\d+$"
        entry ${code} "Ứng dụng liên thông hồ sơ" { model ARM status illustrative }
    }`;
    const FRAMEWORK = 'framework hue { target { application { app dvc "Cổng dịch vụ công" { codes ARM-T.1 } } } }';

    /**
     * A keystroke in the title of the second of two applications that use the database of data.kts, whose build the
     * next keystroke stops once app.kts reaches `state`.
     */
    async function appEditCancelledAt(state: DocumentState) {
        const services = createTestServices();
        const twoApps = (title: string) => APP.replace('} } } }', `} app cong "${title}" { uses csdl_hs } } } }`);
        const docs = await buildWorkspace(services, { 'data.kts': DATA('CSDL hồ sơ'), 'app.kts': twoApps('Cổng dịch vụ công') });
        const app = docs.get('app.kts')!;
        await cancelledEdit(services, app, twoApps('Cổng dịch vụ công tỉnh'), app, state);
        return { services, app, data: docs.get('data.kts')! };
    }

    test.each([
        ['linked', DocumentState.Linked],
        ['indexed', DocumentState.IndexedReferences]
    ])(
        'a catalogue edit after one whose build stopped once the framework file was %s: the file is linked and checked again',
        async (_, state) => {
            const services = createTestServices();
            const docs = await buildWorkspace(services, { 'danh-muc.kts': CATALOG('ARM-T.1'), 'khung.kts': FRAMEWORK });
            const framework = docs.get('khung.kts')!;
            const unknownCodes = () => diagnosticCodes(framework).filter(code => code === 'kts/unknown-code');
            expect(unknownCodes()).toEqual([]);

            await cancelledEdit(services, docs.get('danh-muc.kts')!, CATALOG('ARM-T.1 '), framework, state);
            await editText(services, docs.get('danh-muc.kts')!, CATALOG('ARM-T.2'));

            expect(framework.state).toBe(DocumentState.Validated);
            expect(unknownCodes()).toHaveLength(1);

            await editText(services, docs.get('danh-muc.kts')!, CATALOG('ARM-T.1'));
            expect(unknownCodes()).toEqual([]);
        }
    );

    test('a catalogue edit after one whose build stopped half-way through linking the framework file: no code keeps the old entry', async () => {
        // Enough applications that linking the file checks for cancellation between two of them.
        const apps = Array.from({ length: 300 }, (_, i) => `app ud_${i} "Ứng dụng ${i}" { codes ARM-T.1 }`);
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'danh-muc.kts': CATALOG('ARM-T.1'),
            'khung.kts': `framework hue { target { application { ${apps.join('\n')} } } }`
        });
        const framework = docs.get('khung.kts')!;
        const unknownCodes = () => diagnosticCodes(framework).filter(code => code === 'kts/unknown-code');
        expect(unknownCodes()).toEqual([]);

        // Cancelled as the next keystroke would be, once the file holds some of its new links but not all.
        const partlyLinked: Cancellation.CancellationToken = {
            get isCancellationRequested() {
                return framework.state === DocumentState.ComputedScopes && framework.references.length > 0;
            },
            onCancellationRequested: Cancellation.CancellationToken.None.onCancellationRequested
        };
        const workspace = services.shared.workspace;
        const catalogue = docs.get('danh-muc.kts')!;
        workspace.TextDocuments!.set(TextDocument.create(catalogue.uri.toString(), 'kts', 1, CATALOG('ARM-T.1 ')));
        await expect(workspace.DocumentBuilder.update([catalogue.uri], [], partlyLinked)).rejects.toSatisfy(isOperationCancelled);
        expect(framework.references.length).toBeGreaterThan(0);
        expect(framework.references.length).toBeLessThan(apps.length);

        await editText(services, catalogue, CATALOG('ARM-T.2'));

        expect(framework.state).toBe(DocumentState.Validated);
        expect(unknownCodes()).toHaveLength(apps.length);
    });
    test('the model read while a build is under way (as the outline asks for it) changes neither the links nor the findings the build ends with', async () => {
        // The next keystroke (in the other file) stops the edit's build before linking.
        const { services, app, data } = await appEditCancelledAt(DocumentState.ComputedScopes);

        // Completion and hover are served once their file is linked, while the build goes on; they read the merged model.
        const builder = services.shared.workspace.DocumentBuilder;
        const modelDuringBuild: string[] = [];
        const reading = builder.onUpdate(() => {
            modelDuringBuild.push(...services.model.ArchitectureModelProvider.linkedModel().model.elements.keys());
        });
        try {
            await editText(services, data, DATA('CSDL hồ sơ TTHC'));
        } finally {
            reading.dispose();
        }
        expect(modelDuringBuild).toContain('hue.target.cong');

        const database = (data.parseResult.value as ast.KtsFile).frameworks[0].architectures[0].layers[0].elements[0];
        const apps = (app.parseResult.value as ast.KtsFile).frameworks[0].architectures[0].layers[0].elements;
        expect(apps.map(each => each.properties.filter(ast.isRelation)[0].targets[0].ref)).toEqual([database, database]);
        expect(diagnosticCodes(app)).not.toContain('kts/unresolved-reference');
        expect(services.model.ArchitectureModelProvider.linkedModel().model.elements.get('hue.target.csdl_hs')?.title).toBe(
            'CSDL hồ sơ TTHC'
        );
    });

    test.each([
        ['parsed', 'a new title', DocumentState.Parsed, 'CSDL hồ sơ TTHC', false],
        ['linked', 'a new title', DocumentState.Linked, 'CSDL hồ sơ TTHC', false],
        ['parsed', 'a renamed element', DocumentState.Parsed, 'csdl_ho_so', true],
        ['linked', 'a renamed element', DocumentState.Linked, 'csdl_ho_so', true]
    ])(
        'a file whose spliced edit was cancelled once %s, then %s in the file it refers to: its references follow that file',
        async (_, __, state, change, renamed) => {
            // The edit is in the second element; the first one's reference is kept across the cancelled build.
            const { services, app, data } = await appEditCancelledAt(state);
            expect(editFootprint(app)?.splices).toHaveLength(1);

            await editText(services, data, renamed ? DATA('CSDL hồ sơ', change) : DATA(change));

            expect(app.state).toBe(DocumentState.Validated);
            const database = (data.parseResult.value as ast.KtsFile).frameworks[0].architectures[0].layers[0].elements[0];
            expect(usedDatabase(app)).toBe(renamed ? undefined : database);
            expect(diagnosticCodes(app).includes('kts/unresolved-reference')).toBe(renamed);
        }
    );
});
