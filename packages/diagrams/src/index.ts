export type { ViewKind, ViewRequest, RenderedView, RenderOptions, DiagramLanguage } from './view-types.js';
export { VIEW_KINDS, STATE_VIEWS, viewId } from './view-types.js';
export { renderView, renderAllViews, allViewRequests, viewTitle } from './render-view.js';
export { svgToPng } from './png.js';
export { toMermaid } from './export/mermaid.js';
export { toPlantUml } from './export/plantuml.js';
export { toArchiMateExchange, ARCHIMATE_NAMESPACE, type ArchiMateOptions } from './export/archimate.js';
export { UnknownFrameworkError } from './content/model-nodes.js';
export { elementDomId } from './svg/svg-builder.js';
