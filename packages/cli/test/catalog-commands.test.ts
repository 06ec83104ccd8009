import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { kts, scratchFolder } from './run-kts.js';

const repository = path.resolve(__dirname, '../../..');
const scratch = scratchFolder('kts-catalog-cli-');

/** A workspace folder with a body's own catalogue beside its framework. */
function workspace(): string {
    const dir = fs.mkdtempSync(path.join(scratch, 'ws-'));
    fs.writeFileSync(path.join(dir, 'kts.config.json'), JSON.stringify({ catalogs: ['danh-muc'] }));
    fs.mkdirSync(path.join(dir, 'danh-muc'));
    fs.writeFileSync(
        path.join(dir, 'danh-muc', 'arm.json'),
        JSON.stringify({
            id: 'arm-so',
            title: { vi: 'ARM của Sở' },
            version: '1',
            status: 'official',
            source: 'Phụ lục III (bản của Sở)',
            models: [{ model: 'ARM', pattern: '^SO-ARM\\.\\d{2}$', complete: true }],
            entries: [{ code: 'SO-ARM.01', model: 'ARM', kind: 'code', name: 'Hệ thống quản lý dân cư cấp xã', status: 'official' }]
        })
    );
    fs.writeFileSync(path.join(dir, 'khung.kts'), 'framework so { target { application { app a "A" { codes SO-ARM.01 } } } }\n');
    return dir;
}

describe('kts catalog search', () => {
    test('"dan cu" finds the national population database, with code, name, model and status', async () => {
        const result = await kts('catalog', 'search', 'dan cu', scratch);
        expect(result.code).toBe(0);
        expect(result.out.split('\n')[0]).toMatch(/^csdlqg-dan-cu {2,}Cơ sở dữ liệu quốc gia về dân cư {2}\(NATIONAL, chính thức\)$/);
    });

    test('diacritics and case make no difference; --lang en prints English names and statuses', async () => {
        const vietnamese = await kts('catalog', 'search', 'DÂN CƯ', scratch);
        expect(vietnamese.out.split('\n')[0]).toContain('csdlqg-dan-cu');
        const english = await kts('catalog', 'search', 'dân cư', scratch, '--lang', 'en');
        expect(english.out.split('\n')[0]).toMatch(/^csdlqg-dan-cu {2,}National population database {2}\(NATIONAL, official\)$/);
    });

    test("the workspace's own catalogues are searched too, with --model narrowing the models", async () => {
        const dir = workspace();
        const result = await kts('catalog', 'search', 'dan cu', dir, '--model', 'ARM');
        expect(result.out).toBe('SO-ARM.01  Hệ thống quản lý dân cư cấp xã  (ARM, chính thức)\n');
        const viaConfig = await kts('catalog', 'search', 'dan cu', '--config', path.join(dir, 'kts.config.json'), '--model', 'ARM');
        expect(viaConfig.out).toBe(result.out);
    });

    test('no match is said plainly and exits 1; --format json gives the entries', async () => {
        const none = await kts('catalog', 'search', 'zzzz', scratch);
        expect(none).toMatchObject({ code: 1, out: 'Không tìm thấy mã nào khớp "zzzz".\n' });
        const json = await kts('catalog', 'search', 'OData', scratch, '--format', 'json');
        const entries = JSON.parse(json.out) as Array<{ code: string; model: string; standards: string[] }>;
        expect(entries[0]).toMatchObject({ code: '1.4', model: 'STANDARD' });
        expect(entries[0].standards.join(' ')).toContain('OData v4');
    });

    test('the installed command finds the population database (npx kts catalog search "dan cu")', async () => {
        const { stdout } = await promisify(execFile)(
            process.execPath,
            [path.join(repository, 'packages/cli/bin/kts.js'), 'catalog', 'search', 'dan cu'],
            { cwd: scratch }
        );
        expect(stdout.split('\n')[0]).toContain('csdlqg-dan-cu');
        expect(stdout.split('\n')[0]).toContain('Cơ sở dữ liệu quốc gia về dân cư');
    });
});

