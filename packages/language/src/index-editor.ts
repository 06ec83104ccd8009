// The editor's services (the LSP providers over the language), apart from index.ts so that a one-shot command,
// which imports only that, loads no LSP code.
export * from './kts-module.js';
