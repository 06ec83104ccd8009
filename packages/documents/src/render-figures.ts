import type { ArchitectureModel } from '@kts/language';
import { renderAllViews, svgToPng } from '@kts/diagrams';
import type { DocumentLanguage } from './document-model/document-model.js';
import type { FigureInput } from './document-model/figures.js';

/** Resolution of the PNG fallback: twice the drawing's size, sharp when printed at the text width. */
const PNG_SCALE = 2;

/** Draws every view of the framework with the diagrams package and renders each to PNG for the Word fallback. */
export async function renderFigures(model: ArchitectureModel, frameworkId: string, language: DocumentLanguage): Promise<FigureInput[]> {
    const figures: FigureInput[] = [];
    for (const view of await renderAllViews(model, frameworkId, { language })) {
        figures.push({
            viewId: view.id, kind: view.kind, state: view.state, title: view.title, svg: view.svg,
            png: await svgToPng(view.svg, { scale: PNG_SCALE }), width: view.width, height: view.height, elementIds: view.elementIds
        });
    }
    return figures;
}
