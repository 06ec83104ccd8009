import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { replaced, SAMPLE_FRAMEWORK } from '../../language/test/sample.js';

// `kts generate` run as a user runs it: the real bin under the project's Node, in a folder of their own.
// Needs `npm run build` first (the root `pretest` script does it).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');

const dirs: string[] = [];
afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-generate-'));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

/** A user without the right to write into a chmod-555 folder; root writes anywhere whatever its mode. */
const NOBODY = 65534;

function kts(cwd: string, args: string[], uid?: number): SpawnSyncReturns<string> {
    const result = spawnSync(NODE, [KTS, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 180_000,
        ...(uid !== undefined ? { uid, gid: uid } : {})
    });
    if (result.error) throw result.error;
    if (result.signal) throw new Error(`kts ${args.join(' ')} was killed (${result.signal}): it hung`);
    return result;
}

const lines = (text: string) => text.split('\n').filter(line => line.length > 0);

describe('kts generate', () => {
    test('writes one .docx and one .html per framework, prints their paths and reports progress on stderr', () => {
        const dir = folder({ 'khung/lao-cai.kts': SAMPLE_FRAMEWORK });
        const result = kts(dir, ['generate', 'khung', '--out', 'out/lao_cai']);
        expect(result.status, result.stderr).toBe(0);
        expect(lines(result.stdout)).toEqual([path.join('out', 'lao_cai', 'lao_cai.docx'), path.join('out', 'lao_cai', 'lao_cai.html')]);
        expect(result.stderr).toContain('lao_cai: vẽ sơ đồ');
        expect(fs.readdirSync(path.join(dir, 'out/lao_cai')).sort()).toEqual(['lao_cai.docx', 'lao_cai.html']);
        const docx = fs.readFileSync(path.join(dir, 'out/lao_cai/lao_cai.docx'));
        expect(docx.subarray(0, 2).toString()).toBe('PK');
        const html = fs.readFileSync(path.join(dir, 'out/lao_cai/lao_cai.html'), 'utf8');
        expect(html).toContain('<h1>Khung kiến trúc Chính quyền số tỉnh Lào Cai</h1>');
        expect(html).toContain('<svg');
    }, 240_000);

    test('writes in English with --lang en, under a name of its own', () => {
        const dir = folder({ 'lao-cai.kts': SAMPLE_FRAMEWORK });
        const result = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'out', '--lang', 'en']);
        expect(result.status, result.stderr).toBe(0);
        expect(lines(result.stdout)).toEqual([path.join('out', 'lao_cai.en.html')]);
        const html = fs.readFileSync(path.join(dir, 'out/lao_cai.en.html'), 'utf8');
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('Target architecture');
    }, 240_000);

    test('writes the submission edition by default, and with --edition working the ids and the element index', () => {
        const dir = folder({ 'lao-cai.kts': SAMPLE_FRAMEWORK });
        const submission = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'submission']);
        expect(submission.status, submission.stderr).toBe(0);
        const official = fs.readFileSync(path.join(dir, 'submission/lao_cai.html'), 'utf8');
        expect(official).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(official).not.toContain('Chỉ mục phần tử');
        expect(official).not.toContain('lao-cai.kts');
        const working = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'working', '--edition', 'working']);
        expect(working.status, working.stderr).toBe(0);
        const forReview = fs.readFileSync(path.join(dir, 'working/lao_cai.html'), 'utf8');
        expect(forReview).toContain('Phụ lục III. Chỉ mục phần tử kiến trúc');
        expect(forReview).toContain('lao-cai.kts:');
        expect(forReview).toContain('t1. Xây dựng HTTT giải quyết TTHC');
    }, 240_000);

    test('refuses a model with errors and lists them, writing nothing; --force generates anyway', () => {
        const broken = replaced(SAMPLE_FRAMEWORK, ['delivers dvc, csdl_hs }', 'delivers dvc, khong_co }']);
        const dir = folder({ 'lao-cai.kts': broken });
        const refused = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'out']);
        expect(refused.status).toBe(1);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toMatch(/^lao-cai\.kts:\d+:\d+ error .*khong_co/m);
        expect(refused.stderr).toContain('--force');
        expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);

        const forced = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'out', '--force']);
        expect(forced.status, forced.stderr).toBe(0);
        expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['lao_cai.html']);
    }, 240_000);

    test('a read-only output folder: exit 3, the file and what to do named, the previous file kept, nothing else written', () => {
        const dir = folder({ 'lao-cai.kts': SAMPLE_FRAMEWORK, 'out/lao_cai.html': 'previous edition' });
        fs.chmodSync(dir, 0o755);
        fs.chmodSync(path.join(dir, 'out'), 0o555);
        const uid = process.getuid?.() === 0 ? NOBODY : undefined;
        try {
            const result = kts(dir, ['generate', 'lao-cai.kts', '--format', 'html', '--out', 'out'], uid);
            expect(result.status).toBe(3);
            expect(result.stderr).toContain(
                `kts: ${path.join('out', 'lao_cai.html')}: không ghi được vì thư mục chỉ đọc hoặc không có quyền ghi; hãy chọn thư mục khác hoặc xin quyền ghi; tệp cũ vẫn giữ nguyên\n`
            );
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(result.stdout).toBe('');
            expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['lao_cai.html']);
            expect(fs.readFileSync(path.join(dir, 'out/lao_cai.html'), 'utf8')).toBe('previous edition');
        } finally {
            fs.chmodSync(path.join(dir, 'out'), 0o755);
        }
    }, 240_000);

    test('exits 2 on bad usage, naming what to fix', () => {
        const dir = folder({ 'lao-cai.kts': SAMPLE_FRAMEWORK });
        const format = kts(dir, ['generate', 'lao-cai.kts', '--format', 'pdf', '--out', 'out']);
        expect(format.status).toBe(2);
        expect(format.stderr).toContain('--format');
        const missing = kts(dir, ['generate', 'khong-co.kts', '--out', 'out']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toContain('khong-co.kts');
        const noOut = kts(dir, ['generate', 'lao-cai.kts']);
        expect(noOut.status).toBe(2);
        expect(noOut.stderr).toContain('--out');
        const language = kts(dir, ['generate', 'lao-cai.kts', '--out', 'out', '--lang', 'fr']);
        expect(language.status).toBe(2);
        const edition = kts(dir, ['generate', 'lao-cai.kts', '--out', 'out', '--edition', 'draft']);
        expect(edition.status).toBe(2);
        expect(edition.stderr).toContain('--edition');
        expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    }, 240_000);
});
