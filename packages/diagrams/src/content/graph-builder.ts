import type { DiagramEdge, DiagramGroup, DiagramNode, EdgeStyle, GraphContent, NodeOrigin, Palette } from './diagram-content.js';
import { collapseNodes } from './collapse.js';
import type { ViewContext } from './model-nodes.js';

/** Edge styles in order of precedence when two relations draw the same arrow. */
const STYLE_RANK: EdgeStyle[] = ['integrates', 'shares', 'stores', 'protects', 'uses', 'via', 'in', 'hosted', 'tier'];

/**
 * Collects the nodes and edges of a graph view: each node once (first group wins), parallel edges merged into
 * one arrow whose label lists every distinct label, groups collapsed beyond a limit.
 */
export class GraphBuilder {
    private readonly groups: DiagramGroup[] = [];
    private readonly nodeGroup = new Map<string, DiagramGroup>();
    private readonly edges = new Map<string, { edge: DiagramEdge; labels: string[] }>();

    constructor(private readonly context: ViewContext) {}

    group(key: string, title: string, palette: Palette, origin: NodeOrigin, column: number): string {
        if (!this.groups.some(group => group.key === key)) this.groups.push({ key, title, palette, origin, column, nodes: [] });
        return key;
    }

    has(key: string): boolean {
        return this.nodeGroup.has(key);
    }

    add(groupKey: string, node: DiagramNode): void {
        if (this.nodeGroup.has(node.key)) return;
        const group = this.groups.find(candidate => candidate.key === groupKey);
        if (!group) throw new Error(`unknown group ${groupKey}`);
        group.nodes.push(node);
        this.nodeGroup.set(node.key, group);
    }

    edge(from: string, to: string, style: EdgeStyle, label?: string): void {
        if (from === to) return;
        const key = `${from}\u0000${to}`;
        const existing = this.edges.get(key);
        if (!existing) {
            this.edges.set(key, { edge: { from, to, style }, labels: label ? [label] : [] });
            return;
        }
        if (STYLE_RANK.indexOf(style) < STYLE_RANK.indexOf(existing.edge.style)) existing.edge.style = style;
        if (label && !existing.labels.includes(label)) existing.labels.push(label);
    }

    build(base: Omit<GraphContent, 'groups' | 'edges' | 'type'>, groupLimit: number): GraphContent {
        let edges: DiagramEdge[] = [...this.edges.values()]
            .filter(({ edge }) => this.nodeGroup.has(edge.from) && this.nodeGroup.has(edge.to))
            .map(({ edge, labels }) => ({ ...edge, label: labels.length > 0 ? labels.join('; ') : undefined }));
        const degree = new Map<string, number>();
        for (const edge of edges) {
            degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
            degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
        }
        const replaced = new Map<string, string>();
        const groups = this.groups
            .filter(group => group.nodes.length > 0)
            .map(group => {
                const nodes = collapseNodes(group.key, group.nodes, groupLimit, this.context.language, node => degree.get(node.key) ?? 0);
                const summary = nodes.find(node => node.shape === 'summary');
                if (summary) {
                    const kept = new Set(nodes.map(node => node.key));
                    for (const node of group.nodes) if (!kept.has(node.key)) replaced.set(node.key, summary.key);
                }
                return { ...group, nodes };
            });
        if (replaced.size > 0) {
            // Arrows of folded nodes now meet their summary box; their labels would no longer say whose they are.
            const merged = new Map<string, DiagramEdge>();
            for (const edge of edges) {
                const from = replaced.get(edge.from) ?? edge.from;
                const to = replaced.get(edge.to) ?? edge.to;
                if (from === to) continue;
                const folded = from !== edge.from || to !== edge.to;
                const key = `${from}\u0000${to}`;
                if (!merged.has(key)) merged.set(key, { from, to, style: edge.style, label: folded ? undefined : edge.label });
            }
            edges = [...merged.values()];
        }
        return { type: 'graph', ...base, groups, edges };
    }
}
