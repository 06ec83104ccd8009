import type { Resvg } from '@resvg/resvg-wasm';
import { diagramFontOptions, type DiagramFontOptions } from './diagram-fonts.js';
import { encodeIndexedPng } from './indexed-png.js';
import { loadResvg } from './resvg.js';

export interface PngOptions {
    /** Pixels per SVG unit; 2 unless `width` is given. */
    scale?: number;
    /** Width of the image in pixels, the height following the drawing's proportions. */
    width?: number;
}

/**
 * Renders an SVG diagram to an 8-bit palette PNG on a white page, its text drawn with the bundled fonts only; it
 * throws a `DiagramFontError` where they cannot be read rather than draw a picture without its words.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const fonts = diagramFontOptions();
    return rasterise(await loadResvg(), svg, options, fonts);
}

/** `svgToPng` once resvg is loaded and the fonts are read, as the rasterising workers call it too (png-workers.ts). */
export function rasterise(resvg: typeof Resvg, svg: string, options: PngOptions, font: DiagramFontOptions): Uint8Array {
    const fitTo =
        options.width !== undefined
            ? { mode: 'width' as const, value: Math.max(1, Math.round(options.width)) }
            : { mode: 'zoom' as const, value: options.scale ?? 2 };
    const renderer = new resvg(svg, { fitTo, background: '#ffffff', font });
    try {
        const image = renderer.render();
        try {
            return encodeIndexedPng(image.pixels, image.width, image.height);
        } finally {
            image.free();
        }
    } finally {
        renderer.free();
    }
}
