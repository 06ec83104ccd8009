import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHANGE_ACTIONS, CHANGE_FIELDS, CHANGE_SECTIONS } from '@kts/language/model';
import schema from '../data/diff.schema.json' with { type: 'json' };
import type { DiffReport } from '../src/commands/diff-report.js';
import { commitAll, commitFolder } from '../../language/test/git-repository.js';
import { SAMPLE_FRAMEWORK } from '../../language/test/sample.js';
import { scratchFolder } from './run-kts.js';

// `kts diff` as a body's IT unit runs it: in a git repository holding the Lào Cai example, approved and tagged, then
// updated with two new systems, a retired one, a budget moved between years and a new integration through NDXP.
// Runs the real bin under the project's Node; needs `npm run build` first (the root `pretest` script does it).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const TAG = 'v4.0-phe-duyet';

const scratch = scratchFolder('kts-diff-');
const repository = path.join(scratch, 'kien-truc');
const workspace = path.join(repository, 'tinh-lao-cai');

function run(command: string, args: string[], cwd: string) {
    const result = spawnSync(command, args, {
        cwd,
        encoding: 'utf8',
        timeout: 180_000
    });
    if (result.error) throw result.error;
    return result;
}

function kts(cwd: string, ...args: string[]) {
    return run(NODE, [KTS, ...args], cwd);
}

/** Replaces `search` once in a file of the workspace; fails loudly when the example no longer has it. */
function edit(file: string, search: string | RegExp, replacement: string): void {
    const full = path.join(workspace, file);
    const text = fs.readFileSync(full, 'utf8');
    const changed = text.replace(search, replacement);
    if (changed === text) throw new Error(`${file}: ${search} not found`);
    fs.writeFileSync(full, changed);
}

const NEW_SYSTEMS = `            app httt_thanh_tra "Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo tỉnh" {
                owner "Thanh tra tỉnh"
                level 2
                hosted cloud_tinh
            }
            app httt_viec_lam "Hệ thống thông tin thị trường lao động, việc làm tỉnh" {
                owner "Sở Nội vụ"
                level 2
                hosted cloud_tinh
            }
`;

