import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

function fontFolders(): string[] {
    const home = os.homedir();
    switch (process.platform) {
        case 'win32':
            return [
                path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
                ...(process.env.LOCALAPPDATA ? [path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [])
            ];
        case 'darwin':
            return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
        default:
            return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local', 'share', 'fonts'), path.join(home, '.fonts')];
    }
}

let installed: Map<string, string> | undefined;

/** Every font file in the usual font folders of this system, by file name; the first found wins, folders in order. */
function installedFontFiles(): Map<string, string> {
    if (!installed) {
        installed = new Map();
        for (const folder of fontFolders()) {
            let names: string[];
            try {
                names = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' });
            } catch {
                continue;
            }
            for (const name of names.sort()) {
                const base = path.basename(name);
                if (/\.(ttf|otf)$/i.test(base) && !installed.has(base)) installed.set(base, path.join(folder, name));
            }
        }
    }
    return installed;
}

/** The paths of those of these font files (by file name) that are installed, in the order asked; the folders are read once per process. */
export function findFontFiles(fileNames: readonly string[]): string[] {
    const files = installedFontFiles();
    return fileNames.flatMap(name => files.get(name) ?? []);
}
