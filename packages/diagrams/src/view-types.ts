import type { ArchitectureModel, ChangeSet, FunctionalLayer, Language, StateKind } from '@kts/language/model';

export type { Language };

export type ViewKind = 'overview' | 'integration' | 'data' | 'technology' | 'security' | 'gap' | 'roadmap' | 'changes';
/** The views drawn from the model alone (`all`); the change view also needs what changed (`ViewRequest.since`). */
export const VIEW_KINDS: readonly ViewKind[] = ['overview', 'integration', 'data', 'technology', 'security', 'gap', 'roadmap'];

/** Views drawn once per architecture state; the gap view and the roadmap compare or span both. */
export const STATE_VIEWS: ReadonlySet<ViewKind> = new Set(['overview', 'integration', 'data', 'technology', 'security']);

export interface ViewRequest {
    kind: ViewKind;
    /** Defaults to target; ignored by gap and roadmap. */
    state?: StateKind;
    /** What changed since a base version: the change view draws it, and needs it. */
    since?: ViewSince;
}

/**
 * What changed since a base version (`diffWorkspaces(before, model)`), how that version is named (a tag, a folder),
 * and its model, where the elements removed since are drawn from.
 */
export interface ViewSince {
    changeSet: ChangeSet;
    base: string;
    before: ArchitectureModel;
}

export interface RenderOptions {
    language?: Language;
    /**
     * Whether the drawing carries its title and the framework's name above it (default true). A document that
     * places the diagram under a caption asks for none, so the title appears once.
     */
    heading?: boolean;
    /**
     * The functional layers of the national profile the framework is governed by (the four layers of the 2025
     * national framework), bottom layer first: when given, the overview is drawn as one band per layer instead of the
     * tiers of framework 4.0. The caller reads them from the profile; the diagrams take them as data.
     */
    overviewLayers?: readonly OverviewLayer[];
}

/** One functional layer of a profile as the overview draws it: its name, and the element kinds (of which component architectures) it holds. */
export type OverviewLayer = Pick<FunctionalLayer, 'id' | 'title' | 'kinds' | 'architectures'>;

export interface RenderedView {
    /** Stable id of the view, e.g. "target-integration", "gap", "roadmap"; the parts of a view share it. */
    id: string;
    kind: ViewKind;
    state?: StateKind;
    title: string;
    svg: string;
    /** SVG user units (px at 96 dpi). */
    width: number;
    height: number;
    /** The smallest font size of its text, in SVG units: what decides how small it may be printed. */
    smallestFontSize: number;
    /** Qualified names of the elements drawn, in drawing order. */
    elementIds: string[];
    /** Set when the view is drawn in parts for the page (see `renderViewParts`). */
    part?: ViewPart;
}

/** Which part of a view a drawing is, and the bands (layers, sections, row groups) it shows. */
export interface ViewPart {
    /** From 1. */
    index: number;
    count: number;
    /** Each band's title, and whether the band began in an earlier part. */
    bands: Array<{ title: string; continued: boolean }>;
}

export interface PartOptions extends RenderOptions {
    /**
     * Whether a drawing of this size (SVG units) whose smallest text is `smallestFontSize` is readable on its page;
     * `first` for the whole view or its first part, which may share its page with the text that opens the view.
     */
    fits: (drawing: { width: number; height: number; smallestFontSize: number }, first: boolean) => boolean;
}

export function viewId(kind: ViewKind, state: StateKind | undefined): string {
    return state && STATE_VIEWS.has(kind) ? `${state}-${kind}` : kind;
}
