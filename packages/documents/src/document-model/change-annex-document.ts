import { frameworkTitle, type ArchitectureModel, type ChangeSet } from '@kts/language/model';
import { BuildContext } from './build-context.js';
import { numberTablesAndFigures, toNfc } from './build-document.js';
import { changeAnnexSection, frameworkChanges } from './change-annex.js';
import { buildCover } from './cover.js';
import type { DocumentModel, Edition, Language } from './document-model.js';
import type { FigureInput } from './figures.js';
import { isoToday } from './formatting.js';

export interface ChangeAnnexOptions {
    /** How the older version is named: a version, a tag, a folder. */
    base: string;
    language?: Language;
    edition?: Edition;
    /** `YYYY-MM-DD` the annex is made, for a cover that names a place but no year; today by default. */
    date?: string;
    /** The change view, drawn (`renderChangeFigures`), for the head of the annex. */
    figures?: FigureInput[];
}

/** The annex alone, as a document of its own for one framework of the newer model, with that framework's cover. */
export function buildChangeAnnexDocument(
    model: ArchitectureModel,
    frameworkId: string,
    changeSet: ChangeSet,
    options: ChangeAnnexOptions
): DocumentModel {
    const framework = model.frameworks.find(item => item.id === frameworkId);
    if (!framework) throw new Error(`framework "${frameworkId}" is not in the model`);
    const context = new BuildContext(model, framework, options.language ?? 'vi', options.edition);
    const annex = changeAnnexSection(context, frameworkChanges(changeSet, frameworkId), options.base, options.figures);
    const cover = buildCover(context, options.date ?? isoToday());
    // The cover names the annex, and under it the framework it belongs to.
    cover.lines.unshift(frameworkTitle(framework, context.language));
    if (cover.versionLine) cover.lines.splice(1, 0, cover.versionLine);
    const document: DocumentModel = {
        language: context.language,
        edition: context.edition,
        frameworkId,
        title: annex.title,
        cover: { ...cover, title: annex.title, versionLine: undefined },
        captions: {
            figure: context.t('caption.figure'),
            table: context.t('caption.table'),
            contents: context.t('caption.contents'),
            backToContents: context.t('caption.backToContents')
        },
        preface: [],
        sections: [annex],
        sourceFiles: context.working ? context.relativeFiles() : []
    };
    numberTablesAndFigures(document);
    return toNfc(document);
}
