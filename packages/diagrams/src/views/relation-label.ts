import { term, type RelationModel } from '@kts/language/model';
import type { Language } from '../view-types.js';

/** What a flow carries, as its arrow's label: the written label, the data items and the standards (by code). */
export function relationLabel(relation: RelationModel, language: Language): string | undefined {
    const parts: string[] = [];
    if (relation.label) parts.push(relation.label);
    if (relation.data.length > 0) parts.push(relation.data.join(', '));
    if (relation.standards.length > 0) {
        const codes = relation.standards.map(standard => standard.code).join(', ');
        parts.push(`[${term('catalogueField', 'standards', language)} ${codes}]`);
    }
    return parts.length > 0 ? parts.join(' · ') : undefined;
}
