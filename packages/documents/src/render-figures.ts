import type { ArchitectureModel } from '@kts/language/model';
import { renderAllViewParts, type RenderedView } from '@kts/diagrams';
import type { Language } from './document-model/document-model.js';
import { printsReadably, type FigureInput } from './document-model/figures.js';
import { overviewLayers } from './generate/overview-layers.js';
import { message } from './messages.js';

/**
 * Draws every view of the framework with the diagrams package, without the title above each drawing: in a
 * document the caption under the figure names it. A view whose text would print below the readable size even on a
 * landscape page comes in parts, each its own figure whose caption says which part it is and what it shows. The
 * Word renderer makes the PNG fallbacks itself, at the size it prints them.
 */
export async function renderFigures(model: ArchitectureModel, frameworkId: string, language: Language): Promise<FigureInput[]> {
    const framework = model.frameworks.find(item => item.id === frameworkId);
    // The overview in the governing profile's functional layers, where it has them (the 2025 national framework's four).
    const overviewLayersOf = framework && overviewLayers(framework);
    const options = { language, heading: false, fits: printsReadably, overviewLayers: overviewLayersOf };
    return (await renderAllViewParts(model, frameworkId, options)).map(view => ({
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
    }));
}

/** "Sơ đồ khái quát (kiến trúc mục tiêu) (phần 2/4: Dịch vụ, ứng dụng (tiếp theo), Cơ sở dữ liệu)". */
function figureTitle(view: RenderedView, language: Language): string {
    if (!view.part) return view.title;
    const bands = view.part.bands.map(band => (band.continued ? message('caption.continued', language, { name: band.title }) : band.title));
    return message('caption.figurePart', language, {
        title: view.title,
        index: view.part.index,
        count: view.part.count,
        bands: bands.join(', ')
    });
}
