import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLanguageServer } from 'langium/lsp';
import { createLanguageServer } from '@kts/language/server';
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
const { connection, shared, Kts } = createLanguageServer();
applyEditorSettings(Kts);
registerCatalogSearch(connection, Kts);
registerUsages(connection, Kts);
registerFrameworks(connection, Kts);
registerGenerate(connection, Kts);
registerPreview(connection, Kts);
startLanguageServer(shared);
