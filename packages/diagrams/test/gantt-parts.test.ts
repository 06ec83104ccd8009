import { describe, expect, it } from 'vitest';
import type { GanttContent, GanttSection } from '../src/content/diagram-content.js';
import { ganttParts, type ContentFits } from '../src/views/view-parts.js';

/** A section of `count` tasks, named `<key>1` … */
function section(key: string, title: string, count: number): GanttSection {
    const tasks = Array.from({ length: count }, (_, index) => ({
        key: `${key}${index + 1}`,
        taskId: `${key}${index + 1}`,
        title: `${key}${index + 1}`,
        after: [],
        delivers: []
    }));
    return { key, title, palette: 'application', tasks };
}

const ROADMAP: GanttContent = {
    type: 'gantt',
    kind: 'roadmap',
    title: 'Lộ trình triển khai',
    sections: [section('b', 'Kiến trúc nghiệp vụ', 2), section('a', 'Kiến trúc ứng dụng', 3), section('t', 'Kiến trúc công nghệ', 3)],
    years: [2026, 2027]
};

/** A page that holds five rows, a task or a section's heading each (the legend is left out of the count). */
const fiveRows: ContentFits<GanttContent> = content => {
    const rows = content.sections.reduce((sum, each) => sum + 1 + each.tasks.length, 0);
    return rows <= 5 ? { height: rows, first: true } : undefined;
};

describe('the roadmap cut into parts for its pages', () => {
    it('fills each part with the tasks its page holds, cutting a section where the page is full', () => {
        // Eleven rows (three headings, eight tasks) need three pages of five whether or not a section is cut; kept whole,
        // the sections would take three, four and four rows, and every page would end a row or two short.
        const parts = ganttParts(ROADMAP, fiveRows, 'vi')!;
        expect(parts.map(part => part.content.sections.map(each => each.tasks.map(task => task.key).join(' ')))).toEqual([
            ['b1 b2', 'a1'],
            ['a2 a3', 't1'],
            ['t2 t3']
        ]);
        expect(parts.map(part => part.legend)).toEqual([true, false, false]);
    });

    it('repeats the heading of a cut section at the top of the next part, marked as continued, in the drawing and the caption', () => {
        const parts = ganttParts(ROADMAP, fiveRows, 'vi')!;
        expect(parts.map(part => part.content.sections.map(each => each.title))).toEqual([
            ['Kiến trúc nghiệp vụ', 'Kiến trúc ứng dụng'],
            ['Kiến trúc ứng dụng (tiếp theo)', 'Kiến trúc công nghệ'],
            ['Kiến trúc công nghệ (tiếp theo)']
        ]);
        expect(parts[1]!.bands).toEqual([
            { title: 'Kiến trúc ứng dụng', continued: true },
            { title: 'Kiến trúc công nghệ', continued: false }
        ]);
        expect(ganttParts(ROADMAP, fiveRows, 'en')![1]!.content.sections[0]!.title).toBe('Kiến trúc ứng dụng (continued)');
    });
});
