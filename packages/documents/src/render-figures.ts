import type { ArchitectureModel, StateKind } from '@kts/language/model';
import { allViewRequests, renderViewParts, type RenderedView, type ViewSince } from '@kts/diagrams';
import { architectureOpening } from './document-model/architecture-sections.js';
import type { Language } from './document-model/document-model.js';
import { figureLayer, printsReadably, printsReadablyUnder, roomUnder, type FigureInput } from './document-model/figures.js';
import { overviewLayers } from './generate/overview-layers.js';
import { message } from './messages.js';

/**
 * Draws every view of the framework with the diagrams package, without the title above each drawing: in a
 * document the caption under the figure names it. A view whose text would print below the readable size even on a
 * landscape page comes in parts, each its own figure whose caption says which part it is and what it shows. The
 * Word renderer makes the PNG fallbacks itself, at the size it prints them; `onFigure` hears of each figure as soon
 * as it is drawn, so that its fallback can be drawn while the next figures are.
 */
export async function renderFigures(
    model: ArchitectureModel,
    frameworkId: string,
    language: Language,
    onFigure?: (figure: FigureInput) => void
): Promise<FigureInput[]> {
    const framework = model.frameworks.find(item => item.id === frameworkId);
    // The overview in the governing profile's functional layers, where it has them (the 2025 national framework's four).
    const overviewLayersOf = framework && overviewLayers(framework);
    const options = { language, heading: false, fits: printsReadably, overviewLayers: overviewLayersOf };
    const figures: FigureInput[] = [];
    const opened = new Set<StateKind>();
    for (const request of allViewRequests(model, frameworkId)) {
        // The first figure of a state's architecture follows the chapter's opening paragraphs: drawn to fit under them,
        // it keeps them company on the chapter's first page instead of leaving them alone there.
        const state = request.state;
        const opening = framework && state && !opened.has(state) && !figureLayer({ kind: request.kind }) ? state : undefined;
        if (opening) opened.add(opening);
        const room = framework && opening ? roomUnder(architectureOpening(framework, opening, language)) : undefined;
        const alone = await renderViewParts(model, frameworkId, request, options);
        // A view that fits a page whole stays whole (the four-layer overview is a one-page summary) unless it fits under
        // the opening as well; one drawn in parts anyway has its first part drawn for the room, and keeps its own page
        // only when no first part can be drawn small enough for it.
        const under =
            room === undefined || (alone.length === 1 && !printsReadablyUnder(alone[0]!, room))
                ? undefined
                : await renderViewParts(model, frameworkId, request, { ...options, fits: fitsUnder(room) });
        const drawn = under && !(under.length === 1 && !printsReadably(under[0]!)) ? under : alone;
        for (const [index, view] of drawn.entries()) {
            const figure = figureInput(view, language, index === 0 && drawn === under ? room : undefined);
            onFigure?.(figure);
            figures.push(figure);
        }
    }
    return figures;
}

/** `fits` for a view whose whole drawing or first part shares its page with `room` millimetres left under text. */
function fitsUnder(room: number) {
    return (drawing: { width: number; height: number; smallestFontSize: number }, first: boolean) =>
        first ? printsReadablyUnder(drawing, room) : printsReadably(drawing);
}

/** The change view since a base version, drawn for the head of the annex of changes as the other views are drawn. */
export async function renderChangeFigures(
    model: ArchitectureModel,
    frameworkId: string,
    since: ViewSince,
    language: Language
): Promise<FigureInput[]> {
    const parts = await renderViewParts(model, frameworkId, { kind: 'changes', since }, { language, heading: false, fits: printsReadably });
    return parts.map(view => figureInput(view, language));
}

function figureInput(view: RenderedView, language: Language, room?: number): FigureInput {
    return {
        ...(room !== undefined ? { room } : {}),
        viewId: view.id,
        ...(view.part ? { part: view.part.index } : {}),
        kind: view.kind,
        state: view.state,
        title: figureTitle(view, language),
        svg: view.svg,
        width: view.width,
        height: view.height,
        smallestFontSize: view.smallestFontSize,
        elementIds: view.elementIds
    };
}

/**
 * "Sơ đồ khái quát (kiến trúc mục tiêu) — phần 2/4: Dịch vụ, ứng dụng (tiếp theo); Cơ sở dữ liệu": the part after a
 * dash, so that no bracket follows the view's own; the bands apart by semicolons, since a band's name may hold a comma.
 */
function figureTitle(view: RenderedView, language: Language): string {
    if (!view.part) return view.title;
    const bands = view.part.bands.map(band => (band.continued ? message('caption.continued', language, { name: band.title }) : band.title));
    return message('caption.figurePart', language, {
        title: view.title,
        index: view.part.index,
        count: view.part.count,
        bands: bands.join('; ')
    });
}
