import type { Band, BlockContent, BlockGroup } from '../content/diagram-content.js';
import { COMPACT_NODE_WIDTH, layoutNodeText, NODE_WIDTH, type NodeLayoutOptions, type NodeText, type PlacedNode } from './node-metrics.js';
import { wrapText } from '../text/text-metrics.js';

export const BLOCK = {
    margin: 16,
    bandPad: 10,
    bandTitleSize: 12.5,
    bandTitleLine: 17,
    bandGap: 26,
    groupPad: 9,
    groupTitleSize: 10.5,
    groupTitleLine: 14,
    groupGap: 14,
    linkedGroupGap: 52,
    nodeGap: 10,
    sideGap: 14
} as const;

export interface PlacedGroup {
    group: BlockGroup;
    x: number;
    y: number;
    width: number;
    height: number;
    titleLines: string[];
    /** Header text when the group is an element (a data centre); drawn like a node's caption and title. */
    header?: NodeText;
    nodes: PlacedNode[];
}

export interface PlacedBand {
    band: Band;
    x: number;
    y: number;
    width: number;
    height: number;
    titleLines: string[];
    groups: PlacedGroup[];
}

export interface BlockLayout {
    bands: PlacedBand[];
    left?: PlacedBand;
    right?: PlacedBand;
    /** Horizontal extent of the middle column. */
    middle: { x: number; width: number };
    top: number;
    bottom: number;
    width: number;
}

interface SizedGroup {
    group: BlockGroup;
    columns: number;
    width: number;
    height: number;
    titleLines: string[];
    header?: NodeText;
    rows: Array<{ nodes: Array<{ node: BlockGroup['nodes'][number]; text: NodeText }>; height: number }>;
}

/** How the boxes of one diagram are sized: all share a width so that rows line up. */
interface BoxStyle extends NodeLayoutOptions {
    width: number;
}

function boxStyle(content: BlockContent): BoxStyle {
    return {
        compact: content.compact,
        gapStrip: content.kind === 'gap' || content.kind === 'changes',
        width: content.compact ? COMPACT_NODE_WIDTH : NODE_WIDTH
    };
}

function groupWidth(style: BoxStyle, columns: number): number {
    return columns * style.width + (columns - 1) * BLOCK.nodeGap + 2 * BLOCK.groupPad;
}

/** Gives each group at least one column and hands the rest to whichever group is then tallest. */
export function allocateColumns(counts: number[], columns: number): number[] {
    const allocation = counts.map(() => 1);
    let spare = columns - counts.length;
    while (spare > 0) {
        let best = -1;
        let bestRows = 1;
        counts.forEach((count, index) => {
            const rows = Math.ceil(count / allocation[index]!);
            if (allocation[index]! < count && rows > bestRows) {
                best = index;
                bestRows = rows;
            }
        });
        if (best < 0) break;
        allocation[best]! += 1;
        spare -= 1;
    }
    return allocation;
}

function sizeGroup(style: BoxStyle, group: BlockGroup, columns: number): SizedGroup {
    const width = groupWidth(style, columns);
    const inner = width - 2 * BLOCK.groupPad;
    const header = group.element ? layoutNodeText(group.element, { width }) : undefined;
    const titleLines = !header && group.title ? wrapText(group.title, inner, BLOCK.groupTitleSize, true) : [];
    const rows: SizedGroup['rows'] = [];
    for (let start = 0; start < group.nodes.length; start += columns) {
        const nodes = group.nodes.slice(start, start + columns).map(node => ({ node, text: layoutNodeText(node, style) }));
        rows.push({ nodes, height: Math.max(...nodes.map(item => item.text.height)) });
    }
    const headerHeight = header ? header.height - 4 : titleLines.length > 0 ? titleLines.length * BLOCK.groupTitleLine + 4 : 0;
    const rowsHeight = rows.reduce((sum, row) => sum + row.height, 0) + Math.max(0, rows.length - 1) * BLOCK.nodeGap;
    const height = BLOCK.groupPad + headerHeight + rowsHeight + BLOCK.groupPad;
    return { group, columns, width, height, titleLines, header, rows };
}

interface Shelf {
    groups: SizedGroup[];
    width: number;
    height: number;
}

function linkedPair(content: BlockContent, band: Band, left: BlockGroup, right: BlockGroup): boolean {
    return content.links.some(link => link.band === band.key && link.from === left.key && link.to === right.key);
}

/**
 * Groups side by side on shelves of `columns` boxes. Up to `columns` groups share one shelf; more go on the
 * current shelf while the columns they need fit. A shelf's spare columns widen its tallest groups.
 */
function shelvesFor(content: BlockContent, band: Band, columns: number): Shelf[] {
    const style = boxStyle(content);
    const groups = band.groups.filter(group => group.nodes.length > 0 || group.element);
    if (groups.length === 0) return [];
    const build = (list: SizedGroup[]): Shelf => {
        let width = 0;
        list.forEach((sized, index) => {
            if (index > 0) width += linkedPair(content, band, list[index - 1]!.group, sized.group) ? BLOCK.linkedGroupGap : BLOCK.groupGap;
            width += sized.width;
        });
        return { groups: list, width, height: Math.max(...list.map(sized => sized.height)) };
    };
    const packed: BlockGroup[][] = [];
    if (groups.length <= columns) packed.push(groups);
    let used = columns;
    for (const group of groups.length <= columns ? [] : groups) {
        const want = Math.min(columns, Math.max(1, group.nodes.length));
        if (used + want > columns) {
            packed.push([]);
            used = 0;
        }
        packed.at(-1)!.push(group);
        used += want;
    }
    return packed.map(shelf => {
        const allocation = allocateColumns(
            shelf.map(group => Math.max(1, group.nodes.length)),
            columns
        );
        return build(shelf.map((group, index) => sizeGroup(style, group, allocation[index]!)));
    });
}

