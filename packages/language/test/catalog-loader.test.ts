import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
    CatalogFileError,
    catalogToKts,
    findWorkspaceConfig,
    ktsSyntaxProblems,
    loadBuiltinCatalogs,
    loadCatalogs,
    loadConfig,
    loadWorkspace,
    parseCatalogFile,
    workspaceCatalogs,
    WorkspaceInputError,
    type CatalogFile
} from '../src/index.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-catalog-loader-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const VALID: CatalogFile = {
    id: 'brm-so-tttt',
    title: { vi: 'Danh mục BRM của Sở', en: 'BRM catalogue of the department' },
    version: '2026',
    status: 'local',
    source: 'Sở Khoa học và Công nghệ, bảng nội bộ',
    models: [{ model: 'BRM', pattern: '^SO-BRM\\.\\d{2}(\\.\\d{2})?$', complete: false }],
    entries: [
        { code: 'SO-BRM.01', model: 'BRM', kind: 'business-area', name: 'Quản lý "một cửa"', status: 'local' },
        {
            code: 'SO-BRM.01.01',
            model: 'BRM',
            kind: 'business-line',
            name: 'Tiếp nhận hồ sơ',
            parent: 'SO-BRM.01',
            status: 'local',
            description: 'Dòng 1\ndòng 2 có dấu \\ ngược'
        }
    ]
};

function withChange(change: (catalog: Record<string, unknown>) => void): string {
    const copy = JSON.parse(JSON.stringify(VALID)) as Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy);
}

