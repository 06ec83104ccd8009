import * as fs from 'node:fs';
import { harfbuzzSubsetWasmFile } from './bundled-files.js';

/** Node's WebAssembly global, as far as it is used here: the project's libraries (ES2023, no DOM) do not declare it. */
declare const WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object) => { exports: object };
};

/** The functions of HarfBuzz's subsetter (harfbuzzjs' `harfbuzz-subset.wasm`) this module calls. */
interface HarfBuzzSubset {
    memory: { buffer: ArrayBuffer };
    _initialize(): void;
    malloc(size: number): number;
    free(pointer: number): void;
    hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
    hb_blob_destroy(blob: number): void;
    hb_blob_get_data(blob: number, length: number): number;
    hb_blob_get_length(blob: number): number;
    hb_face_create(blob: number, index: number): number;
    hb_face_destroy(face: number): void;
    hb_face_reference_blob(face: number): number;
    hb_set_add(set: number, value: number): void;
    hb_subset_input_create_or_fail(): number;
    hb_subset_input_destroy(input: number): void;
    hb_subset_input_get_flags(input: number): number;
    hb_subset_input_set_flags(input: number, flags: number): void;
    hb_subset_input_unicode_set(input: number): number;
    hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
/**
 * Browsers lay text out with the unhinted advances the boxes were measured with, so the TrueType instructions
 * would only add bytes (about 40 % of a subset).
 */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let harfbuzz: HarfBuzzSubset | undefined;

/**
 * Compiled on first use, synchronously (about 0.1 s): the subsetter is pure computation and its callers, the
 * SVG and HTML renderers, are synchronous.
 */
function loadHarfBuzz(): HarfBuzzSubset {
    if (!harfbuzz) {
        const module = new WebAssembly.Module(fs.readFileSync(harfbuzzSubsetWasmFile()));
        const loaded = new WebAssembly.Instance(module).exports as unknown as HarfBuzzSubset;
        loaded._initialize();
        harfbuzz = loaded;
    }
    return harfbuzz;
}

/**
 * A TrueType font with only the glyphs of these characters (and those its layout tables reach from them, such as
 * combining marks' positioning), without hinting; the name table keeps the family, the copyright and the version.
 */
export function subsetFont(font: Uint8Array, characters: Iterable<string>): Uint8Array {
    const hb = loadHarfBuzz();
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('HarfBuzz could not start a font subset');
    const fontData = hb.malloc(font.byteLength);
    try {
        new Uint8Array(hb.memory.buffer).set(font, fontData);
        const blob = hb.hb_blob_create(fontData, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
        const face = hb.hb_face_create(blob, 0);
        hb.hb_blob_destroy(blob);
        try {
            hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
            const codePoints = hb.hb_subset_input_unicode_set(input);
            for (const character of characters) hb.hb_set_add(codePoints, character.codePointAt(0)!);
            const subset = hb.hb_subset_or_fail(face, input);
            if (subset === 0) throw new Error('HarfBuzz could not subset the font');
            const result = hb.hb_face_reference_blob(subset);
            // Copied out before anything else runs: the WebAssembly memory may grow and move later.
            const start = hb.hb_blob_get_data(result, 0);
            const bytes = new Uint8Array(hb.memory.buffer).slice(start, start + hb.hb_blob_get_length(result));
            hb.hb_blob_destroy(result);
            hb.hb_face_destroy(subset);
            return bytes;
        } finally {
            hb.hb_face_destroy(face);
        }
    } finally {
        hb.hb_subset_input_destroy(input);
        hb.free(fontData);
    }
}
