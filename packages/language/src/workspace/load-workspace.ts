import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import type { KtsConfig } from '../config/kts-config.js';
import { createKtsCoreServices, type KtsCoreServices } from '../kts-core-module.js';
import type { KtsServices } from '../kts-module.js';
import type { LinkedModel } from '../builder/model-builder.js';
import type { KtsDocumentFactory } from './kts-document-factory.js';
import { builtinCatalogSources, collectKtsFiles, loadConfig, readKtsFile, workspaceCatalogs } from './workspace-sources.js';

export interface WorkspaceInput {
    /** Files or folders; folders are searched for `.kts` files. */
    paths: string[];
    /** A `kts.config.json`; by default the one in (or above) the first path. */
    configFile?: string;
    /** Overrides of the workspace config (e.g. `--strict`, `--lang`). */
    overrides?: Partial<Pick<KtsConfig, 'language' | 'strict'>>;
    /**
     * The editor's services instead of a one-shot command's: the reference index, for callers that ask for references
     * to a node (find-references, the hover's usage count), and the LSP providers.
     */
    indexReferences?: boolean;
}

export interface LoadedWorkspace<Services extends KtsCoreServices = KtsCoreServices> {
    services: Services;
    config: KtsConfig;
    /** The user's documents (not the built-in catalogues), in path order. */
    documents: LangiumDocument[];
    diagnostics: Map<LangiumDocument, Diagnostic[]>;
    linkedModel(): LinkedModel;
}

/** A workspace read from disk into fresh services, not yet built. */
export interface OpenedWorkspace {
    services: KtsCoreServices;
    config: KtsConfig;
    /** Every document: built-in and workspace catalogues, then the `.kts` files in path order. */
    all: LangiumDocument[];
    /** The documents of the `.kts` files among the input paths. */
    inputs: LangiumDocument[];
}

/**
 * Reads the input's `.kts` files, its config and the catalogues it adds, into fresh services (a one-shot command's
 * unless others are given). `accept` may pass over a `.kts` file by its text. Throws `WorkspaceInputError` for the
 * first input that cannot be read.
 */
export function openWorkspace(
    input: WorkspaceInput,
    accept: (text: string) => boolean = () => true,
    Kts: KtsCoreServices = createKtsCoreServices(NodeFileSystem).Kts
): OpenedWorkspace {
    const files = collectKtsFiles(input.paths);
    const overrides = Object.fromEntries(Object.entries(input.overrides ?? {}).filter(([, value]) => value !== undefined));
    const config: KtsConfig = { ...loadConfig(input.paths[0] ?? '.', input.configFile), ...overrides };
    const catalogs = workspaceCatalogs(config);
    if (catalogs.problems.length > 0) throw catalogs.problems[0];

    const indexReferences = input.indexReferences ?? false;
    Kts.config.ConfigProvider.set(config);
    const factory = Kts.shared.workspace.LangiumDocumentFactory as KtsDocumentFactory;
    // Without the reference index nothing asks where inside a catalogue a name is, so the JSON catalogues need
    // not be parsed: their trees are built from the JSON.
    const all: LangiumDocument[] = [...builtinCatalogSources(), ...catalogs.rendered].map(source =>
        indexReferences ? factory.fromString(source.text, source.uri) : factory.fromCatalog(source.catalog, () => source.text, source.uri)
    );
    const inputs: LangiumDocument[] = [];
    for (const file of new Set([...files, ...catalogs.ktsFiles])) {
        const text = readKtsFile(file);
        if (!accept(text)) continue;
        const document = factory.fromString(text, URI.file(file));
        all.push(document);
        if (files.includes(file)) inputs.push(document);
    }
    for (const document of all) Kts.shared.workspace.LangiumDocuments.addDocument(document);
    return { services: Kts, config, all, inputs };
}

/** Loads, links and validates the given files and folders together with the built-in catalogues. */
export async function loadWorkspace(input: WorkspaceInput & { indexReferences: true }): Promise<LoadedWorkspace<KtsServices>>;
export async function loadWorkspace(input: WorkspaceInput): Promise<LoadedWorkspace>;
export async function loadWorkspace(input: WorkspaceInput): Promise<LoadedWorkspace> {
    // The editor's module is imported only when asked for, so that a one-shot command loads no LSP code.
    const editor = input.indexReferences ? (await import('../kts-module.js')).createKtsServices(NodeFileSystem).Kts : undefined;
    const { services, config, all, inputs } = openWorkspace(input, undefined, editor);
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return {
        services,
        config,
        documents: inputs,
        diagnostics: new Map(inputs.map(document => [document, document.diagnostics ?? []])),
        linkedModel: () => services.model.ArchitectureModelProvider.linkedModel()
    };
}
