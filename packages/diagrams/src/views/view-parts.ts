import type {
    Band,
    BlockContent,
    BlockGroup,
    DiagramEdge,
    DiagramGroup,
    DiagramNode,
    GanttContent,
    GanttSection,
    GraphContent,
    MatrixContent,
    MatrixRowGroup
} from '../content/diagram-content.js';
import { t } from '../i18n.js';
import type { Language } from '../view-types.js';

/**
 * A view cut into parts for the page: consecutive slices of its bands (block views), sections (the roadmap) or row
 * groups (the security matrix), or the nodes of a graph, each part a complete content of the same view. The order is
 * kept; a band, section or group too large for one part continues in the next. The view's legend is drawn once, with
 * the first part, so that the other parts give its room to the drawing; only when the first part cannot hold even
 * one band with the legend does every part carry it, and when no part can (the first shares its page with the text
 * that opens the view), the second carries it. The parts are balanced: the last is not left half empty. The
 * roadmap is the exception: it is read like a table that goes on over its pages, so each part takes the tasks its page
 * holds, a section cut wherever the page is full, and only the last part is shorter.
 */

/** The part of a view a drawing shows, and the titles of the bands it holds (continued ones marked by the caller). */
export interface ContentPart<C> {
    content: C;
    /** Titles of the bands, sections or row groups in the part, each with whether it began in an earlier part. */
    bands: Array<{ title: string; continued: boolean }>;
    /** Whether the part carries the view's legend. */
    legend: boolean;
}

/**
 * Whether a content, drawn with or without the view's legend, fits the page: its drawing's height (what the parts are
 * balanced by) and whether it fits as the first part too, whose page it may share with the text that opens the view;
 * undefined when it fits no page.
 */
export type ContentFits<C> = (content: C, legend: boolean) => PartFit | undefined;

export interface PartFit {
    height: number;
    first: boolean;
}

/** A run of one band's members: what a part holds of that band. */
interface Slice<B, M> {
    band: B;
    members: M[];
}

/** Parts as slices of bands, and whether each carries the legend. */
interface Packing<B, M> {
    parts: Array<Array<Slice<B, M>>>;
    legend: boolean[];
}

/**
 * `whole`: a band that fits a part of its own is kept whole unless cutting it saves a part, and the parts are balanced;
 * `anywhere`: each part is filled as far as it fits, bands cut wherever it is full, and the parts are not balanced.
 */
type BandCuts = 'whole' | 'anywhere';

/**
 * Cuts bands into the fewest parts that fit, the legend with the first part (or with every part, see above), as
 * `cuts` says (see `BandCuts`); a band that does not fit a part alone is always cut between its members. Returns
 * undefined when a single member does not fit.
 */
function packBands<B, M, C>(
    bands: B[],
    membersOf: (band: B) => M[],
    build: (slices: Array<Slice<B, M>>) => C,
    fits: ContentFits<C>,
    options: { withLegend?: boolean; cuts?: BandCuts } = {}
): Packing<B, M> | undefined {
    const members = new Map(bands.map(band => [band, membersOf(band)]));
    const fitsOnce = remembered(bands, members, build, fits);
    return packWith(bands, band => members.get(band)!, fitsOnce, options.withLegend ?? true, options.cuts ?? 'whole');
}

/**
 * `fits` of the slices, each different set of slices drawn once: the packings tried (bands kept or cut, then balanced
 * under three limits, with the legend once or on every part) test the same runs of members again and again, and each
 * test draws the whole part.
 */
