import type { ArchitectureModel } from '@kts/language/model';
import type { BlockContent, DiagramEdge, DiagramNode, GraphContent, MatrixContent, ViewContent } from '../content/diagram-content.js';
import { buildViewContent } from '../render-view.js';
import type { RenderOptions, ViewRequest } from '../view-types.js';

/** A view reduced to what text formats can say: titled groups of nodes (possibly nested) and arrows. */
export interface TextGraph {
    title: string;
    direction: 'LR' | 'TB';
    groups: TextGroup[];
    edges: DiagramEdge[];
}

export interface TextGroup {
    key: string;
    title: string;
    nodes: DiagramNode[];
    children: TextGroup[];
}

export function viewContent(model: ArchitectureModel, frameworkId: string, request: ViewRequest, options: RenderOptions): ViewContent {
    return buildViewContent(model, frameworkId, request, options).content;
}

export function graphOf(content: GraphContent | BlockContent | MatrixContent): TextGraph {
    if (content.type === 'graph') {
        return {
            title: content.title,
            direction: content.direction,
            edges: content.edges,
            groups: content.groups.map(group => ({ key: group.key, title: group.title, nodes: group.nodes, children: [] }))
        };
    }
    if (content.type === 'matrix') {
        const edges: DiagramEdge[] = [];
        for (const [key, mark] of content.marks) {
            const [row, column] = key.split('\u0000') as [string, string];
            edges.push(mark === 'protects' ? { from: column, to: row, style: 'protects' } : { from: column, to: row, style: 'integrates' });
        }
        return {
            title: content.title,
            direction: 'LR',
            edges,
            groups: [
                { key: 'security', title: content.columnTitle, nodes: content.columns, children: [] },
                ...content.rowGroups.map(group => ({
                    key: group.key,
                    title: group.title,
                    nodes: group.rows.map(row => row.node),
                    children: []
                }))
            ]
        };
    }
    const bands = [...(content.left ? [content.left] : []), ...content.bands, ...(content.right ? [content.right] : [])];
    const edges: DiagramEdge[] = [];
    const groups: TextGroup[] = bands
        .filter(band => band.groups.length > 0)
        .map(band => ({
            key: band.key,
            title: band.title,
            nodes: [],
            children: band.groups.map(group => {
                const nodes = group.element ? [group.element, ...group.nodes] : group.nodes;
                if (group.element) for (const node of group.nodes) edges.push({ from: node.key, to: group.element.key, style: 'hosted' });
                return { key: `${band.key}-${group.key}`, title: group.title ?? '', nodes, children: [] };
            })
        }));
    return { title: content.title, direction: 'TB', groups, edges };
}

/** Identifiers that every text format accepts: letters, digits and underscores, unique within the text. */
export function textIds(keys: Iterable<string>): Map<string, string> {
    const ids = new Map<string, string>();
    const used = new Set<string>();
    for (const key of keys) {
        if (ids.has(key)) continue;
        let id = `n_${key
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd')
            .replace(/Đ/g, 'D')
            .replace(/[^A-Za-z0-9]/g, '_')}`;
        while (used.has(id)) id += '_';
        used.add(id);
        ids.set(key, id);
    }
    return ids;
}

export function allNodes(groups: TextGroup[]): DiagramNode[] {
    return groups.flatMap(group => [...group.nodes, ...allNodes(group.children)]);
}
