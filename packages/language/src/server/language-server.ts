import * as v8 from 'node:v8';
import { NodeFileSystem } from 'langium/node';
import type { LangiumSharedServices } from 'langium/lsp';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { createKtsServices, type KtsServices } from '../kts-module.js';

const HEAP_GROWING_PERCENT = 60;

/**
 * The KTS language server's services on a connection over stdio (or IPC, as the client asks), ready for
 * `startLanguageServer`; the extension's server adds its editor requests before starting it.
 */
export function createLanguageServer(): { connection: Connection; shared: LangiumSharedServices; Kts: KtsServices } {
    // Each edit of a large file leaves its old syntax tree behind. V8 would let the heap grow to about three
    // times the live data before collecting it (RSS 1.1 GB after 30 edits in the national workspace); growing by
    // 60 % at a time keeps it near 620 MiB after 50 edits. 30 % gave 540 MiB but twice the full collections, which
    // land in edits (p50 277 ms instead of 200 ms); 100 % gave 750 MiB and no fewer slow edits.
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const connection = createConnection(ProposedFeatures.all);
    process.on('uncaughtException', error => console.error('KTS language server: unexpected error', error));
    process.on('unhandledRejection', error => console.error('KTS language server: unexpected rejection', error));
    const { shared, Kts } = createKtsServices({ connection, ...NodeFileSystem });
    // Problems are listed for the whole workspace from the start, not only for the files the user opens.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return { connection, shared, Kts };
}
