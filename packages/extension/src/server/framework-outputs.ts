import * as path from 'node:path';
import type { ArchitectureModel, Language } from '@kts/language';
import { renderAllViews, toArchiMateExchange } from '@kts/diagrams';
import { buildDocumentModel, renderDocx, renderFigures, renderHtml } from '@kts/documents';
import type { GenerationKind } from '../protocol.js';

/** A file to write, relative to the output folder. */
export interface OutputFile {
    name: string;
    content: string | Uint8Array;
}

/**
 * What one generation command produces for one framework, named as `kts generate` names it:
 * `<framework>.docx`, `<framework>.html` (`<framework>.en.docx` … in English), diagrams in `diagrams/<framework>/`,
 * the ArchiMate Model Exchange File as `<framework>.archimate.xml`.
 */
export async function frameworkOutputs(model: ArchitectureModel, frameworkId: string, kind: GenerationKind, language: Language): Promise<OutputFile[]> {
    const base = `${frameworkId}${language === 'en' ? '.en' : ''}`;
    switch (kind) {
        case 'docx': {
            const figures = await renderFigures(model, frameworkId, language);
            return [{ name: `${base}.docx`, content: await renderDocx(buildDocumentModel(model, frameworkId, { language, figures })) }];
        }
        case 'html': {
            const figures = await renderFigures(model, frameworkId, language);
            return [{ name: `${base}.html`, content: renderHtml(buildDocumentModel(model, frameworkId, { language, figures })) }];
        }
        case 'diagrams':
            return (await renderAllViews(model, frameworkId, { language })).map(view => ({ name: path.join('diagrams', base, `${view.id}.svg`), content: view.svg }));
        case 'archimate':
            return [{ name: `${base}.archimate.xml`, content: await toArchiMateExchange(model, frameworkId, { language }) }];
    }
}
