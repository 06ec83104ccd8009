import { inflateSync } from 'node:zlib';

/** The colours of an 8-bit palette PNG as `svgToPng` writes it (unfiltered rows), as 0xRRGGBB per pixel. */
export function decodeIndexedPng(png: Uint8Array): { width: number; height: number; colours: Uint32Array } {
    const bytes = Buffer.from(png);
    let width = 0;
    let height = 0;
    let palette: number[] = [];
    const data: Buffer[] = [];
    for (let at = 8; at < bytes.length; ) {
        const length = bytes.readUInt32BE(at);
        const type = bytes.toString('latin1', at + 4, at + 8);
        const body = bytes.subarray(at + 8, at + 8 + length);
        if (type === 'IHDR') {
            width = body.readUInt32BE(0);
            height = body.readUInt32BE(4);
            if (body[8] !== 8 || body[9] !== 3) throw new Error('not an 8-bit palette PNG');
        } else if (type === 'PLTE') {
            palette = Array.from({ length: length / 3 }, (_, i) => (body[i * 3]! << 16) | (body[i * 3 + 1]! << 8) | body[i * 3 + 2]!);
        } else if (type === 'IDAT') data.push(body);
        at += length + 12;
    }
    const rows = inflateSync(Buffer.concat(data));
    const colours = new Uint32Array(width * height);
    for (let y = 0; y < height; y++) {
        if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} is filtered`);
        for (let x = 0; x < width; x++) colours[y * width + x] = palette[rows[y * (width + 1) + 1 + x]!]!;
    }
    return { width, height, colours };
}
