import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeIndexedPng } from '../../diagrams/test/png-pixels.js';
import { inkBox, svgNodes, svgSize } from '../../diagrams/test/svg-geometry.js';
import { kts, scratchFolder } from './run-kts.js';

// A machine without any font installed, as a new user's Windows PC is for the families the diagrams use: `kts`
// runs in a mount namespace of its own (util-linux `unshare`, as root or through a user namespace) where every
// system font folder is an empty tmpfs. Its pictures must be the same as those drawn where fonts are installed.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const KTS = path.join(REPO_ROOT, 'packages/cli/bin/kts.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'tinh-lao-cai');
const SYSTEM_FONT_FOLDERS = ['/usr/share/fonts', '/usr/local/share/fonts'];

const scratch = scratchFolder('kts-fonts-hidden-');

/** Runs `kts …` with the system font folders hidden behind empty folders. */
function ktsWithoutSystemFonts(...args: string[]): void {
    const hide = SYSTEM_FONT_FOLDERS.map(folder => `if [ -d ${folder} ]; then mount -t tmpfs tmpfs ${folder}; fi; `).join('');
    const check = `if [ -n "$(find ${SYSTEM_FONT_FOLDERS.join(' ')} -mindepth 1 2>/dev/null | head -n 1)" ]; then echo 'font folders still visible' >&2; exit 3; fi; `;
    const result = spawnSync('unshare', ['--mount', '--map-root-user', 'sh', '-c', `${hide}${check}exec "$0" "$@"`, NODE, KTS, ...args], {
        encoding: 'utf8',
        timeout: 300_000
    });
    if (result.error) throw result.error;
    expect(result.status, `unshare kts ${args.join(' ')}: ${result.stderr}`).toBe(0);
}

async function wordFigures(file: string): Promise<Map<string, Buffer>> {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const names = Object.keys(zip.files).filter(name => /^word\/media\/.*\.png$/.test(name));
    return new Map(await Promise.all(names.map(async name => [name, await zip.file(name)!.async('nodebuffer')] as const)));
}

const present = path.join(scratch, 'fonts-present');
const hidden = path.join(scratch, 'fonts-hidden');

describe('generation with no system font installed', () => {
    beforeAll(async () => {
        for (const args of [
            ['diagram', EXAMPLE, '--format', 'svg,png'],
            ['generate', EXAMPLE, '--format', 'docx']
        ]) {
            const result = await kts(...args, '--out', present);
            expect(result.code, result.err).toBe(0);
            ktsWithoutSystemFonts(...args, '--out', hidden);
        }
    }, 600_000);

    it('draws every view to the same PNG pixels as where fonts are installed', () => {
        const pngs = fs.readdirSync(present).filter(name => name.endsWith('.png'));
        expect(pngs.length).toBeGreaterThanOrEqual(7);
        for (const name of pngs) {
            expect(Buffer.compare(fs.readFileSync(path.join(hidden, name)), fs.readFileSync(path.join(present, name))), name).toBe(0);
        }
    });

    it('puts the words of every labelled box into the PNG', () => {
        const svgFile = fs.readdirSync(hidden).find(name => name.endsWith('.target-overview.svg'))!;
        const svg = fs.readFileSync(path.join(hidden, svgFile), 'utf8');
        const { width, height } = svgSize(svg);
        const png = decodeIndexedPng(fs.readFileSync(path.join(hidden, svgFile.replace(/\.svg$/, '.png'))));
        const scale = png.width / width;
        const labelled = svgNodes(svg).filter(node => node.texts.length > 0);
        expect(labelled.length).toBeGreaterThan(10);
        for (const node of labelled) {
            const ink = inkBox(node.texts, width, height)!;
            // Inside the words' box, the pixels that are not the box's own fill are the words' strokes.
            const colours: number[] = [];
            for (let y = Math.ceil(ink.y * scale); y < Math.floor((ink.y + ink.height) * scale); y++) {
                for (let x = Math.ceil(ink.x * scale); x < Math.floor((ink.x + ink.width) * scale); x++)
                    colours.push(png.colours[y * png.width + x]!);
            }
            const counts = new Map<number, number>();
            for (const colour of colours) counts.set(colour, (counts.get(colour) ?? 0) + 1);
            const fill = Math.max(...counts.values());
            expect((colours.length - fill) / colours.length, `${node.id}: share of ink pixels among ${colours.length}`).toBeGreaterThan(
                0.1
            );
        }
    });

    it('puts the same figures into the Word file', async () => {
        const expected = await wordFigures(path.join(present, 'tinh_lao_cai.docx'));
        const figures = await wordFigures(path.join(hidden, 'tinh_lao_cai.docx'));
        expect(expected.size).toBeGreaterThanOrEqual(7);
        expect([...figures.keys()]).toEqual([...expected.keys()]);
        for (const [name, png] of expected) expect(Buffer.compare(figures.get(name)!, png), name).toBe(0);
    });
});
