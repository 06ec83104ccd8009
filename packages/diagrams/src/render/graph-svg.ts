import type { DiagramNode, GraphContent } from '../content/diagram-content.js';
import { layoutGraph, loadLayoutEngine, type LayoutEdge } from '../layout/graphviz-layout.js';
import { num, tag } from '../svg/svg-builder.js';
import { EDGE_LOOKS, MUTED_TEXT, PALETTES, TEXT_COLOUR } from '../style/palette.js';
import { widestLine, wrapText } from '../text/text-metrics.js';
import type { Language } from '../view-types.js';
import type { DrawnBox, DrawnDiagram } from './block-svg.js';
import type { Point } from '../layout/graphviz-layout.js';
import { arrowHead } from './edge-path.js';
import { edgeLegendEntries, legendMinWidth, nodeLegendEntries, withLegend, type LegendEntry } from './legend.js';
import { layoutNodeText, type PlacedNode } from '../layout/node-metrics.js';
import { drawNode, textLine } from './node-box.js';
import { drawHeading, headingWidth, layoutHeading, type HeadingText } from './svg-document.js';

const MARGIN = 16;
const CLUSTER_TITLE_SIZE = 11;
const CLUSTER_TITLE_LINE = 14.5;
const EDGE_LABEL_SIZE = 9.5;
const EDGE_LABEL_LINE = 12;
const EDGE_LABEL_WIDTH = 150;

export async function renderGraphDiagram(
    id: string,
    content: GraphContent,
    headingText: HeadingText | undefined,
    language: Language,
    legendOf: GraphContent | null = content
): Promise<DrawnDiagram> {
    const nodes: DiagramNode[] = content.groups.flatMap(group => group.nodes);
    const indexOf = new Map(nodes.map((node, index) => [node.key, index]));
    const texts = nodes.map(node => layoutNodeText(node, { compact: content.compact }));
    const clusterTitles = content.groups.map(group => wrapText(group.title, 260, CLUSTER_TITLE_SIZE, true));
    let offset = 0;
    const clusters = content.groups.map((group, index) => {
        const members = group.nodes.map((_, member) => offset + member);
        offset += group.nodes.length;
        const lines = clusterTitles[index]!;
        return {
            label: { width: widestLine(lines, CLUSTER_TITLE_SIZE, true) + 18, height: lines.length * CLUSTER_TITLE_LINE + 4 },
            members
        };
    });
    const edges = content.edges.filter(edge => indexOf.has(edge.from) && indexOf.has(edge.to) && edge.from !== edge.to);
    const edgeLabels = edges.map(edge => (edge.label ? wrapText(edge.label, EDGE_LABEL_WIDTH, EDGE_LABEL_SIZE) : []));
    const layoutEdges: LayoutEdge[] = edges.map((edge, index) => {
        const lines = edgeLabels[index]!;
        return {
            from: indexOf.get(edge.from)!,
            to: indexOf.get(edge.to)!,
            label:
                lines.length > 0 ? { width: widestLine(lines, EDGE_LABEL_SIZE) + 8, height: lines.length * EDGE_LABEL_LINE + 4 } : undefined
        };
    });
    const layout = layoutGraph(await loadLayoutEngine(), {
        direction: content.direction,
        nodes: texts.map(text => ({ width: text.width, height: text.height })),
        clusters: clusters.filter(cluster => cluster.members.length > 0),
        edges: layoutEdges,
        ranks: assignRanks(content)
    });

    const legendEntries = legendOf ? graphLegendEntries(legendOf, language) : [];
    const contentWidth = Math.max(layout.width, headingWidth(headingText) + 10, legendMinWidth(legendEntries, language));
    const width = Math.min(contentWidth, Math.max(layout.width, 900)) + 2 * MARGIN;
    const heading = layoutHeading(headingText, width - 2 * MARGIN);
    const originX = MARGIN + Math.max(0, (width - 2 * MARGIN - layout.width) / 2);
    const originY = MARGIN + heading.height + 6;
    const move = (point: Point): Point => ({ x: point.x + originX, y: point.y + originY });

    const parts: string[] = [drawHeading(heading, MARGIN, MARGIN)];
    const drawnGroups = content.groups.filter(group => group.nodes.length > 0);
    layout.clusters.forEach((box, index) => {
        const group = drawnGroups[index]!;
        const colours = PALETTES[group.palette];
        const corner = move({ x: box.x, y: box.y });
        const lines = clusterTitles[content.groups.indexOf(group)]!;
        parts.push(
            tag(
                'g',
                { class: `cluster ${group.origin}`, id: `group-${group.key.replace(/[^A-Za-z0-9_-]/g, '_')}` },
                tag('rect', {
                    x: corner.x,
                    y: corner.y,
                    width: box.width,
                    height: box.height,
                    rx: 6,
                    fill: colours.band,
                    stroke: colours.stroke,
                    'stroke-width': 1,
                    'stroke-opacity': 0.7,
                    'stroke-dasharray': group.origin === 'body' ? undefined : '5 3'
                }) +
                    lines
                        .map((line, row) =>
                            textLine(
                                line,
                                corner.x + 8,
                                corner.y + 6 + CLUSTER_TITLE_SIZE + row * CLUSTER_TITLE_LINE,
                                CLUSTER_TITLE_SIZE,
                                { fill: colours.stroke, 'font-weight': 'bold' },
                                'start'
                            )
                        )
                        .join('')
            )
        );
    });
    const edgeParts: string[] = [];
    const labelParts: string[] = [];
    edges.forEach((edge, index) => {
        const routed = layout.edges[index]!;
        if (routed.points.length < 2) return;
        const look = EDGE_LOOKS[edge.style];
        const points = routed.points.map(move);
        let d = `M${num(points[0]!.x)} ${num(points[0]!.y)}`;
        for (let at = 1; at + 2 < points.length; at += 3) {
            d += `C${num(points[at]!.x)} ${num(points[at]!.y)} ${num(points[at + 1]!.x)} ${num(points[at + 1]!.y)} ${num(points[at + 2]!.x)} ${num(points[at + 2]!.y)}`;
        }
        const head = routed.tip ? arrowHead(move(routed.tip), points.at(-1)!, look) : '';
        edgeParts.push(
            tag(
                'g',
                { class: `edge ${edge.style}`, 'data-from': edge.from, 'data-to': edge.to },
                tag('path', { d, fill: 'none', stroke: look.stroke, 'stroke-width': look.width, 'stroke-dasharray': look.dash }) + head
            )
        );
        const lines = edgeLabels[index]!;
        if (lines.length > 0 && routed.label) {
            const centre = move(routed.label);
            const boxWidth = widestLine(lines, EDGE_LABEL_SIZE) + 6;
            const boxHeight = lines.length * EDGE_LABEL_LINE + 3;
            labelParts.push(
                tag(
                    'g',
                    { class: 'edge-label' },
                    tag('rect', {
                        x: centre.x - boxWidth / 2,
                        y: centre.y - boxHeight / 2,
                        width: boxWidth,
                        height: boxHeight,
                        rx: 2,
                        fill: '#ffffff',
                        'fill-opacity': 0.9
                    }) +
                        lines
                            .map((line, row) =>
                                textLine(
                                    line,
                                    centre.x,
                                    centre.y - boxHeight / 2 + 1.5 + EDGE_LABEL_SIZE + row * EDGE_LABEL_LINE,
                                    EDGE_LABEL_SIZE,
                                    { fill: TEXT_COLOUR }
                                )
                            )
                            .join('')
                )
            );
        }
    });
    parts.push(tag('g', { class: 'edges' }, edgeParts.join('')));
    const elementIds: string[] = [];
    const boxes: DrawnBox[] = [];
    const nodeParts = nodes.map((node, index) => {
        const corner = move(layout.nodes[index]!);
        const placed: PlacedNode = {
            node,
            text: texts[index]!,
            x: corner.x,
            y: corner.y,
            width: texts[index]!.width,
            height: texts[index]!.height
        };
        if (node.elementId) elementIds.push(node.elementId);
        boxes.push({
            key: node.key,
            elementId: node.elementId,
            nationalCode: node.nationalCode,
            x: placed.x,
            y: placed.y,
            width: placed.width,
            height: placed.height
        });
        return drawNode(placed);
    });
    parts.push(tag('g', { class: 'nodes' }, nodeParts.join('')));
    parts.push(tag('g', { class: 'edge-labels' }, labelParts.join('')));
    let bottom = originY + layout.height;
    if (content.empty && nodes.length === 0) {
        parts.push(textLine(content.empty, MARGIN, originY + 20, 12, { fill: MUTED_TEXT }, 'start'));
        bottom = originY + 32;
    }
    return withLegend({ id, title: content.title, width, bottom, margin: MARGIN, parts, elementIds, boxes }, legendEntries, language);
}

