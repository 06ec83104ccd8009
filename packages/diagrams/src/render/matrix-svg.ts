import type { MatrixContent, MatrixMark } from '../content/diagram-content.js';
import { t } from '../i18n.js';
import { domId, elementDomId, num, tag, xmlText } from '../svg/svg-builder.js';
import { MUTED_TEXT, PALETTES, TEXT_COLOUR } from '../style/palette.js';
import { measureText, wrapText } from '../text/text-metrics.js';
import type { Language } from '../view-types.js';
import type { DrawnBox, DrawnDiagram } from './block-svg.js';
import { nodeLegendEntries, withLegend, type LegendEntry } from './legend.js';
import { glyph, textLine } from './node-box.js';
import { drawHeading, headingWidth, layoutHeading, type HeadingText } from './svg-document.js';

const MARGIN = 16;
const LABEL_WIDTH = 300;
const LEVEL_WIDTH = 64;
const HEADER_TEXT = 190;
const COLUMN_LINE = 13.5;
const COLUMN_SIZE = 10.5;
const ROW_SIZE = 11;
const ROW_LINE = 14;
const GROUP_HEIGHT = 22;
/** Numbered columns, for the page: the number above the pictogram, the names in the key under the matrix. */
const NUMBERED_COLUMN = 26;
const NUMBERED_HEADER = 46;