function remembered<B, M, C>(
    bands: B[],
    members: ReadonlyMap<B, M[]>,
    build: (slices: Array<Slice<B, M>>) => C,
    fits: ContentFits<C>
): (slices: Array<Slice<B, M>>, legend: boolean, first: boolean) => number | undefined {
    const position = new Map<B | M, number>();
    for (const [bandIndex, band] of bands.entries()) {
        position.set(band, bandIndex);
        for (const [memberIndex, member] of members.get(band)!.entries()) position.set(member, memberIndex);
    }
    const heights = new Map<string, PartFit | undefined>();
    return (slices, legend, first) => {
        const key = `${legend}|${slices.map(slice => `${position.get(slice.band)}:${slice.members.map(member => position.get(member)).join(',')}`).join(';')}`;
        if (!heights.has(key)) heights.set(key, fits(build(slices), legend));
        const fit = heights.get(key);
        return fit && (fit.first || !first) ? fit.height : undefined;
    };
}

function packWith<B, M>(
    bands: B[],
    membersOf: (band: B) => M[],
    fits: (slices: Array<Slice<B, M>>, legend: boolean, first: boolean) => number | undefined,
    withLegend: boolean,
    cuts: BandCuts
): Packing<B, M> | undefined {
    // The legend goes with the first part, else with every part; where the first part shares its page with text and
    // cannot hold the legend under it even so, with the second.
    const band = bands.find(each => membersOf(each).length > 0);
    const opening = band && [{ band, members: membersOf(band).slice(0, 1) }];
    const underText = opening !== undefined && fits(opening, true, false) !== undefined && fits(opening, true, true) === undefined;
    const placements = withLegend ? (['first', 'every', ...(underText ? (['second'] as const) : [])] as const) : (['none'] as const);
    for (const placement of placements) {
        const legendOf = (index: number) =>
            placement === 'every' || (placement === 'first' && index === 0) || (placement === 'second' && index === 1);
        const whole = fillParts(bands, membersOf, fits, legendOf, Number.POSITIVE_INFINITY, true);
        if (!whole || (placement === 'second' && whole.parts.length < 2)) continue;
        const packing = (parts: Array<Array<Slice<B, M>>>): Packing<B, M> => ({ parts, legend: parts.map((_, index) => legendOf(index)) });
        if (whole.parts.length < 2) return packing(whole.parts);
        const cut = fillParts(bands, membersOf, fits, legendOf, Number.POSITIVE_INFINITY, false);
        if (cuts === 'anywhere' && cut) return packing(cut.parts);
        // Bands are cut anywhere only when that saves a part.
        const keepBands = !cut || cut.parts.length >= whole.parts.length;
        const greedy = keepBands ? whole : cut;
        // Balanced: no part taller than the average by more than a little, with no more parts than the fullest packing.
        const average = greedy.heights.reduce((sum, height) => sum + height, 0) / greedy.parts.length;
        for (const slack of [1, 1.1, 1.25]) {
            const balanced = fillParts(bands, membersOf, fits, legendOf, average * slack, keepBands);
            if (balanced && balanced.parts.length === greedy.parts.length) return packing(balanced.parts);
        }
        return packing(greedy.parts);
    }
    return undefined;
}

/**
 * Fills each part as far as it fits and is no taller than `limit` before starting the next; with `keepBands`, a band
 * that fits a part of its own starts a new part rather than be cut.
 */
function fillParts<B, M>(
    bands: B[],
    membersOf: (band: B) => M[],
    fits: (slices: Array<Slice<B, M>>, legend: boolean, first: boolean) => number | undefined,
    legendOf: (index: number) => boolean,
    limit: number,
    keepBands: boolean
): { parts: Array<Array<Slice<B, M>>>; heights: number[] } | undefined {
    const within = (slices: Array<Slice<B, M>>, index: number) => {
        const height = fits(slices, legendOf(index), index === 0);
        return height !== undefined && height <= limit ? height : undefined;
    };
    const units: Array<Slice<B, M>> = [];
    for (const band of bands) {
        const members = membersOf(band);
        if (members.length === 0) continue;
        if (keepBands && within([{ band, members }], 1) !== undefined) units.push({ band, members });
        else for (const member of members) units.push({ band, members: [member] });
    }
    const parts: Array<Array<Slice<B, M>>> = [];
    const heights: number[] = [];
    let current: Array<Slice<B, M>> = [];
    let currentHeight = 0;
    while (units.length > 0) {
        const unit = units.shift()!;
        const candidate = mergeSlices([...current, unit]);
        const height = within(candidate, parts.length);
        if (height !== undefined) {
            current = candidate;
            currentHeight = height;
            continue;
        }
        if (current.length > 0) {
            parts.push(current);
            heights.push(currentHeight);
            current = [];
            units.unshift(unit);
        } else if (unit.members.length > 1) {
            // A band that fits a part of its own but not this one (the first, with the legend) is cut here.
            units.unshift(...unit.members.map(member => ({ band: unit.band, members: [member] })));
        } else return undefined;
    }
    if (current.length > 0) {
        parts.push(current);
        heights.push(currentHeight);
    }
    return { parts, heights };
}

