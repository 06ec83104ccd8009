import * as path from 'node:path';
import { createFolder, writeFileAtomic } from '@kts/language/model';
import type { OutputFile } from './generate-framework.js';

/**
 * Writes generated files into the folder, creating the folders they need; each file is written whole or not at all,
 * and a fault is a `FileWriteError` naming the file or folder. Returns their paths.
 */
export function writeOutputFiles(folder: string, files: readonly OutputFile[]): string[] {
    return files.map(output => {
        const file = path.join(folder, output.name);
        createFolder(path.dirname(file));
        writeFileAtomic(file, output.content);
        return file;
    });
}
