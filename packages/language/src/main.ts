import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createKtsServices } from './kts-module.js';

/** The KTS language server over stdio (or IPC, as the client asks); any LSP client can run it. */
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', error => console.error('KTS language server: unexpected error', error));
process.on('unhandledRejection', error => console.error('KTS language server: unexpected rejection', error));
const { shared } = createKtsServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
