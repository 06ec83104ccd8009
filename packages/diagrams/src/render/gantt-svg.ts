import type { GanttContent, GanttTask } from '../content/diagram-content.js';
import { elementDomId, num, tag, xmlText } from '../svg/svg-builder.js';
import { MUTED_TEXT, PALETTES, TEXT_COLOUR, type EdgeLook } from '../style/palette.js';
import { measureText, wrapText } from '../text/text-metrics.js';
import { t } from '../i18n.js';
import type { Language } from '../view-types.js';
import type { DrawnBox, DrawnDiagram } from './block-svg.js';
import type { Point } from '../layout/graphviz-layout.js';
import { arrowHead, shortenTo } from './edge-path.js';
import { withLegend, type LegendEntry } from './legend.js';
import { textLine } from './node-box.js';
import { drawHeading, headingWidth, layoutHeading, type HeadingText } from './svg-document.js';

const MARGIN = 16;
// A year holds its bar's period ("2026–2027") with room to spare; what the page's width leaves goes to the task
// titles, which wrap less, so that more tasks fit a landscape page (five years beside a 540-unit task column).
const YEAR_WIDTH = 80;
const TITLE_SIZE = 11.5;
const TITLE_LINE = 14.5;
const DETAIL_SIZE = 9.5;
const DETAIL_LINE = 12.5;
// The grid's lines set the rows apart: little padding is needed, and each row saved is room for another task.
const ROW_PAD = 4;
const SECTION_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const BAR_HEIGHT = 18;
// Light lines: on a busy roadmap the bars, not the dependencies, should catch the eye first.
const DEPENDENCY_LOOK: EdgeLook = { stroke: '#707070', width: 1, head: 'filled' };
/** How far inside a bar a dependency's lane runs, clear of its rounded corners. */
const LANE_GAP = 10;

interface Row {
    task: GanttTask;
    palette: keyof typeof PALETTES;
    titleLines: string[];
    detailLines: string[];
    y: number;
    height: number;
}

/** The width of the task column of a roadmap drawn on its own; a page may take a wider one (fewer wrapped lines). */
export const GANTT_LABEL_WIDTH = 300;

