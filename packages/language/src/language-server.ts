import { NodeFileSystem } from 'langium/node';
import type { LangiumSharedServices } from 'langium/lsp';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createKtsServices, type KtsServices } from './kts-module.js';

/**
 * The KTS language server's services on a connection over stdio (or IPC, as the client asks), ready for
 * `startLanguageServer`; the extension's server adds its editor requests before starting it.
 */
export function createLanguageServer(): { connection: Connection; shared: LangiumSharedServices; Kts: KtsServices } {
    const connection = createConnection(ProposedFeatures.all);
    process.on('uncaughtException', error => console.error('KTS language server: unexpected error', error));
    process.on('unhandledRejection', error => console.error('KTS language server: unexpected rejection', error));
    const { shared, Kts } = createKtsServices({ connection, ...NodeFileSystem });
    // Problems are listed for the whole workspace from the start, not only for the files the user opens.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return { connection, shared, Kts };
}
