import { beforeAll, describe, expect, test } from 'vitest';
import { frameworkTitle } from '../src/model/index.js';
import { TestWorkspace, coveredText, lineOf, withCode } from './test-utils.js';
import { SAMPLE_FRAMEWORK, sampleWith } from './sample.js';

let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
});

/** SAMPLE_FRAMEWORK split as a body would split it: header, current, target, roadmap. */
function splitFramework(): Record<string, string> {
    const lines = SAMPLE_FRAMEWORK.split('\n');
    const at = (snippet: string) => lineOf(SAMPLE_FRAMEWORK, snippet);
    const slice = (from: number, to: number) => `framework lao_cai {\n${lines.slice(from, to).join('\n')}\n}\n`;
    return {
        '01-tong-quan.kts': slice(1, at('    current {')),
        '02-hien-trang.kts': slice(at('    current {'), at('    target {')),
        '03-muc-tieu.kts': slice(at('    target {'), at('    implementation {')),
        '04-lo-trinh.kts': slice(at('    implementation {'), lines.length - 2)
    };
}

describe('the linked model merges a framework split over several files', () => {
    test('four files form one framework with everything resolved across them, and no diagnostic', async () => {
        const files = splitFramework();
        const documents = await workspace.validate(files);
        for (const [name, document] of documents) {
            expect(document.diagnostics, name).toEqual([]);
        }
        const { model } = workspace.services.model.ArchitectureModelProvider.linkedModel();
        expect(model.frameworks.map(framework => framework.id)).toEqual(['lao_cai']);
        const [laoCai] = model.frameworks;
        expect(laoCai.files.map(uri => uri.slice(uri.lastIndexOf('/') + 1))).toEqual(Object.keys(files));
        expect(laoCai.body?.code).toBe('000.00.00.H38');
        expect(laoCai.level).toBe('province');
        expect(frameworkTitle(laoCai, 'vi')).toBe('Khung kiến trúc Chính quyền số tỉnh Lào Cai');
        expect(laoCai.goalPeriods.flatMap(period => period.goals.map(goal => goal.id))).toEqual(['g1']);
        expect(laoCai.principles[0].implements.map(entry => entry.code)).toEqual(['a']);
        expect(laoCai.states.current.layers.application.elements.map(element => element.id)).toEqual(['motcua']);
        expect(laoCai.states.target.layers.application.elements.map(element => element.id)).toEqual(['lgsp_lao_cai', 'dvc']);

        const dvc = model.elements.get('lao_cai.target.dvc')!;
        expect(dvc.source.uri).toContain('03-muc-tieu.kts');
        expect(dvc.securityLevel).toBe(3);
        const targets = dvc.relations.map(
            relation =>
                `${relation.kind} ${relation.target.type === 'element' ? relation.target.qualifiedName : relation.target.entry.code}`
        );
        expect(targets).toEqual([
            'replaces lao_cai.current.motcua',
            'supports lao_cai.target.tiep_nhan',
            'stores lao_cai.target.csdl_hs',
            'integrates csdlqg-dan-cu',
            'hosted lao_cai.target.tt_dl'
        ]);
        const integration = dvc.relations.find(relation => relation.kind === 'integrates')!;
        expect(integration.via).toEqual([
            { type: 'element', qualifiedName: 'lao_cai.target.lgsp_lao_cai' },
            expect.objectContaining({ type: 'national', entry: expect.objectContaining({ code: 'ndxp', builtin: true }) })
        ]);
        expect(laoCai.tasks.map(task => ({ id: task.id, delivers: task.delivers, after: task.after }))).toEqual([
            { id: 't1', delivers: ['lao_cai.target.dvc', 'lao_cai.target.csdl_hs'], after: [] },
            { id: 't2', delivers: ['lao_cai.target.lgsp_lao_cai', 'lao_cai.target.soc_lao_cai'], after: ['lao_cai.t1'] }
        ]);
        expect(laoCai.tasks[0].budgets).toEqual([{ amount: 10e9, currency: 'VND', funding: undefined }]);
    });

    test('two frameworks in one workspace stay apart and reference each other by name', async () => {
        const department =
            'framework so_yte {\n    target { application { app his "HIS" { integrates lao_cai.dvc via lao_cai.lgsp_lao_cai } } }\n}\n';
        await workspace.validate({ 'lao-cai.kts': SAMPLE_FRAMEWORK, 'so-yte.kts': department });
        const { model } = workspace.services.model.ArchitectureModelProvider.linkedModel();
        expect(model.frameworks.map(framework => framework.id)).toEqual(['lao_cai', 'so_yte']);
        const his = model.elements.get('so_yte.target.his')!;
        expect(his.relations[0].target).toEqual({ type: 'element', qualifiedName: 'lao_cai.target.dvc' });
        expect(his.relations[0].via).toEqual([{ type: 'element', qualifiedName: 'lao_cai.target.lgsp_lao_cai' }]);
    });
});

describe('kts/duplicate-framework-property', () => {
    test('a vision stated in two files of the framework is an error in the second, naming the first', async () => {
        const files = splitFramework();
        const second = 'framework lao_cai {\n    vision "Một tầm nhìn khác"\n}\n';
        const documents = await workspace.validate({ ...files, '05-bo-sung.kts': second });
        expect(withCode(documents.get('01-tong-quan.kts')!.diagnostics, 'kts/duplicate-framework-property')).toEqual([]);
        const [diagnostic, ...rest] = withCode(documents.get('05-bo-sung.kts')!.diagnostics, 'kts/duplicate-framework-property');
        expect(rest).toEqual([]);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.range.start.line).toBe(1);
        expect(coveredText(second, diagnostic)).toBe('"Một tầm nhìn khác"');
        expect(diagnostic.message).toBe(
            `'vision' của khung kiến trúc 'lao_cai' đã được khai báo ở 01-tong-quan.kts:${lineOf(files['01-tong-quan.kts'], 'vision') + 1}; chỉ khai báo một lần.`
        );
    });

    test('a property stated twice in one block is reported on the second', async () => {
        const text = sampleWith('    version "4.0"\n', '    version "4.0"\n    version "4.1"\n');
        const [diagnostic] = withCode(await workspace.diagnostics(text), 'kts/duplicate-framework-property');
        expect(coveredText(text, diagnostic)).toBe('"4.1"');
        expect(diagnostic.message).toContain("'version'");
    });

    test('a repeated body block is reported, stays in the tree, and go to definition on it answers', async () => {
        const text = SAMPLE_FRAMEWORK.replace(/( *body "[^\n]*\n)/, '$1$1');
        expect(text).not.toBe(SAMPLE_FRAMEWORK);
        const [document] = (await workspace.validate({ 'lao-cai.kts': text })).values();
        expect(withCode(document.diagnostics, 'kts/duplicate-framework-property').map(diagnostic => diagnostic.message)).toEqual([
            expect.stringContaining("'body'")
        ]);
        const offset = text.indexOf('body "') + 'body "'.length;
        const position = document.textDocument.positionAt(offset);
        const links = await workspace.services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() },
            position
        });
        expect(links === undefined || Array.isArray(links)).toBe(true);
    });

    test('each header property stated once, wherever, is fine', async () => {
        const documents = await workspace.validate(splitFramework());
        for (const document of documents.values()) expect(withCode(document.diagnostics, 'kts/duplicate-framework-property')).toEqual([]);
    });
});
