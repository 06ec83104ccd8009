import type {
    Band,
    BlockContent,
    BlockGroup,
    GanttContent,
    GanttSection,
    MatrixContent,
    MatrixRowGroup
} from '../content/diagram-content.js';

/**
 * A view cut into parts for the page: consecutive slices of its bands (block views), sections (the roadmap) or row
 * groups (the security matrix), each part a complete content of the same view that is drawn with its own legend.
 * Nothing is drawn twice and the order is kept; a band, section or group too large for one part continues in the next.
 */

/** The part of a view a drawing shows, and the titles of the bands it holds (continued ones marked by the caller). */
export interface ContentPart<C> {
    content: C;
    /** Titles of the bands, sections or row groups in the part, each with whether it began in an earlier part. */
    bands: Array<{ title: string; continued: boolean }>;
}

/** Whether a content, once drawn, fits the page. */
export type ContentFits<C> = (content: C) => boolean;

/** A run of one band's members: what a part holds of that band. */
interface Slice<B, M> {
    band: B;
    members: M[];
}

/**
 * Cuts bands into the fewest parts that fit, filling each part before starting the next. A band that fits alone is
 * kept whole where it can; one that does not is cut between its members (`cut` may offer finer members). Returns
 * undefined when a single member does not fit.
 */
function packBands<B, M, C>(
    bands: B[],
    membersOf: (band: B) => M[],
    build: (slices: Array<Slice<B, M>>) => C,
    fits: ContentFits<C>
): Array<Array<Slice<B, M>>> | undefined {
    const units: Array<Slice<B, M>> = [];
    for (const band of bands) {
        const members = membersOf(band);
        if (members.length === 0) continue;
        if (fits(build([{ band, members }]))) units.push({ band, members });
        else for (const member of members) units.push({ band, members: [member] });
    }
    const parts: Array<Array<Slice<B, M>>> = [];
    let current: Array<Slice<B, M>> = [];
    for (const unit of units) {
        const candidate = mergeSlices([...current, unit]);
        if (fits(build(candidate))) {
            current = candidate;
            continue;
        }
        if (current.length === 0) return undefined;
        parts.push(current);
        if (!fits(build([unit]))) return undefined;
        current = [unit];
    }
    if (current.length > 0) parts.push(current);
    return parts;
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
    parts: Array<Array<Slice<B, M>>>,
    title: (band: B) => string,
    build: (slices: Array<Slice<B, M>>) => C
): Array<ContentPart<C>> {
    const seen = new Set<B>();
    return parts.map(slices => {
        const bands = slices.map(slice => ({ title: title(slice.band), continued: seen.has(slice.band) }));
        for (const slice of slices) seen.add(slice.band);
        return { content: build(slices), bands };
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

/** The roadmap in parts, cut between its tasks; dependencies on a task of another part are not drawn. */
export function ganttParts(content: GanttContent, fits: ContentFits<GanttContent>): Array<ContentPart<GanttContent>> | undefined {
    const build = (slices: Array<Slice<GanttSection, GanttSection['tasks'][number]>>): GanttContent => ({
        ...content,
        sections: slices.map(({ band, members }) => ({ ...band, tasks: members }))
    });
    const parts = packBands(content.sections, section => section.tasks, build, fits);
    return parts && labelled(parts, section => section.title, build);
}

/** The security matrix in parts, cut between its rows; every part keeps all the columns. */
export function matrixParts(content: MatrixContent, fits: ContentFits<MatrixContent>): Array<ContentPart<MatrixContent>> | undefined {
    const build = (slices: Array<Slice<MatrixRowGroup, MatrixRowGroup['rows'][number]>>): MatrixContent => ({
        ...content,
        rowGroups: slices.map(({ band, members }) => ({ ...band, rows: members }))
    });
    const parts = packBands(content.rowGroups, group => group.rows, build, fits);
    return parts && labelled(parts, group => group.title, build);
}
