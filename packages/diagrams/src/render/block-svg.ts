import type { GapStatus } from '@kts/language/model';
import type { BlockContent, DiagramNode, EdgeStyle } from '../content/diagram-content.js';
import { BLOCK, layoutBlocks, type BlockLayout, type PlacedBand, type PlacedGroup } from '../layout/block-layout.js';
import { elementDomId, tag, xmlText } from '../svg/svg-builder.js';
import { EDGE_LOOKS, MUTED_TEXT, PALETTES } from '../style/palette.js';
import type { Language } from '../view-types.js';
import { straightArrow } from './edge-path.js';
import {
    changeLegendEntries,
    drawLegend,
    edgeLegendEntries,
    gapLegendEntries,
    legendMinWidth,
    nodeLegendEntries,
    type LegendEntry,
    tierLegendEntry
} from './legend.js';
import { drawNode, textLine } from './node-box.js';
import { drawHeading, headingWidth, layoutHeading, svgDocument, type HeadingText } from './svg-document.js';

export interface DrawnDiagram {
    svg: string;
    width: number;
    height: number;
    elementIds: string[];
    /** Geometry of every element box, for the ArchiMate views. */
    boxes: DrawnBox[];
}

export interface DrawnBox {
    key: string;
    elementId?: string;
    nationalCode?: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /** Key of the enclosing element box (a data centre), if any. */
    parent?: string;
}

export function renderBlockDiagram(
    id: string,
    content: BlockContent,
    headingText: HeadingText | undefined,
    language: Language,
    maxColumns: number,
    legendOf: BlockContent | null = content
): DrawnDiagram {
    const allNodes = collectNodes(content);
    const legendEntries = legendOf ? blockLegendEntries(legendOf, language) : [];
    const minWidth = Math.max(headingWidth(headingText) + 10, legendMinWidth(legendEntries, language));
    const probe = layoutHeading(headingText, 4000);
    const layout = layoutBlocks(content, { maxColumns, top: BLOCK.margin + probe.height, minWidth: Math.min(minWidth, 900) });
    const heading = layoutHeading(headingText, layout.width - 2 * BLOCK.margin);
    const shift = heading.height - probe.height;
    if (shift !== 0) shiftLayout(layout, shift);

    const parts: string[] = [drawHeading(heading, BLOCK.margin, BLOCK.margin)];
    const elementIds: string[] = [];
    const boxes: DrawnBox[] = [];
    for (const band of [...(layout.left ? [layout.left] : []), ...layout.bands, ...(layout.right ? [layout.right] : [])]) {
        parts.push(drawBand(band, elementIds, boxes));
    }
    if (content.tierArrows) parts.push(drawTierArrows(layout));
    parts.push(drawLinks(content, layout));
    if (content.empty && allNodes.length === 0) {
        parts.push(textLine(content.empty, BLOCK.margin, layout.top + 20, 12, { fill: MUTED_TEXT }, 'start'));
        layout.bottom = layout.top + 32;
    }
    const legend = drawLegend(legendEntries, BLOCK.margin, layout.bottom + 18, layout.width - 2 * BLOCK.margin, language);
    parts.push(legend.svg);
    const height = layout.bottom + 18 + legend.height + BLOCK.margin;
    return {
        svg: svgDocument(id, content.title, layout.width, height, parts.join('')),
        width: Math.ceil(layout.width),
        height: Math.ceil(height),
        elementIds,
        boxes
    };
}

/** The legend of a block view: what its boxes, arrows and (in the gap and change views) colours mean. */
function blockLegendEntries(content: BlockContent, language: Language): LegendEntry[] {
    const gapView = content.kind === 'gap';
    const changeView = content.kind === 'changes';
    const allNodes = collectNodes(content);
    const edgeStyles: EdgeStyle[] = [];
    if (content.links.length > 0) edgeStyles.push('via');
    return [
        ...nodeLegendEntries(allNodes, language, { neutral: gapView || changeView }),
        ...(content.tierArrows && content.bands.length > 1 ? [tierLegendEntry(content.tierArrows, language)] : []),
        ...edgeLegendEntries(edgeStyles, language),
        ...(gapView
            ? gapLegendEntries(
                  allNodes.flatMap(node => (node.gap ? [node.gap as GapStatus] : [])),
                  language
              )
            : []),
        ...(changeView
            ? changeLegendEntries(
                  allNodes.flatMap(node => (node.change ? [node.change] : [])),
                  language
              )
            : [])
    ];
}

function collectNodes(content: BlockContent): DiagramNode[] {
    const bands = [...content.bands, ...(content.left ? [content.left] : []), ...(content.right ? [content.right] : [])];
    return bands.flatMap(band => band.groups.flatMap(group => [...(group.element ? [group.element] : []), ...group.nodes]));
}

function shiftLayout(layout: BlockLayout, dy: number): void {
    layout.top += dy;
    layout.bottom += dy;
    for (const band of [...layout.bands, ...(layout.left ? [layout.left] : []), ...(layout.right ? [layout.right] : [])]) {
        band.y += dy;
        for (const group of band.groups) {
            group.y += dy;
            for (const node of group.nodes) node.y += dy;
        }
    }
}

