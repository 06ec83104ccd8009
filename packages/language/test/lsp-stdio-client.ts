import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    type Diagnostic,
    type InitializeResult,
    type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
export const SERVER_BIN = path.join(REPO_ROOT, 'packages/language/bin/kts-language-server.js');

const REQUEST_TIMEOUT_MS = 30_000;

export interface StartOptions {
    /** Sent as the only workspace folder. */
    workspaceFolder?: string;
    /** Sent as `rootUri` only, the way clients without workspace-folder support do. */
    rootOnly?: boolean;
    /** Run the server under another user id (root can read any file; another user cannot). */
    uid?: number;
    /** Another build of the server (e.g. the VS Code extension's bundle) and its environment. */
    serverModule?: string;
    env?: NodeJS.ProcessEnv;
}

export function fileUri(file: string): string {
    return pathToFileURL(file).toString();
}

/**
 * The real `kts-language-server --stdio`, spawned the way Neovim or Emacs do, driven through
 * vscode-languageserver-protocol. Every wait is bounded, so a hung server fails the test instead of
 * stalling it.
 */
export class StdioLanguageClient {
    readonly published: PublishDiagnosticsParams[] = [];
    /** What the server wrote to the editor's log (window/logMessage). */
    readonly logs: string[] = [];
    stderr = '';
    exit?: { code: number | null; signal: NodeJS.Signals | null };
    initializeResult?: InitializeResult;
    private readonly listeners = new Set<() => void>();
    private readonly exited: Promise<void>;

    private constructor(
        readonly child: ChildProcess,
        readonly connection: ProtocolConnection
    ) {
        child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
            this.stderr += chunk;
        });
        this.exited = new Promise(resolve =>
            child.on('exit', (code, signal) => {
                this.exit = { code, signal };
                this.notify();
                resolve();
            })
        );
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.push(params);
            this.notify();
        });
        connection.onNotification('window/logMessage', (params: { message: string }) => {
            this.logs.push(params.message);
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
    }

    static async start(options: StartOptions = {}): Promise<StdioLanguageClient> {
        if (!fs.existsSync(path.join(REPO_ROOT, 'packages/language/out/main.js'))) {
            throw new Error('packages/language/out/main.js is missing: run `npm run build` before these tests');
        }
        const child = spawn(NODE, [options.serverModule ?? SERVER_BIN, '--stdio'], {
            cwd: options.workspaceFolder ?? REPO_ROOT,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {})
        });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const client = new StdioLanguageClient(child, connection);
        const folder = options.workspaceFolder;
        client.initializeResult = await client.request<InitializeResult>('initialize', {
            // The server stops when this process disappears; a server running as another user cannot check.
            processId: options.uid !== undefined ? null : process.pid,
            rootUri: folder ? fileUri(folder) : null,
            workspaceFolders: folder && !options.rootOnly ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
            capabilities: {
                workspace: { workspaceFolders: true, configuration: true },
                textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } }
            }
        });
        await connection.sendNotification('initialized', {});
        return client;
    }

    async request<R>(method: string, params?: unknown, timeoutMs = REQUEST_TIMEOUT_MS): Promise<R> {
        return this.within(timeoutMs, `${method} got no answer`, this.connection.sendRequest<R>(method, params));
    }

    async open(file: string, text = fs.readFileSync(file, 'utf8')): Promise<string> {
        const uri = fileUri(file);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kts', version: 1, text } });
        return uri;
    }

    async change(uri: string, version: number, text: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** The first diagnostics published for `uri` after `since` (an index into `published`) that satisfy `accept`. */
    async diagnostics(
        uri: string,
        accept: (diagnostics: Diagnostic[]) => boolean = () => true,
        since = 0,
        timeoutMs = REQUEST_TIMEOUT_MS
    ): Promise<Diagnostic[]> {
        return this.within(
            timeoutMs,
            `no matching diagnostics for ${uri}`,
            new Promise<Diagnostic[]>(resolve => {
                const check = () => {
                    const found = this.published.slice(since).find(params => params.uri === uri && accept(params.diagnostics));
                    if (found) {
                        this.listeners.delete(check);
                        resolve(found.diagnostics);
                    }
                };
                this.listeners.add(check);
                check();
            })
        );
    }

    get alive(): boolean {
        return this.exit === undefined;
    }

    /** shutdown + exit as a client does; kills the server if it does not leave in time. Returns the exit code. */
    async stop(timeoutMs = 10_000): Promise<number | null> {
        if (this.alive) {
            try {
                await this.request('shutdown', undefined, timeoutMs);
                await this.connection.sendNotification('exit');
                await this.within(timeoutMs, 'server did not exit after shutdown + exit', this.exited);
            } catch (error) {
                this.child.kill('SIGKILL');
                await this.exited;
                throw error;
            } finally {
                this.connection.dispose();
            }
        }
        return this.exit?.code ?? null;
    }

    /** For afterAll: never leaves a server behind. */
    kill(): void {
        if (this.alive) this.child.kill('SIGKILL');
        this.connection.dispose();
    }

    private notify(): void {
        for (const listener of [...this.listeners]) listener();
    }

    private within<T>(timeoutMs: number, what: string, promise: Promise<T>): Promise<T> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(
                () =>
                    reject(
                        new Error(
                            `${what} within ${timeoutMs} ms (server ${this.alive ? 'alive' : `exited ${JSON.stringify(this.exit)}`}; stderr: ${this.stderr.slice(-2000)})`
                        )
                    ),
                timeoutMs
            );
        });
        const exited = this.exited.then(() => {
            throw new Error(`${what}: the server exited ${JSON.stringify(this.exit)}; stderr: ${this.stderr.slice(-2000)}`);
        });
        return Promise.race([promise, timeout, ...(this.alive ? [exited] : [])]).finally(() => clearTimeout(timer));
    }
}
