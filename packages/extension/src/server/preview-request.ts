import type { Connection } from 'vscode-languageserver';
import type { ArchitectureModel, KtsServices, Language } from '@kts/language';
import { generateFramework } from '@kts/documents';
import {
    ChangeLensesRequest,
    LocateElementRequest,
    PreviewRequest,
    type ChangeLensesParams,
    type LocateElementParams,
    type PreviewParams,
    type PreviewResult,
    type SourceLocation
} from '../protocol.js';
import { readBuiltWorkspace } from './built-workspace.js';
import { changeLenses, changeReportHtml } from './change-report.js';
import { documentEdition } from './editor-settings.js';

/**
 * `kts/preview`: the HTML document of a framework, as generated (in the edition `kts.documents.edition` names), or
 * the report of what changed in it since a git revision ("Compare with version…"), split into its stylesheet and body for the preview webview; `kts/changeLenses`: the elements of a file that changed since that revision. `kts/locateElement`: where an element or task the preview shows is declared.
 */
export function registerPreview(connection: Connection, services: KtsServices): void {
    connection.onRequest(PreviewRequest, async (params: PreviewParams): Promise<PreviewResult> => {
        const { model, language } = await builtModel(services);
        const edition = await documentEdition(services);
        if (params.since) {
            const report = await changeReportHtml(model, params.frameworkId, params.since, language, edition);
            return { title: report.title, language, ...splitHtml(report.content) };
        }
        const [page] = await generateFramework(model, params.frameworkId, { formats: ['html'], language, edition });
        return { title: page!.title, language, ...splitHtml(page!.content as string) };
    });
    connection.onRequest(ChangeLensesRequest, async (params: ChangeLensesParams) => {
        const { model, language } = await builtModel(services);
        return changeLenses(model, params.uri, params.since, language);
    });
    connection.onRequest(LocateElementRequest, (params: LocateElementParams) =>
        readBuiltWorkspace(
            services.shared,
            (): SourceLocation | null =>
                tracedSources(services.model.ArchitectureModelProvider.linkedModel().model).get(params.qualifiedName) ?? null
        )
    );
}

/** The linked model once the workspace is built, and the language it is read in: the settings' or kts.config.json's. */
function builtModel(services: KtsServices): Promise<{ model: ArchitectureModel; language: Language }> {
    return readBuiltWorkspace(services.shared, () => ({
        model: services.model.ArchitectureModelProvider.linkedModel().model,
        language: services.config.ConfigProvider.get().language
    }));
}

/**
 * Where each thing the document traces back to is written, by the name its `data-element` carries:
 * elements and tasks by qualified name, goals and principles as `<framework>.<id>` (as @kts/documents names them).
 */
export function tracedSources(model: ArchitectureModel): Map<string, SourceLocation> {
    const sources = new Map<string, SourceLocation>();
    for (const [qualifiedName, element] of model.elements) sources.set(qualifiedName, element.source);
    for (const framework of model.frameworks) {
        for (const task of framework.tasks) sources.set(task.qualifiedName, task.source);
        for (const goal of framework.goalPeriods.flatMap(period => period.goals)) sources.set(`${framework.id}.${goal.id}`, goal.source);
        for (const principle of framework.principles) sources.set(`${framework.id}.${principle.id}`, principle.source);
    }
    return sources;
}

/** The generated page is one self-contained document; the webview keeps its own head (CSP, script). */
export function splitHtml(html: string): { style: string; body: string } {
    const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(match => match[1]).join('\n');
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    return { style, body };
}
