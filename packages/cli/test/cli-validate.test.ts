import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { replaced, SAMPLE_FRAMEWORK } from '../../language/test/sample.js';

// `kts validate` run the way a user runs it: the real bin under the project's Node, in a folder of
// their own. Needs `npm run build` first (the root `pretest` script does it).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
/** A user without the right to read a chmod-000 file; root reads any file whatever its mode. */
const NOBODY = 65534;

/** The sample framework (complete, free of any diagnostic) split over two files: the overview and the roadmap. */
const [OVERVIEW, IMPLEMENTATION] = (() => {
    const at = SAMPLE_FRAMEWORK.indexOf('    implementation {');
    if (at < 0) throw new Error('the sample framework has no implementation block');
    return [`${SAMPLE_FRAMEWORK.slice(0, at)}}\n`, `framework lao_cai {\n${SAMPLE_FRAMEWORK.slice(at)}`];
})();

/** Line and column (1-based, as the CLI prints them) of the first `needle` in `text`. */
function lineColumn(text: string, needle: string): string {
    const before = text.slice(0, text.indexOf(needle)).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1}`;
}

const dirs: string[] = [];
afterAll(() => {
    for (const dir of dirs) {
        spawnSync('chmod', ['-R', 'u+rwX', dir]);
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

function folder(files: Record<string, string | Buffer>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-cli-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

function kts(cwd: string, args: string[], uid?: number): SpawnSyncReturns<string> {
    const result = spawnSync(NODE, [KTS, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        ...(uid !== undefined ? { uid, gid: uid } : {})
    });
    if (result.error) throw result.error;
    if (result.signal) throw new Error(`kts ${args.join(' ')} was killed (${result.signal}): it hung`);
    return result;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lines = (text: string) => text.split('\n').filter(line => line.length > 0);
const DIAGNOSTIC_LINE =
    /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning|info|hint) (?<message>.+?)(?: \[(?<rule>kts\/[a-z-]+)\])?$/;

describe('kts validate', () => {
    test('exits 0 on a clean model split over files, with only the summary line', () => {
        const dir = folder({
            'khung/tong-quan.kts': OVERVIEW,
            'khung/trien-khai.kts': IMPLEMENTATION,
            'khung/build.gradle.kts': 'plugins { java }\n'
        });
        const result = kts(dir, ['validate', 'khung']);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('2 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n');
        expect(result.status).toBe(0);
    });

    test('exits 1 with one line per problem, path:line:col severity message [rule], and a summary', () => {
        const broken = replaced(
            OVERVIEW,
            ['integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via'],
            ['                level 3\n', '                level 7\n']
        );
        const dir = folder({ 'tong-quan.kts': broken, 'trien-khai.kts': IMPLEMENTATION });
        const result = kts(dir, ['validate', '.']);
        expect(result.status).toBe(1);
        const output = lines(result.stdout);
        expect(output.at(-1)).toBe('2 tệp: 2 lỗi, 0 cảnh báo, 0 thông tin.');
        const diagnostics = output.slice(0, -1).map(line => DIAGNOSTIC_LINE.exec(line)?.groups);
        expect(diagnostics.every(Boolean), result.stdout).toBe(true);
        expect(diagnostics.map(item => `${item!.file}:${item!.line}:${item!.column} ${item!.severity} ${item!.rule}`)).toEqual([
            `tong-quan.kts:${lineColumn(broken, 'csdlqg-dan-cuu')} error kts/unresolved-reference`,
            `tong-quan.kts:${lineColumn(broken, '7\n                hosted')} error kts/security-level-range`
        ]);
        expect(diagnostics[0]!.message).toContain("'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)");
    });

    test('--format json prints one JSON document with valid, summary and diagnostics', () => {
        const broken = replaced(OVERVIEW, ['integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via']);
        const dir = folder({ 'tong-quan.kts': broken, 'trien-khai.kts': IMPLEMENTATION });
        const result = kts(dir, ['validate', '--format', 'json', 'tong-quan.kts', 'trien-khai.kts']);
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout) as {
            valid: boolean;
            summary: Record<string, number>;
            diagnostics: Array<Record<string, unknown>>;
        };
        expect(report.valid).toBe(false);
        expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 0 });
        const [line, column] = lineColumn(broken, 'csdlqg-dan-cuu').split(':').map(Number);
        expect(report.diagnostics).toEqual([
            expect.objectContaining({
                file: 'tong-quan.kts',
                line,
                column,
                severity: 'error',
                rule: 'kts/unresolved-reference',
                message: expect.stringContaining("'csdlqg-dan-cuu'")
            })
        ]);

        const cleanDir = folder({ 'tong-quan.kts': OVERVIEW, 'trien-khai.kts': IMPLEMENTATION });
        const clean = kts(cleanDir, ['validate', '.', '--format', 'json']);
        expect(clean.status).toBe(0);
        expect(JSON.parse(clean.stdout)).toEqual({ valid: true, summary: { files: 2, errors: 0, warnings: 0, infos: 0 }, diagnostics: [] });
    });

    test('--strict turns missing mandatory content into errors', () => {
        const dir = folder({
            'tong-quan.kts': replaced(OVERVIEW, ['    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."\n', '']),
            'trien-khai.kts': IMPLEMENTATION
        });
        const lenient = kts(dir, ['validate', '.']);
        expect(lenient.status).toBe(0);
        expect(lines(lenient.stdout)).toEqual([
            expect.stringMatching(/^tong-quan\.kts:1:11 warning .*tầm nhìn.* \[kts\/missing-content\]$/),
            '2 tệp: 0 lỗi, 1 cảnh báo, 0 thông tin.'
        ]);
        const strict = kts(dir, ['validate', '--strict', '.']);
        expect(strict.status).toBe(1);
        expect(lines(strict.stdout)).toEqual([
            expect.stringMatching(/^tong-quan\.kts:1:11 error .*tầm nhìn.* \[kts\/missing-content\]$/),
            '2 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin.'
        ]);
    });

    test('--lang en gives English messages and summary, over the workspace config', () => {
        const broken = replaced(OVERVIEW, ['integrates csdlqg-dan-cu via', 'integrates csdlqg-dan-cuu via']);
        const dir = folder({ 'tong-quan.kts': broken, 'trien-khai.kts': IMPLEMENTATION, 'kts.config.json': '{ "language": "vi" }' });
        const result = kts(dir, ['validate', '--lang', 'en', '.']);
        expect(result.status).toBe(1);
        expect(lines(result.stdout)).toEqual([
            expect.stringMatching(
                /^tong-quan\.kts:\d+:\d+ error Cannot find .*'csdlqg-dan-cuu'.*'csdlqg-dan-cu' \(.+\).* \[kts\/unresolved-reference\]$/
            ),
            '2 files: 1 error, 0 warnings, 0 infos.'
        ]);
    });
});

describe('kts validate with Windows habits', () => {
    test("a file saved with CRLF and a BOM, in folders with spaces, & and Vietnamese letters: right positions, the user's path", () => {
        // Missing sections are reported on the framework's name, on the line the BOM starts.
        const text = 'framework lao_cai {\n    current { application { app motcua "Một cửa" { integrates csdlqg-dan-cuu } } }\n}\n';
        const dir = folder({ 'Kiến trúc số/Sở KH&CN/khung cũ.kts': `\uFEFF${text.replace(/\n/g, '\r\n')}` });
        const result = kts(path.join(dir, 'Kiến trúc số'), ['validate', 'Sở KH&CN']);
        expect(result.status).toBe(1);
        const file = path.join('Sở KH&CN', 'khung cũ.kts');
        const diagnostics = lines(result.stdout).slice(0, -1);
        expect(diagnostics.length).toBeGreaterThan(1);
        const places = new Set(diagnostics.map(line => /^(.+:\d+:\d+) /.exec(line)?.[1]));
        expect(places).toEqual(new Set([`${file}:${lineColumn(text, 'lao_cai')}`, `${file}:${lineColumn(text, 'csdlqg-dan-cuu')}`]));
        expect(diagnostics.filter(line => line.includes('[kts/unresolved-reference]'))).toHaveLength(1);
        expect(diagnostics.find(line => line.includes('[kts/unresolved-reference]'))).toMatch(
            new RegExp(`^${escapeRegExp(`${file}:${lineColumn(text, 'csdlqg-dan-cuu')}`)} error `)
        );
    });
});

describe('kts validate: bad usage and unreadable input exit 2 with a clear message', () => {
    const dir = folder({ 'khung.kts': OVERVIEW, 'trien-khai.kts': IMPLEMENTATION });

    test.each([
        [['validate', '--bogus', 'khung.kts'], /^kts: không có tùy chọn "--bogus"\n$/],
        [['validate'], /^kts: thiếu tham số bắt buộc paths\n$/],
        [['validate', '--format', 'xml', 'khung.kts'], /--format phải là "text" hoặc "json" \(nhận được "xml"\)/],
        [['validate', '--format'], /^kts: tùy chọn --format <format> cần một giá trị\n$/],
        [['validate', '--lang', 'fr', 'khung.kts'], /--lang phải là "vi" hoặc "en" \(nhận được "fr"\)/],
        [['valdate', 'khung.kts'], /^kts: không có lệnh "valdate"; có phải ý bạn là validate\?\n$/]
    ])('kts %j', (args, message) => {
        const result = kts(dir, args);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stdout).toBe('');
    });

    test('a missing path is named', () => {
        const result = kts(dir, ['validate', 'khung.kts', 'khong-co.kts']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('kts: khong-co.kts: không tìm thấy tệp hoặc thư mục\n');
        expect(result.stdout).toBe('');
    });

    test('a file the user may not read is named, with the reason', () => {
        const locked = folder({ 'khung.kts': OVERVIEW, 'bi-khoa.kts': IMPLEMENTATION });
        fs.chmodSync(locked, 0o755);
        fs.chmodSync(path.join(locked, 'khung.kts'), 0o644);
        fs.chmodSync(path.join(locked, 'bi-khoa.kts'), 0o000);
        const uid = process.getuid?.() === 0 ? NOBODY : undefined;
        const result = kts(locked, ['validate', '.'], uid);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`kts: ${path.join(locked, 'bi-khoa.kts')}: không đọc được tệp (EACCES)\n`);
        expect(result.stdout).toBe('');
    });

    test('a FIFO named .kts is refused instead of blocking forever', () => {
        const fifoDir = folder({ 'khung.kts': OVERVIEW });
        const made = spawnSync('mkfifo', [path.join(fifoDir, 'ong.kts')]);
        expect(made.status, `mkfifo failed: ${made.stderr}`).toBe(0);
        for (const target of ['ong.kts', '.']) {
            const result = kts(fifoDir, ['validate', target]);
            expect(result.status).toBe(2);
            expect(result.stderr).toBe('kts: ong.kts: không phải tệp thông thường (FIFO, socket, thiết bị), không đọc được\n');
        }
    });

    test('a folder without .kts files (even one named x.kts) is refused', () => {
        const empty = folder({ 'x.kts/ghi-chu.txt': 'không phải KTS' });
        const result = kts(empty, ['validate', 'x.kts']);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('kts: không có tệp .kts nào trong x.kts; hãy chỉ ra tệp hoặc thư mục chứa tệp .kts\n');
    });

    test('a file that is not UTF-8 is named with its line, and the user is told to save it as UTF-8', () => {
        const latin1 = Buffer.concat([
            Buffer.from('framework lao_cai {\n    level province\n    vision "T'),
            Buffer.from([0xe0]),
            Buffer.from('m nh'),
            Buffer.from([0xec]),
            Buffer.from('n"\n}\n')
        ]);
        const encoded = folder({ 'khung.kts': latin1 });
        const result = kts(encoded, ['validate', 'khung.kts']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain(`${path.join(encoded, 'khung.kts')}:3:`);
        expect(result.stderr).toContain('lưu lại tệp với mã hóa UTF-8');
        expect(result.stdout).toBe('');
        expect(kts(encoded, ['validate', 'khung.kts', '--lang', 'en']).stderr).toContain('save it as UTF-8');
    });

    test('a dangling link or a link back to a parent folder does not break a folder scan', () => {
        const linked = folder({ 'khung/tong-quan.kts': OVERVIEW, 'khung/trien-khai.kts': IMPLEMENTATION });
        fs.symlinkSync('/khong/ton/tai', path.join(linked, 'khung/hong'));
        fs.symlinkSync('..', path.join(linked, 'khung/vong'));
        const result = kts(linked, ['validate', 'khung']);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('2 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n');
        expect(result.status).toBe(0);
    });
});

describe('kts validate piped into a program that stops reading', () => {
    test('keeps its exit code and prints no EPIPE crash', async () => {
        // Far more output than a pipe holds: 2000 security levels out of range.
        const many = `framework lao_cai { target { application {\n${Array.from({ length: 2000 }, (_, i) => `    app a${i} "A" { level 9 }`).join('\n')}\n} } }\n`;
        const dir = folder({ 'nhieu.kts': many });
        const child = spawn(NODE, [KTS, 'validate', 'nhieu.kts'], { cwd: dir });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', chunk => {
            stderr += chunk;
        });
        // Like `| head -1`: read the first chunk, then close the pipe.
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise<number | null>((resolve, reject) => {
            const timer = setTimeout(() => {
                child.kill('SIGKILL');
                reject(new Error('kts hung'));
            }, 60_000);
            child.on('exit', status => {
                clearTimeout(timer);
                resolve(status);
            });
        });
        expect(stderr).not.toContain('EPIPE');
        expect(code).toBe(1);
    });
});
