import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { createFolder, errorCode, writeFileAtomic, type Language } from '@kts/language/model';
import { bundledFontFolder, pngWorkerFile, resvgWasmFile } from './bundled-files.js';
import { DIAGRAM_FONT_FILES, diagramFontOptions } from './diagram-fonts.js';
import { t } from './i18n.js';
import type { PngJob } from './png-workers.js';

/** What the cache cannot do, said once: the folder cannot be read or written, or an entry in it was damaged. */
export type PngCacheProblem = { kind: 'unusable'; folder: string; code: string } | { kind: 'damaged'; file: string };

/** What a tool tells its user of the cache's problem: that the pictures are drawn again and the document is the same. */
export function pngCacheProblemText(problem: PngCacheProblem, language: Language): string {
    return problem.kind === 'unusable'
        ? t('figureCache.unusable', language, { folder: problem.folder, code: problem.code })
        : t('figureCache.damaged', language, { file: problem.file });
}

export interface PngCacheOptions {
    /** Above this many bytes of entries, the least recently used are removed when the cache is closed; 500 MB by default. */
    maxBytes?: number;
    /** Told of the first problem only; the pictures are drawn anew whatever it is. */
    onProblem?: (problem: PngCacheProblem) => void;
}

/** The folder of the entries inside the cache folder the user's tools share. */
const ENTRY_FOLDER = 'png';
const DEFAULT_MAX_BYTES = 500 * 1024 * 1024;
/** What is kept after an eviction, so that the next runs do not each evict again. */
const KEPT_AFTER_EVICTION = 0.8;
/** A temporary file older than this was left by a run that stopped between the write and the rename. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** Changes when the entries' file format or key changes, so that older entries are never read as newer ones. */
const CACHE_FORMAT = 'kts-png-cache 1';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * PNG pictures of diagrams kept on disk between runs, one file per picture, named by a hash of all that determines
 * its bytes: the SVG text, the size asked for, and the rasteriser's identity (its modules, resvg's WebAssembly and
 * the font files, see `rasteriserIdentity`). A user who edits one line and generates again gets the unchanged
 * figures from here instead of rasterising all of them. A picture read back is checked whole (the PNG signature,
 * every chunk's CRC, IEND at the end); a damaged one is drawn again. Entries are written whole or not at all (a
 * temporary file and a rename), so two runs at once cannot see half a picture. Nothing the cache cannot do fails
 * the generation or changes a picture: a folder that cannot be read or written only means every picture is drawn.
 * A hit marks its entry used; `close` removes the least recently used entries above the size limit.
 */
export class PngCache {
    private readonly folder: string;
    private readonly maxBytes: number;
    private readonly onProblem: ((problem: PngCacheProblem) => void) | undefined;
    /** Worked out on first use; null when the rasteriser's files cannot be read (then nothing is cached). */
    private identity: string | undefined | null;
    private told = false;
    private written = false;
    private usable = true;

    constructor(cacheFolder: string, options: PngCacheOptions = {}) {
        this.folder = path.join(cacheFolder, ENTRY_FOLDER);
        this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
        this.onProblem = options.onProblem;
    }

    /** The cached picture of the job, or undefined when there is none usable. */
    async get(job: PngJob): Promise<Uint8Array | undefined> {
        const file = this.entryFile(job);
        if (file === undefined || !this.usable) return undefined;
        let bytes: Buffer;
        try {
            bytes = await fs.promises.readFile(file);
        } catch (error) {
            if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') this.fail(error);
            return undefined;
        }
        if (!isWholePng(bytes)) {
            this.tell({ kind: 'damaged', file });
            // Gone before the picture is drawn again and put under the same name: a removal still pending then
            // would take the new entry away. One that cannot be removed is replaced by that put's rename.
            try {
                fs.rmSync(file, { force: true });
            } catch {}
            return undefined;
        }
        // The modification time is the entry's last use: access times are not kept on many file systems.
        const now = new Date();
        fs.utimes(file, now, now, () => undefined);
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }

    /** Keeps the job's picture for the next runs. */
    put(job: PngJob, png: Uint8Array): void {
        const file = this.entryFile(job);
        if (file === undefined || !this.usable) return;
        try {
            if (!this.written) createFolder(this.folder);
            writeFileAtomic(file, png);
            this.written = true;
        } catch (error) {
            this.fail(error);
        }
    }

