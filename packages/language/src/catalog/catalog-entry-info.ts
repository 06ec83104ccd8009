import { AstUtils } from 'langium';
import { isCatalog, type CatalogEntry } from '../generated/ast.js';
import { entryModel } from '../references/kts-naming.js';
import type { OutputLanguage } from '../config/kts-config.js';
import type { CatalogStatus } from './catalog-types.js';
import { BUILTIN_SCHEME, catalogSourceFile } from './catalog-loader.js';

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
    /** Ancestors from the model's root, then the entry itself. */
    path: CatalogPathStep[];
    catalog: { id: string; title: string; titleEn?: string; version?: string; status?: CatalogStatus; source?: string };
    builtin: boolean;
    /** The document that declares the entry (a `kts-builtin:` URI for built-in catalogues). */
    uri: string;
    /** The file the entry comes from (`.kts` or `.json`); none for built-in catalogues. */
    file?: string;
}

const MAX_DEPTH = 32;

export function describeCatalogEntry(entry: CatalogEntry): CatalogEntryInfo {
    const catalog = AstUtils.getContainerOfType(entry, isCatalog);
    const document = AstUtils.getDocument(entry);
    const path: CatalogPathStep[] = [];
    const seen = new Set<CatalogEntry>();
    // A cycle of parents is a data error; the path then stops where it would repeat.
    for (let current: CatalogEntry | undefined = entry; current && !seen.has(current) && path.length < MAX_DEPTH; current = current.parent?.ref) {
        seen.add(current);
        // Error recovery in a file that does not parse can leave names undefined.
        path.unshift({ code: current.name ?? '', name: current.title ?? '', nameEn: current.titleEn });
    }
    return {
        code: entry.name ?? '',
        model: entryModel(entry),
        kind: entry.kind,
        name: entry.title ?? '',
        nameEn: entry.titleEn,
        abbreviation: entry.abbreviation,
        description: entry.description,
        descriptionEn: entry.descriptionEn,
        status: (entry.status ?? catalog?.status ?? 'local') as CatalogStatus,
        source: entry.source ?? catalog?.source,
        owner: entry.owner,
        section: entry.section,
        note: entry.note,
        standards: entry.standardNames,
        path,
        catalog: {
            id: catalog?.name ?? '',
            title: catalog?.title ?? '',
            titleEn: catalog?.titleEn,
            version: catalog?.version,
            status: catalog?.status as CatalogStatus | undefined,
            source: catalog?.source
        },
        builtin: document.uri.scheme === BUILTIN_SCHEME,
        uri: document.uri.toString(),
        file: catalogSourceFile(document.uri)
    };
}

/** Name and description in the requested language, falling back to Vietnamese. */
export function localizedName(info: Pick<CatalogEntryInfo, 'name' | 'nameEn'>, language: OutputLanguage): string {
    return language === 'en' && info.nameEn ? info.nameEn : info.name;
}

export function localizedDescription(info: CatalogEntryInfo, language: OutputLanguage): string | undefined {
    return language === 'en' && info.descriptionEn ? info.descriptionEn : info.description;
}

const STATUS_LABELS: Record<CatalogStatus, { vi: string; en: string }> = {
    official: { vi: 'chính thức', en: 'official' },
    draft: { vi: 'dự thảo', en: 'draft' },
    illustrative: { vi: 'minh họa', en: 'illustrative' },
    local: { vi: 'riêng của cơ quan', en: 'local (the body\'s own)' }
};

export function statusLabel(status: CatalogStatus, language: OutputLanguage): string {
    return STATUS_LABELS[status]?.[language] ?? status;
}

/**
 * What a status means for whoever relies on the code, said plainly: an illustrative code must never
 * pass for an official one (REFERENCE-MODELS.md, 3).
 */
export function statusWarning(status: CatalogStatus, language: OutputLanguage): string | undefined {
    switch (status) {
        case 'illustrative':
            return language === 'vi'
                ? 'Mã minh họa, KHÔNG phải mã chính thức: chỉ dùng để trình diễn cách ánh xạ; hãy thay bằng mã trong Phụ lục chính thức của Khung kiến trúc.'
                : 'Illustrative code, NOT an official one: it only shows the mapping mechanism; replace it with a code from the framework\'s official appendix.';
        case 'draft':
            return language === 'vi'
                ? 'Mã lấy từ bản dự thảo hoặc bản chưa được kiểm chứng; hãy đối chiếu với văn bản chính thức.'
                : 'Code taken from a draft or an unverified edition; check it against the official text.';
        default:
            return undefined;
    }
}
