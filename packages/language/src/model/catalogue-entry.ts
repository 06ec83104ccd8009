import type { CatalogStatus, LegalParticulars } from './architecture-model.js';
import type { Language } from './language.js';
import { editorMessage, term, termOf, VOCABULARY } from './vocabulary.js';

/** One step of the way from a model's root code down to an entry. */
export interface CatalogPathStep {
    code: string;
    name: string;
    nameEn?: string;
}

/** What a user needs to know about a catalogue entry: hover, `kts catalog show` and search print this. */
export interface CatalogEntryInfo {
    code: string;
    model: string;
    kind?: string;
    name: string;
    nameEn?: string;
    abbreviation?: string;
    description?: string;
    descriptionEn?: string;
    /** The entry's own status, else its catalogue's. */
    status: CatalogStatus;
    /** The entry's own source, else its catalogue's. */
    source?: string;
    owner?: string;
    section?: string;
    note?: string;
    standards: string[];
    /** A legal document's number, date, issuer and force (model LEGAL). */
    legal?: LegalParticulars;
    /** Ancestors from the model's root, then the entry itself. */
    path: CatalogPathStep[];
    catalog: { id: string; title: string; titleEn?: string; version?: string; status?: CatalogStatus; source?: string };
    builtin: boolean;
    /** The document that declares the entry (a `kts-builtin:` URI for built-in catalogues). */
    uri: string;
    /** The file the entry comes from (`.kts` or `.json`); none for built-in catalogues. */
    file?: string;
}

/** What the loaded catalogues say about one reference model. */
export interface CatalogModelInfo {
    name: string;
    title?: string;
    titleEn?: string;
    pattern?: RegExp;
    complete: boolean;
    leafOnly: boolean;
    /** The catalogues that define entries or settings of this model. */
    catalogs: string[];
}

/** Name and description in the requested language, falling back to Vietnamese. */
export function localizedName(info: Pick<CatalogEntryInfo, 'name' | 'nameEn'>, language: Language): string {
    return language === 'en' && info.nameEn ? info.nameEn : info.name;
}

export function localizedDescription(info: CatalogEntryInfo, language: Language): string | undefined {
    return language === 'en' && info.descriptionEn ? info.descriptionEn : info.description;
}

/**
 * An entry's kind in words ("nền tảng", "nguồn vốn", "nghị định"); undefined for a kind the vocabulary lacks, which a
 * user's catalogue may invent and which is then shown as written.
 */
export function catalogueKindWord(kind: string, language: Language): string | undefined {
    if (Object.hasOwn(VOCABULARY.legalKind, kind)) return termOf('legalKind', kind, language);
    if (Object.hasOwn(VOCABULARY.catalogueKind, kind)) return termOf('catalogueKind', kind, language);
    return undefined;
}

export function statusLabel(status: CatalogStatus, language: Language): string {
    return term('catalogStatus', status, language);
}

/**
 * What a status means for whoever relies on the code, said plainly: an illustrative code must never
 * pass for an official one (REFERENCE-MODELS.md, 3).
 */
export function statusWarning(status: CatalogStatus, language: Language): string | undefined {
    switch (status) {
        case 'illustrative':
            return editorMessage('illustrativeWarning', language);
        case 'draft':
            return editorMessage('draftWarning', language);
        default:
            return undefined;
    }
}