beforeAll(() => {
    fs.mkdirSync(repository);
    fs.cpSync(path.join(REPO_ROOT, 'examples/tinh-lao-cai'), workspace, { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, 'examples/catalogs'), path.join(repository, 'catalogs'), { recursive: true });
    commitFolder(repository, 'Khung kiến trúc phiên bản 4.0 đã phê duyệt', TAG);

    // Two new systems; the e-mail system retired (no longer planned, nor delivered by its task).
    edit('09-muc-tieu-ung-dung.kts', /( {12}app thu_dien_tu "[\s\S]*? {12}\}\n)/, NEW_SYSTEMS);
    edit('12-to-chuc-trien-khai.kts', 'delivers qlvb_tinh, csdl_van_ban, thu_dien_tu', 'delivers qlvb_tinh, csdl_van_ban');
    // Land-records budget brought forward: more in 2026, less in 2027.
    edit('12-to-chuc-trien-khai.kts', 'split 20, 45, 35', 'split 30, 35, 35');
    // The reporting system now reads citizens' data through NDXP.
    edit(
        '09-muc-tieu-ung-dung.kts',
        'integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }',
        'integrates httt-bao-cao-chinh-phu via lgsp_tinh, ndxp { standards 1.15 }\n                integrates csdlqg-dan-cu via lgsp_tinh, ndxp { data "Thông tin công dân" }'
    );
    commitAll(repository, 'Cập nhật khung kiến trúc năm 2026');
}, 120_000);

/** The changes a reviewer expects from the update, and nothing else. */
const EXPECTED = [
    'element added tinh_lao_cai.target.httt_thanh_tra',
    'element added tinh_lao_cai.target.httt_viec_lam',
    'element removed tinh_lao_cai.target.thu_dien_tu',
    'relation added tinh_lao_cai.target.bao_cao_tinh integrates csdlqg-dan-cu',
    'task changed tinh_lao_cai.t08_qlvb',
    'task changed tinh_lao_cai.t17_dat_dai'
];

describe('kts diff on a git repository', () => {
    test('between the approved tag and HEAD, as JSON that validates against the published schema', () => {
        const result = kts(workspace, 'diff', TAG, 'HEAD', '--format', 'json');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const report = JSON.parse(result.stdout) as DiffReport;
        const validate = new Ajv2020({ allErrors: true }).compile(schema);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

        expect(report.changes.map(change => `${change.section} ${change.action} ${change.id}`)).toEqual(EXPECTED);
        expect(report.version).toBe(2);
        expect(report.base).toEqual({ kind: 'revision', input: TAG, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
        expect(report.summary.changes).toBe(6);
        expect(report.summary.counts.element).toEqual({ added: 2, removed: 1, changed: 0 });

        const task = (id: string) => report.changes.find(change => change.id === id)!;
        expect(task('tinh_lao_cai.t08_qlvb').fields).toEqual([
            {
                field: 'delivers',
                removed: ['tinh_lao_cai.target.thu_dien_tu'],
                names: { 'tinh_lao_cai.target.thu_dien_tu': 'Hệ thống thư điện tử công vụ tỉnh' }
            }
        ]);
        // 125 billion over 2026–2028: 20 % → 30 % in 2026, 45 % → 35 % in 2027, per funding source.
        const budgets = task('tinh_lao_cai.t17_dat_dai').fields.map(
            field => `${field.budget?.year} ${field.budget?.funding}: ${field.before} → ${field.after}`
        );
        expect(budgets).toEqual([
            '2026 bo-sung-co-muc-tieu: 8000000000 → 12000000000',
            '2026 ngan-sach-dia-phuong: 17000000000 → 25500000000',
            '2027 bo-sung-co-muc-tieu: 18000000000 → 14000000000',
            '2027 ngan-sach-dia-phuong: 38250000000 → 29750000000'
        ]);
        const integration = report.changes.find(change => change.section === 'relation')!;
        expect(integration.relation).toMatchObject({ kind: 'integrates', target: 'csdlqg-dan-cu' });
    });

    test('against the working tree, as text in Vietnamese, with --exit-code 1 for changes', () => {
        const result = kts(workspace, 'diff', TAG, '--exit-code');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(1);
        const text = result.stdout;
        expect(text).toContain(`Thay đổi của kiến trúc từ ${TAG} đến thư mục hiện tại:`);
        expect(text).toContain(
            '+ [bổ sung] tinh_lao_cai.target.httt_thanh_tra — Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo tỉnh'
        );
        expect(text).toContain('- [lược bỏ] tinh_lao_cai.target.thu_dien_tu — Hệ thống thư điện tử công vụ tỉnh');
        expect(text).toMatch(
            /\+ \[bổ sung\] tinh_lao_cai\.target\.bao_cao_tinh integrates csdlqg-dan-cu — Hệ thống thông tin báo cáo tỉnh Lào Cai — tích hợp với — Cơ sở dữ liệu quốc gia về dân cư/i
        );
        expect(text).toContain('kinh phí năm 2026 (Ngân sách địa phương): 17.000 triệu đồng → 25.500 triệu đồng');
        expect(text).toContain('      kết quả: − Hệ thống thư điện tử công vụ tỉnh\n');
        expect(text).toContain('6 thay đổi: 3 bổ sung, 1 lược bỏ, 2 sửa đổi.');
        expect(text).not.toMatch(/\u001b\[/);
    });

    test('in English with --lang en', () => {
        const result = kts(workspace, 'diff', TAG, 'HEAD', '--lang', 'en');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(`Changes to the architecture from ${TAG} to HEAD:`);
        expect(result.stdout).toContain('budget for 2027 (');
        expect(result.stdout).toContain('6 changes: 3 added, 1 removed, 2 changed.');
    });

    test('no change between HEAD and the working tree: exit 0 even with --exit-code', () => {
        const result = kts(workspace, 'diff', 'HEAD', '--exit-code');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('Kiến trúc không thay đổi từ HEAD đến thư mục hiện tại.\n');
    });

    test('two folders compare like two revisions', () => {
        // Beside the workspace, so that its config finds the catalogues at ../catalogs as the workspace does.
        const approved = path.join(repository, 'da-phe-duyet');
        fs.cpSync(path.join(REPO_ROOT, 'examples/tinh-lao-cai'), approved, { recursive: true });
        const result = kts(repository, 'diff', approved, workspace, '--format', 'json');
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const report = JSON.parse(result.stdout) as DiffReport;
        expect(report.base).toEqual({ kind: 'folder', input: approved });
        expect(report.changes.map(change => `${change.section} ${change.action} ${change.id}`)).toEqual(EXPECTED);
    });

    test('a revision the repository does not have, and a folder outside any repository, are usage errors naming it', () => {
        const unknown = kts(workspace, 'diff', 'v9.9');
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toContain('kts: kho git không có phiên bản "v9.9"');
        const outside = path.join(scratch, 'ngoai-kho');
        fs.mkdirSync(outside);
        const noRepository = kts(outside, 'diff', TAG, '--lang', 'en');
        expect(noRepository.status).toBe(2);
        expect(noRepository.stderr).toContain(`"${TAG}" is neither a file nor a folder, and ${outside} is not in a git repository`);
    });

    test('a folder the revision does not have is a usage error naming it, the revision and what to do', () => {
        const added = path.join(repository, 'so-moi');
        fs.mkdirSync(added);
        fs.writeFileSync(path.join(added, 'lao-cai.kts'), SAMPLE_FRAMEWORK);
        try {
            const result = kts(added, 'diff', TAG);
            expect(result.status).toBe(2);
            expect(result.stderr).toBe(
                `kts: phiên bản "${TAG}" không có so-moi (đường dẫn trong kho git) nên không có gì để so sánh; ` +
                    'hãy chạy lệnh trong một thư mục có trong phiên bản đó, hoặc chọn phiên bản có nó (git log --oneline -- so-moi)\n'
            );
        } finally {
            fs.rmSync(added, { recursive: true });
        }
    });

    test('generate --since: a file the revision does not have, or a framework it does not have, is a usage error without a trace', () => {
        const file = path.join(workspace, '99-so-moi.kts');
        fs.writeFileSync(file, SAMPLE_FRAMEWORK);
        try {
            const out = path.join(scratch, 'khong-ghi');
            const newFile = kts(repository, 'generate', file, '--out', out, '--format', 'html', '--since', TAG, '--lang', 'en');
            expect(newFile.status).toBe(2);
            expect(newFile.stderr).toBe(
                `kts: --since ${TAG}: revision "${TAG}" has no tinh-lao-cai/99-so-moi.kts (its path in the git repository); ` +
                    'name a revision that has it (git log --oneline -- tinh-lao-cai/99-so-moi.kts), or leave out --since\n'
            );
            const newFramework = kts(repository, 'generate', 'tinh-lao-cai', '--out', out, '--format', 'html', '--since', TAG);
            expect(newFramework.status).toBe(2);
            expect(newFramework.stderr).toMatch(
                new RegExp(
                    `^kts: --since ${TAG}: khung kiến trúc lao_cai của tinh-lao-cai không có trong phiên bản "${TAG}" .*hoặc bỏ --since\n$`
                )
            );
            expect(fs.existsSync(out)).toBe(false);
        } finally {
            fs.rmSync(file);
        }
    });

    test('--format docx writes the Word annex, which shows those changes', async () => {
        const out = path.join(scratch, 'phu-luc');
        const result = kts(workspace, 'diff', TAG, '--format', 'docx', '--out', out);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const file = path.join(out, 'tinh_lao_cai.changes.docx');
        expect(result.stdout).toBe(`${file}\n`);
        const { value } = await mammoth.extractRawText({ path: file });
        const text = value.replace(/\n+/g, '\n');
        expect(text).toContain(`Phụ lục: Nội dung cập nhật so với phiên bản ${TAG}`);
        for (const line of [
            'Hệ thống thông tin thanh tra, giải quyết khiếu nại, tố cáo tỉnh',
            'Hệ thống thông tin thị trường lao động, việc làm tỉnh',
            'Hệ thống thư điện tử công vụ tỉnh',
            'Hệ thống thông tin báo cáo tỉnh Lào Cai — tích hợp với — Cơ sở dữ liệu quốc gia về dân cư',
            'Kinh phí năm 2026 (Ngân sách địa phương): ',
            '17.000 → 25.500 triệu đồng',
            'Kết quả: − Hệ thống thư điện tử công vụ tỉnh'
        ]) {
            expect(text).toContain(line);
        }
        expect(text).toMatch(/Tổng cộng\n3\n1\n2/);
    });

    test('kts generate --since adds the annex to the framework document and marks the rows that changed', () => {
        const out = path.join(scratch, 'tai-lieu');
        // From the repository's top folder: the revision is read where the input is, not where the command runs.
        const result = kts(repository, 'generate', 'tinh-lao-cai', '--out', out, '--format', 'html', '--since', TAG);
        expect(result.status, result.stderr).toBe(0);
        const html = fs.readFileSync(path.join(out, 'tinh_lao_cai.html'), 'utf8');
        const text = html.replace(/<[^>]+>/g, '');
        expect(text).toContain(`Phụ lục: Nội dung cập nhật so với phiên bản ${TAG}`);
        // The annex opens with the change view.
        expect(text).toMatch(
            new RegExp(
                `Phụ lục: Nội dung cập nhật so với phiên bản ${TAG}[\\s\\S]*Hình \\d+\\. Sơ đồ nội dung cập nhật so với phiên bản ${TAG}`
            )
        );
        expect(text).toContain('Hệ thống thông tin thị trường lao động, việc làm tỉnh (bổ sung)');
        expect(text).toContain('Hệ thống thông tin báo cáo tỉnh Lào Cai (sửa đổi)');
        expect(text).toContain('Hoàn thiện CSDL đất đai toàn tỉnh và hợp nhất Hệ thống thông tin đất đai (sửa đổi)');
        expect(text).not.toContain('Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai (sửa đổi)');
    });

    test('kts diagram --view changes --since draws the elements added, changed and removed', () => {
        const out = path.join(scratch, 'so-do');
        const result = kts(repository, 'diagram', 'tinh-lao-cai', '--view', 'changes', '--since', TAG, '--out', out, '--format', 'svg,mmd');
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout.trim().split('\n')).toEqual([
            path.join(out, 'tinh_lao_cai.changes.svg'),
            path.join(out, 'tinh_lao_cai.changes.mmd')
        ]);
        const svg = fs.readFileSync(path.join(out, 'tinh_lao_cai.changes.svg'), 'utf8');
        const mark = (element: string) => new RegExp(`class="node [^"]*change-(\\w+)[^"]*" data-element="${element}"`).exec(svg)?.[1];
        expect(mark('tinh_lao_cai.target.httt_thanh_tra')).toBe('added');
        expect(mark('tinh_lao_cai.target.httt_viec_lam')).toBe('added');
        expect(mark('tinh_lao_cai.target.thu_dien_tu')).toBe('removed');
        expect(mark('tinh_lao_cai.target.bao_cao_tinh')).toBe('changed');
        expect(svg).toContain(`Sơ đồ nội dung cập nhật so với phiên bản ${TAG}`);

        const withoutBase = kts(repository, 'diagram', 'tinh-lao-cai', '--view', 'changes', '--out', out);
        expect(withoutBase.status).toBe(2);
        expect(withoutBase.stderr).toContain('--view changes và --since <phiên bản> đi cùng nhau');
    });

    test('--format docx without --out is a usage error', () => {
        const result = kts(workspace, 'diff', TAG, '--format', 'docx');
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('--format docx ghi tệp: hãy chỉ ra thư mục ghi bằng --out <thư mục>');
    });

    test('the schema names every section, action and field the diff produces', () => {
        const defs = schema.$defs;
        expect(defs.change.properties.section.enum).toEqual([...CHANGE_SECTIONS]);
        expect(defs.change.properties.action.enum).toEqual([...CHANGE_ACTIONS]);
        expect(defs.fieldChange.properties.field.enum).toEqual([...CHANGE_FIELDS]);
    });
});
