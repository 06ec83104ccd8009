export type { ViewKind, ViewRequest, RenderedView, RenderOptions, DiagramLanguage } from './view-types.js';
export { VIEW_KINDS, STATE_VIEWS, viewId } from './view-types.js';
export { renderView, renderAllViews, allViewRequests, viewTitle } from './render-view.js';
export { svgToPng } from './png.js';
export { UnknownFrameworkError } from './content/model-nodes.js';
export { elementDomId } from './svg/svg-builder.js';