describe('catalogue files in JSON', () => {
    test('every built-in catalogue loads, renders and parses back without an error', () => {
        const builtins = loadBuiltinCatalogs();
        expect(builtins.map(builtin => builtin.catalog.id).sort()).toEqual([
            'agency-codes',
            'drm-draft-2019',
            'funding-sources',
            'investment-forms',
            'legal-documents',
            'national-components',
            'national-principles',
            'national-principles-3090',
            'national-targets-3090',
            'security-levels',
            'standards-tt39-2017'
        ]);
        for (const builtin of builtins) {
            expect(builtin.uri).toBe(`kts-builtin:///${builtin.catalog.id}.kts`);
            expect(ktsSyntaxProblems(builtin.text), builtin.catalog.id).toEqual([]);
        }
    });

    test('a valid catalogue renders to KTS that keeps quotes, backslashes and line breaks', () => {
        const text = catalogToKts(parseCatalogFile(JSON.stringify(VALID), 'brm.json'));
        expect(ktsSyntaxProblems(text)).toEqual([]);
        expect(text).toContain('entry SO-BRM.01 "Quản lý \\"một cửa\\"" {');
        expect(text).toContain('description "Dòng 1\\ndòng 2 có dấu \\\\ ngược"');
        expect(text).toContain('model BRM pattern "^SO-BRM\\\\.\\\\d{2}(\\\\.\\\\d{2})?$"');
    });

    test.each([
        ['text that is not JSON', '{ "id": ', /^bad\.json: không phải JSON hợp lệ \(.+\) \/ not valid JSON \(.+\)$/],
        ['a missing id', withChange(catalog => delete catalog.id), /^bad\.json: thiếu trường "id" \(chuỗi\) \/ missing string field "id"$/],
        ['a missing title', withChange(catalog => delete catalog.title), /missing "title\.vi"$/],
        [
            'an unknown status',
            withChange(catalog => (catalog.status = 'approved')),
            /"status" must be one of official, draft, illustrative, local$/
        ],
        ['no entries array', withChange(catalog => delete catalog.entries), /missing array "entries"$/],
        [
            'an entry without a name',
            withChange(catalog => delete (catalog.entries as Array<Record<string, unknown>>)[1].name),
            /^bad\.json: entries\[1\]: thiếu trường "name" \/ entries\[1\]: missing field "name"$/
        ],
        [
            'a duplicate code',
            withChange(catalog => ((catalog.entries as Array<Record<string, unknown>>)[1].code = 'SO-BRM.01')),
            /entries\[1\]: mã "SO-BRM\.01" bị trùng \/ entries\[1\]: duplicate code "SO-BRM\.01"$/
        ]
    ])('%s is refused with a message naming the file and the problem', (_case, text, message) => {
        let error: unknown;
        try {
            parseCatalogFile(text, 'bad.json');
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(CatalogFileError);
        expect((error as Error).message).toMatch(message);
    });
});

describe('workspace catalogues', () => {
    function workspaceWith(files: Record<string, string>): string {
        const dir = fs.mkdtempSync(path.join(scratch, 'ws-'));
        for (const [name, text] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
            fs.writeFileSync(path.join(dir, name), text);
        }
        return dir;
    }

    const framework = (codes: string) =>
        `framework so { target { business { activity tiep_nhan "Tiếp nhận hồ sơ" { codes ${codes} } } } }\n`;

    test('a JSON catalogue named in kts.config.json makes its codes valid', async () => {
        const dir = workspaceWith({
            'kts.config.json': JSON.stringify({ catalogs: ['danh-muc'] }),
            'danh-muc/brm.json': JSON.stringify(VALID),
            'khung.kts': framework('SO-BRM.01.01')
        });
        const workspace = await loadWorkspace({ paths: [dir] });
        const codeRules = [...workspace.diagnostics.values()].flat().filter(diagnostic => String(diagnostic.code).includes('code'));
        expect(codeRules).toEqual([]);
        const loaded = await loadCatalogs({ paths: [dir] });
        expect(loaded.entries.find(entry => entry.code === 'SO-BRM.01.01')).toMatchObject({
            model: 'BRM',
            status: 'local',
            path: [{ code: 'SO-BRM.01' }, { code: 'SO-BRM.01.01' }],
            builtin: false
        });
    });

    test('a .kts catalogue file in the workspace counts like a JSON one, and overrides a built-in entry', async () => {
        const dir = workspaceWith({
            'danh-muc.kts': `catalog rieng "Danh mục riêng" {
                version "1" status local source "Tự soạn"
                entry DRM001.002 "Quản lý kinh tế (bản của tỉnh)" { model DRM }
            }`,
            'khung.kts': 'framework so { target { data { database kt "CSDL kinh tế" { codes DRM001.002 } } } }\n'
        });
        const loaded = await loadCatalogs({ paths: [dir] });
        const overridden = loaded.entries.filter(entry => entry.code === 'DRM001.002');
        expect(overridden).toHaveLength(1);
        expect(overridden[0]).toMatchObject({ name: 'Quản lý kinh tế (bản của tỉnh)', status: 'local', catalog: { id: 'rieng' } });
    });

    test('a broken JSON catalogue stops the load with the file name and the problem', async () => {
        const dir = workspaceWith({
            'kts.config.json': JSON.stringify({ catalogs: ['brm.json'] }),
            'brm.json': withChange(catalog => delete catalog.version),
            'khung.kts': framework('SO-BRM.01.01')
        });
        await expect(loadWorkspace({ paths: [dir] })).rejects.toThrow(WorkspaceInputError);
        await expect(loadCatalogs({ paths: [dir] })).rejects.toThrow(
            `${path.join(dir, 'brm.json')}: thiếu trường "version" (chuỗi) / missing string field "version"`
        );
    });

    test('the language server loads the catalogues beside a broken one and names the broken file', () => {
        const dir = workspaceWith({
            'kts.config.json': JSON.stringify({ catalogs: ['danh-muc'] }),
            'danh-muc/a-hong.json': withChange(catalog => delete catalog.version),
            'danh-muc/b-tot.json': JSON.stringify(VALID)
        });
        const catalogs = workspaceCatalogs(loadConfig(dir));
        expect(catalogs.problems.map(problem => problem.message)).toEqual([
            `${path.join(dir, 'danh-muc', 'a-hong.json')}: thiếu trường "version" (chuỗi) / missing string field "version"`
        ]);
        expect(catalogs.rendered.map(source => source.text).join('')).toContain('SO-BRM.01.01');
    });

    test('the commands take the kts.config.json above the folder they are given; an editor folder only its own', () => {
        const dir = workspaceWith({ 'kts.config.json': '{ "language": "en" }', 'khung/khung.kts': framework('SO-BRM.01.01') });
        const nested = path.join(dir, 'khung');
        expect(findWorkspaceConfig(nested)).toBe(path.join(dir, 'kts.config.json'));
        expect(findWorkspaceConfig(path.join(nested, 'khung.kts'))).toBe(path.join(dir, 'kts.config.json'));
        expect(findWorkspaceConfig(nested, nested)).toBeUndefined();
        expect(findWorkspaceConfig(dir, dir)).toBe(path.join(dir, 'kts.config.json'));
    });

    test('a broken kts.config.json is reported alike when validating and when searching the catalogues', async () => {
        const dir = workspaceWith({ 'kts.config.json': '{ "strict": "yes" }', 'khung.kts': framework('SO-BRM.01.01') });
        const message = `${path.join(dir, 'kts.config.json')}: "strict" phải là true/false / "strict" must be a boolean`;
        await expect(loadWorkspace({ paths: [dir] })).rejects.toThrow(WorkspaceInputError);
        await expect(loadWorkspace({ paths: [dir] })).rejects.toThrow(message);
        await expect(loadCatalogs({ paths: [dir] })).rejects.toThrow(message);
        await expect(loadCatalogs({ paths: [dir], configFile: path.join(dir, 'khong-co.json') })).rejects.toThrow(
            `${path.join(dir, 'khong-co.json')}: không tìm thấy tệp / no such file`
        );
    });

    test('a syntax error in a .kts catalogue is reported with file and line; its other entries still load', async () => {
        const dir = workspaceWith({
            'danh-muc.kts': `catalog rieng "Danh mục riêng" {
    version "1" status local source "Tự soạn"
    entry SO-1 "Một" { model BRM }
    entry SO-2 { model BRM }
    entry SO-3 "Ba" { model BRM }
}
`
        });
        const loaded = await loadCatalogs({ paths: [dir] });
        expect(loaded.problems).toHaveLength(1);
        expect(loaded.problems[0]).toMatch(new RegExp(`^${path.join(dir, 'danh-muc.kts').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: `));
        expect(loaded.entries.map(entry => entry.code)).toContain('SO-1');
    });
});
