import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, which then
 * replaces the target in one rename, so a crash or a full disk never leaves half a file behind.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
    const directory = path.dirname(path.resolve(file));
    const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        fs.writeFileSync(temporary, content);
        fs.renameSync(temporary, file);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}
