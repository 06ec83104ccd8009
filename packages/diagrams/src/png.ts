import { Resvg } from '@resvg/resvg-js';

/** Renders an SVG to PNG with resvg and the system fonts (the diagrams name Noto Sans, then DejaVu Sans). */
export async function svgToPng(svg: string, options: { scale?: number } = {}): Promise<Uint8Array> {
    const scale = options.scale ?? 2;
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        background: '#ffffff',
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
    });
    return new Uint8Array(resvg.render().asPng());
}
