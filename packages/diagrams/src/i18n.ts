import {
    messageTable,
    term,
    termOf,
    changeActionWord,
    capitalize,
    type GapStatus,
    type Language,
    type LayerKind,
    type RelationKind,
    type StateKind
} from '@kts/language/model';
import labels from '../data/labels.json' with { type: 'json' };
import type { ChangeMark } from './content/diagram-content.js';

export type LabelKey = Exclude<keyof typeof labels, '$comment'>;

/** A diagram word that the metamodel's vocabulary does not hold, in the requested language. */
export const t = messageTable<LabelKey>(labels);

/** "bốn", "four": a small count as a title or sentence writes it (one to ten); a larger one in digits. */
export function numberWord(count: number, language: Language): string {
    const key = `number.${count}`;
    return Object.hasOwn(labels, key) ? t(key as LabelKey, language) : String(count);
}

/** "Kiến trúc nghiệp vụ", "Cybersecurity architecture": a band or group heading. */
export function layerName(layer: LayerKind, language: Language): string {
    return term('layerArchitecture', layer, language, 'heading');
}

/** Element kinds, and national component kinds mapped to one; a kind the vocabulary lacks shows as written. */
export function kindName(kind: string, language: Language): string {
    return termOf('kind', kind, language);
}

/** Relation kinds; an edge style that is no relation shows as written. */
export function relationName(kind: RelationKind | string, language: Language): string {
    return termOf('relation', kind, language);
}

/** "kiến trúc hiện trạng", as a view title's qualifier. */
export function stateName(state: StateKind, language: Language): string {
    return term('stateArchitecture', state, language);
}

/** "Xây dựng mới", "Loại bỏ": a gap status as a node caption or legend entry. */
export function gapStatusName(status: GapStatus, language: Language): string {
    return term('gapStatus', status, language, 'heading');
}

/** "Bổ sung", "Sửa đổi", "Lược bỏ" as the change report says them; "Không thay đổi" for an element drawn for context. */
export function changeMarkName(mark: ChangeMark, language: Language): string {
    return mark === 'unchanged' ? t('change.unchanged', language) : capitalize(changeActionWord(mark, language), language);
}
