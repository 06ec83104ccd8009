import { startLanguageServer } from 'langium/lsp';
import { createLanguageServer } from './server/language-server.js';

/** The KTS language server over stdio (or IPC, as the client asks); any LSP client can run it. */
startLanguageServer(createLanguageServer().shared);
