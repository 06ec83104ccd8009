import { bodyName, frameworkTitle, type ArchitectureModel, type StateKind } from '@kts/language/model';
import type { BlockContent, GanttContent, GraphContent, MatrixContent, ViewContent } from './content/diagram-content.js';
import { findFramework, type ViewContext } from './content/model-nodes.js';
import { numberWord, stateName, t } from './i18n.js';
import { renderBlockDiagram, type DrawnDiagram } from './render/block-svg.js';
import type { HeadingText } from './render/svg-document.js';
import { renderGraphDiagram } from './render/graph-svg.js';
import { GANTT_LABEL_WIDTH, renderGantt } from './render/gantt-svg.js';
import { renderMatrix } from './render/matrix-svg.js';
import { buildData } from './views/data-view.js';
import { buildChanges } from './views/change-view.js';
import { buildGap } from './views/gap-view.js';
import { buildIntegration } from './views/integration-view.js';
import { buildRoadmap } from './views/roadmap-view.js';
import { buildSecurity } from './views/security-view.js';
import { buildTechnology } from './views/technology-view.js';
import { buildLayeredOverview } from './views/layered-overview-view.js';
import { buildOverview } from './views/overview-view.js';
import { blockParts, ganttParts, graphParts, matrixParts, type ContentFits, type ContentPart } from './views/view-parts.js';
import {
    STATE_VIEWS,
    VIEW_KINDS,
    viewId,
    type Language,
    type PartOptions,
    type RenderedView,
    type RenderOptions,
    type ViewKind,
    type ViewPart,
    type ViewRequest,
    type ViewSince
} from './view-types.js';

/** Columns of boxes in the middle of block diagrams: wide enough to read, narrow enough for a landscape page. */
const BLOCK_COLUMNS: Partial<Record<ViewKind, number>> = { overview: 6, gap: 6, changes: 6, technology: 5 };

/** The widths of a roadmap's task column a page may take: wider, the titles wrap to fewer lines. */
const GANTT_LABEL_WIDTHS = [GANTT_LABEL_WIDTH, 380, 460, 540];

/**
 * The view's title; an overview drawn in a profile's functional layers says how many (`layers`, in words), a change view names
 * the version it compares with (`since`).
 */
export function viewTitle(
    kind: ViewKind,
    state: StateKind | undefined,
    language: 'vi' | 'en',
    detail: { layers?: number; since?: ViewSince } = {}
): string {
    if (kind === 'changes') return t('view.changes', language, { base: detail.since?.base ?? '' });
    const base =
        kind === 'overview' && detail.layers
            ? t('view.overviewLayers', language, { count: numberWord(detail.layers, language) })
            : t(`view.${kind}`, language);
    return state && STATE_VIEWS.has(kind) ? `${base} (${stateName(state, language)})` : base;
}

export function resolveRequest(request: ViewRequest): { kind: ViewKind; state?: StateKind } {
    if (request.kind === 'changes') {
        if (!request.since) throw new Error('Sơ đồ "changes" cần biết thay đổi so với phiên bản nào / the change view needs `since`');
        return { kind: 'changes' };
    }
    if (!VIEW_KINDS.includes(request.kind)) {
        throw new Error(`Không có sơ đồ "${request.kind}" (có: ${VIEW_KINDS.join(', ')}) / unknown view "${request.kind}"`);
    }
    return { kind: request.kind, state: STATE_VIEWS.has(request.kind) ? (request.state ?? 'target') : undefined };
}

/** Builds the content of a view from the model: what is drawn, before any layout. */
export function buildViewContent(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: RenderOptions = {}
): { content: ViewContent; context: ViewContext } {
    const language = options.language ?? 'vi';
    const { kind, state } = resolveRequest(request);
    const framework = findFramework(model, frameworkId);
    const context: ViewContext = { model, framework, state: state ?? 'target', language };
    const layers = options.overviewLayers?.length ? options.overviewLayers : undefined;
    const title = viewTitle(kind, state, language, { layers: layers?.length, since: request.since });
    switch (kind) {
        case 'overview':
            return { content: layers ? buildLayeredOverview(context, title, layers) : buildOverview(context, title), context };
        case 'integration':
            return { content: buildIntegration(context, title), context };
        case 'data':
            return { content: buildData(context, title), context };
        case 'technology':
            return { content: buildTechnology(context, title), context };
        case 'security':
            return { content: buildSecurity(context, title), context };
        case 'gap':
            return { content: buildGap(context, title), context };
        case 'roadmap':
            return { content: buildRoadmap(context, title), context };
        case 'changes':
            return { content: buildChanges(context, title, request.since!), context };
    }
}

