import { Graphviz } from '@hpcc-js/wasm-graphviz';

export interface Point {
    x: number;
    y: number;
}

/** A box Graphviz must place, sized by us so that the text we draw later fits. */
export interface LayoutBox {
    width: number;
    height: number;
}

export interface LayoutCluster {
    /** Space for the title we draw in the cluster's top-left corner. */
    label: LayoutBox;
    members: number[];
}

export interface LayoutEdge {
    from: number;
    to: number;
    label?: LayoutBox;
}

export interface LayoutRequest {
    direction: 'LR' | 'TB';
    nodes: LayoutBox[];
    clusters: LayoutCluster[];
    edges: LayoutEdge[];
    /**
     * Rank of every node. Ranks are ours, not Graphviz's: edges then only order nodes within a rank, so a view
     * keeps its reading order (applications → platforms → national systems) whatever the flows say.
     */
    ranks: number[];
}

export interface LayoutResult {
    width: number;
    height: number;
    /** Top-left corners, in the order of the request. */
    nodes: Point[];
    clusters: Array<{ x: number; y: number; width: number; height: number }>;
    edges: Array<{ points: Point[]; tip?: Point; label?: Point }>;
}

let loading: Promise<Graphviz> | undefined;

/**
 * Graphviz compiled to WebAssembly (inside the package, so it works offline), loaded on first use: about 0.1 s
 * once per process. Loaded lazily rather than at import so that bundles without top-level await can include us.
 */
export function loadLayoutEngine(): Promise<Graphviz> {
    loading ??= Graphviz.load();
    return loading;
}

const POINTS_PER_INCH = 72;

/** Graphviz's HTML-like label of a fixed size: reserves room for text that we draw ourselves. */
function spacer(box: LayoutBox): string {
    return `<<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0" FIXEDSIZE="TRUE" WIDTH="${Math.ceil(box.width)}" HEIGHT="${Math.ceil(box.height)}"><TR><TD></TD></TR></TABLE>>`;
}

export function toDot(request: LayoutRequest): string {
    const lines = [
        'digraph G {',
        `graph [rankdir=${request.direction}, nodesep=0.28, ranksep=0.9, splines=true, newrank=true, outputorder=edgesfirst, pad=0];`,
        'node [shape=box, fixedsize=true, label="", margin=0];',
        'edge [arrowsize=0.9];'
    ];
    const rankCount = request.ranks.reduce((max, rank) => Math.max(max, rank + 1), 0);
    // Invisible markers chained one per rank pin the order of the ranks; every real node joins its marker's rank.
    for (let rank = 0; rank < rankCount; rank++) {
        const members = request.ranks.flatMap((nodeRank, index) => (nodeRank === rank ? [`n${index}`] : []));
        lines.push(`m${rank} [style=invis, width=0.01, height=0.01];`);
        lines.push(`{ rank=same; m${rank}; ${members.join('; ')}${members.length > 0 ? ';' : ''} }`);
        if (rank > 0) lines.push(`m${rank - 1} -> m${rank} [style=invis, weight=0];`);
    }
    const clustered = new Set<number>();
    request.clusters.forEach((cluster, index) => {
        lines.push(`subgraph cluster_${index} { label=${spacer(cluster.label)}; labeljust=l; labelloc=t; margin=12;`);
        for (const member of cluster.members) {
            clustered.add(member);
            lines.push(`  n${member};`);
        }
        lines.push('}');
    });
    request.nodes.forEach((node, index) => {
        lines.push(`n${index} [width=${(node.width / POINTS_PER_INCH).toFixed(4)}, height=${(node.height / POINTS_PER_INCH).toFixed(4)}];`);
    });
    for (const edge of request.edges) {
        // Edges that read forwards may pull their ends level with each other; backward ones must not bend the ranks.
        const forward = request.ranks[edge.to]! > request.ranks[edge.from]!;
        const attributes = [edge.label ? `label=${spacer(edge.label)}` : '', forward ? '' : 'constraint=false'].filter(Boolean);
        lines.push(`n${edge.from} -> n${edge.to}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
    }
    lines.push('}');
    return lines.join('\n');
}

interface GvObject {
    _gvid: number;
    name: string;
    pos?: string;
    width?: string;
    height?: string;
    bb?: string;
}

interface GvEdge {
    tail: number;
    head: number;
    pos?: string;
    lp?: string;
}

function parsePoint(text: string): Point {
    const [x, y] = text.split(',').map(Number);
    return { x: x!, y: y! };
}

/** Runs Graphviz `dot` and returns positions with y pointing down, origin at the drawing's top-left. */
export function layoutGraph(graphviz: Graphviz, request: LayoutRequest): LayoutResult {
    const json = JSON.parse(graphviz.layout(toDot(request), 'json', 'dot')) as { bb: string; objects?: GvObject[]; edges?: GvEdge[] };
    const [, , bbWidth, bbHeight] = json.bb.split(',').map(Number) as [number, number, number, number];
    const flip = (point: Point): Point => ({ x: point.x, y: bbHeight - point.y });
    const objects = json.objects ?? [];
    const byName = new Map(objects.map(object => [object.name, object]));
    const nodes = request.nodes.map((box, index) => {
        const object = byName.get(`n${index}`);
        const centre = flip(parsePoint(object?.pos ?? '0,0'));
        return { x: centre.x - box.width / 2, y: centre.y - box.height / 2 };
    });
    const clusters = request.clusters.map((_, index) => {
        const [x1, y1, x2, y2] = (byName.get(`cluster_${index}`)?.bb ?? '0,0,0,0').split(',').map(Number) as [
            number,
            number,
            number,
            number
        ];
        return { x: x1, y: bbHeight - y2, width: x2 - x1, height: y2 - y1 };
    });
    const gvidToIndex = new Map(
        objects.filter(object => /^n\d+$/.test(object.name)).map(object => [object._gvid, Number(object.name.slice(1))])
    );
    const remaining = [...(json.edges ?? [])];
    const edges = request.edges.map(edge => {
        const at = remaining.findIndex(
            candidate => gvidToIndex.get(candidate.tail) === edge.from && gvidToIndex.get(candidate.head) === edge.to
        );
        const found = at >= 0 ? remaining.splice(at, 1)[0] : undefined;
        return parseEdge(found, flip);
    });
    return { width: bbWidth, height: bbHeight, nodes, clusters, edges };
}

function parseEdge(edge: GvEdge | undefined, flip: (point: Point) => Point): { points: Point[]; tip?: Point; label?: Point } {
    if (!edge?.pos) return { points: [] };
    let tip: Point | undefined;
    const points: Point[] = [];
    for (const token of edge.pos.split(/\s+/)) {
        if (token.startsWith('e,')) tip = flip(parsePoint(token.slice(2)));
        else if (!token.startsWith('s,')) points.push(flip(parsePoint(token)));
    }
    return { points, tip, label: edge.lp ? flip(parsePoint(edge.lp)) : undefined };
}
