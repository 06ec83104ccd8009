import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '@kts/language/text';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    LocateElementRequest,
    PreviewRequest,
    type FrameworkSummary,
    type LocateElementParams,
    type PreviewParams,
    type PreviewResult,
    type PreviewSince,
    type SourceLocation
} from '../protocol.js';
import { KTS_LANGUAGE_ID } from '../client/language-client.js';
import { pickFramework } from '../commands/pick-framework.js';
import { setComparison } from '../lenses/change-code-lens.js';
import type { PreviewMessage, PreviewRequestMessage } from './preview-messages.js';

const VIEW_TYPE = 'kts.preview';

/** What the webview keeps across a reload of VS Code (the script stores it from `data-framework` and `data-since-*`). */
interface PreviewState {
    frameworkId: string;
    since?: PreviewSince;
}

/**
 * The live preview: the framework's generated HTML document, diagrams included, in a webview beside the
 * source. It refreshes a moment after the user stops typing (`kts.preview.refreshDelay`) by posting the new
 * rendering to the webview, which never takes the focus; a click on an element reveals its declaration.
 * The webview runs only the extension's own script, under a content-security policy that allows nothing else
 * and no remote content.
 */
export class PreviewPanel {
    private static current: PreviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    private timer: NodeJS.Timeout | undefined;
    private generation = 0;
    private wasVisible = true;

    private constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly context: vscode.ExtensionContext,
        private readonly client: LanguageClient,
        private framework: FrameworkSummary,
        /** Set, the panel shows what changed since that version instead of the document. */
        private since: PreviewSince | undefined
    ) {
        panel.webview.html = this.shell();
        setComparison(since);
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'icons', 'kts-file.svg');
        this.updateTitle();
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: PreviewRequestMessage) => this.onMessage(message)),
            panel.onDidChangeViewState(event => {
                // Hidden previews skip refreshes; one that comes back catches up at once.
                if (event.webviewPanel.visible && !this.wasVisible) this.scheduleRefresh(0);
                this.wasVisible = event.webviewPanel.visible;
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === KTS_LANGUAGE_ID && event.contentChanges.length > 0) this.scheduleRefresh();
            }),
            vscode.workspace.onDidSaveTextDocument(document => {
                if (document.languageId === KTS_LANGUAGE_ID) this.scheduleRefresh(0);
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('kts.outputLanguage') || event.affectsConfiguration('kts.documents.edition')) {
                    this.scheduleRefresh(0);
                }
            })
        );
    }

    /** Opens the preview of the framework a file belongs to, or brings the open preview to it. */
    static async show(context: vscode.ExtensionContext, client: LanguageClient, resource: vscode.Uri | undefined): Promise<void> {
        const framework = await pickFramework(client, resource ?? vscode.window.activeTextEditor?.document.uri);
        if (framework) PreviewPanel.showFramework(context, client, framework, undefined);
    }

    /** Opens the preview of a framework's document, or of what changed in it since a version, or brings the open one to it. */
    static showFramework(
        context: vscode.ExtensionContext,
        client: LanguageClient,
        framework: FrameworkSummary,
        since: PreviewSince | undefined
    ): void {
        const current = PreviewPanel.current;
        if (current) {
            if (current.framework.id !== framework.id || JSON.stringify(current.since) !== JSON.stringify(since)) {
                current.framework = framework;
                current.since = since;
                setComparison(since);
                current.updateTitle();
                current.panel.webview.html = current.shell();
            }
            current.panel.reveal(undefined, true);
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            '',
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            webviewOptions(context)
        );
        PreviewPanel.current = new PreviewPanel(panel, context, client, framework, since);
    }

    /** Brings back a preview that was open when VS Code closed. */
    static register(context: vscode.ExtensionContext, client: LanguageClient): void {
        context.subscriptions.push(
            vscode.commands.registerCommand('kts.openPreview', (resource?: vscode.Uri) => PreviewPanel.show(context, client, resource)),
            vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
                async deserializeWebviewPanel(panel, state: PreviewState | undefined) {
                    if (!state?.frameworkId) {
                        panel.dispose();
                        return;
                    }
                    PreviewPanel.current?.panel.dispose();
                    panel.webview.options = webviewOptions(context);
                    PreviewPanel.current = new PreviewPanel(
                        panel,
                        context,
                        client,
                        { id: state.frameworkId, title: state.frameworkId, files: [] },
                        state.since
                    );
                }
            })
        );
    }

    private updateTitle(): void {
        this.panel.title = this.since
            ? vscode.l10n.t('Changes since {0}: {1}', this.since.revision, this.framework.id)
            : vscode.l10n.t('Preview: {0}', this.framework.id);
    }

    private scheduleRefresh(delay = vscode.workspace.getConfiguration('kts').get<number>('preview.refreshDelay', 500)): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        if (!this.panel.visible) return;
        const generation = ++this.generation;
        const params: PreviewParams = { frameworkId: this.framework.id, ...(this.since ? { since: this.since } : {}) };
        try {
            const result = await this.client.sendRequest<PreviewResult>(PreviewRequest, params);
            if (generation !== this.generation) return;
            this.post({ type: 'update', style: result.style, body: result.body, language: result.language });
        } catch (error) {
            if (generation !== this.generation) return;
            this.post({
                type: 'status',
                text: vscode.l10n.t('The preview could not be generated: {0}', (error as Error).message),
                error: true
            });
        }
    }

    private async onMessage(message: PreviewRequestMessage): Promise<void> {
        if (message.type === 'ready') {
            this.post({ type: 'status', text: vscode.l10n.t('Generating the preview…'), error: false });
            this.scheduleRefresh(0);
            return;
        }
        const params: LocateElementParams = { qualifiedName: message.qualifiedName };
        const location = await this.client.sendRequest<SourceLocation | null>(LocateElementRequest, params);
        if (location) await revealInSource(location);
    }

    private post(message: PreviewMessage): void {
        void this.panel.webview.postMessage(message);
    }

    private shell(): string {
        const webview = this.panel.webview;
        const nonce = randomBytes(16).toString('hex');
        const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'out', 'preview.js'));
        const since = this.since
            ? ` data-since-revision="${escapeHtml(this.since.revision)}" data-since-folder="${escapeHtml(this.since.folder)}"`
            : '';
        return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
  body { background: #ffffff; color: #1a1a1a; }
  #status { font-family: var(--vscode-font-family); padding: 0.5rem 1rem; color: #555; }
  #status.error { color: #b3202a; }
  [data-element] { cursor: pointer; }
</style>
<style nonce="${nonce}" id="document-style"></style>
</head>
<body>
<div id="status"></div>
<div id="document" data-framework="${escapeHtml(this.framework.id)}"${since}></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
    }

    private dispose(): void {
        clearTimeout(this.timer);
        if (PreviewPanel.current === this) {
            PreviewPanel.current = undefined;
            setComparison(undefined);
        }
        for (const disposable of this.disposables) disposable.dispose();
    }
}

/** Scripts on (the extension's own, by nonce), and nothing readable from disk but the bundled script. */
function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'out')] };
}

async function revealInSource(location: SourceLocation): Promise<void> {
    const uri = vscode.Uri.parse(location.uri);
    const start = new vscode.Position(location.range.start.line, location.range.start.character);
    const existing = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, {
        viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One,
        selection: new vscode.Range(start, start)
    });
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
