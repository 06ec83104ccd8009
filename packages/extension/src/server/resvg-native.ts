import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Stands in for `@resvg/resvg-js` in the server bundle (scripts/build.mjs swaps it in): the .vsix carries no
 * node_modules, so the native renderer that turns diagrams into the PNG fallback of the Word document ships
 * as one file, `out/native/resvgjs.<platform>.node`, for the platform the .vsix is built for. It is loaded on
 * first use, so everything but Word generation works even where it is missing.
 */
interface RenderedImage {
    pixels: Uint8Array;
    width: number;
    height: number;
    asPng(): Uint8Array;
}
interface NativeResvg {
    render(): RenderedImage;
}
interface NativeBinding {
    Resvg: new (svg: string, options: string) => NativeResvg;
    renderAsync(svg: string, options: string): Promise<RenderedImage>;
}

let binding: NativeBinding | undefined;

function load(): NativeBinding {
    if (!binding) {
        const file = path.join(
            path.dirname(fileURLToPath(import.meta.url)),
            'native',
            `resvgjs.${process.platform}-${process.arch}${process.platform === 'linux' ? '-gnu' : process.platform === 'win32' ? '-msvc' : ''}.node`
        );
        try {
            binding = createRequire(import.meta.url)(file) as NativeBinding;
        } catch (error) {
            throw new Error(
                `Trình vẽ PNG cho tài liệu Word không có cho ${process.platform}-${process.arch} trong bản cài này (${file}); dùng "npx kts generate" / the PNG renderer for Word documents is not in this build for ${process.platform}-${process.arch}; use "npx kts generate" (${(error as Error).message})`
            );
        }
    }
    return binding;
}

/** The part of `@resvg/resvg-js`'s API that @kts/diagrams uses. */
export class Resvg {
    private readonly native: NativeResvg;

    constructor(svg: string, options?: object) {
        this.native = new (load().Resvg)(svg, JSON.stringify(options ?? {}));
    }

    render(): RenderedImage {
        return this.native.render();
    }
}

/** Draws in libuv's thread pool, as `@resvg/resvg-js` does, so that figures render side by side. */
export function renderAsync(svg: string, options?: object): Promise<RenderedImage> {
    return load().renderAsync(svg, JSON.stringify(options ?? {}));
}
