import { escapePlantUml, escapePlantUmlGantt, type ArchitectureModel } from '@kts/language/model';
import type { DiagramNode, EdgeStyle, GanttContent, NodeShape } from '../content/diagram-content.js';
import { DIAGRAM_FONT_FAMILY } from '../diagram-fonts.js';
import { PALETTES } from '../style/palette.js';
import type { RenderOptions, ViewRequest } from '../view-types.js';
import { allNodes, graphOf, textIds, viewContent, type TextGroup } from './text-export-common.js';

/** PlantUML text of a view: a deployment-style diagram (or @startgantt for the roadmap). */
export function toPlantUml(model: ArchitectureModel, frameworkId: string, request: ViewRequest, options: RenderOptions = {}): string {
    const content = viewContent(model, frameworkId, request, options);
    if (content.type === 'gantt') return ganttToPlantUml(content);
    const graph = graphOf(content);
    const nodes = allNodes(graph.groups);
    const ids = textIds([...nodes.map(node => node.key), ...collectGroupKeys(graph.groups).map(key => `group:${key}`)]);
    const lines = [
        '@startuml',
        `title ${escapePlantUml(graph.title)}`,
        `skinparam defaultFontName "${DIAGRAM_FONT_FAMILY}"`,
        'skinparam shadowing false'
    ];
    if (graph.direction === 'LR') lines.push('left to right direction');
    const emitGroup = (group: TextGroup, indent: string) => {
        lines.push(`${indent}package "${escapePlantUml(group.title || ' ')}" as ${ids.get(`group:${group.key}`)} {`);
        for (const node of group.nodes) lines.push(`${indent}  ${element(node, ids.get(node.key)!)}`);
        for (const child of group.children) emitGroup(child, `${indent}  `);
        lines.push(`${indent}}`);
    };
    for (const group of graph.groups) emitGroup(group, '');
    for (const edge of graph.edges) {
        const from = ids.get(edge.from);
        const to = ids.get(edge.to);
        if (!from || !to) continue;
        lines.push(`${from} ${ARROWS[edge.style]} ${to}${edge.label ? ` : ${escapePlantUml(edge.label)}` : ''}`);
    }
    lines.push('@enduml');
    return lines.join('\n') + '\n';
}

function collectGroupKeys(groups: TextGroup[]): string[] {
    return groups.flatMap(group => [group.key, ...collectGroupKeys(group.children)]);
}

const KEYWORDS: Partial<Record<NodeShape, string>> = {
    actor: 'actor',
    database: 'database',
    dataset: 'file',
    application: 'component',
    platform: 'component',
    portal: 'boundary',
    channel: 'interface',
    node: 'node',
    cloud: 'cloud',
    network: 'queue',
    device: 'node',
    security: 'hexagon',
    measure: 'hexagon',
    policy: 'card',
    summary: 'collections'
};

function element(node: DiagramNode, id: string): string {
    const keyword = KEYWORDS[node.shape] ?? 'rectangle';
    const stereotype = node.origin === 'body' ? '' : ` <<${node.origin}>>`;
    // National components get a bold outline and other bodies' a dashed one, as in the SVG.
    const line = node.origin === 'national' ? ';line.bold' : node.origin === 'other' ? ';line.dashed' : '';
    return `${keyword} "${escapePlantUml(node.title)}" as ${id}${stereotype} ${PALETTES[node.palette].fill}${line}`;
}

const ARROWS: Record<EdgeStyle, string> = {
    integrates: '-->',
    via: '-[bold]->',
    uses: '..>',
    stores: '-->',
    shares: '-->',
    in: '..>',
    protects: '..>',
    hosted: '..',
    tier: '<-->'
};

function ganttToPlantUml(content: GanttContent): string {
    const years = content.years;
    const lines = ['@startgantt', `title ${escapePlantUml(content.title)}`, 'printscale yearly'];
    if (years.length > 0) lines.push(`Project starts ${years[0]}-01-01`);
    const ids = textIds(content.sections.flatMap(section => section.tasks.map(task => task.taskId)));
    for (const section of content.sections) {
        lines.push(`-- ${escapePlantUmlGantt(section.title)} --`);
        for (const task of section.tasks) {
            if (task.start === undefined || task.end === undefined) continue;
            lines.push(
                `[${escapePlantUmlGantt(task.title)}] as [${ids.get(task.taskId)}] starts ${task.start}-01-01 and ends ${task.end}-12-31`
            );
        }
    }
    for (const section of content.sections) {
        for (const task of section.tasks) {
            if (task.start === undefined) continue;
            for (const before of task.after) {
                const beforeTask = content.sections.flatMap(candidate => candidate.tasks).find(candidate => candidate.taskId === before);
                if (beforeTask?.start !== undefined) lines.push(`[${ids.get(before)}] -> [${ids.get(task.taskId)}]`);
            }
        }
    }
    lines.push('@endgantt');
    return lines.join('\n') + '\n';
}
