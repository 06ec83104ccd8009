import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { loadWorkspace, parseCatalogFile, type CatalogFile } from '@kts/language';
import type { CompletionList } from 'vscode-languageserver';
import { buildWorkspace, createTestServices } from '../../language/test/test-utils.js';
import { kts, scratchFolder } from './run-kts.js';

const scratch = scratchFolder('kts-catalog-import-');

function folder(): string {
    return fs.mkdtempSync(path.join(scratch, 'case-'));
}

const HEADER = 'Mã,Tên,Mã cha,Mô tả';

describe('importing a CSV table', () => {
    test('Vietnamese headers, a quoted multi-line description and optional columns become a .kts catalogue that validates', async () => {
        const dir = folder();
        fs.writeFileSync(
            path.join(dir, 'brm.csv'),
            [
                '\uFEFFMã,Tên,Mã cha,Mô tả,Tên tiếng Anh,Trạng thái',
                'SO-BRM.01,Dịch vụ công,,,Public services,chính thức',
                'SO-BRM.01.01,"Tiếp nhận hồ sơ, trả kết quả",SO-BRM.01,"Dòng một',
                'dòng hai",,',
                'SO-BRM.01.02,Thu phí,SO-BRM.01,,,dự thảo',
                ''
            ].join('\r\n')
        );
        const result = await kts(
            'catalog',
            'import',
            path.join(dir, 'brm.csv'),
            '--model',
            'BRM',
            '--pattern',
            '^SO-BRM\\.\\d{2}(\\.\\d{2})?$',
            '--status',
            'official',
            '--source',
            'Phụ lục I (bản của Sở)',
            '-o',
            path.join(dir, 'brm.kts')
        );
        expect(result).toMatchObject({ code: 0, err: '' });
        expect(result.out).toBe(`Đã nhập 3 mã BRM từ ${path.join(dir, 'brm.csv')} vào ${path.join(dir, 'brm.kts')}.\n`);
        const text = fs.readFileSync(path.join(dir, 'brm.kts'), 'utf8');
        expect(text).toContain('catalog brm "Danh mục BRM nhập từ brm.csv" {');
        expect(text).toContain(
            'model BRM pattern "^SO-BRM\\\\.\\\\d{2}(\\\\.\\\\d{2})?$" { vi "Mô hình tham chiếu nghiệp vụ" en "Business Reference Model" }'
        );
        expect(text).toContain('entry SO-BRM.01.01 "Tiếp nhận hồ sơ, trả kết quả" {');
        expect(text).toContain('description "Dòng một\\ndòng hai"');
        expect(text).toMatch(/entry SO-BRM\.01\.02 "Thu phí" \{[^}]*status draft/);
        fs.writeFileSync(
            path.join(dir, 'khung.kts'),
            'framework so { target { business { activity a "Tiếp nhận hồ sơ" { codes SO-BRM.01.01 } } } }\n'
        );
        const workspace = await loadWorkspace({ paths: [dir] });
        expect([...workspace.diagnostics.values()].flat().filter(diagnostic => String(diagnostic.code).includes('code'))).toEqual([]);
    });

    test('semicolon-separated CSV (as Excel saves it in Vietnamese locales) and English headers are read too', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 'arm.csv'), 'code;name;parent;description\nA1;Ứng dụng;;\nA1.1;Cổng;A1;Cổng dịch vụ\n');
        const result = await kts('catalog', 'import', path.join(dir, 'arm.csv'), '--model', 'ARM');
        expect(result.code).toBe(0);
        expect(result.out).toContain('entry A1.1 "Cổng" {');
        expect(result.out).toContain('parent A1');
        expect(result.err).toBe(`Đã đọc 2 mã ARM từ ${path.join(dir, 'arm.csv')}.\n`);
    });

    test('every bad row is reported with its line and what is wrong, and nothing is written', async () => {
        const dir = folder();
        const output = path.join(dir, 'brm.kts');
        fs.writeFileSync(output, '// an earlier import that must survive\n');
        fs.writeFileSync(
            path.join(dir, 'brm.csv'),
            [
                `${HEADER},Trạng thái`,
                'BRM.01,Nhóm một,,,',
                ',Không có mã,,,',
                'BRM.01,Trùng mã,,,',
                'BRM.02,Cha không tồn tại,BRM.99,,',
                'XRM.03,Sai mẫu,,,',
                'BRM 04,Có khoảng trắng,,,',
                'BRM.05,,,,',
                'BRM.06,Trạng thái lạ,,,phê duyệt',
                'BRM.07,Tự làm cha,BRM.07,,'
            ].join('\n')
        );
        const result = await kts(
            'catalog',
            'import',
            path.join(dir, 'brm.csv'),
            '--model',
            'BRM',
            '--pattern',
            '^BRM\\.\\d{2}$',
            '-o',
            output
        );
        expect(result.code).toBe(1);
        const file = path.join(dir, 'brm.csv');
        expect(result.err.split('\n').filter(Boolean)).toEqual(
            [
                `${file}:3: thiếu mã (cột "Mã") cho "Không có mã"`,
                `${file}:4: mã "BRM.01" bị trùng với dòng 2`,
                `${file}:6: mã "XRM.03" không khớp mẫu mã ^BRM\\.\\d{2}$ của mô hình BRM`,
                `${file}:7: mã "BRM 04" không viết được trong KTS: mã gồm các nhóm chữ/số nối bằng dấu chấm, không có khoảng trắng (ví dụ BRM01.02)`,
                `${file}:8: mã "BRM.05" thiếu tên (cột "Tên")`,
                `${file}:9: trạng thái "phê duyệt" không hợp lệ; dùng chính thức/dự thảo/minh họa/riêng (official/draft/illustrative/local)`,
                `${file}:5: mã cha "BRM.99" của "BRM.02" không có trong bảng`,
                `${file}:10: mã "BRM.07" là mã cha của chính nó`,
                '8 lỗi; không ghi tệp nào. Sửa bảng rồi chạy lại lệnh.'
            ].sort((a, b) => lineNo(a) - lineNo(b))
        );
        expect(fs.readFileSync(output, 'utf8')).toBe('// an earlier import that must survive\n');
        expect(fs.readdirSync(dir).sort()).toEqual(['brm.csv', 'brm.kts']);
    });

    test('a row saved by Excel on Windows is blamed on its physical line: CRLF, a BOM, blank lines and cells over several lines', async () => {
        const dir = folder();
        fs.writeFileSync(
            path.join(dir, 'brm.csv'),
            [
                '\uFEFFMã,Tên,Mã cha,Mô tả',
                '',
                'SO-BRM.01,Dịch vụ công,,"Dòng một',
                'dòng hai',
                'dòng ba"',
                'SO-BRM.02,,,',
                ',Thiếu mã,,"Hai',
                'dòng"',
                'SO-BRM.03,Cấp ba,SO-BRM.99,',
                ''
            ].join('\r\n')
        );
        const result = await kts('catalog', 'import', path.join(dir, 'brm.csv'), '--model', 'BRM');
        expect(result.code).toBe(1);
        const file = path.join(dir, 'brm.csv');
        expect(result.err.split('\n').slice(0, 3)).toEqual([
            `${file}:6: mã "SO-BRM.02" thiếu tên (cột "Tên")`,
            `${file}:7: thiếu mã (cột "Mã") cho "Thiếu mã"`,
            `${file}:9: mã cha "SO-BRM.99" của "SO-BRM.03" không có trong bảng`
        ]);
    });

    test('a CSV that cannot be read is blamed on the physical line of the row', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 'brm.csv'), ['Mã,Tên,Mô tả', 'SO-BRM.01,Một,"a', 'b"', 'SO-BRM.02,"Hai"x,', ''].join('\r\n'));
        const result = await kts('catalog', 'import', path.join(dir, 'brm.csv'), '--model', 'BRM');
        expect(result.code).toBe(2);
        expect(result.err).toMatch(new RegExp(`^kts: ${path.join(dir, 'brm.csv').replace(/[.\\/]/g, '\\$&')}:4: không đọc được CSV`));
    });

    test('messages in English with --lang en; a cycle of parents is named', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 't.csv'), `${HEADER}\nA,Một,B,\nB,Hai,A,\n`);
        const result = await kts('catalog', 'import', path.join(dir, 't.csv'), '--model', 'BRM', '--lang', 'en');
        expect(result.code).toBe(1);
        expect(result.err).toContain(`${path.join(dir, 't.csv')}:2: the parents of "A" form a cycle (A → B → A)`);
        expect(result.err).toContain('2 errors; nothing was written.');
    });

    test('a header without a code or name column says which columns it found', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 't.csv'), 'STT,Tên gọi,Ghi chú\n1,Một,\n');
        const result = await kts('catalog', 'import', path.join(dir, 't.csv'), '--model', 'BRM');
        expect(result.code).toBe(1);
        expect(result.err).toContain(':1: dòng tiêu đề thiếu cột "Mã"; tiêu đề đọc được: "STT", "Tên gọi", "Ghi chú"');
        expect(result.err).toContain('bỏ qua cột "STT"');
    });

    test('a code that is a keyword of the language is caught by reading the result back', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 't.csv'), `${HEADER}\ndata,Dữ liệu,,\n`);
        const result = await kts('catalog', 'import', path.join(dir, 't.csv'), '--model', 'BRM', '-o', path.join(dir, 'out.kts'));
        expect(result.code).toBe(1);
        expect(result.err).toContain(`${path.join(dir, 't.csv')}:2: mã "data" không đọc lại được trong KTS`);
        expect(fs.existsSync(path.join(dir, 'out.kts'))).toBe(false);
    });

    test('unusable input exits 2: a file that is not UTF-8, a missing --model, an unknown output type', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 'latin.csv'), Buffer.from('M\xe3,T\xean\nA,B\n', 'latin1'));
        const latin = await kts('catalog', 'import', path.join(dir, 'latin.csv'), '--model', 'BRM');
        expect(latin.code).toBe(2);
        expect(latin.err).toContain('tệp không phải UTF-8; trong Excel hãy lưu với định dạng "CSV UTF-8"');
        fs.writeFileSync(path.join(dir, 'ok.csv'), `${HEADER}\nA,Một,,\n`);
        expect((await kts('catalog', 'import', path.join(dir, 'ok.csv'))).err).toContain('thiếu --model');
        expect((await kts('catalog', 'import', path.join(dir, 'ok.csv'), '--model', 'BRM', '-o', path.join(dir, 'out.txt'))).code).toBe(2);
    });
});

