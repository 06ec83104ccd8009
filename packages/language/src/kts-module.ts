import { inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    DefaultTextDocumentContentProvider,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { KtsGeneratedModule, KtsGeneratedSharedModule } from './generated/module.js';
import { KtsCoreModule, KtsSharedCoreModule, registerKtsServices, type KtsAddedServices } from './kts-core-module.js';
import { KtsWorkspaceManager } from './workspace/kts-workspace-manager.js';
import { BUILTIN_SCHEME, JSON_CATALOG_SCHEME } from './catalog/catalog-loader.js';
import { KtsFormatter } from './lsp/kts-formatter.js';
import { KtsDocumentSymbolProvider } from './lsp/kts-document-symbol-provider.js';
import { KtsHoverProvider } from './lsp/kts-hover-provider.js';
import { KtsCompletionProvider } from './lsp/kts-completion-provider.js';
import { KtsSemanticTokenProvider } from './lsp/kts-semantic-token-provider.js';
import { KtsCodeActionProvider } from './lsp/kts-code-action-provider.js';
import { KtsWorkspaceSymbolProvider } from './lsp/kts-workspace-symbol-provider.js';
import { KtsRenameProvider } from './lsp/kts-rename-provider.js';

// The editor's services: the language of kts-core-module.ts with Langium's LSP services and KTS's providers
// (hover, completion, rename, …), the reference index (find-references, the hover's usage count) and the parser's
// whole lookahead (completion guesses at the end of an unfinished text).

export type KtsServices = LangiumServices & KtsAddedServices;

export const KtsEditorModule: Module<KtsServices, PartialLangiumServices> = {
    lsp: {
        Formatter: services => new KtsFormatter(services),
        DocumentSymbolProvider: services => new KtsDocumentSymbolProvider(services),
        HoverProvider: services => new KtsHoverProvider(services),
        CompletionProvider: services => new KtsCompletionProvider(services),
        SemanticTokenProvider: services => new KtsSemanticTokenProvider(services),
        CodeActionProvider: services => new KtsCodeActionProvider(services),
        RenameProvider: services => new KtsRenameProvider(services)
    }
};

export const KtsSharedEditorModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new KtsWorkspaceManager(services)
    },
    lsp: {
        // Lets LSP 3.18 clients open the read-only built-in catalogues that go-to-definition lands in.
        TextDocumentContentProvider: services => new DefaultTextDocumentContentProvider(services, BUILTIN_SCHEME, JSON_CATALOG_SCHEME),
        WorkspaceSymbolProvider: services => new KtsWorkspaceSymbolProvider(services)
    }
};

/** Creates the shared services and the KTS language services of the editor (the language server, the tests of its providers). */
export function createKtsServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Kts: KtsServices } {
    const shared = inject(createDefaultSharedModule(context), KtsGeneratedSharedModule, KtsSharedCoreModule, KtsSharedEditorModule);
    const Kts = inject(createDefaultModule({ shared }), KtsGeneratedModule, KtsCoreModule, KtsEditorModule);
    registerKtsServices(shared, Kts);
    (shared.workspace.WorkspaceManager as KtsWorkspaceManager).useConfigProvider(Kts.config.ConfigProvider);
    if (!context.connection) {
        // Without a language client nothing triggers the workspace initialisation.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Kts };
}
