import * as path from 'node:path';
import { renderViewParts, type RenderedView } from '@kts/diagrams';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadModel, REPOSITORY } from '../../language/test/load-model.js';
import { placeFigure, printsReadably, SMALLEST_PRINTED_TEXT_PT } from '../src/document-model/figures.js';

/**
 * The roadmap is printed across landscape pages, one part to a page: the fewer pages it takes at readable text, the
 * better. The counts follow the examples' tasks as written: a year's column just wide enough for its period and rows
 * set apart by the grid alone gave Gia Lai three parts instead of four and Lào Cai four instead of five. A part takes
 * the tasks its page holds, a section cut where the page is full; fewer parts would need text below 7 pt (Lào Cai's
 * tasks take about 1,850 units of height, a landscape page holds 530 at 7 pt).
 */
const ROADMAPS = [
    { folder: 'examples/tinh-lao-cai', framework: 'tinh_lao_cai', parts: 4 },
    { folder: 'examples/tinh-gia-lai', framework: 'tinh_gia_lai', parts: 3 }
];

describe.each(ROADMAPS)('the roadmap of $framework, printed', ({ folder, framework, parts: expected }) => {
    let parts: RenderedView[];

    beforeAll(async () => {
        const model = await loadModel(path.join(REPOSITORY, folder));
        parts = await renderViewParts(model, framework, { kind: 'roadmap' }, { heading: false, fits: printsReadably });
    }, 300_000);

    test(`takes ${expected} landscape pages, every text at ${SMALLEST_PRINTED_TEXT_PT} pt or more`, () => {
        expect(parts).toHaveLength(expected);
        for (const part of parts) {
            const placement = placeFigure(part);
            expect(placement.landscape).toBe(true);
            expect(placement.smallestTextPt).toBeGreaterThanOrEqual(SMALLEST_PRINTED_TEXT_PT);
        }
    });

    test('repeats the heading of a section cut between two pages at the top of the next, marked as continued', () => {
        const continued = parts.filter(part => part.part!.bands[0]!.continued);
        expect(continued.length).toBeGreaterThan(0);
        for (const part of continued) expect(part.svg).toContain(`${part.part!.bands[0]!.title} (tiếp theo)`);
    });

    test('ends every part but the first, which carries the legend, at the margin under its last task', () => {
        // The drawing's grid runs down to the last task; below it is the 16-unit margin (the height rounded up to whole
        // units) and no room for a legend, which took 18 more.
        for (const part of parts.slice(1)) {
            const gridBottom = Math.max(...[...part.svg.matchAll(/ y2="([\d.]+)"/g)].map(match => Number(match[1])));
            expect(part.height - gridBottom).toBeLessThan(17);
        }
    });

    test('fills every page but the last to at least three quarters of the tallest part', () => {
        const heights = parts.map(part => placeFigure(part).height);
        const tallest = Math.max(...heights);
        for (const height of heights.slice(0, -1)) expect(height).toBeGreaterThanOrEqual(0.75 * tallest);
    });
});
