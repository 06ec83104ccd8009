import type { ArchitectureModel } from '@kts/language';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ViewContent } from '../src/content/diagram-content.js';
import { buildViewContent } from '../src/render-view.js';
import { blockParts, ganttParts, matrixParts, type ContentFits } from '../src/views/view-parts.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';

/**
 * Each test of whether a part fits draws that part, so the search for parts must not ask about the same part twice
 * (it did: the packings it tries went over the same runs of members again, twice as many drawings as parts tested).
 * Here a part's size is the length of its content's JSON, which keeps the test fast and needs no drawing.
 */
describe.each(EXAMPLES)('the search for the parts of $framework', ({ folder, framework }) => {
    let model: ArchitectureModel;

    beforeAll(async () => {
        model = await loadModel(folder);
    }, 300_000);

    const views = [
        { kind: 'overview', state: 'target' },
        { kind: 'technology', state: 'target' },
        { kind: 'roadmap' },
        { kind: 'security', state: 'target' }
    ] as const;

    it.each(views)('asks about each part of the $kind view once', request => {
        const { content } = buildViewContent(model, framework, request, { heading: false });
        const whole = JSON.stringify(content).length;
        const asked = new Map<string, number>();
        // A page that takes half of the view: parts are searched for, with and without the legend.
        const fits = ((part: ViewContent, legend: boolean) => {
            const key = `${legend} ${JSON.stringify(part)}`;
            asked.set(key, (asked.get(key) ?? 0) + 1);
            const size = JSON.stringify(part).length + (legend ? 500 : 0);
            return size <= whole / 2 ? { height: size, first: true } : undefined;
        }) as ContentFits<never>;
        const parts =
            content.type === 'block'
                ? blockParts(content, 4, fits)
                : content.type === 'gantt'
                  ? ganttParts(content, fits, 'vi')
                  : content.type === 'matrix'
                    ? matrixParts(content, fits)
                    : undefined;
        expect(parts?.length, request.kind).toBeGreaterThan(1);
        expect(
            [...asked.values()].filter(count => count > 1),
            request.kind
        ).toEqual([]);
    });
});