function drawBand(band: PlacedBand, elementIds: string[], boxes: DrawnBox[]): string {
    const colours = PALETTES[band.band.palette];
    const parts: string[] = [
        tag('rect', {
            x: band.x,
            y: band.y,
            width: band.width,
            height: band.height,
            rx: 6,
            fill: colours.band,
            stroke: colours.stroke,
            'stroke-width': 1,
            'stroke-opacity': 0.6
        }),
        tag('rect', { x: band.x, y: band.y + 6, width: 4, height: band.height - 12, fill: colours.stroke })
    ];
    band.titleLines.forEach((line, index) => {
        parts.push(
            textLine(
                line,
                band.x + BLOCK.bandPad,
                band.y + BLOCK.bandPad + BLOCK.bandTitleSize + index * BLOCK.bandTitleLine,
                BLOCK.bandTitleSize,
                { fill: colours.stroke, 'font-weight': 'bold' },
                'start'
            )
        );
    });
    for (const group of band.groups) parts.push(drawGroup(group, band, elementIds, boxes));
    return tag('g', { class: `band band-${band.band.key}`, id: `band-${band.band.key}` }, parts.join(''));
}

function drawGroup(placed: PlacedGroup, band: PlacedBand, elementIds: string[], boxes: DrawnBox[]): string {
    const { group } = placed;
    const colours = PALETTES[group.palette];
    const parts: string[] = [];
    let parentKey: string | undefined;
    if (group.element && placed.header) {
        const element = group.element;
        parentKey = element.key;
        // The frame is the element itself: drawn as its box, with what it hosts inside.
        parts.push(
            drawNode(
                { node: element, text: placed.header, x: placed.x, y: placed.y, width: placed.width, height: placed.height },
                { frame: true }
            )
        );
        if (element.elementId) elementIds.push(element.elementId);
        boxes.push({
            key: element.key,
            elementId: element.elementId,
            nationalCode: element.nationalCode,
            x: placed.x,
            y: placed.y,
            width: placed.width,
            height: placed.height
        });
    } else if (group.title || band.groups.length > 1) {
        parts.push(
            tag('rect', {
                x: placed.x,
                y: placed.y,
                width: placed.width,
                height: placed.height,
                rx: 4,
                fill: '#ffffff',
                'fill-opacity': 0.7,
                stroke: colours.stroke,
                'stroke-width': 0.8,
                'stroke-dasharray': group.origin === 'body' ? undefined : '4 3',
                'stroke-opacity': 0.7
            })
        );
        placed.titleLines.forEach((line, index) => {
            parts.push(
                textLine(
                    line,
                    placed.x + BLOCK.groupPad,
                    placed.y + BLOCK.groupPad + BLOCK.groupTitleSize + index * BLOCK.groupTitleLine,
                    BLOCK.groupTitleSize,
                    { fill: MUTED_TEXT, 'font-weight': 'bold' },
                    'start'
                )
            );
        });
    }
    for (const node of placed.nodes) {
        parts.push(drawNode(node));
        if (node.node.elementId) elementIds.push(node.node.elementId);
        boxes.push({
            key: node.node.key,
            elementId: node.node.elementId,
            nationalCode: node.node.nationalCode,
            x: node.x,
            y: node.y,
            width: node.width,
            height: node.height,
            parent: parentKey
        });
    }
    const id = group.element?.elementId ? `${elementDomId(group.element.elementId)}-frame` : `group-${band.band.key}-${group.key}`;
    return tag('g', { class: 'group', id }, parts.join(''));
}

function drawTierArrows(layout: BlockLayout): string {
    const look = EDGE_LOOKS.tier;
    const x = layout.middle.x + layout.middle.width / 2;
    const parts: string[] = [];
    for (let index = 1; index < layout.bands.length; index++) {
        const above = layout.bands[index - 1]!;
        const below = layout.bands[index]!;
        const top = above.y + above.height + 2;
        const bottom = below.y - 2;
        parts.push(
            straightArrow({ x, y: (top + bottom) / 2 }, { x, y: bottom }, look) +
                straightArrow({ x, y: (top + bottom) / 2 }, { x, y: top }, look)
        );
    }
    return tag('g', { class: 'tiers' }, parts.join(''));
}

function drawLinks(content: BlockContent, layout: BlockLayout): string {
    const parts: string[] = [];
    for (const link of content.links) {
        const band = layout.bands.find(candidate => candidate.band.key === link.band);
        const from = band?.groups.find(group => group.group.key === link.from);
        const to = band?.groups.find(group => group.group.key === link.to);
        if (!from || !to || to.x < from.x + from.width) continue;
        const y = from.y + Math.min(from.height, to.height) / 2;
        parts.push(
            tag(
                'g',
                { class: 'link' },
                `<title>${xmlText(link.label)}</title>` +
                    straightArrow({ x: from.x + from.width + 2, y }, { x: to.x - 2, y }, EDGE_LOOKS.via)
            )
        );
    }
    return parts.join('');
}
