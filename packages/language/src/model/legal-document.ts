import type { ArchitectureModel, CatalogEntryModel } from './architecture-model.js';
import type { Language } from './language.js';
import { term, VOCABULARY } from './vocabulary.js';

/** Kinds of legal document the vocabulary has a word for; a catalogue entry's `kind` names one. */
export type LegalKind = keyof typeof VOCABULARY.legalKind;

export const isLegalKind = (kind: string): kind is LegalKind => Object.hasOwn(VOCABULARY.legalKind, kind);

/** A legal document's kind as a reader writes it ("Nghị định", "Decree"); an unknown kind as the catalogue writes it. */
export function legalKindWord(kind: string, language: Language): string {
    return isLegalKind(kind) ? term('legalKind', kind, language, 'heading') : kind;
}

/** Whether a document is named by its own name ("Luật Dữ liệu") rather than by its kind and number. */
export function isNamedLaw(entry: Pick<CatalogEntryModel, 'kind'>): boolean {
    return entry.kind === 'law';
}

/**
 * How a legal document is named in running text: "Nghị định số 194/2025/NĐ-CP" ("Decree No. 194/2025/NĐ-CP"), and a
 * law by its name, "Luật Dữ liệu số 60/2024/QH15" ("Law on Data No. 60/2024/QH15").
 */
export function legalDocumentName(entry: Pick<CatalogEntryModel, 'kind' | 'name' | 'nameEn' | 'legal'>, language: Language): string {
    const head = isNamedLaw(entry) ? (language === 'en' && entry.nameEn ? entry.nameEn : entry.name) : legalKindWord(entry.kind, language);
    const number = entry.legal?.number;
    if (number) return `${head} ${language === 'vi' ? 'số' : 'No.'} ${number}`;
    return isNamedLaw(entry) ? head : `${head} ${language === 'en' && entry.nameEn ? entry.nameEn : entry.name}`;
}

/** The legal document with this code in the loaded catalogues (a workspace entry overrides the built-in one). */
export function legalDocument(model: Pick<ArchitectureModel, 'legalDocuments'>, code: string): CatalogEntryModel | undefined {
    return model.legalDocuments.find(entry => entry.code === code);
}
