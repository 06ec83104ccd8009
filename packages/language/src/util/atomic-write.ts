import * as fs from 'node:fs';
import * as path from 'node:path';
import { type FileFault, fileFaultMessage } from '../model/vocabulary.js';

/**
 * A file that could not be written, said in both languages with what to do: a full disk, a read-only folder, a
 * file held open by another program (Word on Windows refuses to let a `.docx` it has open be replaced).
 */
export class FileWriteError extends Error {
    constructor(
        readonly file: string,
        readonly fault: FileFault,
        readonly code: string | undefined,
        readonly previousKept: boolean
    ) {
        const kept = previousKept ? `; ${fileFaultMessage('previousKept', 'vi')}` : '';
        const keptEn = previousKept ? `; ${fileFaultMessage('previousKept', 'en')}` : '';
        const args = { code: code ?? '?' };
        super(`${file}: ${fileFaultMessage(fault, 'vi', args)}${kept} / ${fileFaultMessage(fault, 'en', args)}${keptEn}`);
    }
}

const FAULTS: Readonly<Record<string, FileFault>> = {
    ENOSPC: 'noSpace',
    EDQUOT: 'noSpace',
    EACCES: 'readOnly',
    EROFS: 'readOnly',
    EBUSY: 'locked',
    EPERM: 'locked'
};

/** The error a failed write or folder creation of `file` becomes; anything that is not a file-system fault stays as it is. */
export function asFileWriteError(file: string, error: unknown): unknown {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (!(error instanceof Error) || typeof code !== 'string') return error;
    return new FileWriteError(file, FAULTS[code] ?? 'other', code, fs.existsSync(file));
}

/**
 * Makes a folder and the folders above it that are missing; a fault is a `FileWriteError` naming the folder.
 * Node's recursive mkdir reports a read-only file system as ENOENT, so the missing folders are made one by one,
 * which gives the real reason.
 */
export function createFolder(folder: string): void {
    const missing: string[] = [];
    for (let current = path.resolve(folder); !fs.existsSync(current); current = path.dirname(current)) {
        missing.unshift(current);
        if (path.dirname(current) === current) break;
    }
    for (const directory of missing) {
        try {
            fs.mkdirSync(directory);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asFileWriteError(folder, error);
        }
    }
}

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, which then
 * replaces the target in one rename, so a crash, a full disk or a file open in Word never leaves half a file
 * behind, and the previous file stays as it was. A fault is a `FileWriteError` naming the file.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
    const directory = path.dirname(path.resolve(file));
    const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        fs.writeFileSync(temporary, content);
        fs.renameSync(temporary, file);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw asFileWriteError(file, error);
    }
}