    /** Removes the least recently used entries while they hold more than the limit, and temporary files left behind. */
    close(): void {
        if (!this.written) return;
        try {
            const entries: Array<{ file: string; size: number; used: number }> = [];
            const now = Date.now();
            for (const name of fs.readdirSync(this.folder)) {
                const file = path.join(this.folder, name);
                const stat = fs.statSync(file, { throwIfNoEntry: false });
                if (!stat?.isFile()) continue;
                if (name.endsWith('.tmp')) {
                    if (now - stat.mtimeMs > STALE_TEMPORARY_MS) fs.rmSync(file, { force: true });
                } else entries.push({ file, size: stat.size, used: stat.mtimeMs });
            }
            let total = entries.reduce((sum, entry) => sum + entry.size, 0);
            if (total <= this.maxBytes) return;
            entries.sort((a, b) => a.used - b.used);
            for (const entry of entries) {
                if (total <= this.maxBytes * KEPT_AFTER_EVICTION) break;
                fs.rmSync(entry.file, { force: true });
                total -= entry.size;
            }
        } catch (error) {
            this.fail(error);
        }
    }

    /** The entry's file, or undefined when the rasteriser's files cannot be read (the drawing will say why). */
    private entryFile(job: PngJob): string | undefined {
        if (this.identity === undefined) {
            try {
                this.identity = rasteriserIdentity();
            } catch {
                this.identity = null;
            }
        }
        if (this.identity === null) return undefined;
        return path.join(this.folder, `${pngCacheKey(this.identity, job)}.png`);
    }

    private fail(error: unknown): void {
        this.usable = false;
        this.tell({ kind: 'unusable', folder: this.folder, code: errorCode(error) });
    }

    private tell(problem: PngCacheProblem): void {
        if (this.told) return;
        this.told = true;
        this.onProblem?.(problem);
    }
}

/** The name of a job's entry: a hash of the rasteriser's identity, the size asked for and the SVG text. */
export function pngCacheKey(identity: string, job: PngJob): string {
    const { width, scale } = job.options;
    return createHash('sha256')
        .update(`${identity}\n${width ?? ''}\n${scale ?? ''}\n`)
        .update(job.svg)
        .digest('hex');
}

/**
 * A hash of everything besides the SVG and the size that decides a picture's bytes: the rasterising worker's module
 * and the modules it imports from beside it (the rendering options, the palette PNG encoder), resvg's WebAssembly
 * and the font faces it is given. A change of any of them, by an upgrade or in development, makes new keys; the
 * files are the ones the workers read (`bundled-files.ts`). About 5 MB hashed once per cache.
 */
export function rasteriserIdentity(): string {
    const hash = createHash('sha256').update(CACHE_FORMAT);
    for (const module of workerModules(pngWorkerFile())) hash.update(`\n${path.basename(module)}\n`).update(fs.readFileSync(module));
    hash.update('\nresvg\n').update(fs.readFileSync(resvgWasmFile()));
    // The faces as the main thread reads them once per process for the workers' font check.
    const { fontBuffers } = diagramFontOptions(bundledFontFolder());
    for (const [index, font] of DIAGRAM_FONT_FILES.entries()) hash.update(`\n${font}\n`).update(fontBuffers[index]!);
    return hash.digest('hex');
}

/** The worker's module and those it imports by a relative path, transitively (none in a bundled worker). */
function workerModules(entry: string): string[] {
    const found = new Set<string>([entry]);
    for (const module of found) {
        const text = fs.readFileSync(module, 'utf8');
        for (const [, specifier] of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
            const imported = path.resolve(path.dirname(module), specifier!);
            if (fs.existsSync(imported)) found.add(imported);
        }
    }
    return [...found];
}

/** Whether the bytes are one whole PNG: its signature, then chunks whose CRCs match, the first IHDR, the last IEND. */
export function isWholePng(bytes: Uint8Array): boolean {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (data.length < PNG_SIGNATURE.length || !data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return false;
    let offset = PNG_SIGNATURE.length;
    let first = true;
    while (offset + 12 <= data.length) {
        const length = data.readUInt32BE(offset);
        const end = offset + 12 + length;
        if (end > data.length) return false;
        const type = data.toString('latin1', offset + 4, offset + 8);
        if (first && type !== 'IHDR') return false;
        if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== data.readUInt32BE(offset + 8 + length)) return false;
        if (type === 'IEND') return end === data.length;
        first = false;
        offset = end;
    }
    return false;
}
