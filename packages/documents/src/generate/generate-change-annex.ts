import type { ArchitectureModel, ChangeSet } from '@kts/language/model';
import { buildChangeAnnexDocument } from '../document-model/change-annex-document.js';
import type { Edition, Language } from '../document-model/document-model.js';
import { renderDocx } from '../render/docx.js';
import { renderHtml } from '../render/html.js';
import { changesDrawn, DOCUMENT_FORMATS, portableName, type OutputFile } from './generate-framework.js';

export interface ChangeAnnexFileOptions {
    formats: readonly (typeof DOCUMENT_FORMATS)[number][];
    language: Language;
    edition?: Edition;
    /** How the older version is named in the annex's title: a version, a tag, a folder. */
    base: string;
    /** The older version's model: given, the annex opens with the change view. */
    before?: ArchitectureModel;
}

/**
 * The annex of changes of one framework (`kts diff --format docx,html`), as `<framework>[.en].changes.docx` and
 * `.html`: the same typed blocks and renderers as the framework document.
 */
export async function generateChangeAnnex(
    model: ArchitectureModel,
    frameworkId: string,
    changeSet: ChangeSet,
    options: ChangeAnnexFileOptions
): Promise<OutputFile[]> {
    const { figures } = await changesDrawn(model, frameworkId, { changeSet, base: options.base, before: options.before }, options.language);
    const document = buildChangeAnnexDocument(model, frameworkId, changeSet, {
        base: options.base,
        language: options.language,
        edition: options.edition,
        figures
    });
    const name = `${portableName(frameworkId)}${options.language === 'en' ? '.en' : ''}.changes`;
    const files: OutputFile[] = [];
    for (const format of options.formats) {
        const content = format === 'docx' ? await renderDocx(document) : renderHtml(document);
        files.push({ name: `${name}.${format}`, content, title: document.title });
    }
    return files;
}
