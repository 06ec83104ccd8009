import type { Language, StateKind } from '@kts/language/model';

export type { Language };

export type ViewKind = 'overview' | 'integration' | 'data' | 'technology' | 'security' | 'gap' | 'roadmap';
export const VIEW_KINDS: readonly ViewKind[] = ['overview', 'integration', 'data', 'technology', 'security', 'gap', 'roadmap'];

/** Views drawn once per architecture state; the gap view and the roadmap compare or span both. */
export const STATE_VIEWS: ReadonlySet<ViewKind> = new Set(['overview', 'integration', 'data', 'technology', 'security']);

export interface ViewRequest {
    kind: ViewKind;
    /** Defaults to target; ignored by gap and roadmap. */
    state?: StateKind;
}

export interface RenderOptions {
    language?: Language;
    /**
     * Whether the drawing carries its title and the framework's name above it (default true). A document that
     * places the diagram under a caption asks for none, so the title appears once.
     */
    heading?: boolean;
}

export interface RenderedView {
    /** Stable id, e.g. "target-integration", "gap", "roadmap". */
    id: string;
    kind: ViewKind;
    state?: StateKind;
    title: string;
    svg: string;
    /** SVG user units (px at 96 dpi). */
    width: number;
    height: number;
    /** Qualified names of the elements drawn, in drawing order. */
    elementIds: string[];
}

export function viewId(kind: ViewKind, state: StateKind | undefined): string {
    return state && STATE_VIEWS.has(kind) ? `${state}-${kind}` : kind;
}
