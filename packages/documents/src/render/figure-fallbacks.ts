import { type PngCache, type PngJob, PngWorkers } from '@kts/diagrams';

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
 * for them again. With a `PngCache`, a picture drawn in an earlier run is read from it instead (the workers start
 * only for the others), and each new picture is kept there. `close` ends the workers.
 */
export class FigureFallbacks {
    private readonly workers = new PngWorkers();
    /** Each drawing's pictures by printed width; the drawing is the same string from the view to the figure block. */
    private readonly pngs = new Map<string, Map<number, Promise<Uint8Array>>>();

    constructor(private readonly cache?: PngCache) {}

    /** The PNG of a drawing printed `printedWidth` CSS pixels wide. */
    png(svg: string, printedWidth: number): Promise<Uint8Array> {
        let byWidth = this.pngs.get(svg);
        if (!byWidth) this.pngs.set(svg, (byWidth = new Map()));
        let png = byWidth.get(printedWidth);
        if (!png) byWidth.set(printedWidth, (png = this.picture({ svg, options: { width: (printedWidth * FALLBACK_DPI) / PX_PER_INCH } })));
        return png;
    }

    private picture(job: PngJob): Promise<Uint8Array> {
        if (!this.cache) return this.workers.png(job);
        const png = this.keptOrDrawn(job, this.cache);
        // A failure is the caller's when it awaits the picture, never an unhandled rejection (as PngWorkers.png).
        png.catch(() => undefined);
        return png;
    }

    private async keptOrDrawn(job: PngJob, cache: PngCache): Promise<Uint8Array> {
        const kept = await cache.get(job);
        if (kept) return kept;
        const drawn = await this.workers.png(job);
        cache.put(job, drawn);
        return drawn;
    }

    close(): Promise<void> {
        return this.workers.close();
    }
}
