import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    FRAMEWORK_PROFILES,
    frameworkProfile,
    sectionReference,
    statedProfiles,
    term,
    termOf,
    type FrameworkProfile,
    type ArchitectureModel,
    type CatalogEntryModel,
    type CatalogStatus,
    type ElementModel,
    type FrameworkModel,
    type FrameworkPart,
    type GapStatus,
    type LayerKind,
    type NodeRef,
    type SectionKey,
    type SourceRef,
    type StateKind,
    type TaskModel,
    type TermCase
} from '@kts/language/model';
import { message, type MessageKey } from '../messages.js';
import { elementAnchor, nationalComponentAnchor, taskAnchor } from './anchors.js';
import type { MoneyTotals } from './budget.js';
import type {
    Block,
    Edition,
    Language,
    Inline,
    ParagraphBlock,
    Section,
    TableBlock,
    TableColumn,
    TableRow,
    TextStyle,
    Trace
} from './document-model.js';
import { formatNumber } from './formatting.js';

/** Catalogue statuses that a code in a table is marked with: the mark, and what the mark means. */
const STATUS_MARKS = {
    illustrative: { mark: 'mark.illustrative', legend: 'mark.illustrative.legend' },
    draft: { mark: 'mark.draft', legend: 'mark.draft.legend' }
} as const satisfies Partial<Record<CatalogStatus, { mark: MessageKey; legend: MessageKey }>>;

function statusMark(status: CatalogStatus): { mark: MessageKey; legend: MessageKey } | undefined {
    return status === 'illustrative' || status === 'draft' ? STATUS_MARKS[status] : undefined;
}

/**
 * What every section builder needs: the model, the language, and the small vocabulary of turning model
 * objects into document text (names, links, codes, amounts) in one place, so that every table says it alike.
 */
export class BuildContext {
    /** Folder that source locations are written relative to. */
    private readonly baseDir: string;
    /** The one currency of every budget, when there is only one: tables then put the unit in the header. */
    readonly singleCurrency?: string;
    /** What the governing national framework prescribes (title, cover, sections, principles, glossary): the first stated. */
    readonly profile: FrameworkProfile;
    /** Every national framework the framework states it conforms to, the governing one first: one compliance appendix each. */
    readonly profiles: readonly FrameworkProfile[];
    /**
     * The national framework whose overview names the national components (Chương 3, II of framework 4.0): the first
     * stated profile that does not arrange the architecture in functional layers, else the first shipped one. Its
     * compliance appendix, or the governing one's when every stated profile has layers, lists the connections to them.
     */
    readonly componentsProfile: FrameworkProfile;
    /** The appendices' numbers (I, II, …): a compliance appendix per stated profile, then the reference models, the index. */
    private readonly appendixNumbers: ReadonlyMap<AppendixKey, string>;
    private tableCount = 0;

    constructor(
        readonly model: ArchitectureModel,
        readonly framework: FrameworkModel,
        readonly language: Language,
        readonly edition: Edition = 'submission'
    ) {
        this.profile = frameworkProfile(framework);
        this.profiles = statedProfiles(framework);
        const withoutLayers = (profile: FrameworkProfile) => !profile.functionalLayers;
        this.componentsProfile = this.profiles.find(withoutLayers) ?? FRAMEWORK_PROFILES.find(withoutLayers) ?? this.profile;
        const appendices: AppendixKey[] = [...this.profiles.map(profile => `compliance:${profile.id}` as const), 'coverage', 'index'];
        this.appendixNumbers = new Map(appendices.map((key, index) => [key, romanNumeral(index + 1)]));
        this.baseDir = commonFolder(framework.files.map(uriToPath));
        const currencies = new Set(framework.tasks.flatMap(task => task.budgets.map(budget => budget.currency)));
        this.singleCurrency = currencies.size <= 1 ? ([...currencies][0] ?? 'VND') : undefined;
    }

    /** Whether the document carries the IT unit's working aids (ids, source locations, the element index). */
    get working(): boolean {
        return this.edition === 'working';
    }

    /** "II": the number of an appendix, as its title and the references to it print it. */
    appendixNumber(key: AppendixKey): string {
        return this.appendixNumbers.get(key)!;
    }

    /**
     * What the working edition adds after a profile entry that nobody has yet read in the national text (status
     * `draft`): "(chưa đối chiếu văn bản gốc)". The submission edition prints the entry plainly.
     */
    unverified(status: CatalogStatus): Inline[] {
        return this.working && status === 'draft' ? [this.text(` (${this.t('mark.unverified')})`, 'muted')] : [];
    }

