export type {
    ViewKind,
    ViewRequest,
    ViewSince,
    RenderedView,
    RenderOptions,
    Language,
    ViewPart,
    PartOptions,
    OverviewLayer
} from './view-types.js';
export { VIEW_KINDS, STATE_VIEWS, viewId } from './view-types.js';
export { renderView, renderAllViews, renderViewParts, allViewRequests, viewTitle } from './render-view.js';
export { numberWord } from './i18n.js';
export { svgToPng, type PngOptions } from './png.js';
export { PngWorkers, type PngJob } from './png-workers.js';
export { PngCache, pngCacheProblemText, type PngCacheOptions, type PngCacheProblem } from './png-cache.js';
export { cacheFolder } from './cache-folder.js';
export { findFontFiles } from './font-files.js';
export { DiagramFontError } from './diagram-fonts.js';
export { embeddedFontStyle, withEmbeddedFont } from './embedded-font.js';
export { toMermaid } from './export/mermaid.js';
export { toPlantUml } from './export/plantuml.js';
export { toArchiMateExchange, ARCHIMATE_NAMESPACE, type ArchiMateOptions } from './export/archimate.js';
export { UnknownFrameworkError } from './content/model-nodes.js';
export { elementDomId } from './svg/svg-builder.js';
