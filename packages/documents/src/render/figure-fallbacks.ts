import { PngWorkers } from '@kts/diagrams';

/**
 * Resolution of the PNG fallback at the size the figure is printed (the document model's placement): at 200 dpi the
 * diagrams' smallest text, 7 pt on paper, is 19 pixels tall, sharp in print, with 44 % of the pixels of 300 dpi
 * (on examples/tinh-lao-cai 5.8 MB of PNG instead of 9.6 MB, drawn in half the time).
 */
const FALLBACK_DPI = 200;
/** CSS pixels per inch: a figure's printed size is in CSS pixels. */
const PX_PER_INCH = 96;

/**
 * The PNG fallbacks of a Word file's figures, drawn by the rasterising workers as soon as each figure's drawing and
 * printed size are known: the generation asks for them as the figures are drawn, so the workers draw them while the
 * other figures are drawn and the document is composed, and the Word renderer gets the same pictures when it asks
 * for them again. `close` ends the workers.
 */
export class FigureFallbacks {
    private readonly workers = new PngWorkers();
    /** Each drawing's pictures by printed width; the drawing is the same string from the view to the figure block. */
    private readonly pngs = new Map<string, Map<number, Promise<Uint8Array>>>();

    /** The PNG of a drawing printed `printedWidth` CSS pixels wide. */
    png(svg: string, printedWidth: number): Promise<Uint8Array> {
        let byWidth = this.pngs.get(svg);
        if (!byWidth) this.pngs.set(svg, (byWidth = new Map()));
        let png = byWidth.get(printedWidth);
        if (!png)
            byWidth.set(printedWidth, (png = this.workers.png({ svg, options: { width: (printedWidth * FALLBACK_DPI) / PX_PER_INCH } })));
        return png;
    }

    close(): Promise<void> {
        return this.workers.close();
    }
}
