import type { ArchitectureModel } from '@kts/language/model';
import { renderAllViewParts, renderViewParts, type RenderedView, type ViewSince } from '@kts/diagrams';
import type { Language } from './document-model/document-model.js';
import { printsReadably, type FigureInput } from './document-model/figures.js';
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
    await renderAllViewParts(model, frameworkId, options, parts => {
        for (const view of parts) {
            const figure = figureInput(view, language);
            onFigure?.(figure);
            figures.push(figure);
        }
    });
    return figures;
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

function figureInput(view: RenderedView, language: Language): FigureInput {
    return {
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
