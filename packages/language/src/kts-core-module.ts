import {
    createDefaultCoreModule,
    createDefaultSharedCoreModule,
    inject,
    type Cancellation,
    type DefaultSharedCoreModuleContext,
    type LangiumDocument,
    type LangiumCoreServices,
    type LangiumSharedCoreServices,
    type Module,
    type PartialLangiumCoreServices,
    type PartialLangiumSharedCoreServices,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { KtsGeneratedModule, KtsGeneratedSharedModule } from './generated/module.js';
import { CatalogIndex } from './catalog/catalog-index.js';
import { KtsConfigProvider } from './config/kts-config-provider.js';
import { KtsDocumentValidator } from './validation/kts-document-validator.js';
import { KtsValidationRegistry } from './validation/kts-validation-registry.js';
import { KtsScopeComputation } from './references/kts-scope-computation.js';
import { KtsScopeProvider } from './references/kts-scope-provider.js';
import { KtsLinker } from './references/kts-linker.js';
import { KtsValueConverter } from './parser/kts-value-converter.js';
import { KtsTokenBuilder } from './parser/kts-token-builder.js';
import { createKtsGrammarConfig } from './parser/kts-grammar-config.js';
import { KtsAstNodeLocator } from './references/kts-ast-node-locator.js';
import { KtsAstNodeDescriptionProvider } from './references/kts-ast-descriptions.js';
import { KtsValidator, registerValidationChecks } from './validation/kts-validator.js';
import { ArchitectureModelProvider } from './builder/architecture-model-provider.js';
import { KtsDocumentFactory } from './workspace/kts-document-factory.js';
import { KtsDocumentBuilder } from './workspace/kts-document-builder.js';
import { KtsIndexManager } from './workspace/kts-index-manager.js';
import { WithoutReferenceIndex } from './workspace/without-reference-index.js';
import { LazyLookaheadStrategy } from './parser/lazy-lookahead.js';

// The language without the editor: parsing, scopes, linking, validation, the catalogues and the architecture model.
// A one-shot command (`kts validate`, `generate`, …) makes these services only, so it loads neither `langium/lsp`
// nor the LSP libraries; the editor's services (kts-module.ts) add the providers on top of the same modules.

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

export type KtsCoreServices = LangiumCoreServices & KtsAddedServices;

export const KtsCoreModule: Module<KtsCoreServices, PartialLangiumCoreServices & KtsAddedServices> = {
    parser: {
        ValueConverter: () => new KtsValueConverter(),
        TokenBuilder: () => new KtsTokenBuilder(),
        GrammarConfig: () => createKtsGrammarConfig()
    },
    references: {
        ScopeComputation: services => new KtsScopeComputation(services),
        ScopeProvider: services => new KtsScopeProvider(services),
        Linker: services => new KtsLinker(services)
    },
    workspace: {
        AstNodeLocator: () => new KtsAstNodeLocator(),
        AstNodeDescriptionProvider: services => new KtsAstNodeDescriptionProvider(services)
    },
    validation: {
        KtsValidator: services => new KtsValidator(services),
        ValidationRegistry: services => new KtsValidationRegistry(services),
        DocumentValidator: services => new KtsDocumentValidator(services)
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

export const KtsSharedCoreModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        DocumentBuilder: services => new KtsDocumentBuilder(services),
        IndexManager: services => new KtsIndexManager(services),
        LangiumDocumentFactory: services => new KtsDocumentFactory(services)
    }
};

const OneShotModule: Module<KtsCoreServices, PartialLangiumCoreServices & Pick<KtsAddedServices, 'model'>> = {
    // A one-shot command never completes an unfinished text, so its parser may build its lookahead lazily.
    parser: { ParserConfig: () => ({ lookaheadStrategy: new LazyLookaheadStrategy() }) },
    // Nor does it ask for the references to a node (see WithoutReferenceIndex).
    workspace: { ReferenceDescriptionProvider: services => new WithoutReferenceIndex(services) },
    // Nor does it show the diagnostics of a catalogue built from its JSON (a built-in one, or one the config
    // names), which could point nowhere: such a tree has no positions. Skipping them also spares rendering the
    // catalogue's KTS text, which only the text checks read.
    validation: { DocumentValidator: services => new OneShotDocumentValidator(services) },
    // Nor does it build the model again after an edit.
    model: { ArchitectureModelProvider: services => new ArchitectureModelProvider(services, { afterEdits: false }) }
};

class OneShotDocumentValidator extends KtsDocumentValidator {
    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: Cancellation.CancellationToken
    ): Promise<Diagnostic[]> {
        if (!document.parseResult.value.$cstNode) return [];
        return super.validateDocument(document, options, cancelToken);
    }
}

/** Registers the language with its shared services and connects the two; both kinds of services need it once made. */
export function registerKtsServices(shared: LangiumSharedCoreServices, Kts: KtsCoreServices): void {
    shared.ServiceRegistry.register(Kts);
    registerValidationChecks(Kts);
    (shared.workspace.DocumentBuilder as KtsDocumentBuilder).useStaleFindings(() =>
        Kts.validation.KtsValidator.documentsWithStaleFindings()
    );
}

/** Creates the services of a one-shot command: no LSP, no reference index, the parser's lookahead built on first use. */
export function createKtsCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    Kts: KtsCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), KtsGeneratedSharedModule, KtsSharedCoreModule);
    const Kts = inject(createDefaultCoreModule({ shared }), KtsGeneratedModule, KtsCoreModule, OneShotModule);
    registerKtsServices(shared, Kts);
    // Without a language client nothing triggers the workspace initialisation.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Kts };
}
