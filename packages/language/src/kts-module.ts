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
import { CatalogIndex } from './catalog/catalog-index.js';
import { KtsConfigProvider } from './config/kts-config-provider.js';
import { KtsDocumentValidator } from './validation/kts-document-validator.js';
import { KtsScopeComputation } from './references/kts-scope-computation.js';
import { KtsScopeProvider } from './references/kts-scope-provider.js';
import { KtsLinker } from './references/kts-linker.js';
import { KtsValueConverter } from './parser/kts-value-converter.js';
import { KtsAstNodeLocator } from './references/kts-ast-node-locator.js';
import { KtsValidator, registerValidationChecks } from './validation/kts-validator.js';
import { ArchitectureModelProvider } from './builder/architecture-model-provider.js';
import { KtsWorkspaceManager } from './workspace/kts-workspace-manager.js';
import { KtsDocumentFactory } from './workspace/kts-document-factory.js';
import { KtsDocumentBuilder } from './workspace/kts-document-builder.js';
import { KtsIndexManager } from './workspace/kts-index-manager.js';
import { BUILTIN_SCHEME, JSON_CATALOG_SCHEME } from './catalog/catalog-loader.js';
import { KtsFormatter } from './lsp/kts-formatter.js';
import { KtsDocumentSymbolProvider } from './lsp/kts-document-symbol-provider.js';
import { KtsHoverProvider } from './lsp/kts-hover-provider.js';
import { KtsCompletionProvider } from './lsp/kts-completion-provider.js';
import { KtsSemanticTokenProvider } from './lsp/kts-semantic-token-provider.js';
import { KtsCodeActionProvider } from './lsp/kts-code-action-provider.js';
import { KtsWorkspaceSymbolProvider } from './lsp/kts-workspace-symbol-provider.js';
import { KtsRenameProvider } from './lsp/kts-rename-provider.js';
import { WithoutReferenceIndex } from './workspace/without-reference-index.js';
import { LazyLookaheadStrategy } from './parser/lazy-lookahead.js';

export interface KtsAddedServices {
    references: {
        ScopeProvider: KtsScopeProvider;
    };
    validation: {
        KtsValidator: KtsValidator;
    };
    config: {
        ConfigProvider: KtsConfigProvider;
    };
    catalog: {
        CatalogIndex: CatalogIndex;
    };
    model: {
        ArchitectureModelProvider: ArchitectureModelProvider;
    };
}

export type KtsServices = LangiumServices & KtsAddedServices;

export const KtsModule: Module<KtsServices, PartialLangiumServices & KtsAddedServices> = {
    parser: {
        ValueConverter: () => new KtsValueConverter()
    },
    references: {
        ScopeComputation: services => new KtsScopeComputation(services),
        ScopeProvider: services => new KtsScopeProvider(services),
        Linker: services => new KtsLinker(services)
    },
    workspace: {
        AstNodeLocator: () => new KtsAstNodeLocator()
    },
    validation: {
        KtsValidator: services => new KtsValidator(services),
        DocumentValidator: services => new KtsDocumentValidator(services)
    },
    lsp: {
        Formatter: services => new KtsFormatter(services),
        DocumentSymbolProvider: services => new KtsDocumentSymbolProvider(services),
        HoverProvider: services => new KtsHoverProvider(services),
        CompletionProvider: services => new KtsCompletionProvider(services),
        SemanticTokenProvider: services => new KtsSemanticTokenProvider(services),
        CodeActionProvider: services => new KtsCodeActionProvider(services),
        RenameProvider: services => new KtsRenameProvider(services)
    },
    config: {
        ConfigProvider: () => new KtsConfigProvider()
    },
    catalog: {
        CatalogIndex: services => new CatalogIndex(services)
    },
    model: {
        ArchitectureModelProvider: services => new ArchitectureModelProvider(services)
    }
};

export const KtsSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new KtsWorkspaceManager(services),
        DocumentBuilder: services => new KtsDocumentBuilder(services),
        IndexManager: services => new KtsIndexManager(services),
        LangiumDocumentFactory: services => new KtsDocumentFactory(services)
    },
    lsp: {
        // Lets LSP 3.18 clients open the read-only built-in catalogues that go-to-definition lands in.
        TextDocumentContentProvider: services => new DefaultTextDocumentContentProvider(services, BUILTIN_SCHEME, JSON_CATALOG_SCHEME),
        WorkspaceSymbolProvider: services => new KtsWorkspaceSymbolProvider(services)
    }
};

export interface KtsServiceOptions {
    /**
     * `false` for one-shot commands, which never ask for references to a node (see WithoutReferenceIndex) nor complete
     * an unfinished text (see LazyLookaheadStrategy).
     */
    indexReferences?: boolean;
}

const OneShotModule: Module<KtsServices, PartialLangiumServices> = {
    // A one-shot command never completes an unfinished text, so its parser may build its lookahead lazily.
    parser: { ParserConfig: () => ({ lookaheadStrategy: new LazyLookaheadStrategy() }) },
    workspace: { ReferenceDescriptionProvider: services => new WithoutReferenceIndex(services) }
};

/** Creates the shared services and the KTS language services, as Langium's examples do. */
export function createKtsServices(
    context: DefaultSharedModuleContext,
    options: KtsServiceOptions = {}
): { shared: LangiumSharedServices; Kts: KtsServices } {
    const shared = inject(createDefaultSharedModule(context), KtsGeneratedSharedModule, KtsSharedModule);
    const Kts =
        options.indexReferences === false
            ? inject(createDefaultModule({ shared }), KtsGeneratedModule, KtsModule, OneShotModule)
            : inject(createDefaultModule({ shared }), KtsGeneratedModule, KtsModule);
    shared.ServiceRegistry.register(Kts);
    registerValidationChecks(Kts);
    (shared.workspace.DocumentBuilder as KtsDocumentBuilder).useStaleFindings(() =>
        Kts.validation.KtsValidator.documentsWithStaleFindings()
    );
    (shared.workspace.WorkspaceManager as KtsWorkspaceManager).useConfigProvider(Kts.config.ConfigProvider);
    if (!context.connection) {
        // Without a language client nothing triggers the workspace initialisation.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Kts };
}