/** The legend of a graph view: what its boxes and the arrows drawn between them mean. */
function graphLegendEntries(content: GraphContent, language: Language): LegendEntry[] {
    const keys = new Set(content.groups.flatMap(group => group.nodes.map(node => node.key)));
    const edges = content.edges.filter(edge => keys.has(edge.from) && keys.has(edge.to) && edge.from !== edge.to);
    return [
        ...nodeLegendEntries(
            content.groups.flatMap(group => group.nodes),
            language
        ),
        ...edgeLegendEntries(
            edges.map(edge => edge.style),
            language
        )
    ];
}

/** Nodes stacked in one rank before a column spills into a further rank beside it. */
const RANK_CAPACITY = 9;

/**
 * Ranks from the groups' columns. Within a column, groups fill sub-columns of about RANK_CAPACITY nodes in their
 * order (a larger group spreads evenly over sub-columns of its own), so no column grows into an endless list.
 */
export function assignRanks(content: GraphContent): number[] {
    const rankOf = new Map<DiagramNode, number>();
    const columns = [...new Set(content.groups.filter(group => group.nodes.length > 0).map(group => group.column))].sort((a, b) => a - b);
    let base = 0;
    for (const column of columns) {
        let sub = 0;
        let filled = 0;
        for (const group of content.groups.filter(candidate => candidate.column === column && candidate.nodes.length > 0)) {
            if (group.nodes.length > RANK_CAPACITY) {
                if (filled > 0) sub += 1;
                const spread = Math.ceil(group.nodes.length / RANK_CAPACITY);
                const perRank = Math.ceil(group.nodes.length / spread);
                group.nodes.forEach((node, index) => rankOf.set(node, base + sub + Math.floor(index / perRank)));
                sub += spread;
                filled = 0;
                continue;
            }
            if (filled > 0 && filled + group.nodes.length > RANK_CAPACITY) {
                sub += 1;
                filled = 0;
            }
            for (const node of group.nodes) rankOf.set(node, base + sub);
            filled += group.nodes.length;
        }
        base += filled > 0 ? sub + 1 : sub;
    }
    return content.groups.flatMap(group => group.nodes.map(node => rankOf.get(node)!));
}