export function renderGantt(
    id: string,
    content: GanttContent,
    headingText: HeadingText | undefined,
    language: Language,
    labelWidth = GANTT_LABEL_WIDTH,
    legendOf: GanttContent | null = content
): DrawnDiagram {
    const years = content.years;
    const timelineWidth = Math.max(years.length * YEAR_WIDTH, 2 * YEAR_WIDTH);
    const yearWidth = years.length > 0 ? timelineWidth / years.length : timelineWidth;
    const chartWidth = labelWidth + timelineWidth;
    const width = Math.max(chartWidth, headingWidth(headingText) + 10) + 2 * MARGIN;
    const heading = layoutHeading(headingText, width - 2 * MARGIN);
    const left = MARGIN;
    const timelineX = left + labelWidth;
    let cursor = MARGIN + heading.height + 6;
    const parts: string[] = [drawHeading(heading, MARGIN, MARGIN)];

    const headerY = cursor;
    cursor += HEADER_HEIGHT;
    const rows: Row[] = [];
    const sectionParts: string[] = [];
    for (const section of content.sections) {
        const colours = PALETTES[section.palette];
        sectionParts.push(
            tag('rect', {
                x: left,
                y: cursor,
                width: chartWidth,
                height: SECTION_HEIGHT,
                fill: colours.band,
                stroke: colours.stroke,
                'stroke-width': 0.8,
                'stroke-opacity': 0.6
            }) +
                tag('rect', { x: left, y: cursor, width: 4, height: SECTION_HEIGHT, fill: colours.stroke }) +
                textLine(section.title, left + 10, cursor + 16, 11.5, { fill: colours.stroke, 'font-weight': 'bold' }, 'start')
        );
        cursor += SECTION_HEIGHT;
        for (const task of section.tasks) {
            const titleLines = wrapText(task.title, labelWidth - 20, TITLE_SIZE, true);
            const detailLines = task.detail ? wrapText(task.detail, labelWidth - 20, DETAIL_SIZE) : [];
            const height = Math.max(
                BAR_HEIGHT + 2 * ROW_PAD,
                2 * ROW_PAD + titleLines.length * TITLE_LINE + detailLines.length * DETAIL_LINE
            );
            rows.push({ task, palette: section.palette, titleLines, detailLines, y: cursor, height });
            cursor += height;
        }
    }
    const chartBottom = cursor;

    // Year header and grid.
    const grid: string[] = [
        tag('rect', {
            x: left,
            y: headerY,
            width: chartWidth,
            height: HEADER_HEIGHT,
            fill: '#f0f0f0',
            stroke: '#b3b3b3',
            'stroke-width': 0.8
        })
    ];
    grid.push(textLine(t('roadmap.task', language), left + 10, headerY + 17, 11.5, { fill: TEXT_COLOUR, 'font-weight': 'bold' }, 'start'));
    years.forEach((year, index) => {
        const x = timelineX + index * yearWidth;
        grid.push(tag('line', { x1: x, y1: headerY, x2: x, y2: chartBottom, stroke: '#c8c8c8', 'stroke-width': 0.8 }));
        grid.push(textLine(String(year), x + yearWidth / 2, headerY + 17, 11.5, { fill: TEXT_COLOUR, 'font-weight': 'bold' }));
    });
    grid.push(
        tag('line', {
            x1: timelineX + timelineWidth,
            y1: headerY,
            x2: timelineX + timelineWidth,
            y2: chartBottom,
            stroke: '#c8c8c8',
            'stroke-width': 0.8
        })
    );
    parts.push(tag('g', { class: 'grid' }, grid.join('')));
    parts.push(tag('g', { class: 'sections' }, sectionParts.join('')));

    const yearX = (year: number) => timelineX + (years.indexOf(year) >= 0 ? years.indexOf(year) : 0) * yearWidth;
    const bars = new Map<string, { x1: number; x2: number; mid: number }>();
    const rowParts: string[] = [];
    const elementIds: string[] = [];
    const boxes: DrawnBox[] = [];
    rows.forEach((row, index) => {
        const { task } = row;
        const colours = PALETTES[row.palette];
        // The row is the task's box: its outline comes first, as every node's does.
        const items: string[] = [tag('rect', { x: left, y: row.y, width: chartWidth, height: row.height, fill: 'none', stroke: 'none' })];
        if (index % 2 === 1)
            items.push(tag('rect', { x: left, y: row.y, width: chartWidth, height: row.height, fill: '#000000', 'fill-opacity': 0.025 }));
        items.push(
            tag('line', {
                x1: left,
                y1: row.y + row.height,
                x2: left + chartWidth,
                y2: row.y + row.height,
                stroke: '#e0e0e0',
                'stroke-width': 0.8
            })
        );
        let y = row.y + ROW_PAD;
        for (const line of row.titleLines) {
            items.push(textLine(line, left + 12, y + TITLE_SIZE, TITLE_SIZE, { fill: TEXT_COLOUR, 'font-weight': 'bold' }, 'start'));
            y += TITLE_LINE;
        }
        for (const line of row.detailLines) {
            items.push(textLine(line, left + 12, y + DETAIL_SIZE, DETAIL_SIZE, { fill: MUTED_TEXT }, 'start'));
            y += DETAIL_LINE;
        }
        const mid = row.y + row.height / 2;
        if (task.start !== undefined && task.end !== undefined) {
            const x1 = yearX(task.start) + 4;
            const x2 = yearX(task.end) + yearWidth - 4;
            bars.set(task.taskId, { x1, x2, mid });
            boxes.push({ key: task.taskId, elementId: task.taskId, x: x1, y: mid - BAR_HEIGHT / 2, width: x2 - x1, height: BAR_HEIGHT });
            const period = task.start === task.end ? String(task.start) : `${task.start}–${task.end}`;
            items.push(
                tag('rect', {
                    x: x1,
                    y: mid - BAR_HEIGHT / 2,
                    width: x2 - x1,
                    height: BAR_HEIGHT,
                    rx: 3,
                    fill: colours.fill,
                    stroke: colours.stroke,
                    'stroke-width': 1.3
                })
            );
            if (measureText(period, 10, true) + 8 <= x2 - x1)
                items.push(textLine(period, (x1 + x2) / 2, mid + 3.6, 10, { fill: colours.stroke, 'font-weight': 'bold' }));
        } else {
            items.push(
                textLine(
                    t('roadmap.noPeriod', language),
                    timelineX + 8,
                    mid + 3.6,
                    10,
                    { fill: MUTED_TEXT, 'font-style': 'italic' },
                    'start'
                )
            );
        }
        elementIds.push(task.taskId);
        rowParts.push(
            tag(
                'g',
                {
                    id: elementDomId(task.taskId),
                    class: 'node task',
                    'data-element': task.taskId,
                    'data-delivers': task.delivers.join(' ') || undefined
                },
                `<title>${xmlText(task.title)}</title>${items.join('')}`
            )
        );
    });
    parts.push(tag('g', { class: 'tasks' }, rowParts.join('')));

    const look = DEPENDENCY_LOOK;
    const arrows: string[] = [];
    for (const row of rows) {
        const target = bars.get(row.task.taskId);
        if (!target) continue;
        for (const before of row.task.after) {
            const source = bars.get(before);
            if (source) arrows.push(dependencyArrow(source, target, look));
        }
    }
    parts.push(tag('g', { class: 'dependencies' }, arrows.join('')));

    let bottom = chartBottom;
    if (content.empty) {
        parts.push(textLine(content.empty, MARGIN, chartBottom + 20, 12, { fill: MUTED_TEXT }, 'start'));
        bottom = chartBottom + 32;
    }
    const legendEntries = legendOf ? ganttLegendEntries(legendOf, language) : [];
    return withLegend({ id, title: content.title, width, bottom, margin: MARGIN, parts, elementIds, boxes }, legendEntries, language);
}

