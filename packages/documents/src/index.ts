export * from './document-model/document-model.js';
export { buildDocumentModel, documentAnchors, type DocumentOptions } from './document-model/build-document.js';
export type { FigureInput } from './document-model/figures.js';
export {
    allocateBudgets,
    grandTotal,
    taskTotal,
    totalsBy,
    type BudgetAllocation,
    type MoneyTotals
} from './document-model/budget.js';
export {
    nationalConnections,
    principleCompliance,
    type NationalConnection,
    type PrincipleCompliance
} from './document-model/compliance.js';
export { referenceCoverage, type ModelCoverage } from './document-model/reference-coverage.js';
export { elementAnchor, sanitiseId } from './document-model/anchors.js';
export { renderDocx } from './render/docx.js';
export { renderHtml } from './render/html.js';
export { renderFigures } from './render-figures.js';
export {
    generateFramework,
    generateDiagrams,
    DOCUMENT_FORMATS,
    DIAGRAM_FORMATS,
    type OutputFile,
    type OutputFormat,
    type GenerateOptions,
    type GenerationProgress,
    type DiagramFormat,
    type DiagramOptions
} from './generate/generate-framework.js';
export { writeOutputFiles } from './generate/write-output-files.js';
export { OVERVIEW_SHAPES, overviewLayers, type OverviewShape } from './generate/overview-layers.js';
export { changeAnnexSection, frameworkChanges } from './document-model/change-annex.js';
export { buildChangeAnnexDocument, type ChangeAnnexOptions } from './document-model/change-annex-document.js';
export { generateChangeAnnex, type ChangeAnnexFileOptions } from './generate/generate-change-annex.js';
