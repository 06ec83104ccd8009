import {
    localizedDescription, localizedName, statusLabel, statusWarning,
    type CatalogEntryInfo, type CatalogModelInfo, type Language
} from '@kts/language/model';

const LABELS = {
    otherName: { vi: 'Tên tiếng Anh', en: 'Vietnamese name' },
    model: { vi: 'Mô hình', en: 'Model' },
    kind: { vi: 'Loại', en: 'Kind' },
    path: { vi: 'Vị trí', en: 'Path' },
    description: { vi: 'Mô tả', en: 'Description' },
    status: { vi: 'Trạng thái', en: 'Status' },
    source: { vi: 'Nguồn', en: 'Source' },
    catalog: { vi: 'Danh mục', en: 'Catalogue' },
    owner: { vi: 'Cơ quan chủ quản', en: 'Owner' },
    section: { vi: 'Mô tả tại', en: 'Described in' },
    standards: { vi: 'Tiêu chuẩn', en: 'Standards' },
    note: { vi: 'Ghi chú', en: 'Note' },
    builtin: { vi: 'có sẵn trong KTS', en: 'built into KTS' },
    version: { vi: 'phiên bản', en: 'version' },
    pattern: { vi: 'mẫu mã', en: 'pattern' },
    complete: { vi: 'đầy đủ', en: 'complete' },
    incomplete: { vi: 'chưa đầy đủ', en: 'incomplete' },
    entries: { vi: 'mã', en: 'codes' }
} as const;

/** One line per entry: code, name, then model and status, codes aligned. */
export function formatEntryLines(entries: CatalogEntryInfo[], language: Language): string {
    const width = Math.max(0, ...entries.map(entry => entry.code.length));
    return entries.map(entry => `${entry.code.padEnd(width)}  ${localizedName(entry, language)}  (${entry.model}, ${statusLabel(entry.status, language)})\n`).join('');
}

/** Everything known about an entry, for `kts catalog show`. */
export function formatEntryDetails(entry: CatalogEntryInfo, models: Map<string, CatalogModelInfo>, language: Language): string {
    const other = language === 'vi' ? entry.nameEn : entry.name;
    const model = models.get(entry.model);
    const modelTitle = language === 'en' ? model?.titleEn ?? model?.title : model?.title;
    const rows: Array<[string, string | undefined]> = [
        [LABELS.otherName[language], other !== localizedName(entry, language) ? other : undefined],
        [LABELS.model[language], modelTitle ? `${entry.model} — ${modelTitle}` : entry.model],
        [LABELS.kind[language], entry.kind],
        [LABELS.path[language], entry.path.length > 1 ? entry.path.map(step => `${step.code} ${localizedName(step, language)}`).join(' › ') : undefined],
        [LABELS.description[language], localizedDescription(entry, language)],
        [LABELS.standards[language], entry.standards.length > 0 ? entry.standards.join('; ') : undefined],
        [LABELS.owner[language], entry.owner],
        [LABELS.section[language], entry.section],
        [LABELS.status[language], statusLabel(entry.status, language) + (statusWarning(entry.status, language) ? ` — ${statusWarning(entry.status, language)}` : '')],
        [LABELS.source[language], entry.source],
        [LABELS.catalog[language], catalogLine(entry, language)],
        [LABELS.note[language], entry.note]
    ];
    const width = Math.max(...rows.filter(([, value]) => value).map(([label]) => label.length));
    const body = rows.filter(([, value]) => value).map(([label, value]) => `  ${`${label}:`.padEnd(width + 1)} ${value}\n`).join('');
    return `${entry.code} — ${localizedName(entry, language)}\n${body}`;
}

function catalogLine(entry: CatalogEntryInfo, language: Language): string {
    const title = language === 'en' && entry.catalog.titleEn ? entry.catalog.titleEn : entry.catalog.title;
    const details = [entry.catalog.id];
    if (entry.catalog.version) details.push(`${LABELS.version[language]} ${entry.catalog.version}`);
    details.push(entry.builtin ? LABELS.builtin[language] : entry.file ?? entry.uri);
    return `${title} (${details.join(', ')})`;
}

/** The models the loaded catalogues know, with their pattern, completeness and number of codes. */
export function formatModels(models: Map<string, CatalogModelInfo>, entries: CatalogEntryInfo[], language: Language): string {
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.model, (counts.get(entry.model) ?? 0) + 1);
    const width = Math.max(...[...models.keys()].map(name => name.length));
    return [...models.values()].map(model => {
        const title = (language === 'en' ? model.titleEn ?? model.title : model.title) ?? '';
        const details = [
            `${counts.get(model.name) ?? 0} ${LABELS.entries[language]}`,
            model.complete ? LABELS.complete[language] : LABELS.incomplete[language],
            model.pattern ? `${LABELS.pattern[language]} ${model.pattern.source}` : undefined
        ].filter(Boolean).join(', ');
        return `${model.name.padEnd(width)}  ${title}${title ? ' ' : ''}(${details})\n`;
    }).join('');
}

/** Entries of one model as a tree: children indented under their parent, in catalogue order. */
export function formatModelTree(entries: CatalogEntryInfo[], language: Language): string {
    const codes = new Set(entries.map(entry => entry.code));
    const children = new Map<string, CatalogEntryInfo[]>();
    const roots: CatalogEntryInfo[] = [];
    for (const entry of entries) {
        const parent = entry.path.length > 1 ? entry.path[entry.path.length - 2].code : undefined;
        if (parent && codes.has(parent)) {
            const list = children.get(parent);
            if (list) list.push(entry); else children.set(parent, [entry]);
        } else {
            roots.push(entry);
        }
    }
    const lines: string[] = [];
    const visit = (entry: CatalogEntryInfo, depth: number, seen: Set<string>) => {
        if (seen.has(entry.code)) return;
        seen.add(entry.code);
        lines.push(`${'  '.repeat(depth)}${entry.code}  ${localizedName(entry, language)}  (${statusLabel(entry.status, language)})\n`);
        for (const child of children.get(entry.code) ?? []) visit(child, depth + 1, seen);
    };
    const seen = new Set<string>();
    for (const root of roots) visit(root, 0, seen);
    // Entries caught in a cycle of parents have no root; they are still listed.
    for (const entry of entries) visit(entry, 0, seen);
    return lines.join('');
}
