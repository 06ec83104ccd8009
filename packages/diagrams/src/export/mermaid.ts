import { escapeMermaid, escapeMermaidFrontMatter, escapeMermaidGantt, type ArchitectureModel } from '@kts/language/model';
import type { DiagramNode, EdgeStyle, GanttContent, NodeShape } from '../content/diagram-content.js';
import { PALETTES } from '../style/palette.js';
import type { RenderOptions, ViewRequest } from '../view-types.js';
import { allNodes, graphOf, textIds, viewContent, type TextGroup } from './text-export-common.js';

/** Mermaid text of a view: a flowchart (or a gantt chart for the roadmap) for wikis and Markdown. */
export function toMermaid(model: ArchitectureModel, frameworkId: string, request: ViewRequest, options: RenderOptions = {}): string {
    const content = viewContent(model, frameworkId, request, options);
    if (content.type === 'gantt') return ganttToMermaid(content);
    const graph = graphOf(content);
    const nodes = allNodes(graph.groups);
    const ids = textIds([...nodes.map(node => node.key), ...collectGroupKeys(graph.groups).map(key => `group:${key}`)]);
    const lines = ['---', `title: ${escapeMermaidFrontMatter(graph.title)}`, '---', `flowchart ${graph.direction}`];
    const emitGroup = (group: TextGroup, indent: string) => {
        lines.push(`${indent}subgraph ${ids.get(`group:${group.key}`)}["${escapeMermaid(group.title || ' ')}"]`);
        for (const node of group.nodes) lines.push(`${indent}    ${ids.get(node.key)}${shape(node)}`);
        for (const child of group.children) emitGroup(child, `${indent}    `);
        lines.push(`${indent}end`);
    };
    for (const group of graph.groups) emitGroup(group, '    ');
    for (const edge of graph.edges) {
        const from = ids.get(edge.from);
        const to = ids.get(edge.to);
        if (!from || !to) continue;
        lines.push(`    ${from} ${ARROWS[edge.style]}${edge.label ? `|"${escapeMermaid(edge.label)}"|` : ''} ${to}`);
    }
    const palettes = new Set(nodes.map(node => node.palette));
    for (const palette of palettes)
        lines.push(`    classDef ${palette} fill:${PALETTES[palette].fill},stroke:${PALETTES[palette].stroke},color:#1a1a1a`);
    lines.push('    classDef national stroke-width:4px');
    lines.push('    classDef other stroke-dasharray:6 3');
    for (const palette of palettes) {
        lines.push(
            `    class ${nodes
                .filter(node => node.palette === palette)
                .map(node => ids.get(node.key))
                .join(',')} ${palette}`
        );
    }
    for (const origin of ['national', 'other'] as const) {
        const members = nodes.filter(node => node.origin === origin);
        if (members.length > 0) lines.push(`    class ${members.map(node => ids.get(node.key)).join(',')} ${origin}`);
    }
    return lines.join('\n') + '\n';
}

function collectGroupKeys(groups: TextGroup[]): string[] {
    return groups.flatMap(group => [group.key, ...collectGroupKeys(group.children)]);
}

const ARROWS: Record<EdgeStyle, string> = {
    integrates: '-->',
    via: '==>',
    uses: '-.->',
    stores: '-->',
    shares: '-->',
    in: '-.->',
    protects: '-.->',
    hosted: '-.-',
    tier: '<==>'
};

const SHAPES: Partial<Record<NodeShape, [string, string]>> = {
    actor: ['([', '])'],
    activity: ['(', ')'],
    service: ['([', '])'],
    database: ['[(', ')]'],
    platform: ['[[', ']]'],
    channel: ['[/', '/]'],
    portal: ['[/', '/]'],
    security: ['{{', '}}'],
    measure: ['{{', '}}'],
    cloud: ['(', ')']
};

function shape(node: DiagramNode): string {
    const [open, close] = SHAPES[node.shape] ?? ['[', ']'];
    return `${open}"${escapeMermaid(node.title)}"${close}`;
}

function ganttToMermaid(content: GanttContent): string {
    const lines = ['gantt', `    title ${escapeMermaidGantt(content.title)}`, '    dateFormat YYYY', '    axisFormat %Y'];
    const ids = textIds(content.sections.flatMap(section => section.tasks.map(task => task.taskId)));
    for (const section of content.sections) {
        lines.push(`    section ${escapeMermaidGantt(section.title)}`);
        for (const task of section.tasks) {
            if (task.start === undefined || task.end === undefined) {
                lines.push(`    %% ${escapeMermaidGantt(task.title)}: no period`);
                continue;
            }
            // Mermaid ends a task at the start of its end date, so the last year counts by ending a year later.
            lines.push(`    ${escapeMermaidGantt(task.title)} :${ids.get(task.taskId)}, ${task.start}, ${task.end + 1}`);
            for (const before of task.after) {
                const id = ids.get(before);
                if (id) lines.push(`    %% ${ids.get(task.taskId)} after ${id}`);
            }
        }
    }
    return lines.join('\n') + '\n';
}