describe('kts catalog show and list', () => {
    test('show prints name, path, description, status, source and catalogue of a code', async () => {
        const result = await kts('catalog', 'show', 'DRM001.002', scratch);
        expect(result.code).toBe(0);
        expect(result.out).toContain('DRM001.002 — Quản lý kinh tế\n');
        expect(result.out).toMatch(/ Vị trí: +DRM001 Dữ liệu lĩnh vực kinh tế › DRM001\.002 Quản lý kinh tế\n/);
        expect(result.out).toMatch(/ Trạng thái: +dự thảo — Mã lấy từ bản dự thảo/);
        expect(result.out).toMatch(/ Nguồn: +Khung kiến trúc CPĐT Việt Nam phiên bản 2\.0/);
        expect(result.out).toMatch(/ Danh mục: +.*\(drm-draft-2019, phiên bản 1\.0, có sẵn trong KTS\)/);
    });

    test('show names the kind of a national component in words', async () => {
        const result = await kts('catalog', 'show', 'csdlqg-dan-cu', scratch);
        expect(result.code).toBe(0);
        expect(result.out).toMatch(/ Loại: +cơ sở dữ liệu\n/);
        const english = await kts('catalog', 'show', 'csdlqg-dan-cu', scratch, '--lang', 'en');
        expect(english.out).toMatch(/ Kind: +database\n/);
    });

    test('show of a workspace code names the JSON file it comes from', async () => {
        const dir = workspace();
        const result = await kts('catalog', 'show', 'SO-ARM.01', dir);
        expect(result.out).toContain(`(arm-so, phiên bản 1, ${path.join(dir, 'danh-muc', 'arm.json')})`);
    });

    test('show of an unknown code exits 1 and names the closest codes', async () => {
        const result = await kts('catalog', 'show', 'csdlqg-dan-cuu', scratch);
        expect(result.code).toBe(1);
        expect(result.err).toContain(
            'kts: không có mã "csdlqg-dan-cuu" trong các danh mục đã nạp. Có phải ý bạn là csdlqg-dan-cu (Cơ sở dữ liệu quốc gia về dân cư)'
        );
    });

    test('list --model DRM prints the DRM codes as a tree', async () => {
        const result = await kts('catalog', 'list', '--model', 'DRM', scratch);
        expect(result.code).toBe(0);
        expect(result.out.split('\n').slice(0, 3)).toEqual([
            'DRM001  Dữ liệu lĩnh vực kinh tế  (dự thảo)',
            '  DRM001.001  Hỗ trợ doanh nghiệp và các ngành kinh tế  (dự thảo)',
            '  DRM001.002  Quản lý kinh tế  (dự thảo)'
        ]);
    });

    test('list without a model summarises the models; an unknown model exits 1 naming the known ones', async () => {
        const summary = await kts('catalog', 'list', scratch);
        expect(summary.out).toMatch(/^NATIONAL +Thành phần quốc gia trong sơ đồ khái quát \(80 mã, đầy đủ, mẫu mã .*\)$/m);
        const unknown = await kts('catalog', 'list', '--model', 'XRM', scratch);
        expect(unknown.code).toBe(1);
        expect(unknown.err).toMatch(/^kts: không có mô hình "XRM"; các mô hình đã nạp: BRM, DRM, ARM, TRM, SRM, /);
    });

    test('bad usage exits 2 with a message: a missing folder, an unknown format', async () => {
        const missing = await kts('catalog', 'search', 'x', path.join(scratch, 'khong-co'));
        expect(missing.code).toBe(2);
        expect(missing.err).toMatch(/^kts: .*khong-co: không tìm thấy tệp hoặc thư mục\n$/);
        const format = await kts('catalog', 'list', scratch, '--format', 'xml');
        expect(format.code).toBe(2);
        expect(format.err).toContain('--format phải là "text" hoặc "json"');
    });
});
