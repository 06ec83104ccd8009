import * as fs from 'node:fs';
import { findFontFiles } from '@kts/diagrams';

/**
 * Font files to measure the document's text with while its pages are laid out for the table of contents: the
 * fonts themselves where Windows or macOS install them, else Liberation Serif and Liberation Mono, drawn to the
 * same advance widths as Times New Roman and Courier New (LibreOffice substitutes them on Linux). Measuring from a
 * file skips the per-word work of the layout's built-in width tables (about a third of the layout's CPU time on
 * examples/tinh-lao-cai) and gave the same page numbers; without these files the layout uses its tables.
 */
const FACES: Array<{ name: string; files: Record<'regular' | 'bold' | 'italic' | 'boldItalic', string[]> }> = [
    {
        name: 'Times New Roman',
        files: {
            regular: ['times.ttf', 'Times New Roman.ttf', 'LiberationSerif-Regular.ttf'],
            bold: ['timesbd.ttf', 'Times New Roman Bold.ttf', 'LiberationSerif-Bold.ttf'],
            italic: ['timesi.ttf', 'Times New Roman Italic.ttf', 'LiberationSerif-Italic.ttf'],
            boldItalic: ['timesbi.ttf', 'Times New Roman Bold Italic.ttf', 'LiberationSerif-BoldItalic.ttf']
        }
    },
    {
        name: 'Courier New',
        files: {
            regular: ['cour.ttf', 'Courier New.ttf', 'LiberationMono-Regular.ttf'],
            bold: ['courbd.ttf', 'Courier New Bold.ttf', 'LiberationMono-Bold.ttf'],
            italic: ['couri.ttf', 'Courier New Italic.ttf', 'LiberationMono-Italic.ttf'],
            boldItalic: ['courbi.ttf', 'Courier New Bold Italic.ttf', 'LiberationMono-BoldItalic.ttf']
        }
    }
];

let loaded: Array<{ name: string; data: Uint8Array }> | undefined;

/** Every face of a family or none: a family measured half from a file and half from the tables would be uneven. */
export function layoutFonts(): Array<{ name: string; data: Uint8Array }> {
    if (!loaded) {
        loaded = FACES.flatMap(({ name, files }) => {
            const found = Object.values(files).map(candidates => findFontFiles(candidates)[0]);
            if (found.some(file => file === undefined)) return [];
            try {
                return found.map(file => ({ name, data: new Uint8Array(fs.readFileSync(file!)) }));
            } catch {
                return [];
            }
        });
    }
    return loaded;
}
