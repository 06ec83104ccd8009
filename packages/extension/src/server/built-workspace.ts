import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Runs a read of the workspace once every pending change is linked and validated. LSP delivers the
 * editor's `didChange` before a request sent after it, and Langium queues that change's rebuild as a
 * write; a read queued behind it sees the text the user sees.
 */
export async function readBuiltWorkspace<T>(shared: LangiumSharedServices, action: () => T | Promise<T>): Promise<T> {
    await shared.workspace.WorkspaceManager.ready;
    return shared.workspace.WorkspaceLock.read(action);
}
