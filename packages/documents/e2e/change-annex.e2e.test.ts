import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { KTS, NODE, REPO_ROOT, requireProgram, run } from './programs.js';

// The annex of changes as a reviewer reads it: the Lào Cai example approved, then updated (two new systems, a retired
// one, a budget moved between years, a new integration through NDXP); `kts diff --format docx` writes the annex,
// LibreOffice prints it to PDF and poppler reads the text back.

function edit(folder: string, file: string, search: string | RegExp, replacement: string): void {
    const full = path.join(folder, file);
    const text = fs.readFileSync(full, 'utf8');
    const changed = text.replace(search, replacement);
    if (changed === text) throw new Error(`${file}: ${search} not found`);
    fs.writeFileSync(full, changed);
}

let work: string;
let libreoffice: string;

beforeAll(() => {
    libreoffice = requireProgram('libreoffice', 'LibreOffice');
    requireProgram('pdftotext', 'poppler-utils');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-change-annex-e2e-'));
    fs.cpSync(path.join(REPO_ROOT, 'examples/catalogs'), path.join(work, 'catalogs'), { recursive: true });
    for (const side of ['da-phe-duyet', 'cap-nhat']) {
        fs.cpSync(path.join(REPO_ROOT, 'examples/tinh-lao-cai'), path.join(work, side), { recursive: true });
    }
    const updated = path.join(work, 'cap-nhat');
    edit(
        updated,
        '09-muc-tieu-ung-dung.kts',
        /( {12}app thu_dien_tu "[\s\S]*? {12}\}\n)/,
        `            app httt_thanh_tra "Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo tỉnh" { owner "Thanh tra tỉnh" level 2 hosted cloud_tinh }
            app httt_viec_lam "Hệ thống thông tin thị trường lao động, việc làm tỉnh" { owner "Sở Nội vụ" level 2 hosted cloud_tinh }
`
    );
    edit(updated, '12-to-chuc-trien-khai.kts', 'delivers qlvb_tinh, csdl_van_ban, thu_dien_tu', 'delivers qlvb_tinh, csdl_van_ban');
    edit(updated, '12-to-chuc-trien-khai.kts', 'split 20, 45, 35', 'split 30, 35, 35');
    edit(
        updated,
        '09-muc-tieu-ung-dung.kts',
        'integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }',
        'integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }\n                integrates csdlqg-dan-cu via lgsp_tinh, ndxp'
    );
});

afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the Word annex, printed by LibreOffice, shows exactly the changes of the update', () => {
    const out = path.join(work, 'phu-luc');
    const written = run(NODE, [KTS, 'diff', 'da-phe-duyet', 'cap-nhat', '--format', 'docx', '--out', out], work).trim();
    expect(written).toBe(path.join(out, 'tinh_lao_cai.changes.docx'));
    const profile = path.join(work, 'lo-profile');
    run(
        libreoffice,
        ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, written],
        work
    );
    const pdf = written.replace(/\.docx$/, '.pdf');
    expect(fs.existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
    // In the order it was drawn, so that each table cell reads whole rather than interleaved with its neighbours.
    const text = run('pdftotext', ['-raw', pdf, '-'], work).normalize('NFC').replace(/\s+/g, ' ');

    // On the cover in capitals, and as the annex's heading.
    expect(text).toContain('PHỤ LỤC: NỘI DUNG CẬP NHẬT SO VỚI PHIÊN BẢN');
    expect(text).toContain('Phụ lục: Nội dung cập nhật so với phiên bản da-phe-duyet');
    expect(text).toContain('Bảng 1. Tổng hợp nội dung cập nhật so với phiên bản da-phe-duyet');
    expect(text).toContain('Bảng 2. Nội dung cập nhật: Phần tử kiến trúc');
    expect(text).toContain('Bảng 3. Nội dung cập nhật: Quan hệ, kết nối');
    expect(text).toContain('Bảng 4. Nội dung cập nhật: Nhiệm vụ');
    expect(text).not.toContain('Bảng 5.');
    for (const line of [
        'Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo tỉnh',
        'Hệ thống thông tin thị trường lao động, việc làm tỉnh',
        'Hệ thống thư điện tử công vụ tỉnh',
        'Cơ sở dữ liệu quốc gia về dân cư',
        'Kinh phí năm 2026 (Ngân sách địa phương): 17.000 → 25.500 triệu đồng',
        'Kinh phí năm 2027 (Ngân sách địa phương): 38.250 → 29.750 triệu đồng'
    ]) {
        expect(text).toContain(line);
    }
    expect(text).toMatch(/Tổng cộng 3 1 2/);
});
