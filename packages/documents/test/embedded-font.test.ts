import * as hb from 'harfbuzzjs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { embeddedFontStyle, renderView, svgToPng } from '@kts/diagrams';
import type { ArchitectureModel } from '@kts/language';
import { generateDiagrams, generateFramework, type OutputFile } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { sfntFromWoff } from '../../diagrams/test/woff-reader.js';

// Which generated files carry a subset of the diagrams' font: the standalone SVGs one each, the HTML document one
// for all its figures; the Word file and the PNGs none (they are drawn with the bundled font, or keep Word's own).

const EXAMPLE = EXAMPLES.find(each => each.framework === 'tinh_lao_cai')!;
let model: ArchitectureModel;
let files: OutputFile[];

beforeAll(async () => {
    model = await loadModel(EXAMPLE.folder);
    files = await generateFramework(model, EXAMPLE.framework, { formats: ['html', 'docx', 'diagrams'], language: 'vi' });
}, 300_000);

const fontFaces = (text: string) => [...text.matchAll(/@font-face\{[^}]*\}/g)].map(match => match[0]);
const faceOf = (rule: string) => `${/font-weight:(\w+)/.exec(rule)![1]}-${/font-style:(\w+)/.exec(rule)![1]}`;
const decode = (text: string) =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

/** The characters drawn in each face: the text of every `<text>`, by its weight and style. */
function drawnByFace(markup: string): Map<string, Set<string>> {
    const drawn = new Map<string, Set<string>>();
    for (const [, attributes, text] of markup.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
        const face = `${/font-weight="bold"/.test(attributes!) ? 'bold' : 'normal'}-${/font-style="italic"/.test(attributes!) ? 'italic' : 'normal'}`;
        if (!drawn.has(face)) drawn.set(face, new Set());
        for (const character of decode(text!)) drawn.get(face)!.add(character);
    }
    return drawn;
}

/** The characters a subset has glyphs for, read with HarfBuzz. */
function covered(rule: string): Set<string> {
    const data = sfntFromWoff(new Uint8Array(Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(rule)![1]!, 'base64')));
    return new Set([...new hb.Face(new hb.Blob(data)).collectUnicodes()].map(code => String.fromCodePoint(code)));
}

describe('the HTML document', () => {
    test('carries one subset of the font for all its figures, in its stylesheet, with a glyph for every character they draw', () => {
        const html = files.find(file => file.name.endsWith('.html'))!.content as string;
        const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map(match => match[0]);
        expect(svgs.length).toBeGreaterThanOrEqual(10);
        for (const svg of svgs) expect(svg).not.toMatch(/@font-face|<style/);
        const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(match => match[1]!);
        expect(styles).toHaveLength(1);
        const rules = fontFaces(styles[0]!);
        // One rule per face, not one per figure.
        expect(new Set(rules.map(faceOf)).size).toBe(rules.length);
        expect(rules.length).toBeLessThanOrEqual(3);
        const drawn = drawnByFace(html);
        expect(new Set(rules.map(faceOf))).toEqual(new Set(drawn.keys()));
        for (const rule of rules) expect([...covered(rule)].sort(), faceOf(rule)).toEqual([...drawn.get(faceOf(rule))!].sort());
        // One subset for all: smaller than the figures' own subsets added up, and a small part of the page.
        const perFigure = svgs.reduce((sum, svg) => sum + embeddedFontStyle([svg]).length, 0);
        expect(styles[0]!.length).toBeLessThan(perFigure / 4);
        expect(rules.join('').length).toBeLessThan(50_000);
    });
});

describe('the other outputs', () => {
    test('every standalone SVG of the diagrams carries the subset of its own text', () => {
        const svgs = files.filter(file => file.name.endsWith('.svg'));
        expect(svgs.length).toBeGreaterThanOrEqual(10);
        for (const file of svgs) {
            const rules = fontFaces(file.content as string);
            const drawn = drawnByFace(file.content as string);
            expect(new Set(rules.map(faceOf)), file.name).toEqual(new Set(drawn.keys()));
            for (const rule of rules) expect([...covered(rule)].sort(), file.name).toEqual([...drawn.get(faceOf(rule))!].sort());
        }
    });

    test('the Word file keeps its figures as they were: no embedded font in their SVGs', async () => {
        const docx = await JSZip.loadAsync(files.find(file => file.name.endsWith('.docx'))!.content as Uint8Array);
        const svgs = Object.keys(docx.files).filter(name => /^word\/media\/.*\.svg$/.test(name));
        expect(svgs.length).toBeGreaterThanOrEqual(10);
        for (const name of svgs) expect(await docx.file(name)!.async('string'), name).not.toContain('@font-face');
    });

    test('`kts diagram` writes the SVG with its font and the PNG drawn from the drawing alone, as before', async () => {
        const request = { kind: 'overview', state: 'target' } as const;
        const [svg, png] = await generateDiagrams(model, EXAMPLE.framework, {
            requests: [request],
            formats: ['svg', 'png'],
            language: 'vi'
        });
        expect(fontFaces(svg!.content as string).length).toBeGreaterThan(0);
        const plain = await renderView(model, EXAMPLE.framework, request, { language: 'vi' });
        expect(Buffer.compare(Buffer.from(png!.content as Uint8Array), Buffer.from(await svgToPng(plain.svg)))).toBe(0);
    }, 120_000);
});