/** Consecutive slices of one band become one slice. */
function mergeSlices<B, M>(slices: Array<Slice<B, M>>): Array<Slice<B, M>> {
    const merged: Array<Slice<B, M>> = [];
    for (const slice of slices) {
        const last = merged.at(-1);
        if (last && last.band === slice.band) merged[merged.length - 1] = { band: last.band, members: [...last.members, ...slice.members] };
        else merged.push(slice);
    }
    return merged;
}

function labelled<B, M, C>(
    packing: Packing<B, M>,
    title: (band: B) => string,
    build: (slices: Array<Slice<B, M>>) => C
): Array<ContentPart<C>> {
    const seen = new Set<B>();
    return packing.parts.map((slices, index) => {
        const bands = slices.map(slice => ({ title: title(slice.band), continued: seen.has(slice.band) }));
        for (const slice of slices) seen.add(slice.band);
        return { content: build(slices), bands, legend: packing.legend[index]! };
    });
}

/** One row of a block group: `columns` boxes, with the group's frame (a data centre) repeated. */
interface GroupRow {
    group: BlockGroup;
    nodes: BlockGroup['nodes'];
}

/**
 * A block view in parts. The side columns (the overview's direction and security) become bands of their own,
 * stacked like the others; a band is cut between its groups' rows of `columns` boxes.
 */
export function blockParts(
    content: BlockContent,
    columns: number,
    fits: ContentFits<BlockContent>
): Array<ContentPart<BlockContent>> | undefined {
    const bands = [...(content.left ? [content.left] : []), ...content.bands, ...(content.right ? [content.right] : [])].filter(band =>
        band.groups.some(group => group.nodes.length > 0 || group.element)
    );
    const rowsOf = (band: Band): GroupRow[] =>
        band.groups.flatMap(group => {
            if (group.nodes.length === 0) return group.element ? [{ group, nodes: [] }] : [];
            const rows: GroupRow[] = [];
            for (let start = 0; start < group.nodes.length; start += columns)
                rows.push({ group, nodes: group.nodes.slice(start, start + columns) });
            return rows;
        });
    const build = (slices: Array<Slice<Band, GroupRow>>): BlockContent => {
        const partBands = slices.map(({ band, members }) => {
            const groups: BlockGroup[] = [];
            for (const row of members) {
                const last = groups.at(-1);
                if (last && last.key === row.group.key) last.nodes.push(...row.nodes);
                else groups.push({ ...row.group, nodes: [...row.nodes] });
            }
            return { ...band, groups };
        });
        const keys = new Set(partBands.flatMap(band => band.groups.map(group => `${band.key}\u0000${group.key}`)));
        return {
            ...content,
            bands: partBands,
            left: undefined,
            right: undefined,
            links: content.links.filter(link => keys.has(`${link.band}\u0000${link.from}`) && keys.has(`${link.band}\u0000${link.to}`))
        };
    };
    const parts = packBands(bands, rowsOf, build, fits);
    return parts && labelled(parts, band => band.title, build);
}

