import { bodyName, frameworkTitle, type ArchitectureModel, type StateKind } from '@kts/language/model';
import type { GraphContent, ViewContent } from './content/diagram-content.js';
import { findFramework, type ViewContext } from './content/model-nodes.js';
import { stateName, t } from './i18n.js';
import { renderBlockDiagram, type DrawnDiagram } from './render/block-svg.js';
import type { HeadingText } from './render/svg-document.js';
import { renderGraphDiagram } from './render/graph-svg.js';
import { renderGantt } from './render/gantt-svg.js';
import { renderMatrix } from './render/matrix-svg.js';
import { buildData } from './views/data-view.js';
import { buildGap } from './views/gap-view.js';
import { buildIntegration } from './views/integration-view.js';
import { buildRoadmap } from './views/roadmap-view.js';
import { buildSecurity } from './views/security-view.js';
import { buildTechnology } from './views/technology-view.js';
import { buildOverview } from './views/overview-view.js';
import { blockParts, ganttParts, graphParts, matrixParts, type ContentPart } from './views/view-parts.js';
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
    type ViewRequest
} from './view-types.js';

/** Columns of boxes in the middle of block diagrams: wide enough to read, narrow enough for a landscape page. */
const BLOCK_COLUMNS: Partial<Record<ViewKind, number>> = { overview: 6, gap: 6, technology: 5 };

export function viewTitle(kind: ViewKind, state: StateKind | undefined, language: 'vi' | 'en'): string {
    const base = t(`view.${kind}`, language);
    return state && STATE_VIEWS.has(kind) ? `${base} (${stateName(state, language)})` : base;
}

export function resolveRequest(request: ViewRequest): { kind: ViewKind; state?: StateKind } {
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
    const title = viewTitle(kind, state, language);
    switch (kind) {
        case 'overview':
            return { content: buildOverview(context, title), context };
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
            : drawLaidOut(id, content, heading, context.language, BLOCK_COLUMNS[content.kind] ?? 4);
    return { rendered: renderedView(id, content, drawn), drawn, content, heading, language: context.language };
}

/** Draws a view whose layout is KTS's own (no Graphviz), so that its parts can be tried out synchronously. */
function drawLaidOut(
    id: string,
    content: Exclude<ViewContent, GraphContent>,
    heading: HeadingText | undefined,
    language: Language,
    columns: number
): DrawnDiagram {
    switch (content.type) {
        case 'block':
            return renderBlockDiagram(id, content, heading, language, columns);
        case 'matrix':
            return renderMatrix(id, content, heading, language);
        case 'gantt':
            return renderGantt(id, content, heading, language);
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
 * A view drawn for pages: whole when it fits (`options.fits`), otherwise in parts that each fit, every part a
 * complete drawing with its legend. Block views try fewer boxes side by side before they are cut; a graph is cut
 * between its nodes (see `graphParts`). A view that cannot be cut small enough comes whole.
 */
export async function renderViewParts(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: PartOptions
): Promise<RenderedView[]> {
    const { rendered, content, heading, language } = await drawView(model, frameworkId, request, options);
    if (options.fits(rendered)) return [rendered];
    const fitsDrawn = (drawn: DrawnDiagram) => options.fits({ ...drawn, smallestFontSize: smallestFontSize(drawn.svg) });
    if (content.type === 'graph') {
        const draw = (part: GraphContent) => renderGraphDiagram(rendered.id, part, heading, language);
        const parts = await graphParts(content, async part => fitsDrawn(await draw(part)));
        if (!parts) return [rendered];
        const drawnParts: RenderedView[] = [];
        for (const [index, part] of parts.entries()) {
            drawnParts.push(
                renderedView(rendered.id, part.content, await draw(part.content), {
                    index: index + 1,
                    count: parts.length,
                    bands: part.bands
                })
            );
        }
        return drawnParts;
    }
    const draw = (part: Exclude<ViewContent, GraphContent>, columns: number) => drawLaidOut(rendered.id, part, heading, language, columns);
    let best: { parts: Array<ContentPart<Exclude<ViewContent, GraphContent>>>; columns: number } | undefined;
    if (content.type === 'block') {
        for (let columns = BLOCK_COLUMNS[content.kind] ?? 4; columns >= 1; columns--) {
            const parts = fitsDrawn(draw(content, columns))
                ? [{ content, bands: [] }]
                : blockParts(content, columns, part => fitsDrawn(draw(part, columns)));
            if (parts && (!best || parts.length < best.parts.length)) best = { parts, columns };
        }
    } else {
        const parts =
            content.type === 'gantt'
                ? ganttParts(content, part => fitsDrawn(draw(part, 0)))
                : matrixParts(content, part => fitsDrawn(draw(part, 0)));
        if (parts) best = { parts, columns: 0 };
    }
    if (!best) return [rendered];
    const { parts, columns } = best;
    if (parts.length === 1) return [renderedView(rendered.id, content, draw(content, columns))];
    return parts.map((part, index) =>
        renderedView(rendered.id, part.content, draw(part.content, columns), { index: index + 1, count: parts.length, bands: part.bands })
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

/** Every view of a framework drawn for pages (see `renderViewParts`), in the order of `allViewRequests`. */
export async function renderAllViewParts(model: ArchitectureModel, frameworkId: string, options: PartOptions): Promise<RenderedView[]> {
    const views: RenderedView[] = [];
    for (const request of allViewRequests(model, frameworkId)) views.push(...(await renderViewParts(model, frameworkId, request, options)));
    return views;
}