    t(key: MessageKey, args?: Record<string, string | number>): string {
        return message(key, this.language, args);
    }

    /**
     * A note that the model lacks what a section holds ("Mô hình chưa nêu tầm nhìn (Chương 1, III.2.a)."), citing
     * where the governing profile prescribes the section.
     */
    missing(key: MessageKey, section: SectionKey): string {
        return this.t(key, { section: sectionReference(this.profile, section)[this.language] });
    }

    text(text: string, style?: TextStyle): Inline {
        return style ? { type: 'text', text, style } : { type: 'text', text };
    }

    paragraph(content: Inline[] | string, role?: ParagraphBlock['role']): ParagraphBlock {
        const inlines = typeof content === 'string' ? [this.text(content)] : content;
        return role ? { type: 'paragraph', content: inlines, role } : { type: 'paragraph', content: inlines };
    }

    /** A section whose level and number are filled in once the document is complete. */
    section(anchor: string, title: string, blocks: Block[], sections: Section[] = [], trace?: Trace): Section {
        return trace ? { anchor, title, level: 0, blocks, sections, trace } : { anchor, title, level: 0, blocks, sections };
    }

    /** User text as written, one paragraph per blank-line-separated part. */
    userParagraphs(text: string): ParagraphBlock[] {
        return userTexts(text).map(part => this.paragraph(part));
    }

    /** A table whose number is filled in once the document is complete. */
    table(
        caption: string,
        columns: TableColumn[],
        rows: TableRow[],
        notes: Inline[][] = [],
        options: { landscape?: boolean } = {}
    ): TableBlock {
        const table: TableBlock = { type: 'table', anchor: `table-${++this.tableCount}`, number: 0, caption, columns, rows, notes };
        if (options.landscape) table.landscape = true;
        return table;
    }

    elementName(element: ElementModel): string {
        return this.language === 'en' && element.titleEn ? element.titleEn : element.title;
    }

    entryName(entry: CatalogEntryModel): string {
        return this.language === 'en' && entry.nameEn ? entry.nameEn : entry.name;
    }

    /** A link to the element's row; an element of another framework is named with its framework. */
    elementRef(qualifiedName: string, style?: TextStyle): Inline {
        const element = this.model.elements.get(qualifiedName);
        if (!element) return this.text(qualifiedName, style);
        const name =
            element.framework === this.framework.id ? this.elementName(element) : `${this.elementName(element)} (${element.framework})`;
        return style
            ? { type: 'ref', text: name, target: elementAnchor(qualifiedName), style }
            : { type: 'ref', text: name, target: elementAnchor(qualifiedName) };
    }

    /** A link to an element's row, or to a national component's row in Appendix I (by its short name when it has one). */
    nodeRef(node: NodeRef): Inline {
        if (node.type === 'element') return this.elementRef(node.qualifiedName);
        return {
            type: 'ref',
            text: node.entry.abbreviation ?? this.entryName(node.entry),
            target: nationalComponentAnchor(node.entry.code)
        };
    }

    taskRef(task: TaskModel): Inline {
        return { type: 'ref', text: this.taskName(task), target: taskAnchor(task.qualifiedName) };
    }

    /** A task as the roadmap names it: "t07_tthc. Title" in the working edition, the title alone in the submission. */
    taskName(task: TaskModel): string {
        return this.working ? `${task.id}. ${task.title}` : task.title;
    }

    /** "Trung tâm dữ liệu", as a table cell or a line of one starts; the vocabulary's word is lower case mid-sentence. */
    kindLabel(kind: string, termCase: TermCase = 'heading'): string {
        return termOf('kind', kind, this.language, termCase);
    }

    relationLabel(kind: string): string {
        return termOf('relation', kind, this.language);
    }

    /** "Kiến trúc nghiệp vụ", as a heading or a table cell starts. */
    layerTitle(layer: LayerKind, termCase: TermCase = 'heading'): string {
        return term('layerArchitecture', layer, this.language, termCase);
    }

    /** The heading of a section of Chương 1, III.2 ("Tầm nhìn", "Khung kiến trúc hiện trạng"). */
    sectionTitle(key: SectionKey, termCase: TermCase = 'heading'): string {
        return term('section', key, this.language, termCase);
    }

    partTitle(part: FrameworkPart): string {
        return term('frameworkPart', part, this.language, 'heading');
    }

    stateName(state: StateKind, termCase: TermCase = 'heading'): string {
        return term('state', state, this.language, termCase);
    }

    gapStatusName(status: GapStatus, termCase: TermCase = 'heading'): string {
        return term('gapStatus', status, this.language, termCase);
    }

