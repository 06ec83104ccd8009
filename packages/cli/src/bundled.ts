import { createRequire } from 'node:module';
import * as path from 'node:path';

// The entry of the bundled `kts` (scripts/bundle.mjs). The bundle moves @kts/language's code out of its package, so
// it is told where the package's built-in catalogues are, as the extension's server is.
process.env.KTS_DATA_DIR ??= path.join(path.dirname(createRequire(import.meta.url).resolve('@kts/language')), '..', 'data');

export { main } from './main.js';