export function frameworkSubtitle(context: ViewContext): string {
    const { framework, language } = context;
    const title = frameworkTitle(framework, language);
    const body = bodyName(framework, language);
    return body && !title.includes(body) ? `${title} — ${body}` : title;
}

/**
 * Lays out and draws a view; also returns the geometry the ArchiMate export reuses, and the content, heading and
 * language that its parts are drawn from.
 */
export async function drawView(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: RenderOptions = {}
): Promise<{ rendered: RenderedView; drawn: DrawnDiagram; content: ViewContent; heading?: HeadingText; language: Language }> {
    const { content, context } = buildViewContent(model, frameworkId, request, options);
    const id = viewId(content.kind, 'state' in content ? content.state : undefined);
    const heading: HeadingText | undefined =
        options.heading === false ? undefined : { title: content.title, subtitle: frameworkSubtitle(context) };
    const drawn =
        content.type === 'graph'
            ? await renderGraphDiagram(id, content, heading, context.language)
            : drawLaidOut(id, content, heading, context.language, wholeLayout(content));
    return { rendered: renderedView(id, content, drawn), drawn, content, heading, language: context.language };
}

/**
 * A layout choice the page may make: the columns of boxes of a block view, the width of a roadmap's task column,
 * numbered columns in a matrix (the key under it names them).
 */
interface PageLayout {
    columns: number;
    labelWidth: number;
    columnNumbers?: ReadonlyMap<string, number>;
}

/**
 * Draws a view whose layout is KTS's own (no Graphviz), so that its parts can be tried out synchronously.
 * `legendOf` is the content whose legend the drawing carries (a part carries the whole view's), null for none.
 */
function drawLaidOut(
    id: string,
    content: Exclude<ViewContent, GraphContent>,
    heading: HeadingText | undefined,
    language: Language,
    layout: PageLayout,
    legendOf: Exclude<ViewContent, GraphContent> | null = content
): DrawnDiagram {
    switch (content.type) {
        case 'block':
            return renderBlockDiagram(id, content, heading, language, layout.columns, legendOf as BlockContent | null);
        case 'matrix':
            return renderMatrix(id, content, heading, language, legendOf as MatrixContent | null, layout.columnNumbers);
        case 'gantt':
            return renderGantt(id, content, heading, language, layout.labelWidth, legendOf as GanttContent | null);
    }
}

/** The layout a view is drawn with on its own. */
function wholeLayout(content: ViewContent): PageLayout {
    return { columns: BLOCK_COLUMNS[content.kind] ?? 4, labelWidth: GANTT_LABEL_WIDTH };
}

/** The layouts a view drawn for pages tries, in the order preferred among those that need as few parts. */
function pageLayouts(content: Exclude<ViewContent, GraphContent>): PageLayout[] {
    const whole = wholeLayout(content);
    switch (content.type) {
        case 'block':
            return Array.from({ length: whole.columns }, (_, index) => ({ ...whole, columns: whole.columns - index }));
        case 'gantt':
            return [...GANTT_LABEL_WIDTHS].reverse().map(labelWidth => ({ ...whole, labelWidth }));
        case 'matrix':
            return [whole, { ...whole, columnNumbers: new Map(content.columns.map((column, index) => [column.key, index + 1])) }];
    }
}

function renderedView(id: string, content: ViewContent, drawn: DrawnDiagram, part?: ViewPart): RenderedView {
    return {
        id,
        kind: content.kind,
        ...('state' in content && content.state && STATE_VIEWS.has(content.kind) ? { state: content.state } : {}),
        title: content.title,
        svg: drawn.svg,
        width: drawn.width,
        height: drawn.height,
        smallestFontSize: smallestFontSize(drawn.svg),
        elementIds: [...new Set(drawn.elementIds)],
        ...(part ? { part } : {})
    };
}

/** The smallest font size of the drawing's text, in SVG units: every text element of a KTS drawing names its size. */
function smallestFontSize(svg: string): number {
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map(match => Number(match[1]));
    return sizes.length > 0 ? Math.min(...sizes) : Number.POSITIVE_INFINITY;
}

