#!/usr/bin/env node
// Written for every Node a user may still have (no named import that an older Node lacks), so that an older Node gets
// a sentence saying what to install instead of a syntax error from the bundle.
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { stopOnOlderNode } from '@kts/language/node-version';

stopOnOlderNode({
    program: 'kts',
    packageJson: new URL('../package.json', import.meta.url),
    sentences: JSON.parse(readFileSync(new URL('../data/messages.json', import.meta.url), 'utf8')).nodeTooOld,
    language: askedLanguage()
});

// Node keeps the bundle's compiled code between runs (in the system's temporary folder), which shortens every
// start after the first.
nodeModule.enableCompileCache();
const { main } = await import('../out/bundle/kts.mjs');
process.exitCode = await main(process.argv);

/** The language the command line or KTS_LANG asks for; the bundle settles it fully (the workspace's config too). */
function askedLanguage() {
    const args = process.argv.slice(2);
    const option = args.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
    const asked = option < 0 ? process.env.KTS_LANG : args[option].includes('=') ? args[option].slice(7) : args[option + 1];
    return asked === 'en' ? 'en' : 'vi';
}
