import vocabularyData from '../../data/vocabulary.json' with { type: 'json' };
import type { LayerKind, StateKind } from './architecture-model.js';
import { PRINTED_UNIT } from './budget-years.js';
import { capitalize, fillTemplate, LOCALE_TAGS, messageTable, type Language, type Localized } from './language.js';
import type { Change, ChangeAction, ChangeField, ChangeSection, FieldChange } from './model-diff.js';
import { term, termOf, VOCABULARY } from './vocabulary.js';

/**
 * The words of a change report (`kts diff`, the documents' annex): each section's heading, what happened to a thing,
 * each field's name. Typed by the diff's own lists, so a field the diff gains does not compile until it has its words.
 */
const CHANGE_WORDS: {
    section: Readonly<Record<ChangeSection, Localized>>;
    action: Readonly<Record<ChangeAction, Localized>>;
    field: Readonly<Record<ChangeField, Localized>>;
} = { section: vocabularyData.changeSection, action: vocabularyData.changeAction, field: vocabularyData.changeField };

/** A section's heading, "Phần tử kiến trúc", "Architecture elements". */
export function changeSectionHeading(section: ChangeSection, language: Language): string {
    return capitalize(changeSectionWord(section, language), language);
}

/** A section's name as inside a sentence, "quan hệ, kết nối". */
export function changeSectionWord(section: ChangeSection, language: Language): string {
    return CHANGE_WORDS.section[section][language];
}

/** "bổ sung", "lược bỏ", "sửa đổi". */
export function changeActionWord(action: ChangeAction, language: Language): string {
    return CHANGE_WORDS.action[action][language];
}

/** A field's name as inside a sentence, "cấp độ an toàn", "security level". */
export function changeFieldName(field: ChangeField, language: Language): string {
    return CHANGE_WORDS.field[field][language];
}

const changeText = messageTable<keyof typeof vocabularyData.changeText>(vocabularyData.changeText);

/** Fields whose values are the metamodel's own keys, said in the vocabulary's words. */
const VALUE_TERMS: Partial<Record<ChangeField, Parameters<typeof termOf>[0]>> = {
    level: 'level',
    kind: 'kind',
    layer: 'layerArchitecture',
    classification: 'dataClass',
    status: 'catalogStatus',
    force: 'legalForce'
};

/**
 * A field as a reader names it: "cấp độ an toàn", "kinh phí năm 2026 (Ngân sách địa phương)", "chỉ tiêu “Tỷ lệ hồ sơ
 * trực tuyến”", "kết quả đạt được (kiến trúc ứng dụng của kiến trúc hiện trạng)".
 */
export function fieldChangeLabel(change: FieldChange, language: Language): string {
    const field = changeFieldName(change.field, language);
    if (change.budget) {
        const funding = change.budget.fundingName ?? change.budget.funding ?? changeText('noFunding', language);
        return change.budget.year === undefined
            ? changeText('budgetKeyNoYear', language, { budget: field, funding })
            : changeText('budgetKey', language, { budget: field, year: change.budget.year, funding });
    }
    if (change.field === 'indicator' && change.key !== undefined)
        return changeText('indicatorKey', language, { indicator: field, title: change.key });
    if (change.key !== undefined) {
        const [state, layer] = change.key.split('.') as [StateKind, LayerKind | undefined];
        const part = layer === undefined ? term('stateArchitecture', state, language) : layerInState(layer, state, language);
        return changeText('fieldIn', language, { field, part });
    }
    return field;
}

/** "kiến trúc ứng dụng của kiến trúc mục tiêu", "the application architecture of its target architecture". */
export function layerInState(layer: LayerKind, state: StateKind, language: Language): string {
    return fillTemplate(VOCABULARY.frameworkPart.layerInState[language], {
        layer: term('layerArchitecture', layer, language),
        state: term('stateArchitecture', state, language)
    });
}

/** A field's value before or after, as a reader reads it: texts as written, lists joined, amounts in millions; "—" for none. */
export function changeValueText(change: FieldChange, side: 'before' | 'after', language: Language): string {
    const value = change[side];
    if (value === undefined) return '—';
    if (typeof value === 'boolean') return changeText(value ? 'yes' : 'no', language);
    if (typeof value === 'number' && change.budget) {
        const amount = new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits: 6 }).format(value / PRINTED_UNIT);
        return changeText('amount', language, { amount, currency: termOf('currency', change.budget.currency, language) });
    }
    // Names may hold commas themselves ("CSDL văn bản, hồ sơ công việc"), so a list is joined with semicolons.
    return Array.isArray(value)
        ? value.map(item => itemText(change, item, language)).join('; ')
        : itemText(change, String(value), language);
}

/** One value or member of a list: a metamodel key in the vocabulary's words, an id by its name, else as written. */
function itemText(change: FieldChange, item: string, language: Language): string {
    const group = VALUE_TERMS[change.field];
    return group ? termOf(group, item, language) : (change.names?.[item] ?? item);
}

/**
 * What happened to a field, after its label: "3 → 4", or for a list what it gained and lost, "+ LGSP tỉnh; − SOC
 * tỉnh" (each member marked, since names may hold commas).
 */
export function changeDetailText(change: FieldChange, language: Language): string {
    if (change.added === undefined && change.removed === undefined) {
        return `${changeValueText(change, 'before', language)} → ${changeValueText(change, 'after', language)}`;
    }
    const members = (mark: string, items: readonly string[] = []) => items.map(item => `${mark} ${itemText(change, item, language)}`);
    return [...members('+', change.added), ...members('−', change.removed)].join('; ');
}

/** What a change is about: its title, or for a relation "source — relation — target". */
export function changeSubject(change: Change, language: Language): string {
    if (change.relation) {
        const { kind, target, targetTitle } = change.relation;
        return changeText('relation', language, {
            source: change.title ?? change.relation.source,
            relation: term('relation', kind, language),
            target: targetTitle ?? target
        });
    }
    return change.title ?? change.id;
}
