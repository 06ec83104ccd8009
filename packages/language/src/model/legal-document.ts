import type { ArchitectureModel, CatalogEntryModel } from './architecture-model.js';
import type { Language } from './language.js';

/**
 * How a legal document is named in running text: "Nghị định số 194/2025/NĐ-CP", and for a law, whose name
 * already starts with its kind, "Luật Dữ liệu số 60/2024/QH15". English keeps the Vietnamese kind and number,
 * which are the document's proper name.
 */
export function legalDocumentName(entry: Pick<CatalogEntryModel, 'kind' | 'name' | 'legal'>, language: Language): string {
    const named = entry.name.startsWith(entry.kind);
    const head = named ? entry.name : entry.kind;
    const number = entry.legal?.number;
    if (!number) return named ? entry.name : `${entry.kind} ${entry.name}`;
    return language === 'vi' ? `${head} số ${number}` : `${head} ${number}`;
}

/** The legal document with this code in the loaded catalogues (a workspace entry overrides the built-in one). */
export function legalDocument(model: Pick<ArchitectureModel, 'legalDocuments'>, code: string): CatalogEntryModel | undefined {
    return model.legalDocuments.find(entry => entry.code === code);
}
