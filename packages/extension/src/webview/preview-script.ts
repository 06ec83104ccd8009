/**
 * Runs inside the preview webview. The extension posts each new rendering of the document; this script
 * swaps it in place (keeping the scroll position) and reports clicks on anything the document traces back to
 * the source (`data-element`), so that the extension can reveal it in the editor.
 */
import type { PreviewMessage, PreviewRequestMessage } from '../preview/preview-messages.js';

interface VsCodeApi {
    postMessage(message: PreviewRequestMessage): void;
    setState(state: unknown): void;
    getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const style = document.getElementById('document-style') as HTMLStyleElement;
const content = document.getElementById('document') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
// Lets VS Code bring the preview back, on the same framework, when the window reloads.
const { sinceRevision, sinceFolder } = content.dataset;
vscode.setState({
    frameworkId: content.dataset.framework,
    ...(sinceRevision && sinceFolder ? { since: { revision: sinceRevision, folder: sinceFolder } } : {})
});

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
    const message = event.data;
    if (message.type === 'update') {
        const { scrollX, scrollY } = window;
        style.textContent = message.style;
        content.innerHTML = message.body;
        document.documentElement.lang = message.language;
        status.textContent = '';
        status.hidden = true;
        window.scrollTo(scrollX, scrollY);
    } else if (message.type === 'status') {
        status.textContent = message.text;
        status.hidden = false;
        status.className = message.error ? 'error' : '';
    }
});

document.addEventListener('click', event => {
    const traced = (event.target as Element | null)?.closest('[data-element]');
    const qualifiedName = traced?.getAttribute('data-element');
    if (qualifiedName) vscode.postMessage({ type: 'reveal', qualifiedName });
});

vscode.postMessage({ type: 'ready' });
