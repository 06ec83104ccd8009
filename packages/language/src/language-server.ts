import * as v8 from 'node:v8';
import { NodeFileSystem } from 'langium/node';
import type { LangiumSharedServices } from 'langium/lsp';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createKtsServices, type KtsServices } from './kts-module.js';

const HEAP_GROWING_PERCENT = 30;

/**
 * The KTS language server's services on a connection over stdio (or IPC, as the client asks), ready for
 * `startLanguageServer`; the extension's server adds its editor requests before starting it.
 */
export function createLanguageServer(): { connection: Connection; shared: LangiumSharedServices; Kts: KtsServices } {
    // Each edit of a large file leaves its old syntax tree behind. V8 would let the heap grow to about three
    // times the live data before collecting it (RSS 1.1 GB after 30 edits in the national workspace, whose
    // live heap is 380 MB); growing by 30 % at a time keeps it near 630 MB for slightly more collector work.
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const connection = createConnection(ProposedFeatures.all);
    process.on('uncaughtException', error => console.error('KTS language server: unexpected error', error));
    process.on('unhandledRejection', error => console.error('KTS language server: unexpected rejection', error));
    const { shared, Kts } = createKtsServices({ connection, ...NodeFileSystem });
    // Problems are listed for the whole workspace from the start, not only for the files the user opens.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return { connection, shared, Kts };
}
