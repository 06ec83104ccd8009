import type { CatalogStatus, LegalParticulars } from '../model/architecture-model.js';

/** A catalogue as stored in a JSON data file (see data/catalog.schema.json). */
export interface CatalogFile {
    id: string;
    title: LocalizedText;
    version: string;
    status: CatalogStatus;
    source: string;
    note?: string;
    models?: CatalogModelDefinition[];
    entries: CatalogFileEntry[];
}

export interface LocalizedText {
    vi: string;
    en?: string;
}

export interface CatalogModelDefinition {
    model: string;
    name?: LocalizedText;
    pattern?: string;
    complete?: boolean;
    leafOnly?: boolean;
}

/** An entry; a legal document (model LEGAL) also has its particulars: number, date of issue, issuer, force, successor. */
export interface CatalogFileEntry extends LegalParticulars {
    code: string;
    model: string;
    kind: string;
    name: string;
    nameEn?: string;
    tier?: string;
    abbreviation?: string;
    owner?: string;
    parent?: string;
    description?: string;
    descriptionEn?: string;
    section?: string;
    status: CatalogStatus;
    source?: string;
    standards?: string[];
    note?: string;
    connects?: Array<{ to: string; via?: string[]; section?: string; note?: string; required?: boolean }>;
}