describe('importing an XLSX workbook', () => {
    test('a workbook written by exceljs imports to JSON that the catalogue loader accepts', async () => {
        const dir = folder();
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Phụ lục III');
        sheet.addRow(['Danh mục ứng dụng (bảng trích)']);
        sheet.addRow([]);
        sheet.addRow(['Mã', 'Tên', 'Mã cha', 'Mô tả', 'Tên tiếng Anh']);
        sheet.addRow(['ARM.01', 'Ứng dụng dùng chung', null, 'Nhóm ứng dụng dùng chung', 'Shared applications']);
        sheet.addRow(['ARM.01.01', 'Quản lý văn bản', 'ARM.01', null, 'Document management']);
        // A numeric cell formatted with leading zeros keeps them, as Excel shows it.
        const numeric = sheet.addRow([7, 'Mã số thuần', null, null, null]);
        numeric.getCell(1).numFmt = '000';
        await workbook.xlsx.writeFile(path.join(dir, 'arm.xlsx'));

        // Row 1 is a title, not a header: the importer must be told which rows hold the table.
        const titled = await kts('catalog', 'import', path.join(dir, 'arm.xlsx'), '--model', 'ARM');
        expect(titled.code).toBe(1);
        expect(titled.err).toContain('arm.xlsx, trang tính "Phụ lục III", dòng 1: dòng tiêu đề thiếu cột');

        sheet.spliceRows(1, 2);
        await workbook.xlsx.writeFile(path.join(dir, 'arm.xlsx'));
        const output = path.join(dir, 'arm.json');
        const result = await kts(
            'catalog',
            'import',
            path.join(dir, 'arm.xlsx'),
            '--model',
            'ARM',
            '--status',
            'official',
            '--complete',
            '-o',
            output
        );
        expect(result.code).toBe(0);
        const catalog: CatalogFile = parseCatalogFile(fs.readFileSync(output, 'utf8'), output);
        expect(catalog).toMatchObject({ id: 'arm', status: 'official', models: [{ model: 'ARM', complete: true }] });
        expect(catalog.entries).toEqual([
            {
                code: 'ARM.01',
                model: 'ARM',
                kind: 'code',
                name: 'Ứng dụng dùng chung',
                nameEn: 'Shared applications',
                description: 'Nhóm ứng dụng dùng chung',
                status: 'official'
            },
            {
                code: 'ARM.01.01',
                model: 'ARM',
                kind: 'code',
                name: 'Quản lý văn bản',
                nameEn: 'Document management',
                parent: 'ARM.01',
                status: 'official'
            },
            { code: '007', model: 'ARM', kind: 'code', name: 'Mã số thuần', status: 'official' }
        ]);
    });

    test('an error in a worksheet row names the row number', async () => {
        const dir = folder();
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('BRM');
        sheet.addRow(['Mã', 'Tên', 'Mã cha']);
        sheet.addRow(['B1', 'Một', 'B9']);
        await workbook.xlsx.writeFile(path.join(dir, 'brm.xlsx'));
        const result = await kts('catalog', 'import', path.join(dir, 'brm.xlsx'), '--model', 'BRM', '--sheet', 'BRM');
        expect(result.code).toBe(1);
        expect(result.err).toContain(`${path.join(dir, 'brm.xlsx')}, trang tính "BRM", dòng 2: mã cha "B9" của "B1" không có trong bảng`);
        const missingSheet = await kts('catalog', 'import', path.join(dir, 'brm.xlsx'), '--model', 'BRM', '--sheet', 'ARM');
        expect(missingSheet.code).toBe(2);
        expect(missingSheet.err).toContain('không có trang tính "ARM"; có: "BRM"');
    });
});

