import { inflateSync } from 'node:zlib';

/**
 * The TrueType font inside a WOFF 1.0 file, for reading with HarfBuzz (which reads no WOFF): the tables unpacked
 * and laid out again behind an sfnt header, as a browser does before it uses the font.
 */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
    const file = Buffer.from(woff);
    if (file.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
    const numTables = file.readUInt16BE(12);
    const tables = Array.from({ length: numTables }, (_, index) => {
        const entry = 44 + index * 20;
        const offset = file.readUInt32BE(entry + 4);
        const stored = file.subarray(offset, offset + file.readUInt32BE(entry + 8));
        const origLength = file.readUInt32BE(entry + 12);
        return {
            tag: file.readUInt32BE(entry),
            checksum: file.readUInt32BE(entry + 16),
            data: stored.length < origLength ? inflateSync(stored) : stored
        };
    });
    const sfnt = Buffer.alloc(file.readUInt32BE(16));
    sfnt.writeUInt32BE(file.readUInt32BE(4), 0);
    sfnt.writeUInt16BE(numTables, 4);
    let offset = 12 + numTables * 16;
    tables.forEach((table, index) => {
        const entry = 12 + index * 16;
        sfnt.writeUInt32BE(table.tag, entry);
        sfnt.writeUInt32BE(table.checksum, entry + 4);
        sfnt.writeUInt32BE(offset, entry + 8);
        sfnt.writeUInt32BE(table.data.length, entry + 12);
        table.data.copy(sfnt, offset);
        offset += (table.data.length + 3) & ~3;
    });
    return new Uint8Array(sfnt);
}
