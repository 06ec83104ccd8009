import type { ChangeAction, GapStatus, LayerKind, StateKind } from '@kts/language/model';
import type { ViewKind } from '../view-types.js';

/** What a node looks like; chosen from the element kind so that black-and-white prints still tell kinds apart. */
export type NodeShape =
    | 'actor'
    | 'activity'
    | 'process'
    | 'service'
    | 'database'
    | 'dataset'
    | 'application'
    | 'portal'
    | 'channel'
    | 'platform'
    | 'node'
    | 'network'
    | 'cloud'
    | 'device'
    | 'security'
    | 'measure'
    | 'policy'
    | 'note'
    | 'summary';

/** Colour family: the component architecture, or direction/policy for the overview's side column. */
export type Palette = LayerKind | 'policy' | 'neutral';

/** Whose component a node is: the body's own, a national one from the catalogue, or another framework's. */
export type NodeOrigin = 'body' | 'national' | 'other';

export interface DiagramNode {
    /** Unique within the view: the element's qualified name, `national:<code>`, or a synthetic key. */
    key: string;
    elementId?: string;
    nationalCode?: string;
    title: string;
    /** Small caption above the title: the kind, and "national" for catalogue components. */
    caption: string;
    /** The kind alone, for the legend. */
    kindName: string;
    details: string[];
    palette: Palette;
    shape: NodeShape;
    origin: NodeOrigin;
    gap?: GapStatus;
    /** In the change view: what happened to the element since the base version. */
    change?: ChangeMark;
    /** Keys of the nodes a summary node stands for. */
    collapsed?: string[];
}

/** What the change view marks an element with: added, removed, changed, or unchanged (drawn for context). */
export type ChangeMark = ChangeAction | 'unchanged';
export const CHANGE_MARKS: readonly ChangeMark[] = ['added', 'changed', 'removed', 'unchanged'];

export interface DiagramEdge {
    from: string;
    to: string;
    style: EdgeStyle;
    label?: string;
}

export type EdgeStyle = 'integrates' | 'via' | 'uses' | 'stores' | 'shares' | 'in' | 'protects' | 'hosted' | 'tier';

/** A graph view: nodes in groups, laid out by Graphviz. */
export interface GraphContent {
    type: 'graph';
    kind: ViewKind;
    state?: StateKind;
    title: string;
    groups: DiagramGroup[];
    edges: DiagramEdge[];
    direction: 'LR' | 'TB';
    /** Boxes without caption: the pictogram and the legend name the kind. */
    compact: boolean;
    empty?: string;
}

export interface DiagramGroup {
    key: string;
    title: string;
    /** Left-to-right position of the group: the flow reads from column 0 onwards. */
    column: number;
    palette: Palette;
    origin: NodeOrigin;
    nodes: DiagramNode[];
}

/** What a block view's stacked bands are called where its arrows between them are explained. */
export type BandWord = 'tiers' | 'layers';

/**
 * A block view: bands stacked top to bottom (with optional side columns), each holding groups of boxes in rows.
 * A group may be an element itself (a data centre holding what is hosted there).
 */
export interface BlockContent {
    type: 'block';
    kind: ViewKind;
    state?: StateKind;
    title: string;
    bands: Band[];
    left?: Band;
    right?: Band;
    compact: boolean;
    /**
     * Draw an arrow between consecutive bands, and what the legend calls those bands: the tiers of the 4.0 overview
     * or a profile's functional layers.
     */
    tierArrows: false | BandWord;
    /** Within a band, the first group links to the second (the body's LGSP to NDXP). */
    links: Array<{ band: string; from: string; to: string; label: string }>;
    empty?: string;
}

export interface Band {
    key: string;
    title: string;
    palette: Palette;
    groups: BlockGroup[];
}

export interface BlockGroup {
    key: string;
    title?: string;
    origin: NodeOrigin;
    palette: Palette;
    /** Set when the group is drawn as an element (its frame carries the element id). */
    element?: DiagramNode;
    nodes: DiagramNode[];
}

export interface GanttContent {
    type: 'gantt';
    kind: 'roadmap';
    title: string;
    sections: GanttSection[];
    years: number[];
    empty?: string;
}

export interface GanttSection {
    key: string;
    title: string;
    palette: Palette;
    tasks: GanttTask[];
}

export interface GanttTask {
    key: string;
    /** Qualified name of the task. */
    taskId: string;
    title: string;
    detail?: string;
    start?: number;
    end?: number;
    after: string[];
    delivers: string[];
}

/**
 * A coverage matrix: columns are security systems and measures, rows what they protect (grouped by component
 * architecture) and the national security systems they connect to.
 */
export interface MatrixContent {
    type: 'matrix';
    kind: 'security';
    state: StateKind;
    title: string;
    /** What the columns are, for exports that list them as a group. */
    columnTitle: string;
    columns: DiagramNode[];
    rowGroups: MatrixRowGroup[];
    /** Marks by `${rowKey}\u0000${columnKey}`. */
    marks: Map<string, MatrixMark>;
    empty?: string;
}

export type MatrixMark = 'protects' | 'connects';

export interface MatrixRowGroup {
    key: string;
    title: string;
    palette: Palette;
    rows: Array<{ node: DiagramNode; level?: number }>;
}

export type ViewContent = GraphContent | BlockContent | GanttContent | MatrixContent;
