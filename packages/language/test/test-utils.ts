import { Cancellation, isOperationCancelled, URI, type DocumentState, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll } from 'vitest';
import { builtinCatalogSources, defaultConfig, type KtsConfig, type KtsServices } from '../src/index.js';
import { createKtsServices } from '../src/index-editor.js';

/** Services over an in-memory file system with the built-in catalogues loaded, as the editor has them. */
export function createTestServices(): KtsServices {
    const { Kts } = createKtsServices(EmptyFileSystem);
    const documents = Kts.shared.workspace.LangiumDocuments;
    for (const source of builtinCatalogSources()) {
        documents.addDocument(Kts.shared.workspace.LangiumDocumentFactory.fromString(source.text, source.uri));
    }
    return Kts;
}

let counter = 0;

/** Adds documents (path → text) and builds the whole workspace with validation. */
export async function buildWorkspace(services: KtsServices, files: Record<string, string>): Promise<Map<string, LangiumDocument>> {
    const added = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const uri = URI.parse(`file:///test-${++counter}/${name}`);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        added.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...services.shared.workspace.LangiumDocuments.all], { validation: true });
    return added;
}

/** A workspace built once for the tests that follow: its services, and each file's document by name. */
export interface SharedWorkspace<Name extends string> {
    readonly services: KtsServices;
    document(name: Name): LangiumDocument;
}

/** Builds the files (name → text) once, before the tests of the file or `describe` block that asks for it. */
export function sharedWorkspace<Name extends string>(files: Record<Name, string>): SharedWorkspace<Name> {
    let built: { services: KtsServices; documents: Map<string, LangiumDocument> } | undefined;
    beforeAll(async () => {
        const services = createTestServices();
        built = { services, documents: await buildWorkspace(services, files) };
    });
    const ready = () => {
        if (!built) throw new Error('the shared workspace is built before the tests run, not while they are collected');
        return built;
    };
    return {
        get services() {
            return ready().services;
        },
        document: name => ready().documents.get(name)!
    };
}

/** Replaces a document's text as the editor does after a keystroke and waits for the rebuild. */
export async function editText(
    services: KtsServices,
    document: LangiumDocument,
    text: string,
    cancellation = new Cancellation.CancellationTokenSource()
): Promise<void> {
    const workspace = services.shared.workspace;
    const version = (workspace.TextDocuments?.get(document.uri)?.version ?? 0) + 1;
    workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'kts', version, text));
    await workspace.DocumentBuilder.update([document.uri], [], cancellation.token);
}

/**
 * The edit's build is cancelled as soon as `document` reaches `state`, as a keystroke that follows at once
 * cancels it in the server.
 */
export async function cancelledEdit(
    services: KtsServices,
    edited: LangiumDocument,
    text: string,
    document: LangiumDocument,
    state: DocumentState
): Promise<void> {
    const cancellation = new Cancellation.CancellationTokenSource();
    const listening = services.shared.workspace.DocumentBuilder.onDocumentPhase(state, reached => {
        if (reached === document) cancellation.cancel();
    });
    try {
        await editText(services, edited, text, cancellation);
        throw new Error(`the build was not cancelled: ${document.uri.path} never reached state ${state}`);
    } catch (error) {
        if (!isOperationCancelled(error)) throw error;
    } finally {
        listening.dispose();
    }
}

export function diagnosticCodes(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}

/**
 * One set of services whose built-in catalogues are linked once; each `validate` call replaces the
 * user files of the previous call, so tests stay independent without paying for the catalogues again.
 */
export class TestWorkspace {
    readonly services = createTestServices();
    private current: URI[] = [];
    private catalogsBuilt = false;

    /** Validates the files (name → text) as one workspace, with the given config over the defaults. */
    async validate(files: Record<string, string>, config: Partial<KtsConfig> = {}): Promise<Map<string, LangiumDocument>> {
        const workspace = this.services.shared.workspace;
        this.services.config.ConfigProvider.set({ ...defaultConfig(), ...config });
        if (this.current.length > 0) await workspace.DocumentBuilder.update([], this.current);
        const added = new Map<string, LangiumDocument>();
        for (const [name, text] of Object.entries(files)) {
            const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///test-${++counter}/${name}`));
            workspace.LangiumDocuments.addDocument(document);
            added.set(name, document);
        }
        this.current = [...added.values()].map(document => document.uri);
        // The first build links the built-in catalogues too; later builds only the new files.
        const toBuild = this.catalogsBuilt ? [...added.values()] : [...workspace.LangiumDocuments.all];
        await workspace.DocumentBuilder.build(toBuild, { validation: true });
        this.catalogsBuilt = true;
        return added;
    }

    /** The quick fixes the editor offers for a diagnostic of `document`. */
    async quickFixes(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
        const actions = await this.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
        return (actions ?? []) as CodeAction[];
    }

    /** Validates one file and returns its diagnostics. */
    async diagnostics(text: string, config: Partial<KtsConfig> = {}): Promise<Diagnostic[]> {
        const documents = await this.validate({ 'main.kts': text }, config);
        return documents.get('main.kts')!.diagnostics ?? [];
    }
}

/** The diagnostics of one rule. */
export function withCode(diagnostics: readonly Diagnostic[] | undefined, code: string): Diagnostic[] {
    return (diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
}

/** Zero-based line of the first line of `text` that contains `snippet`; fails loudly if none does. */
export function lineOf(text: string, snippet: string): number {
    const line = text.split('\n').findIndex(candidate => candidate.includes(snippet));
    if (line < 0) throw new Error(`snippet not in text: ${snippet}`);
    return line;
}

/** The text a diagnostic's range covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
    return [
        lines[start.line].slice(start.character),
        ...lines.slice(start.line + 1, end.line),
        lines[end.line].slice(0, end.character)
    ].join('\n');
}

/** The text of `document` once a quick fix's edits are applied. */
export function applied(document: LangiumDocument, action: CodeAction): string {
    return TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.uri.toString()]!);
}
