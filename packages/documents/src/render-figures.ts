import type { ArchitectureModel } from '@kts/language/model';
import { renderAllViews } from '@kts/diagrams';
import type { Language } from './document-model/document-model.js';
import type { FigureInput } from './document-model/figures.js';

/**
 * Draws every view of the framework with the diagrams package, without the title above each drawing: in a
 * document the caption under the figure names it. The Word renderer makes the PNG fallbacks itself, at the size
 * it prints them.
 */
export async function renderFigures(model: ArchitectureModel, frameworkId: string, language: Language): Promise<FigureInput[]> {
    return (await renderAllViews(model, frameworkId, { language, heading: false })).map(view => ({
        viewId: view.id,
        kind: view.kind,
        state: view.state,
        title: view.title,
        svg: view.svg,
        width: view.width,
        height: view.height,
        elementIds: view.elementIds
    }));
}
