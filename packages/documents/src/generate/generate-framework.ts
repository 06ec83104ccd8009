import { frameworkTitle, type ArchitectureModel, type ChangeSet } from '@kts/language/model';
import {
    renderAllViews,
    renderView,
    svgToPng,
    toArchiMateExchange,
    toMermaid,
    toPlantUml,
    withEmbeddedFont,
    type PngCache,
    type ViewRequest
} from '@kts/diagrams';
import { buildDocumentModel } from '../document-model/build-document.js';
import type { ChangesSince } from '../document-model/change-annex.js';
import type { DocumentModel, Edition, Language } from '../document-model/document-model.js';
import { placeFigure } from '../document-model/figures.js';
import { renderDocx } from '../render/docx.js';
import { FigureFallbacks } from '../render/figure-fallbacks.js';
import { renderHtml } from '../render/html.js';
import { renderChangeFigures, renderFigures } from '../render-figures.js';
import { overviewLayers, type OverviewShape } from './overview-layers.js';

/**
 * The one generation pipeline: what `kts generate`, `kts diagram`, `kts export archimate` and the editor's
 * generate commands and preview produce from a framework, and what the files are called. Nothing here writes;
 * `writeOutputFiles` does.
 */

/** A generated file. */
export interface OutputFile {
    /** Where it goes, relative to the output folder, folders separated by `/`. */
    name: string;
    content: string | Uint8Array;
    /** What the file shows as its title: the document's, the view's, or the exchange model's name. */
    title: string;
}

/** What can be generated from one framework: the Word and HTML documents, all its diagrams (SVG), the ArchiMate file. */
export type OutputFormat = 'docx' | 'html' | 'diagrams' | 'archimate';
export const DOCUMENT_FORMATS = ['docx', 'html'] as const satisfies readonly OutputFormat[];

/** A step of the generation, for a progress message: the diagrams are drawn, then the document is composed. */
export type GenerationProgress = { stage: 'drawing' } | { stage: 'composing'; figures: number };

export interface GenerateOptions {
    formats: readonly OutputFormat[];
    language: Language;
    /** Which document Word and HTML carry: the official `submission` (the default) or the IT unit's `working` edition. */
    edition?: Edition;
    /**
     * What changed since a base version: the document gains the annex of changes and marks changed rows; with the base
     * version's model, the annex opens with the change view.
     */
    since?: { changeSet: ChangeSet; base: string; before?: ArchitectureModel };
    onProgress?: (progress: GenerationProgress) => void;
    /** Where the Word file's PNG fallbacks drawn in earlier runs are kept; none by default. */
    figureCache?: PngCache;
}

/**
 * The files of one framework in the formats asked for, in that order: `<framework>.docx`, `<framework>.html`
 * (`<framework>.en.docx` … in English), the diagrams as `diagrams/<framework>/<view id>.svg` (each carrying the subset of
 * its font), the ArchiMate Model
 * Exchange File as `<framework>.archimate.xml`. Word and HTML render one document, drawn and composed once.
 */
export async function generateFramework(model: ArchitectureModel, frameworkId: string, options: GenerateOptions): Promise<OutputFile[]> {
    const { language } = options;
    const base = `${portableName(frameworkId)}${language === 'en' ? '.en' : ''}`;
    // A Word file's fallback pictures are drawn as the figures are, by workers that end with the generation.
    const fallbacks = options.formats.includes('docx') ? new FigureFallbacks(options.figureCache) : undefined;
    let document: DocumentModel | undefined;
    const composed = async () => (document ??= await composeDocument(model, frameworkId, options, fallbacks));
    const files: Array<OutputFile | Promise<OutputFile>> = [];
    try {
        for (const format of options.formats) {
            switch (format) {
                case 'docx': {
                    const composedDocument = await composed();
                    // The Word file waits for its page-layout workers at the end of its layout: the formats after it
                    // are made meanwhile. A failure is awaited with the files, never an unhandled rejection before.
                    const file = renderDocx(composedDocument, fallbacks).then(content => ({
                        name: `${base}.docx`,
                        content,
                        title: composedDocument.title
                    }));
                    file.catch(() => undefined);
                    files.push(file);
                    break;
                }
                case 'html': {
                    const composedDocument = await composed();
                    files.push({ name: `${base}.html`, content: renderHtml(composedDocument), title: composedDocument.title });
                    break;
                }
                case 'diagrams':
                    for (const view of await renderAllViews(model, frameworkId, {
                        language,
                        overviewLayers: layersOf(model, frameworkId)
                    })) {
                        files.push({
                            name: `diagrams/${base}/${portableName(view.id)}.svg`,
                            content: withEmbeddedFont(view.svg),
                            title: view.title
                        });
                    }
                    break;
                case 'archimate': {
                    // The exchange file names its model with the framework's title; an unknown framework has thrown by now.
                    const content = await toArchiMateExchange(model, frameworkId, {
                        language,
                        overviewLayers: layersOf(model, frameworkId)
                    });
                    files.push({
                        name: `${base}.archimate.xml`,
                        content,
                        title: frameworkTitle(model.frameworks.find(item => item.id === frameworkId)!, language)
                    });
                    break;
                }
            }
        }
        return await Promise.all(files);
    } finally {
        await fallbacks?.close();
    }
}

