import type { ArchitectureModel } from '@kts/language';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allViewRequests, renderView, renderViewParts, type RenderedView } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { svgSize } from './svg-geometry.js';

/** A page that takes a drawing at its natural size, no larger than 1000 × 600 and with no text under 10 units. */
const page = (drawing: { width: number; height: number; smallestFontSize: number }) =>
    drawing.width <= 1000 && drawing.height <= 600 && drawing.smallestFontSize >= 9.5;

describe.each(EXAMPLES)('the views of $framework drawn for a page', ({ folder, framework }) => {
    let model: ArchitectureModel;
    const drawn: Array<{ whole: RenderedView; parts: RenderedView[] }> = [];

    beforeAll(async () => {
        model = await loadModel(folder);
        for (const request of allViewRequests(model, framework)) {
            drawn.push({
                whole: await renderView(model, framework, request, { heading: false }),
                parts: await renderViewParts(model, framework, request, { heading: false, fits: page })
            });
        }
    }, 300_000);

    it('cut every view too large for the page into parts that each fit it, numbered in order', () => {
        for (const { whole, parts } of drawn) {
            expect(page(whole), whole.id).toBe(false);
            expect(parts.length, whole.id).toBeGreaterThan(1);
            parts.forEach((part, index) => {
                expect(page(part), part.id).toBe(true);
                expect(part.part, part.id).toMatchObject({ index: index + 1, count: parts.length });
                expect(part.part!.bands.length, part.id).toBeGreaterThan(0);
                expect(XMLValidator.validate(part.svg), part.id).toBe(true);
                expect(svgSize(part.svg), part.id).toEqual({ width: part.width, height: part.height });
                // The view's legend is drawn once, with its first part; the others give its room to the drawing.
                if (index === 0) expect(part.svg, part.id).toContain('Chú giải');
                else expect(part.svg, part.id).not.toContain('Chú giải');
            });
            // Every part is of the one view: it keeps the view's id.
            expect(new Set(parts.map(part => part.id)), whole.id).toEqual(new Set([whole.id]));
        }
    });

    it('number the columns of a matrix cut into parts, and name each number once, in the first part', () => {
        for (const { whole, parts } of drawn.filter(view => view.whole.kind === 'security')) {
            // The whole matrix turns its column names upright; the node group of each column holds its name as title.
            const columns = whole.svg
                .split('<g id=')
                .filter(chunk => chunk.includes('rotate(-90'))
                .map(chunk => /<title>([^<]*)<\/title>/.exec(chunk)![1]!);
            expect(columns.length, whole.id).toBeGreaterThan(1);
            for (const part of parts) expect(part.svg, part.id).not.toContain('rotate(-90');
            const keyOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(match => match[1]);
            const first = keyOf(parts[0]!.svg);
            columns.forEach((title, index) => {
                const at = first.indexOf(title);
                expect(at, `${whole.id}: ${title}`).toBeGreaterThan(0);
                expect(first[at - 1], `${whole.id}: ${title}`).toBe(String(index + 1));
            });
        }
    });

    it('draw in their parts together every element of the whole view', () => {
        for (const { whole, parts } of drawn) {
            expect(new Set(parts.flatMap(part => part.elementIds)), whole.id).toEqual(new Set(whole.elementIds));
        }
    });

    it('come whole, as renderView draws them, when the page takes them', async () => {
        for (const request of allViewRequests(model, framework)) {
            const whole = await renderView(model, framework, request, { heading: false });
            expect(await renderViewParts(model, framework, request, { heading: false, fits: () => true }), whole.id).toEqual([whole]);
        }
    });
});
