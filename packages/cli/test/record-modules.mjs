// Preloaded with `node --import` by start-up.test.ts: records the URL of every module the process resolves
// (ES modules and require alike) and writes them, one a line, to the file named by KTS_RECORD_MODULES on exit.
import * as fs from 'node:fs';
import { registerHooks } from 'node:module';

const resolved = new Set();
registerHooks({
    resolve(specifier, context, nextResolve) {
        const result = nextResolve(specifier, context);
        resolved.add(result.url);
        return result;
    }
});
process.on('exit', () => fs.writeFileSync(process.env.KTS_RECORD_MODULES, [...resolved].join('\n')));
