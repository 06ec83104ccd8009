import { renderAsync } from '@resvg/resvg-js';
import { diagramFontOptions } from './diagram-fonts.js';
import { encodeIndexedPng } from './indexed-png.js';

export interface PngOptions {
    /** Pixels per SVG unit; 2 unless `width` is given. */
    scale?: number;
    /** Width of the image in pixels, the height following the drawing's proportions. */
    width?: number;
}

/**
 * Renders an SVG diagram to an 8-bit palette PNG on a white page. resvg draws in libuv's thread pool, so several
 * diagrams render at once, and beside JavaScript work on the main thread, when their promises are awaited together.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const fitTo = options.width !== undefined
        ? { mode: 'width' as const, value: Math.max(1, Math.round(options.width)) }
        : { mode: 'zoom' as const, value: options.scale ?? 2 };
    const image = await renderAsync(svg, { fitTo, background: '#ffffff', font: diagramFontOptions() });
    return encodeIndexedPng(image.pixels, image.width, image.height);
}
