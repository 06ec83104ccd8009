#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// Node keeps the bundle's compiled code between runs (in the system's temporary folder), which shortens every
// start after the first.
enableCompileCache();
const { main } = await import('../out/bundle/kts.mjs');
process.exitCode = await main(process.argv);