/**
 * The roadmap in parts, cut between its tasks wherever a landscape page is full, so that every part but the last fills
 * its page; a section that goes on from the part before repeats its heading, marked as continued. Dependencies on a
 * task of another part are not drawn.
 */
export function ganttParts(
    content: GanttContent,
    fits: ContentFits<GanttContent>,
    language: Language
): Array<ContentPart<GanttContent>> | undefined {
    const build = (slices: Array<Slice<GanttSection, GanttSection['tasks'][number]>>): GanttContent => ({
        ...content,
        sections: slices.map(({ band, members }) => ({
            ...band,
            title: members[0] === band.tasks[0] ? band.title : t('section.continued', language, { name: band.title }),
            tasks: members
        }))
    });
    const parts = packBands(content.sections, section => section.tasks, build, fits, { cuts: 'anywhere' });
    return parts && labelled(parts, section => section.title, build);
}

/**
 * The security matrix in parts, cut between its rows. When even one row is too wide, the columns are shared out
 * first, as many to a part as fit, and the rows cut for each share of columns.
 */
export function matrixParts(content: MatrixContent, fits: ContentFits<MatrixContent>): Array<ContentPart<MatrixContent>> | undefined {
    const rowsOf = (columns: MatrixContent['columns'], withLegend = true) => {
        const build = (slices: Array<Slice<MatrixRowGroup, MatrixRowGroup['rows'][number]>>): MatrixContent => ({
            ...content,
            columns,
            rowGroups: slices.map(({ band, members }) => ({ ...band, rows: members }))
        });
        const parts = packBands(content.rowGroups, group => group.rows, build, fits, { withLegend });
        return parts && labelled(parts, group => group.title, build);
    };
    const whole = rowsOf(content.columns);
    if (whole || content.columns.length <= 1) return whole;
    const firstRow = content.rowGroups.flatMap(group => group.rows.slice(0, 1).map(row => ({ ...group, rows: [row] }))).slice(0, 1);
    let share = content.columns.length - 1;
    while (share > 1 && fits({ ...content, columns: content.columns.slice(0, share), rowGroups: firstRow }, false) === undefined) share--;
    const parts: Array<ContentPart<MatrixContent>> = [];
    for (let start = 0; start < content.columns.length; start += share) {
        const columnParts = rowsOf(content.columns.slice(start, start + share), parts.length === 0);
        if (!columnParts) return undefined;
        parts.push(...columnParts);
    }
    return parts;
}

/** What a part of a graph owns: a node and the arrows leaving it that the part draws (all, unless a hub's are shared out). */
interface OwnedNode {
    node: DiagramNode;
    group: DiagramGroup;
    edges: DiagramEdge[];
}

/**
 * A graph view in parts. Each node belongs to one part, in the order of the groups from left to right; a part draws
 * its own nodes, the nodes they point to (so every arrow is drawn once, in the part of the node it leaves), and the
 * arrows between the nodes drawn. Each part takes as many nodes as fit (Graphviz decides, so the longest run is
 * searched for); a node with too many arrows for one part has them shared out over several. Undefined when a single
 * arrow does not fit.
 */
