import * as path from 'node:path';
import { findFontFiles } from './font-files.js';

/** The faces of the two families the diagrams name (text-metrics.ts `FONT_FAMILY`), as their packages name the files. */
const FACE_FILES = [
    'NotoSans-Regular.ttf',
    'NotoSans-Bold.ttf',
    'NotoSans-Italic.ttf',
    'NotoSans-BoldItalic.ttf',
    'DejaVuSans.ttf',
    'DejaVuSans-Bold.ttf',
    'DejaVuSans-Oblique.ttf',
    'DejaVuSans-BoldOblique.ttf'
];

export interface DiagramFontOptions {
    loadSystemFonts: boolean;
    fontFiles?: string[];
    defaultFontFamily: string;
    sansSerifFamily: string;
}

let located: DiagramFontOptions | undefined;

/**
 * The fonts resvg draws the diagrams' text with. Loading every system font costs each rendering a scan of all
 * of them (tens of milliseconds per diagram with a few hundred fonts); the files of Noto Sans and DejaVu Sans are
 * found once per process instead. Where neither family is installed, resvg falls back to the system fonts.
 */
export function diagramFontOptions(): DiagramFontOptions {
    if (!located) {
        const fontFiles = findFontFiles(FACE_FILES);
        const fallback = fontFiles.some(file => path.basename(file).startsWith('DejaVuSans')) ? 'DejaVu Sans' : 'Noto Sans';
        located =
            fontFiles.length > 0
                ? { loadSystemFonts: false, fontFiles, defaultFontFamily: fallback, sansSerifFamily: fallback }
                : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
    }
    return located;
}