    catalogStatusName(status: CatalogStatus, termCase: TermCase = 'heading'): string {
        return term('catalogStatus', status, this.language, termCase);
    }

    /**
     * Codes one a line, each `CODE` followed by a mark when the catalogue entry is illustrative or a draft: a line
     * holds one code, so that no code shares a line with another and breaks at its hyphen to make room.
     */
    codes(entries: CatalogEntryModel[]): Inline[] {
        return joinInlines(
            entries.map(entry => {
                const mark = statusMark(entry.status);
                return mark ? [this.text(entry.code), this.text(this.t(mark.mark), 'muted')] : [this.text(entry.code)];
            }),
            [{ type: 'break' }]
        );
    }

    /** Legend lines for the marks that `codes` may have put into a table. */
    codeMarkNotes(entries: CatalogEntryModel[]): Inline[][] {
        const statuses = new Set<string>(entries.map(entry => entry.status));
        return Object.entries(STATUS_MARKS)
            .filter(([status]) => statuses.has(status))
            .map(([, mark]) => [this.text(`${this.t(mark.mark)} ${this.t(mark.legend, { appendix: this.appendixNumber('coverage') })}`)]);
    }

    /** Unit of money columns: "triệu đồng" / "million VND". */
    moneyUnit(currency: string): string {
        return this.t('money.millions', { currency: termOf('currency', currency, this.language) });
    }

    /** Header of a money column: with the unit when every budget shares one currency. */
    moneyHeader(title: string): string {
        return this.singleCurrency ? `${title} (${this.moneyUnit(this.singleCurrency)})` : title;
    }

    /** Amounts in millions; with their unit only when currencies are mixed. */
    money(totals: MoneyTotals | undefined): string {
        const entries = [...(totals ?? new Map<string, number>()).entries()].filter(([, amount]) => amount !== 0);
        if (entries.length === 0) return this.singleCurrency ? formatNumber(this.language, 0) : '—';
        return entries
            .map(([currency, amount]) => {
                // Whole thousands are shown exactly (budgets spread over years are whole millions); other amounts to 0.1 million.
                const value = formatNumber(this.language, amount / 1e6, Number.isInteger(amount / 1000) ? 3 : 1);
                return this.singleCurrency ? value : `${value} ${this.moneyUnit(currency)}`;
            })
            .join('; ');
    }

    /** `path/to/file.kts:12`, relative to the folder the framework's files share. */
    sourceLocation(source: SourceRef): string {
        const file = uriToPath(source.uri);
        const relative = path.relative(this.baseDir, file) || path.basename(file);
        return `${relative.split(path.sep).join('/')}:${source.range.start.line + 1}`;
    }

    relativeFiles(): string[] {
        return this.framework.files.map(uri =>
            (path.relative(this.baseDir, uriToPath(uri)) || path.basename(uriToPath(uri))).split(path.sep).join('/')
        );
    }
}

/** An appendix: the compliance appendix of one stated profile (by its id), the reference models, the element index. */
export type AppendixKey = `compliance:${string}` | 'coverage' | 'index';

/** 1 → I, 4 → IV: appendices are numbered in Roman numerals. */
export function romanNumeral(value: number): string {
    const numerals: Array<[number, string]> = [
        [10, 'X'],
        [9, 'IX'],
        [5, 'V'],
        [4, 'IV'],
        [1, 'I']
    ];
    let rest = value;
    let written = '';
    for (const [amount, numeral] of numerals) {
        while (rest >= amount) {
            written += numeral;
            rest -= amount;
        }
    }
    return written;
}

/** Joins runs of inlines with a separator between them. */
export function joinInlines(parts: Inline[][], separator: Inline[]): Inline[] {
    return parts.flatMap((part, index) => (index === 0 ? part : [...separator, ...part]));
}

/** Each part on its own line of a table cell. */
export function lines(parts: Inline[][]): Inline[] {
    return joinInlines(parts, [{ type: 'break' }]);
}

function uriToPath(uri: string): string {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

function commonFolder(files: string[]): string {
    if (files.length === 0) return process.cwd();
    let common = path.dirname(files[0]);
    for (const file of files.slice(1)) {
        while (!(path.dirname(file) + path.sep).startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
            const parent = path.dirname(common);
            if (parent === common) break;
            common = parent;
        }
    }
    return common;
}

/** User text's paragraphs: its blank-line-separated parts. */
export function userTexts(text: string): string[] {
    return text
        .split(/\n\s*\n/)
        .map(part => part.trim())
        .filter(Boolean);
}
