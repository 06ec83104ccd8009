import type { CatalogStatus, LegalForce } from '../model/architecture-model.js';

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

export interface CatalogFileEntry {
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
    /** A legal document (model LEGAL): its number, date of issue, issuer and whether it is still in force. */
    number?: string;
    date?: string;
    issuer?: string;
    force?: LegalForce;
    /** The code of the document that replaced this one (in whole or in part), and from when. */
    replacedBy?: string;
    replacedFrom?: string;
}