/** The legend of a roadmap: the colour of each section's bars, and the dependency arrow when one is drawn. */
function ganttLegendEntries(content: GanttContent, language: Language): LegendEntry[] {
    const look = DEPENDENCY_LOOK;
    const legendEntries: LegendEntry[] = content.sections.map(section => ({
        label: section.title,
        swatch: (x: number, y: number) =>
            tag('rect', {
                x,
                y: y + 3,
                width: 36,
                height: 14,
                rx: 3,
                fill: PALETTES[section.palette].fill,
                stroke: PALETTES[section.palette].stroke,
                'stroke-width': 1.3
            })
    }));
    if (hasDependencyArrows(content)) {
        legendEntries.push({
            label: t('legend.dependency', language),
            swatch: (x: number, y: number) =>
                tag('path', {
                    d: `M${num(x)} ${num(y + 10)}H${num(x + 28)}`,
                    stroke: look.stroke,
                    'stroke-width': look.width,
                    fill: 'none'
                }) + arrowHead({ x: x + 36, y: y + 10 }, { x, y: y + 10 }, look)
        });
    }
    return legendEntries;
}

/** Whether a dependency arrow is drawn: a task with a period follows another task with a period. */
function hasDependencyArrows(content: GanttContent): boolean {
    const tasks = content.sections.flatMap(section => section.tasks);
    const barred = new Set(tasks.filter(task => task.start !== undefined && task.end !== undefined).map(task => task.taskId));
    return tasks.some(task => barred.has(task.taskId) && task.after.some(before => barred.has(before)));
}

/**
 * A connector from a prerequisite's bar to the dependent bar that never runs back in time. Where the two periods
 * share a year (periods are whole years, so a dependent may start in the year its prerequisite ends), it runs straight
 * up or down from the prerequisite's edge to the dependent's, at the end of what they share, beside the other bars of
 * that year rather than through the next year's. Otherwise it leaves the prerequisite's end forward to a lane just
 * inside the dependent's start and lands on its top or bottom edge there. A dependent that ends before the
 * prerequisite starts cannot be reached forward: it is entered from its left.
 */
function dependencyArrow(
    source: { x1: number; x2: number; mid: number },
    target: { x1: number; x2: number; mid: number },
    look: EdgeLook
): string {
    const below = target.mid > source.mid;
    const edge = (bar: { mid: number }, towards: 'up' | 'down') => bar.mid + (towards === 'down' ? BAR_HEIGHT / 2 : -BAR_HEIGHT / 2);
    const forward = Math.max(source.x2 + LANE_GAP, target.x1 + LANE_GAP);
    const shared = Math.min(source.x2, target.x2) - LANE_GAP;
    let points: Point[];
    let tip: Point;
    if (shared >= Math.max(source.x1, target.x1) + LANE_GAP) {
        points = [{ x: shared, y: edge(source, below ? 'down' : 'up') }];
        tip = { x: shared, y: edge(target, below ? 'up' : 'down') };
    } else if (forward <= target.x2 - LANE_GAP) {
        points = [
            { x: source.x2, y: source.mid },
            { x: forward, y: source.mid }
        ];
        tip = { x: forward, y: edge(target, below ? 'up' : 'down') };
    } else {
        points = [
            { x: source.x1, y: source.mid },
            { x: target.x1 - LANE_GAP, y: source.mid },
            { x: target.x1 - LANE_GAP, y: target.mid }
        ];
        tip = { x: target.x1, y: target.mid };
    }
    const end = shortenTo(tip, points.at(-1)!);
    const d =
        points.map((point, index) => `${index === 0 ? 'M' : 'L'}${num(point.x)} ${num(point.y)}`).join('') + `L${num(end.x)} ${num(end.y)}`;
    return tag(
        'g',
        { class: 'dependency' },
        tag('path', { d, fill: 'none', stroke: look.stroke, 'stroke-width': look.width, 'stroke-linejoin': 'round' }) +
            arrowHead(tip, points.at(-1)!, look)
    );
}