export function renderMatrix(
    id: string,
    content: MatrixContent,
    headingText: HeadingText | undefined,
    language: Language,
    legendOf: MatrixContent | null = content,
    columnNumbers?: ReadonlyMap<string, number>
): DrawnDiagram {
    const numberOf = (column: MatrixContent['columns'][number]) => columnNumbers?.get(column.key);
    const columnLines = content.columns.map(column => (columnNumbers ? [] : wrapText(column.title, HEADER_TEXT, COLUMN_SIZE, true)));
    const columnWidths = content.columns.map((column, index) =>
        columnNumbers
            ? Math.max(NUMBERED_COLUMN, measureText(String(numberOf(column)), COLUMN_SIZE, true) + 10)
            : Math.max(32, columnLines[index]!.length * COLUMN_LINE + 12)
    );
    // Without columns the header only names the level column.
    const headerHeight = content.columns.length === 0 ? 26 : columnNumbers ? NUMBERED_HEADER : HEADER_TEXT + 14 + 22;
    const gridWidth = LABEL_WIDTH + LEVEL_WIDTH + columnWidths.reduce((sum, width) => sum + width, 0);
    const legendEntries = legendOf ? [...legendFor(legendOf, language), ...columnKey(legendOf, columnNumbers)] : [];
    const width = Math.max(gridWidth, headingWidth(headingText) + 10, 600) + 2 * MARGIN;
    const heading = layoutHeading(headingText, width - 2 * MARGIN);
    const left = MARGIN;
    const top = MARGIN + heading.height + 8;
    const parts: string[] = [drawHeading(heading, MARGIN, MARGIN)];
    const elementIds: string[] = [];
    const boxes: DrawnBox[] = [];

    // Column headers: the security systems, their names turned upright to save width, or numbered (the key names them).
    const columnX: number[] = [];
    let x = left + LABEL_WIDTH + LEVEL_WIDTH;
    parts.push(
        textLine(t('matrix.level', language), left + LABEL_WIDTH + LEVEL_WIDTH / 2, top + headerHeight - 8, 10.5, {
            fill: TEXT_COLOUR,
            'font-weight': 'bold'
        })
    );
    if (content.columns.length > 0) {
        // The empty corner names what the columns are.
        wrapText(`${content.columnTitle} →`, LABEL_WIDTH - 20, 11, true).forEach((line, index) => {
            parts.push(textLine(line, left + 10, top + 20 + index * 15, 11, { fill: MUTED_TEXT, 'font-weight': 'bold' }, 'start'));
        });
    }
    content.columns.forEach((column, index) => {
        const columnWidth = columnWidths[index]!;
        columnX.push(x);
        const colours = PALETTES[column.palette];
        const items: string[] = [
            tag('rect', {
                x,
                y: top,
                width: columnWidth,
                height: headerHeight,
                fill: colours.fill,
                stroke: colours.stroke,
                'stroke-width': 1
            })
        ];
        if (column.origin === 'national') {
            items.push(
                tag('rect', {
                    x: x + 3,
                    y: top + 3,
                    width: columnWidth - 6,
                    height: headerHeight - 6,
                    fill: 'none',
                    stroke: colours.stroke,
                    'stroke-width': 0.8
                })
            );
        }
        items.push(glyph(column.shape, x + (columnWidth - 14) / 2, top + headerHeight - 20, colours.stroke));
        const number = numberOf(column);
        if (number !== undefined)
            items.push(textLine(String(number), x + columnWidth / 2, top + 17, COLUMN_SIZE, { fill: TEXT_COLOUR, 'font-weight': 'bold' }));
        const lines = columnLines[index]!;
        lines.forEach((line, row) => {
            // Rotated a quarter turn: the text reads bottom to top, one column of letters per wrapped line.
            const baseline = x + 6 + (row + 1) * COLUMN_LINE - 3;
            const start = top + headerHeight - 26;
            items.push(
                tag(
                    'text',
                    {
                        x: baseline,
                        y: start,
                        transform: `rotate(-90 ${num(baseline)} ${num(start)})`,
                        'font-size': COLUMN_SIZE,
                        'font-weight': 'bold',
                        fill: TEXT_COLOUR
                    },
                    xmlText(line)
                )
            );
        });
        parts.push(nodeGroup(column.elementId, column.nationalCode, column.key, column.title, items.join('')));
        if (column.elementId) elementIds.push(column.elementId);
        boxes.push({
            key: column.key,
            elementId: column.elementId,
            nationalCode: column.nationalCode,
            x,
            y: top,
            width: columnWidth,
            height: headerHeight
        });
        x += columnWidth;
    });

    let y = top + headerHeight;
    const rowParts: string[] = [];
    for (const group of content.rowGroups) {
        const colours = PALETTES[group.palette];
        rowParts.push(
            tag('rect', {
                x: left,
                y,
                width: gridWidth,
                height: GROUP_HEIGHT,
                fill: colours.band,
                stroke: colours.stroke,
                'stroke-width': 0.8,
                'stroke-opacity': 0.6
            }) +
                tag('rect', { x: left, y, width: 4, height: GROUP_HEIGHT, fill: colours.stroke }) +
                textLine(group.title, left + 10, y + 15, 11, { fill: colours.stroke, 'font-weight': 'bold' }, 'start')
        );
        y += GROUP_HEIGHT;
        group.rows.forEach(({ node, level }, index) => {
            const lines = wrapText(node.title, LABEL_WIDTH - 40, ROW_SIZE, true);
            const height = Math.max(24, lines.length * ROW_LINE + 10);
            const rowColours = PALETTES[node.palette];
            // The label cell's outline comes first, as every node's does, so readers of the SVG find its box.
            const items: string[] = [tag('rect', { x: left, y, width: LABEL_WIDTH + LEVEL_WIDTH, height, fill: 'none', stroke: 'none' })];
            if (index % 2 === 1) items.push(tag('rect', { x: left, y, width: gridWidth, height, fill: '#000000', 'fill-opacity': 0.03 }));
            items.push(
                tag('line', { x1: left, y1: y + height, x2: left + gridWidth, y2: y + height, stroke: '#d9d9d9', 'stroke-width': 0.8 })
            );
            items.push(glyph(node.shape, left + 12, y + (height - 14) / 2, rowColours.stroke));
            if (node.origin === 'national') {
                items.push(
                    tag('rect', {
                        x: left + 9,
                        y: y + (height - 20) / 2,
                        width: 20,
                        height: 20,
                        rx: 2,
                        fill: 'none',
                        stroke: rowColours.stroke,
                        'stroke-width': 0.8
                    })
                );
            }
            lines.forEach((line, row) =>
                items.push(
                    textLine(
                        line,
                        left + 36,
                        y + 5 + ROW_SIZE + row * ROW_LINE + (height - 10 - lines.length * ROW_LINE) / 2,
                        ROW_SIZE,
                        { fill: TEXT_COLOUR },
                        'start'
                    )
                )
            );
            if (level !== undefined)
                items.push(
                    textLine(String(level), left + LABEL_WIDTH + LEVEL_WIDTH / 2, y + height / 2 + 4, 11, {
                        fill: TEXT_COLOUR,
                        'font-weight': 'bold'
                    })
                );
            const label = nodeGroup(node.elementId, node.nationalCode, node.key, node.title, items.join(''));
            if (node.elementId) elementIds.push(node.elementId);
            boxes.push({
                key: node.key,
                elementId: node.elementId,
                nationalCode: node.nationalCode,
                x: left,
                y,
                width: LABEL_WIDTH + LEVEL_WIDTH,
                height
            });
            const cells = content.columns
                .map((column, columnIndex) => {
                    const mark = content.marks.get(`${node.key}\u0000${column.key}`);
                    return mark ? markAt(mark, columnX[columnIndex]! + columnWidths[columnIndex]! / 2, y + height / 2) : '';
                })
                .join('');
            rowParts.push(label + tag('g', { class: 'cells' }, cells));
            y += height;
        });
    }
    // Vertical rules under each column header keep a mark on its column when the eye travels down.
    const rules = [left + LABEL_WIDTH, left + LABEL_WIDTH + LEVEL_WIDTH, ...columnX.slice(1), left + gridWidth]
        .map(ruleX => tag('line', { x1: ruleX, y1: top + headerHeight, x2: ruleX, y2: y, stroke: '#d0d0d0', 'stroke-width': 0.8 }))
        .join('');
    parts.push(tag('g', { class: 'rows' }, rowParts.join('')), tag('g', { class: 'rules' }, rules));
    parts.push(tag('rect', { x: left, y: top, width: gridWidth, height: y - top, fill: 'none', stroke: '#9e9e9e', 'stroke-width': 1 }));
    let bottom = y;
    if (content.empty) {
        parts.push(textLine(content.empty, MARGIN, y + 20, 12, { fill: MUTED_TEXT }, 'start'));
        bottom = y + 32;
    }
    return withLegend({ id, title: content.title, width, bottom, margin: MARGIN, parts, elementIds, boxes }, legendEntries, language);
}

