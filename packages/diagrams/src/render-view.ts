import { bodyName, frameworkTitle, type ArchitectureModel, type StateKind } from '@kts/language/model';
import type { ViewContent } from './content/diagram-content.js';
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
import { STATE_VIEWS, VIEW_KINDS, viewId, type RenderedView, type RenderOptions, type ViewKind, type ViewRequest } from './view-types.js';

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

/** Lays out and draws a view; also returns the geometry the ArchiMate export reuses. */
export async function drawView(
    model: ArchitectureModel,
    frameworkId: string,
    request: ViewRequest,
    options: RenderOptions = {}
): Promise<{ rendered: RenderedView; drawn: DrawnDiagram; content: ViewContent }> {
    const { content, context } = buildViewContent(model, frameworkId, request, options);
    const id = viewId(content.kind, 'state' in content ? content.state : undefined);
    const heading: HeadingText | undefined =
        options.heading === false ? undefined : { title: content.title, subtitle: frameworkSubtitle(context) };
    let drawn: DrawnDiagram;
    switch (content.type) {
        case 'block':
            drawn = renderBlockDiagram(id, content, heading, context.language, BLOCK_COLUMNS[content.kind] ?? 4);
            break;
        case 'graph':
            drawn = await renderGraphDiagram(id, content, heading, context.language);
            break;
        case 'matrix':
            drawn = renderMatrix(id, content, heading, context.language);
            break;
        case 'gantt':
            drawn = renderGantt(id, content, heading, context.language);
            break;
    }
    const rendered: RenderedView = {
        id,
        kind: content.kind,
        ...('state' in content && content.state && STATE_VIEWS.has(content.kind) ? { state: content.state } : {}),
        title: content.title,
        svg: drawn.svg,
        width: drawn.width,
        height: drawn.height,
        elementIds: [...new Set(drawn.elementIds)]
    };
    return { rendered, drawn, content };
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
