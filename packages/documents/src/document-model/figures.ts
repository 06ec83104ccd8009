import type { LayerKind, StateKind } from '@kts/language/model';
import { sanitiseId } from './anchors.js';
import type { FigureBlock } from './document-model.js';

/**
 * A diagram ready to be placed: the view as the diagrams package renders it, drawn without its title, which
 * the figure's caption carries.
 * `kind` is a component architecture (`business` … `security`) for the figures of that architecture;
 * other kinds (overview, integration, gap, roadmap …) are placed with their state, or with the
 * implementation chapter when they have no state.
 */
export interface FigureInput {
    viewId: string;
    kind: string;
    state?: StateKind;
    title: string;
    svg: string;
    width: number;
    height: number;
    elementIds: string[];
}

/** The component architecture a view belongs to; the integration diagram is part of the application architecture (Chương 1, III.2.đ). */
const VIEW_LAYERS: Record<string, LayerKind> = {
    business: 'business',
    data: 'data',
    application: 'application',
    integration: 'application',
    technology: 'technology',
    security: 'security'
};

export function figureLayer(figure: FigureInput): LayerKind | undefined {
    return VIEW_LAYERS[figure.kind];
}

export function figureBlock(figure: FigureInput): FigureBlock {
    return {
        type: 'figure',
        anchor: `figure-${sanitiseId(figure.viewId)}`,
        number: 0,
        title: figure.title,
        viewId: figure.viewId,
        svg: figure.svg,
        width: figure.width,
        height: figure.height,
        elementIds: figure.elementIds
    };
}