function nodeGroup(elementId: string | undefined, nationalCode: string | undefined, key: string, title: string, body: string): string {
    return tag(
        'g',
        {
            id: elementId ? elementDomId(elementId) : domId(nationalCode ? 'nat' : 'node', nationalCode ?? key),
            class: 'node',
            'data-element': elementId,
            'data-national': nationalCode
        },
        `<title>${xmlText(title)}</title>${body}`
    );
}

/** Filled circle: protects. Hollow diamond: exchanges data with (a national security system). */
function markAt(mark: MatrixMark, cx: number, cy: number): string {
    if (mark === 'protects') return tag('circle', { cx, cy, r: 5.5, fill: '#8a1c2b' });
    return tag('path', {
        d: `M${num(cx)} ${num(cy - 6.5)}L${num(cx + 6.5)} ${num(cy)}L${num(cx)} ${num(cy + 6.5)}L${num(cx - 6.5)} ${num(cy)}Z`,
        fill: '#ffffff',
        stroke: '#1d3f5e',
        'stroke-width': 1.8
    });
}

/** The key of numbered columns: each number with the name of its column, in the column's colours. */
function columnKey(content: MatrixContent, columnNumbers: ReadonlyMap<string, number> | undefined): LegendEntry[] {
    if (!columnNumbers) return [];
    return content.columns.flatMap(column => {
        const number = columnNumbers.get(column.key);
        if (number === undefined) return [];
        const colours = PALETTES[column.palette];
        return [
            {
                label: column.title,
                swatch: (x: number, y: number) =>
                    tag('rect', { x, y, width: 36, height: 20, rx: 2, fill: colours.fill, stroke: colours.stroke, 'stroke-width': 1 }) +
                    textLine(String(number), x + 18, y + 14, COLUMN_SIZE, { fill: TEXT_COLOUR, 'font-weight': 'bold' })
            }
        ];
    });
}

function legendFor(content: MatrixContent, language: Language): LegendEntry[] {
    const entries = nodeLegendEntries(
        [...content.columns, ...content.rowGroups.flatMap(group => group.rows.map(row => row.node))],
        language
    );
    const marks = new Set(content.marks.values());
    if (marks.has('protects'))
        entries.push({ label: t('matrix.protects', language), swatch: (x, y) => markAt('protects', x + 18, y + 10) });
    if (marks.has('connects'))
        entries.push({ label: t('matrix.connects', language), swatch: (x, y) => markAt('connects', x + 18, y + 10) });
    entries.push({
        label: t('matrix.levelNote', language),
        swatch: (x, y) => textLine('3', x + 18, y + 14, 11, { fill: TEXT_COLOUR, 'font-weight': 'bold' })
    });
    return entries;
}
