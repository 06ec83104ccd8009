// Renders the extension's marketplace icon (PNG is required there) from icons/kts.svg.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const icons = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'icons');
await initWasm(fs.readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
const png = new Resvg(fs.readFileSync(path.join(icons, 'kts.svg'), 'utf8'), { fitTo: { mode: 'width', value: 128 } }).render().asPng();
fs.writeFileSync(path.join(icons, 'kts.png'), png);
