import {
    catalogueKindWord,
    localizedDescription,
    localizedName,
    statusLabel,
    statusWarning,
    term,
    type CatalogEntryInfo,
    type CatalogModelInfo,
    type CatalogueField,
    type Language
} from '@kts/language/model';

/** A row label of `kts catalog show`: "Mô hình", "Trạng thái". */
const label = (field: CatalogueField, language: Language) => term('catalogueField', field, language, 'heading');
/** A word inside a line: "phiên bản", "đầy đủ". */
const word = (field: CatalogueField, language: Language) => term('catalogueField', field, language);

/** One line per entry: code, name, then model and status, codes aligned. */
export function formatEntryLines(entries: CatalogEntryInfo[], language: Language): string {
    const width = Math.max(0, ...entries.map(entry => entry.code.length));
    return entries
        .map(
            entry =>
                `${entry.code.padEnd(width)}  ${localizedName(entry, language)}  (${entry.model}, ${statusLabel(entry.status, language)})\n`
        )
        .join('');
}

/** Everything known about an entry, for `kts catalog show`. */
export function formatEntryDetails(entry: CatalogEntryInfo, models: Map<string, CatalogModelInfo>, language: Language): string {
    const other = language === 'vi' ? entry.nameEn : entry.name;
    const model = models.get(entry.model);
    const modelTitle = language === 'en' ? (model?.titleEn ?? model?.title) : model?.title;
    const rows: Array<[string, string | undefined]> = [
        [label('otherName', language), other !== localizedName(entry, language) ? other : undefined],
        [label('model', language), modelTitle ? `${entry.model} — ${modelTitle}` : entry.model],
        [label('kind', language), entry.kind ? (catalogueKindWord(entry.kind, language) ?? entry.kind) : undefined],
        [
            label('path', language),
            entry.path.length > 1 ? entry.path.map(step => `${step.code} ${localizedName(step, language)}`).join(' › ') : undefined
        ],
        [label('description', language), localizedDescription(entry, language)],
        [label('standards', language), entry.standards.length > 0 ? entry.standards.join('; ') : undefined],
        [label('owner', language), entry.owner],
        [label('section', language), entry.section],
        [
            label('status', language),
            statusLabel(entry.status, language) +
                (statusWarning(entry.status, language) ? ` — ${statusWarning(entry.status, language)}` : '')
        ],
        [label('source', language), entry.source],
        [label('catalogue', language), catalogLine(entry, language)],
        [label('note', language), entry.note]
    ];
    const width = Math.max(...rows.filter(([, value]) => value).map(([label]) => label.length));
    const body = rows
        .filter(([, value]) => value)
        .map(([label, value]) => `  ${`${label}:`.padEnd(width + 1)} ${value}\n`)
        .join('');
    return `${entry.code} — ${localizedName(entry, language)}\n${body}`;
}

function catalogLine(entry: CatalogEntryInfo, language: Language): string {
    const title = language === 'en' && entry.catalog.titleEn ? entry.catalog.titleEn : entry.catalog.title;
    const details = [entry.catalog.id];
    if (entry.catalog.version) details.push(`${word('version', language)} ${entry.catalog.version}`);
    details.push(entry.builtin ? word('builtin', language) : (entry.file ?? entry.uri));
    return `${title} (${details.join(', ')})`;
}

/** The models the loaded catalogues know, with their pattern, completeness and number of codes. */
export function formatModels(models: Map<string, CatalogModelInfo>, entries: CatalogEntryInfo[], language: Language): string {
    const counts = new Map<string, number>();
    for (const entry of entries) counts.set(entry.model, (counts.get(entry.model) ?? 0) + 1);
    const width = Math.max(...[...models.keys()].map(name => name.length));
    return [...models.values()]
        .map(model => {
            const title = (language === 'en' ? (model.titleEn ?? model.title) : model.title) ?? '';
            const details = [
                `${counts.get(model.name) ?? 0} ${word('entries', language)}`,
                model.complete ? word('complete', language) : word('incomplete', language),
                model.pattern ? `${word('pattern', language)} ${model.pattern.source}` : undefined
            ]
                .filter(Boolean)
                .join(', ');
            return `${model.name.padEnd(width)}  ${title}${title ? ' ' : ''}(${details})\n`;
        })
        .join('');
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
            if (list) list.push(entry);
            else children.set(parent, [entry]);
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
