import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SAMPLE } from '../../language/test/sample.js';
import { EXIT_WRITE } from '../src/main.js';
import { kts, scratchFolder } from './run-kts.js';
import { fault, resetFsFaults } from '../../language/test/fs-faults.js';

// A full disk, a read-only folder and a .docx open in Word cannot be made portably (root ignores permissions,
// mounting a small disk needs privileges), so node:fs raises them where the platform would; everything else is real.
vi.mock('node:fs', async importOriginal => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return {
        ...actual,
        writeFileSync: vi.fn(actual.writeFileSync),
        renameSync: vi.fn(actual.renameSync),
        mkdirSync: vi.fn(actual.mkdirSync)
    };
});

const scratch = scratchFolder('kts-write-faults-');

afterEach(resetFsFaults);

/** Fails the first time `operation` touches a path ending in `suffix`, as the platform would. */
function failOn(operation: 'writeFileSync' | 'renameSync' | 'mkdirSync', suffix: string, code: string): void {
    const real = vi.mocked(fs[operation]).getMockImplementation() as (...args: unknown[]) => unknown;
    let failed = false;
    vi.mocked(fs[operation]).mockImplementation(((...args: unknown[]) => {
        const target = String(operation === 'renameSync' ? args[1] : args[0]);
        if (!failed && target.endsWith(suffix)) {
            failed = true;
            throw fault(code);
        }
        return real(...args);
    }) as never);
}

describe('kts says what to do when a file cannot be written', () => {
    test('a .docx open in Word: exit code 3, a message naming it, the previous file intact, no stack trace', async () => {
        const out = path.join(scratch, 'word-open');
        const docx = path.join(out, 'lao_cai.docx');
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(docx, 'the edition open in Word');
        failOn('renameSync', 'lao_cai.docx', 'EBUSY');

        const result = await kts('generate', SAMPLE, '--format', 'docx', '--out', out);

        expect(result.code).toBe(EXIT_WRITE);
        expect(result.err).toContain(
            `kts: ${docx}: tệp đang mở trong chương trình khác (ví dụ Word) hoặc bị khóa; hãy đóng tệp rồi chạy lại; tệp cũ vẫn giữ nguyên\n`
        );
        expect(result.err).not.toMatch(/\n\s+at /);
        expect(fs.readFileSync(docx, 'utf8')).toBe('the edition open in Word');
        expect(fs.readdirSync(out).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('a full disk while drawing a PNG: exit code 3, the disk named as the reason, no partial PNG', async () => {
        const out = path.join(scratch, 'full-disk');
        failOn('writeFileSync', '.tmp', 'ENOSPC');

        const result = await kts('diagram', SAMPLE, '--view', 'overview', '--format', 'png', '--framework', 'lao_cai', '--out', out);

        expect(result.code).toBe(EXIT_WRITE);
        expect(result.err).toMatch(
            /^kts: .*lao_cai\.current-overview\.png: không ghi được vì ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại$/m
        );
        expect(fs.readdirSync(out)).toEqual([]);
    });

    test('a read-only output folder is said before anything is drawn', async () => {
        const out = path.join(scratch, 'read-only', 'tai-lieu');
        failOn('mkdirSync', 'tai-lieu', 'EROFS');

        const result = await kts('generate', SAMPLE, '--out', out);

        expect(result.code).toBe(EXIT_WRITE);
        expect(result.err).toBe(
            `kts: ${out}: không ghi được vì thư mục chỉ đọc hoặc không có quyền ghi; hãy chọn thư mục khác hoặc xin quyền ghi\n`
        );
    });

    test('a catalogue imported onto a full disk leaves the previous catalogue as it was', async () => {
        const table = path.join(scratch, 'brm.csv');
        const output = path.join(scratch, 'brm.kts');
        fs.writeFileSync(table, 'Mã,Tên\nSO-BRM.01,Dịch vụ công\n');
        fs.writeFileSync(output, 'previous catalogue');
        failOn('writeFileSync', '.tmp', 'ENOSPC');

        const result = await kts('catalog', 'import', table, '--model', 'BRM', '--output', output);

        expect(result.code, result.err).toBe(EXIT_WRITE);
        expect(result.err).toContain(`${output}: không ghi được vì ổ đĩa đã đầy`);
        expect(fs.readFileSync(output, 'utf8')).toBe('previous catalogue');
    });
});