function placeBand(content: BlockContent, band: Band, shelves: Shelf[], x: number, y: number, width: number, minHeight = 0): PlacedBand {
    const titleLines = wrapText(band.title, width - 2 * BLOCK.bandPad, BLOCK.bandTitleSize, true);
    let cursor = y + BLOCK.bandPad + titleLines.length * BLOCK.bandTitleLine + 4;
    const groups: PlacedGroup[] = [];
    for (const shelf of shelves) {
        let gx = x + (width - shelf.width) / 2;
        shelf.groups.forEach((sized, index) => {
            if (index > 0) {
                const previous = shelf.groups[index - 1]!;
                gx += previous.width + (linkedPair(content, band, previous.group, sized.group) ? BLOCK.linkedGroupGap : BLOCK.groupGap);
            }
            groups.push(placeGroup(sized, gx, cursor, shelf.height));
        });
        cursor += shelf.height + BLOCK.groupGap;
    }
    const contentBottom = shelves.length > 0 ? cursor - BLOCK.groupGap : cursor;
    const height = Math.max(minHeight, contentBottom + BLOCK.bandPad - y);
    return { band, x, y, width, height, titleLines, groups };
}

function placeGroup(sized: SizedGroup, x: number, y: number, shelfHeight: number): PlacedGroup {
    const headerHeight = sized.header
        ? sized.header.height - 4
        : sized.titleLines.length > 0
          ? sized.titleLines.length * BLOCK.groupTitleLine + 4
          : 0;
    let cursor = y + BLOCK.groupPad + headerHeight;
    const nodes: PlacedNode[] = [];
    for (const row of sized.rows) {
        row.nodes.forEach((item, index) => {
            nodes.push({
                node: item.node,
                text: item.text,
                x: x + BLOCK.groupPad + index * (item.text.width + BLOCK.nodeGap),
                y: cursor,
                width: item.text.width,
                height: row.height
            });
        });
        cursor += row.height + BLOCK.nodeGap;
    }
    return {
        group: sized.group,
        x,
        y,
        width: sized.width,
        height: Math.max(sized.height, shelfHeight),
        titleLines: sized.titleLines,
        header: sized.header,
        nodes
    };
}

export interface BlockLayoutOptions {
    /** Most boxes side by side in the middle column. */
    maxColumns: number;
    top: number;
    /** Narrowest middle column (e.g. to fit the title). */
    minWidth: number;
}

export function layoutBlocks(content: BlockContent, options: BlockLayoutOptions): BlockLayout {
    const bands = content.bands.filter(band => band.groups.some(group => group.nodes.length > 0 || group.element));
    const widest = Math.max(1, ...bands.map(band => band.groups.reduce((sum, group) => sum + Math.max(1, group.nodes.length), 0)));
    const columns = Math.max(2, Math.min(options.maxColumns, widest));
    const shelves = bands.map(band => shelvesFor(content, band, columns));
    const style = boxStyle(content);
    const contentWidth = Math.max(
        options.minWidth - 2 * BLOCK.bandPad,
        groupWidth(style, columns),
        ...shelves.flat().map(shelf => shelf.width)
    );
    const middleWidth = contentWidth + 2 * BLOCK.bandPad;
    const sideWidth = groupWidth(style, 1) + 2 * BLOCK.bandPad;
    const hasLeft = content.left !== undefined && content.left.groups.some(group => group.nodes.length > 0);
    const hasRight = content.right !== undefined && content.right.groups.some(group => group.nodes.length > 0);
    const middleX = BLOCK.margin + (hasLeft ? sideWidth + BLOCK.sideGap : 0);

    const placed: PlacedBand[] = [];
    let cursor = options.top;
    bands.forEach((band, index) => {
        const placedBand = placeBand(content, band, shelves[index]!, middleX, cursor, middleWidth);
        placed.push(placedBand);
        cursor += placedBand.height + BLOCK.bandGap;
    });
    let bottom = placed.length > 0 ? cursor - BLOCK.bandGap : options.top;

    const side = (band: Band | undefined, x: number): PlacedBand | undefined => {
        if (!band) return undefined;
        const stacked = band.groups
            .filter(group => group.nodes.length > 0)
            .map(group => ({ groups: [sizeGroup(style, group, 1)], width: groupWidth(style, 1), height: 0 }));
        stacked.forEach(shelf => {
            shelf.height = shelf.groups[0]!.height;
        });
        return placeBand(content, band, stacked, x, options.top, sideWidth, bottom - options.top);
    };
    const left = hasLeft ? side(content.left, BLOCK.margin) : undefined;
    const right = hasRight ? side(content.right, middleX + middleWidth + BLOCK.sideGap) : undefined;
    // A side column taller than the middle stretches the last band so that the frame stays rectangular.
    const sideBottom = Math.max(left ? left.y + left.height : 0, right ? right.y + right.height : 0);
    if (sideBottom > bottom) {
        const last = placed.at(-1);
        if (last) last.height += sideBottom - bottom;
        bottom = sideBottom;
    }
    for (const column of [left, right]) if (column) column.height = bottom - column.y;
    const width = (right ? right.x + right.width : middleX + middleWidth) + BLOCK.margin;
    return { bands: placed, left, right, middle: { x: middleX, width: middleWidth }, top: options.top, bottom, width };
}
