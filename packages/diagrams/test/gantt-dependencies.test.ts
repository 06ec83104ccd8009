import { describe, expect, it } from 'vitest';
import type { GanttContent, GanttTask } from '../src/content/diagram-content.js';
import { renderGantt } from '../src/render/gantt-svg.js';

const task = (key: string, start: number, end: number, after: string[] = []): GanttTask => ({
    key,
    taskId: key,
    title: key,
    start,
    end,
    after,
    delivers: []
});

/**
 * Lào Cai's roadmap, reduced: the LGSP (2026) comes before the land database, drawn above it (2026–2028), the
 * authentication system of the same year (2026) and the data warehouse of the next (2027–2028); the warehouse before
 * the open-data portal (2028), which ends with it.
 */
const ROADMAP: GanttContent = {
    type: 'gantt',
    kind: 'roadmap',
    title: 'Lộ trình triển khai',
    years: [2026, 2027, 2028],
    sections: [
        { key: 'data', title: 'Kiến trúc dữ liệu', palette: 'data', tasks: [task('land', 2026, 2028, ['lgsp'])] },
        {
            key: 'apps',
            title: 'Kiến trúc ứng dụng',
            palette: 'application',
            tasks: [
                task('lgsp', 2026, 2026),
                task('auth', 2026, 2026, ['lgsp']),
                task('warehouse', 2027, 2028, ['lgsp']),
                task('portal', 2028, 2028, ['warehouse'])
            ]
        }
    ]
};

interface Bar {
    x1: number;
    x2: number;
    top: number;
    bottom: number;
}

/** Each task's bar, by its key, as drawn. */
function bars(svg: string): Map<string, Bar> {
    const found = new Map<string, Bar>();
    for (const [, key, body] of svg.matchAll(/data-element="([^"]+)"[^>]*>(.*?)<\/g>/g)) {
        const bar = [...body!.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" rx="3"/g)][0]!;
        const [x, y, width, height] = bar.slice(1).map(Number) as [number, number, number, number];
        found.set(key!, { x1: x, x2: x + width, top: y, bottom: y + height });
    }
    return found;
}

/** The points of each dependency's line, and the tip of its arrowhead. */
function arrows(svg: string): Array<{ points: Array<[number, number]>; tip: [number, number] }> {
    return [...svg.matchAll(/<g class="dependency"><path d="([^"]+)"[^>]*\/><path d="M([\d.]+) ([\d.]+)/g)].map(([, d, x, y]) => ({
        points: [...d!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map(([, px, py]) => [Number(px), Number(py)] as [number, number]),
        tip: [Number(x), Number(y)]
    }));
}

describe('the roadmap’s dependency arrows', () => {
    const drawn = renderGantt('roadmap', ROADMAP, undefined, 'vi');
    const taskBars = bars(drawn.svg);
    const drawnArrows = arrows(drawn.svg);

    it('never run back in time: from the prerequisite they go right or straight up or down, never left across a year', () => {
        expect(drawnArrows).toHaveLength(4);
        for (const { points, tip } of drawnArrows) {
            const xs = [...points.map(([x]) => x), tip[0]];
            for (let index = 1; index < xs.length; index++) expect(xs[index]).toBeGreaterThanOrEqual(xs[index - 1]! - 0.01);
        }
    });

    it('between tasks that share a year stay in that year, beside the next year’s bars rather than across them', () => {
        // The LGSP (2026) before the land database (2026–2028), four rows above, past the bars starting in 2027.
        const lgsp = taskBars.get('lgsp')!;
        const land = taskBars.get('land')!;
        const arrow = drawnArrows.find(({ tip: [x, y] }) => Math.abs(y - land.bottom) < 0.5 && x > land.x1 && x < land.x2)!;
        for (const [x] of [...arrow.points, arrow.tip]) expect(x).toBeLessThan(lgsp.x2);
    });

    it('end on the dependent bar’s top or bottom edge, inside its period', () => {
        const ends = drawnArrows.map(
            ({ tip: [x, y] }) =>
                [...taskBars.entries()].find(
                    ([, bar]) => x > bar.x1 && x < bar.x2 && (Math.abs(y - bar.top) < 0.5 || Math.abs(y - bar.bottom) < 0.5)
                )?.[0]
        );
        expect(ends.sort()).toEqual(['auth', 'land', 'portal', 'warehouse']);
    });
});
