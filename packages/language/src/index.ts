export * as ast from './generated/ast.js';
export * from './kts-core-module.js';
// The editor's services are imported from '@kts/language/editor' (index-editor.ts), so that a one-shot command's
// bundle holds no LSP code.
export type { KtsServices } from './kts-module.js';
export * from './references/kts-naming.js';
export * from './model/index.js';
export { buildArchitectureModel, parsePeriod, type LinkedModel } from './builder/model-builder.js';
export * from './config/kts-config.js';
export * from './catalog/catalog-types.js';
export { BUILTIN_SCHEME, CatalogFileError, loadBuiltinCatalogs, loadJsonCatalog, parseCatalogFile } from './catalog/catalog-loader.js';
export { catalogToKts, quote } from './catalog/catalog-to-kts.js';
export { RULES, formatMessage, type RuleId } from './validation/rule-catalog.js';
export { loadWorkspace, type LoadedWorkspace, type WorkspaceInput } from './workspace/load-workspace.js';
export { checkoutRevision, GitRevisionError, type GitRevisionFault, type RevisionCheckout } from './workspace/git-revision.js';
export {
    WorkspaceInputError,
    builtinCatalogSources,
    collectKtsFiles,
    findWorkspaceConfig,
    loadConfig,
    readKtsFile,
    readWorkspaceConfig,
    workspaceCatalogs,
    type CatalogSource,
    type WorkspaceCatalogs
} from './workspace/workspace-sources.js';
export { isKotlinScript, isKotlinScriptName, looksLikeKotlin } from './text/kotlin-script.js';
export { describeCatalogEntry } from './catalog/catalog-entry-info.js';
export { searchCatalogEntries } from './catalog/catalog-search.js';
export { loadCatalogs, type CatalogInput, type LoadedCatalogs } from './catalog/load-catalogs.js';
export { DEFAULT_REFERENCE_MODELS } from './catalog/catalog-index.js';
export { ktsSyntaxProblems, type SyntaxProblem } from './catalog/catalog-syntax.js';
export { JSON_CATALOG_SCHEME, jsonCatalogUri, catalogSourceFile } from './catalog/catalog-loader.js';
export type { EditorOverrides } from './config/kts-config-provider.js';
