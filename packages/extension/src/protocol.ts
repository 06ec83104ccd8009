/**
 * Requests the extension adds to LSP. The extension host and the language server are separate processes and
 * separate bundles; this file holds only names and shapes, so both sides agree without sharing code.
 */
import type { Language } from '@kts/language/model';

export type { Language };

export interface LspRange {
    start: { line: number; character: number };
    end: { line: number; character: number };
}

export interface SourceLocation {
    uri: string;
    range: LspRange;
}

export const SearchCatalogRequest = 'kts/searchCatalog';
export interface SearchCatalogParams {
    query: string;
    limit: number;
}
export interface CatalogSearchItem {
    code: string;
    name: string;
    nameEn?: string;
    model: string;
    kind: string;
    status: string;
    catalog: string;
    location?: SourceLocation;
}

export const UsagesRequest = 'kts/usages';
export interface UsagesParams {
    uri: string;
}
/** Something declared in a document, and how many places refer to it. */
export interface UsageLens {
    kind: 'framework' | 'element' | 'catalogEntry';
    name: string;
    range: LspRange;
    /** Where it is referenced (empty for frameworks). */
    references: SourceLocation[];
}

export const FrameworksRequest = 'kts/frameworks';
export interface FrameworkSummary {
    id: string;
    title: string;
    /** URIs of the files that contribute to the framework. */
    files: string[];
}

export type GenerationKind = 'docx' | 'html' | 'diagrams' | 'archimate';

export const GenerateRequest = 'kts/generate';
export interface GenerateParams {
    kind: GenerationKind;
    frameworkId: string;
    /** Absolute path of the folder to write into. */
    outputFolder: string;
}
export interface GenerateResult {
    /** Absolute paths of the files written. */
    files: string[];
}

export const PreviewRequest = 'kts/preview';
export interface PreviewParams {
    frameworkId: string;
    /** Given, the preview is the report of what changed since that version, instead of the framework document. */
    since?: PreviewSince;
}
/** A git revision (tag, branch, commit) of the repository `folder` is in, read as `folder` was in it. */
export interface PreviewSince {
    revision: string;
    /** File-system path of the workspace folder. */
    folder: string;
}
export interface PreviewResult {
    title: string;
    language: Language;
    /** The generated HTML document's stylesheet and the inside of its body, for the webview to show. */
    style: string;
    body: string;
}

export const ChangeLensesRequest = 'kts/changeLenses';
export interface ChangeLensesParams {
    uri: string;
    /** The comparison the preview shows. */
    since: PreviewSince;
}
/** An element of the document added or changed since the compared version: the code lens above it. */
export interface ChangeLens {
    range: LspRange;
    /** "đã sửa đổi so với v4.0", in the workspace's language. */
    title: string;
}

export const LocateElementRequest = 'kts/locateElement';
export interface LocateElementParams {
    /** Qualified name of an element or task, as the preview's `data-element` attributes carry it. */
    qualifiedName: string;
}
