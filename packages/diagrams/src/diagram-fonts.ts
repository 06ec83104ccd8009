import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledFontFolder } from './bundled-files.js';
import { errorCode, fileFaultMessage, type Language } from '@kts/language/model';

/** The family the diagrams name first and are measured with (text-metrics.ts), and the files of its faces. */
export const DIAGRAM_FONT_FAMILY = 'DejaVu Sans';
export const DIAGRAM_FONT_FACES = [
    { file: 'DejaVuSans.ttf', bold: false, italic: false },
    { file: 'DejaVuSans-Bold.ttf', bold: true, italic: false },
    { file: 'DejaVuSans-Oblique.ttf', bold: false, italic: true },
    { file: 'DejaVuSans-BoldOblique.ttf', bold: true, italic: true }
] as const;
export type DiagramFontFace = (typeof DIAGRAM_FONT_FACES)[number];
export const DIAGRAM_FONT_FILES = DIAGRAM_FONT_FACES.map(face => face.file);

/** The first bytes of a TrueType or OpenType font file. */
const FONT_SIGNATURES = ['00010000', '74727565', '4f54544f'];

export interface DiagramFontOptions {
    /** The faces' files, in the order of DIAGRAM_FONT_FACES. */
    fontBuffers: Uint8Array[];
    defaultFontFamily: string;
    sansSerifFamily: string;
}

const located = new Map<string, DiagramFontOptions>();

/**
 * The fonts resvg draws the diagrams' text with: the bundled faces only (the WebAssembly build sees no system
 * fonts), read once per process, so a picture is the same on every machine. resvg draws no text at all when it
 * has no usable font, silently; so a face that is missing or is not a font file stops the rendering here,
 * naming the file.
 */
export function diagramFontOptions(folder: string = bundledFontFolder()): DiagramFontOptions {
    let options = located.get(folder);
    if (!options) {
        const fontBuffers = DIAGRAM_FONT_FILES.map(name => readFontFile(path.join(folder, name)));
        options = { fontBuffers, defaultFontFamily: DIAGRAM_FONT_FAMILY, sansSerifFamily: DIAGRAM_FONT_FAMILY };
        located.set(folder, options);
    }
    return options;
}

function readFontFile(file: string): Uint8Array {
    let data: Buffer;
    try {
        data = fs.readFileSync(file);
    } catch (error) {
        throw new DiagramFontError(file, errorCode(error));
    }
    if (!FONT_SIGNATURES.includes(data.subarray(0, 4).toString('hex'))) throw new DiagramFontError(file, 'not a TrueType/OpenType font');
    return new Uint8Array(data);
}

/** A font file the diagrams' text needs cannot be read: no picture is drawn rather than one without its words. */
export class DiagramFontError extends Error {
    constructor(
        readonly file: string,
        readonly reason: string
    ) {
        super(
            `${file}: ${fileFaultMessage('fontUnreadable', 'vi', { code: reason })} / ${fileFaultMessage('fontUnreadable', 'en', { code: reason })}`
        );
        this.name = 'DiagramFontError';
    }

    /** The problem said in one language, as a command prints it. */
    text(language: Language): string {
        return `${this.file}: ${fileFaultMessage('fontUnreadable', language, { code: this.reason })}`;
    }
}
