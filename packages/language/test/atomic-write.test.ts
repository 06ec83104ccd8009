import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createFolder, FileWriteError, writeFileAtomic } from '../src/util/atomic-write.js';
import { fault, resetFsFaults } from './fs-faults.js';

// The faults a user meets — a full disk, a read-only folder, a .docx open in Word — cannot be made portably (root
// ignores permissions, mounting a tiny disk needs privileges), so node:fs raises them where the platform would.
vi.mock('node:fs', async importOriginal => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return {
        ...actual,
        writeFileSync: vi.fn(actual.writeFileSync),
        renameSync: vi.fn(actual.renameSync),
        mkdirSync: vi.fn(actual.mkdirSync)
    };
});

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-atomic-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
afterEach(resetFsFaults);

/** The first write (the temporary file) writes half the content, then fails as a full disk does. */
function failWritingHalfway(code: string): void {
    vi.mocked(fs.writeFileSync).mockImplementationOnce((file, content) => {
        const text = String(content);
        fs.appendFileSync(file as string, text.slice(0, text.length / 2));
        throw fault(code);
    });
}

function filesIn(directory: string): string[] {
    return fs.readdirSync(directory).sort();
}

describe('writeFileAtomic when the file system fails', () => {
    it('a full disk leaves the previous file intact and no partial file, and says so in both languages', () => {
        const directory = fs.mkdtempSync(path.join(folder, 'full-'));
        const file = path.join(directory, 'so-kh-cn.docx');
        fs.writeFileSync(file, 'previous edition');
        failWritingHalfway('ENOSPC');
        const error = (() => {
            try {
                writeFileAtomic(file, 'the new edition, which does not fit');
            } catch (caught) {
                return caught;
            }
        })();
        expect(error).toBeInstanceOf(FileWriteError);
        expect((error as Error).message).toBe(
            `${file}: không ghi được vì ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại; tệp cũ vẫn giữ nguyên / ` +
                'cannot write: the disk is full; free some space and run again; the previous file is unchanged'
        );
        expect(fs.readFileSync(file, 'utf8')).toBe('previous edition');
        expect(filesIn(directory)).toEqual(['so-kh-cn.docx']);
    });

    it('a new file on a full disk is not created at all', () => {
        const directory = fs.mkdtempSync(path.join(folder, 'new-'));
        failWritingHalfway('ENOSPC');
        expect(() => writeFileAtomic(path.join(directory, 'tinh.html'), '<html></html>')).toThrow(/ổ đĩa đã đầy.* \/ .*disk is full/);
        expect(filesIn(directory)).toEqual([]);
    });

    it.each([
        ['EACCES', /thư mục chỉ đọc hoặc không có quyền ghi.*folder is read-only or not writable/],
        ['EROFS', /thư mục chỉ đọc hoặc không có quyền ghi.*folder is read-only or not writable/]
    ])('a read-only folder (%s) is named with what to do', (code, message) => {
        const directory = fs.mkdtempSync(path.join(folder, 'readonly-'));
        vi.mocked(fs.writeFileSync).mockImplementationOnce(() => {
            throw fault(code);
        });
        expect(() => writeFileAtomic(path.join(directory, 'tinh.html'), 'x')).toThrow(message);
        expect(filesIn(directory)).toEqual([]);
    });

    it.each(['EBUSY', 'EPERM'])('a .docx open in Word (%s when it is replaced) keeps its content and asks to close it', code => {
        const directory = fs.mkdtempSync(path.join(folder, 'locked-'));
        const file = path.join(directory, 'so-kh-cn.docx');
        fs.writeFileSync(file, 'open in Word');
        vi.mocked(fs.renameSync).mockImplementationOnce(() => {
            throw fault(code);
        });
        expect(() => writeFileAtomic(file, 'new edition')).toThrow(
            `${file}: tệp đang mở trong chương trình khác (ví dụ Word) hoặc bị khóa; hãy đóng tệp rồi chạy lại; tệp cũ vẫn giữ nguyên / ` +
                'the file is open in another program (e.g. Word) or locked; close it and run again; the previous file is unchanged'
        );
        expect(fs.readFileSync(file, 'utf8')).toBe('open in Word');
        expect(filesIn(directory)).toEqual(['so-kh-cn.docx']);
    });

    it('an unexpected fault still names the file and its code', () => {
        const directory = fs.mkdtempSync(path.join(folder, 'other-'));
        vi.mocked(fs.writeFileSync).mockImplementationOnce(() => {
            throw fault('EIO');
        });
        expect(() => writeFileAtomic(path.join(directory, 'a.svg'), 'x')).toThrow(
            /a\.svg: không ghi được tệp \(EIO\) \/ cannot write the file \(EIO\)/
        );
    });
});

describe('createFolder', () => {
    it('makes the missing folders, Vietnamese names and spaces included', () => {
        const target = path.join(folder, 'Kiến trúc số', 'Sở KH&CN', 'tài liệu');
        createFolder(target);
        expect(fs.statSync(target).isDirectory()).toBe(true);
        createFolder(target);
    });

    it('says a read-only disk is read-only (Node alone calls it ENOENT)', () => {
        const target = path.join(folder, 'read-only', 'out');
        vi.mocked(fs.mkdirSync).mockImplementationOnce(() => {
            throw fault('EROFS');
        });
        expect(() => createFolder(target)).toThrow(
            `${target}: không ghi được vì thư mục chỉ đọc hoặc không có quyền ghi; hãy chọn thư mục khác hoặc xin quyền ghi / ` +
                'cannot write: the folder is read-only or not writable; choose another folder or ask for write permission'
        );
    });
});
