#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { stopOnOlderNode } from './node-version.js';

stopOnOlderNode({
    program: 'kts-language-server',
    packageJson: new URL('../package.json', import.meta.url),
    sentences: JSON.parse(readFileSync(new URL('../data/vocabulary.json', import.meta.url), 'utf8')).editorMessage.nodeTooOld,
    // The server's own words follow the workspace's config once it runs; before that only the environment can tell.
    language: process.env.KTS_LANG
});

await import('../out/main.js');
