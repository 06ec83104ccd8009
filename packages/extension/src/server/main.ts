import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createKtsServices } from '@kts/language';
import { registerCatalogSearch } from './catalog-search-request.js';
import { applyEditorSettings } from './editor-settings.js';
import { registerFrameworks } from './frameworks-request.js';
import { registerGenerate } from './generate-request.js';
import { registerPreview } from './preview-request.js';
import { registerUsages } from './usages-request.js';

/**
 * The language server the extension bundles: the KTS server of `@kts/language` plus the requests only the
 * editor needs (catalogue search, code lenses, preview, generation). It runs in its own Node process.
 */
// The bundle moved the code away from @kts/language's data folder; the catalogues ship beside it instead.
process.env.KTS_DATA_DIR ??= path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', error => console.error('KTS language server: unexpected error', error));
process.on('unhandledRejection', error => console.error('KTS language server: unexpected rejection', error));
const { shared, Kts } = createKtsServices({ connection, ...NodeFileSystem });
// The status bar counts the problems of the whole workspace, so every file is validated from the start,
// not only the ones the user opens.
shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
applyEditorSettings(Kts);
registerCatalogSearch(connection, Kts);
registerUsages(connection, Kts);
registerFrameworks(connection, Kts);
registerGenerate(connection, Kts);
registerPreview(connection, Kts);
startLanguageServer(shared);