export async function graphParts(
    content: GraphContent,
    fits: (content: GraphContent, legend: boolean, first: boolean) => Promise<boolean>
): Promise<Array<ContentPart<GraphContent>> | undefined> {
    const groups = [...content.groups].sort((a, b) => a.column - b.column);
    const owned: OwnedNode[] = groups.flatMap(group =>
        group.nodes.map(node => ({ node, group, edges: content.edges.filter(edge => edge.from === node.key) }))
    );
    const build = (own: OwnedNode[]): GraphContent => {
        const drawn = new Set(own.map(item => item.node.key));
        const edges = new Set(own.flatMap(item => item.edges));
        for (const edge of edges) drawn.add(edge.to);
        return {
            ...content,
            groups: content.groups
                .map(group => ({ ...group, nodes: group.nodes.filter(node => drawn.has(node.key)) }))
                .filter(group => group.nodes.length > 0),
            edges: content.edges.filter(
                edge => edges.has(edge) || (drawn.has(edge.from) && drawn.has(edge.to) && !isOwnedElsewhere(edge, own))
            )
        };
    };
    for (const everyLegend of [false, true]) {
        const legendOf = (index: number) => everyLegend || index === 0;
        const items = [...owned];
        const parts = await fillGraphParts(items, own => build(own), fits, legendOf);
        if (!parts) continue;
        const balanced = await balanceGraphParts(items, parts, own => build(own), fits, legendOf);
        const seen = new Set<DiagramGroup>();
        return balanced.map((own, index) => {
            const partGroups = [...new Set(own.map(item => item.group))];
            const bands = partGroups.map(group => ({ title: group.title, continued: seen.has(group) }));
            for (const group of partGroups) seen.add(group);
            return { content: build(own), bands, legend: legendOf(index) };
        });
    }
    return undefined;
}

/**
 * Parts of a graph, each as long a run of nodes as fits (Graphviz decides, so the longest run is searched for); a
 * hub whose arrows do not fit in one part has them shared out, in `items` itself.
 */
async function fillGraphParts(
    items: OwnedNode[],
    build: (own: OwnedNode[]) => GraphContent,
    fits: (content: GraphContent, legend: boolean, first: boolean) => Promise<boolean>,
    legendOf: (index: number) => boolean
): Promise<OwnedNode[][] | undefined> {
    const parts: OwnedNode[][] = [];
    const fitsRun = (from: number, count: number) =>
        fits(build(items.slice(from, from + count)), legendOf(parts.length), parts.length === 0);
    for (let from = 0; from < items.length; ) {
        while (!(await fitsRun(from, 1))) {
            const hub = items[from]!;
            if (hub.edges.length <= 1) return undefined;
            const middle = Math.ceil(hub.edges.length / 2);
            items.splice(from, 1, { ...hub, edges: hub.edges.slice(0, middle) }, { ...hub, edges: hub.edges.slice(middle) });
        }
        // The longest run from here that fits: doubled while it fits, then narrowed down between fitting and failing.
        const left = items.length - from;
        let fitting = 1;
        let failing = left + 1;
        while (fitting < left) {
            const longer = Math.min(fitting * 2, left);
            if (!(await fitsRun(from, longer))) {
                failing = longer;
                break;
            }
            fitting = longer;
        }
        while (failing - fitting > 1) {
            const middle = Math.floor((fitting + failing) / 2);
            if (await fitsRun(from, middle)) fitting = middle;
            else failing = middle;
        }
        parts.push(items.slice(from, from + fitting));
        from += fitting;
    }
    return parts.length > 0 ? parts : undefined;
}

/** The same number of parts with as many nodes each, where they all fit; otherwise the parts as filled. */
async function balanceGraphParts(
    items: OwnedNode[],
    parts: OwnedNode[][],
    build: (own: OwnedNode[]) => GraphContent,
    fits: (content: GraphContent, legend: boolean, first: boolean) => Promise<boolean>,
    legendOf: (index: number) => boolean
): Promise<OwnedNode[][]> {
    if (parts.length < 2) return parts;
    const balanced: OwnedNode[][] = [];
    let from = 0;
    for (let index = 0; index < parts.length; index++) {
        const count = Math.round((items.length - from) / (parts.length - index));
        const run = items.slice(from, from + count);
        if (!(await fits(build(run), legendOf(index), index === 0))) return parts;
        balanced.push(run);
        from += count;
    }
    return balanced;
}

/** An arrow left by a node of the part whose arrows are shared out over several parts, and drawn in another one. */
function isOwnedElsewhere(edge: DiagramEdge, own: OwnedNode[]): boolean {
    return own.some(item => item.node.key === edge.from && !item.edges.includes(edge));
}
