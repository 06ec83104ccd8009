import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '@kts/language/model';
import type { OutputFile } from './generate-framework.js';

/** Writes generated files into the folder, creating the folders they need; each file is written whole or not at all. Returns their paths. */
export function writeOutputFiles(folder: string, files: readonly OutputFile[]): string[] {
    return files.map(output => {
        const file = path.join(folder, output.name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        writeFileAtomic(file, output.content);
        return file;
    });
}
