import * as resvg from '@resvg/resvg-js';
import { diagramFontOptions } from './diagram-fonts.js';
import { encodeIndexedPng } from './indexed-png.js';

export interface PngOptions {
    /** Pixels per SVG unit; 2 unless `width` is given. */
    scale?: number;
    /** Width of the image in pixels, the height following the drawing's proportions. */
    width?: number;
}

/**
 * Renders an SVG diagram to an 8-bit palette PNG on a white page, its text drawn with the bundled fonts only; it
 * throws a `DiagramFontError` where they cannot be read rather than draw a picture without its words. resvg's
 * `renderAsync` draws in libuv's thread pool, so several diagrams render at once, beside JavaScript on the main
 * thread, when their promises are awaited together. The VS Code extension's server bundle replaces the package by
 * a shim of the native binding that has only the `Resvg` class (packages/extension/src/server/resvg-native.ts);
 * there the diagram is drawn in place.
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const fitTo =
        options.width !== undefined
            ? { mode: 'width' as const, value: Math.max(1, Math.round(options.width)) }
            : { mode: 'zoom' as const, value: options.scale ?? 2 };
    const renderOptions = { fitTo, background: '#ffffff', font: diagramFontOptions() };
    const image =
        typeof resvg.renderAsync === 'function'
            ? await resvg.renderAsync(svg, renderOptions)
            : new resvg.Resvg(svg, renderOptions).render();
    return encodeIndexedPng(image.pixels, image.width, image.height);
}