/**
 * A view drawn for pages: whole when it fits (`options.fits`), otherwise in the fewest parts that each fit, balanced,
 * the view's legend drawn once with the first part. Block views try fewer boxes side by side and roadmaps a wider
 * task column, keeping the layout that needs the fewest parts; a graph is cut between its nodes (see `graphParts`).
 * A view that cannot be cut small enough comes whole.
 */
export async function renderViewParts(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: PartOptions
): Promise<RenderedView[]> {
    const { rendered, content, heading, language } = await drawView(model, frameworkId, request, options);
    if (options.fits(rendered, true)) return [rendered];
    const fitsDrawn = (drawn: DrawnDiagram, first: boolean) =>
        options.fits({ ...drawn, smallestFontSize: smallestFontSize(drawn.svg) }, first);
    const numbered = (count: number) => (index: number, bands: ViewPart['bands']) => ({ index: index + 1, count, bands });
    if (content.type === 'graph') {
        const draw = (part: GraphContent, legend: boolean) =>
            renderGraphDiagram(rendered.id, part, heading, language, legend ? content : null);
        const parts = await graphParts(content, async (part, legend, first) => fitsDrawn(await draw(part, legend), first));
        if (!parts) return [rendered];
        const drawnParts: RenderedView[] = [];
        const part = numbered(parts.length);
        for (const [index, { content: partContent, bands, legend }] of parts.entries())
            drawnParts.push(renderedView(rendered.id, partContent, await draw(partContent, legend), part(index, bands)));
        return drawnParts;
    }
    const draw = (part: Exclude<ViewContent, GraphContent>, layout: PageLayout, legend: boolean) =>
        drawLaidOut(rendered.id, part, heading, language, layout, legend ? content : null);
    const heightIfFits = (layout: PageLayout) => (part: Exclude<ViewContent, GraphContent>, legend: boolean) => {
        const drawn = draw(part, layout, legend);
        return fitsDrawn(drawn, false) ? { height: drawn.height, first: fitsDrawn(drawn, true) } : undefined;
    };
    // The fewest parts wins; between layouts that need as many, the one that cuts fewer bands, then the first tried.
    const cuts = (parts: Array<ContentPart<unknown>>) => parts.flatMap(part => part.bands.filter(band => band.continued)).length;
    let best: { parts: Array<ContentPart<Exclude<ViewContent, GraphContent>>>; layout: PageLayout } | undefined;
    for (const layout of pageLayouts(content)) {
        const fits = heightIfFits(layout);
        const parts = fits(content, true)?.first
            ? [{ content, bands: [], legend: true }]
            : content.type === 'block'
              ? blockParts(content, layout.columns, fits as ContentFits<BlockContent>)
              : content.type === 'gantt'
                ? ganttParts(content, fits as ContentFits<GanttContent>, language)
                : matrixParts(content, fits as ContentFits<MatrixContent>);
        if (parts && (!best || parts.length < best.parts.length || (parts.length === best.parts.length && cuts(parts) < cuts(best.parts))))
            best = { parts, layout };
    }
    if (!best) return [rendered];
    const { parts, layout } = best;
    if (parts.length === 1) return [renderedView(rendered.id, content, draw(content, layout, true))];
    const part = numbered(parts.length);
    return parts.map((drawnPart, index) =>
        renderedView(rendered.id, drawnPart.content, draw(drawnPart.content, layout, drawnPart.legend), part(index, drawnPart.bands))
    );
}

export async function renderView(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: RenderOptions = {}
): Promise<RenderedView> {
    return (await drawView(model, frameworkId, request, options)).rendered;
}

/** Every view of a framework: the state views for each declared state (target when none is), then gap and roadmap. */
export function allViewRequests(model: ArchitectureModel, frameworkId: string): ViewRequest[] {
    const framework = findFramework(model, frameworkId);
    const states = (['current', 'target'] as const).filter(state => framework.states[state].declared);
    const drawnStates = states.length > 0 ? states : (['target'] as const);
    const requests: ViewRequest[] = [];
    for (const kind of VIEW_KINDS) {
        if (STATE_VIEWS.has(kind)) for (const state of drawnStates) requests.push({ kind, state });
        else requests.push({ kind });
    }
    return requests;
}

export async function renderAllViews(model: ArchitectureModel, frameworkId: string, options: RenderOptions = {}): Promise<RenderedView[]> {
    const views: RenderedView[] = [];
    for (const request of allViewRequests(model, frameworkId)) views.push(await renderView(model, frameworkId, request, options));
    return views;
}
