/** Messages between the preview panel (extension host) and its webview script. */

export type PreviewMessage =
    | { type: 'update'; style: string; body: string; language: string }
    | { type: 'status'; text: string; error: boolean };

export type PreviewRequestMessage = { type: 'ready' } | { type: 'reveal'; qualifiedName: string };