describe('a table of 500 codes', () => {
    test('imports, then its codes validate and complete in the editor', async () => {
        const dir = folder();
        const rows = [HEADER];
        const names = ['Dân cư', 'Đất đai', 'Giáo dục', 'Y tế', 'Giao thông'];
        for (let area = 1; area <= 20; area++) {
            const areaCode = `SO-BRM.${String(area).padStart(2, '0')}`;
            rows.push(`${areaCode},Lĩnh vực ${names[area % names.length]} ${area},,`);
            for (let line = 1; line <= 24; line++) {
                rows.push(
                    `${areaCode}.${String(line).padStart(2, '0')},Nghiệp vụ ${line} về ${names[area % names.length].toLowerCase()} (lĩnh vực ${area}),${areaCode},Mô tả ${area}.${line}`
                );
            }
        }
        expect(rows.length - 1).toBe(500);
        fs.writeFileSync(path.join(dir, 'brm.csv'), rows.join('\n'));
        const result = await kts(
            'catalog',
            'import',
            path.join(dir, 'brm.csv'),
            '--model',
            'BRM',
            '--pattern',
            '^SO-BRM\\.\\d{2}(\\.\\d{2})?$',
            '--complete',
            '--leaf-only',
            '-o',
            path.join(dir, 'brm.kts')
        );
        expect(result.out).toContain('Đã nhập 500 mã BRM');

        const framework = `framework so { target { business {
    activity a1 "Đăng ký cư trú" { codes SO-BRM.05.03 }
    activity a2 "Cấp phép xây dựng" { codes SO-BRM.07.24 }
    activity a3 "Nhóm" { codes SO-BRM.07 }
    activity a4 "Không có" { codes SO-BRM.21.01 }
} } }
`;
        fs.writeFileSync(path.join(dir, 'khung.kts'), framework);
        const workspace = await loadWorkspace({ paths: [dir] });
        const diagnostics = [...workspace.diagnostics.values()].flat().filter(diagnostic => String(diagnostic.code).includes('code'));
        expect(
            diagnostics
                .map(diagnostic => [diagnostic.code, diagnostic.range.start.line, diagnostic.severity])
                .sort((a, b) => Number(a[1]) - Number(b[1]))
        ).toEqual([
            ['kts/code-not-leaf', 3, 2],
            ['kts/unknown-code', 4, 1]
        ]);

        // The editor: the imported file as a workspace document, completion on a business activity.
        const services = createTestServices();
        const editing = 'framework so { target { business { activity a "Đất đai" { codes SO-BRM.07.2 } } } }';
        const files = { 'brm.kts': fs.readFileSync(path.join(dir, 'brm.kts'), 'utf8'), 'dang-sua.kts': editing };
        const document = (await buildWorkspace(services, files)).get('dang-sua.kts')!;
        const complete = async (offset: number) =>
            (await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset)
            })) as CompletionList;
        const byCode = await complete(editing.indexOf('SO-BRM.07.2') + 'SO-BRM.07.2'.length);
        expect(byCode.items.map(item => item.label)).toEqual([
            'SO-BRM.07.20',
            'SO-BRM.07.21',
            'SO-BRM.07.22',
            'SO-BRM.07.23',
            'SO-BRM.07.24'
        ]);
        expect(byCode.items[4].detail).toBe('Nghiệp vụ 24 về giáo dục (lĩnh vực 7)');
        // By name, without diacritics: the areas 1, 6, 11 and 16 are about land, each with 24 lines.
        const land = 'framework so { target { business { activity a "Đất đai" { codes dat dai } } } }';
        const landDocument = (await buildWorkspace(services, { 'dat-dai.kts': land })).get('dat-dai.kts')!;
        const byName = (await services.lsp.CompletionProvider!.getCompletion(landDocument, {
            textDocument: { uri: landDocument.uri.toString() },
            position: landDocument.textDocument.positionAt(land.indexOf('dat dai') + 'dat dai'.length)
        })) as CompletionList;
        expect(byName.items).toHaveLength(100);
        expect(byName.items.every(item => /đất đai/i.test(item.detail ?? ''))).toBe(true);
    });
});

function lineNo(message: string): number {
    const match = /:(\d+): /.exec(message);
    return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}