async function composeDocument(
    model: ArchitectureModel,
    frameworkId: string,
    options: GenerateOptions,
    fallbacks: FigureFallbacks | undefined
): Promise<DocumentModel> {
    options.onProgress?.({ stage: 'drawing' });
    const figures = await renderFigures(model, frameworkId, options.language, figure =>
        fallbacks?.png(figure.svg, placeFigure(figure).width)
    );
    const since = options.since && (await changesDrawn(model, frameworkId, options.since, options.language));
    options.onProgress?.({ stage: 'composing', figures: figures.length + (since?.figures?.length ?? 0) });
    return buildDocumentModel(model, frameworkId, { language: options.language, figures, edition: options.edition, since });
}

/** What changed, with the change view drawn when the base version's model is known. */
export async function changesDrawn(
    model: ArchitectureModel,
    frameworkId: string,
    since: NonNullable<GenerateOptions['since']>,
    language: Language
): Promise<ChangesSince> {
    const { changeSet, base, before } = since;
    const figures = before ? await renderChangeFigures(model, frameworkId, { changeSet, base, before }, language) : undefined;
    return { changeSet, base, ...(figures ? { figures } : {}) };
}

/** The formats `kts diagram` draws a view in: the drawing, a PNG of it, and Mermaid and PlantUML text. */
export const DIAGRAM_FORMATS = ['svg', 'png', 'mmd', 'puml'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export interface DiagramOptions {
    requests: readonly ViewRequest[];
    formats: readonly DiagramFormat[];
    language: Language;
    /** The overview's shape (`kts diagram --layers`); by default the governing profile's. */
    overview?: OverviewShape;
}

/** The views asked for, one file per view and format, named `<framework>.<view id>.<format>`. */
export async function generateDiagrams(model: ArchitectureModel, frameworkId: string, options: DiagramOptions): Promise<OutputFile[]> {
    const render = { language: options.language, overviewLayers: layersOf(model, frameworkId, options.overview) };
    const files: OutputFile[] = [];
    for (const request of options.requests) {
        const view = await renderView(model, frameworkId, request, render);
        for (const format of options.formats) {
            const content =
                format === 'svg'
                    ? withEmbeddedFont(view.svg)
                    : format === 'png'
                      ? await svgToPng(view.svg)
                      : format === 'mmd'
                        ? toMermaid(model, frameworkId, request, render)
                        : toPlantUml(model, frameworkId, request, render);
            files.push({ name: `${portableName(frameworkId)}.${portableName(view.id)}.${format}`, content, title: view.title });
        }
    }
    return files;
}

/** The functional layers the framework's overview is drawn in (see `overviewLayers`); an unknown framework has none. */
function layersOf(model: ArchitectureModel, frameworkId: string, shape?: OverviewShape) {
    const framework = model.frameworks.find(item => item.id === frameworkId);
    return framework && overviewLayers(framework, shape);
}

/** Names Windows keeps for devices, whatever the extension: `con.docx` cannot be created there. */
const WINDOWS_DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A part of a file name that every platform accepts: no `<>:"/\|?*` or control characters, no trailing dot or
 * space, and not a Windows device name (`con` becomes `con_`), so the same files can be written on Windows.
 */
export function portableName(part: string): string {
    const cleaned = part.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
    const name = cleaned === '' ? '_' : cleaned;
    return WINDOWS_DEVICE_NAMES.test(name) ? `${name}_` : name;
}
