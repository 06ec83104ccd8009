import { messageTable } from '@kts/language/model';
import labels from '../data/labels.json' with { type: 'json' };

export type MessageKey = keyof typeof labels;

/**
 * The sentences and headings the document writes itself (`data/labels.json`); the words of the metamodel — layers,
 * states, kinds, gap and catalogue statuses, sections a–g — come from the vocabulary of `@kts/language/model`.
 */
export const message = messageTable<MessageKey>(labels);

export function isMessageKey(key: string): key is MessageKey {
    return Object.hasOwn(labels, key);
}

export function allMessageKeys(): MessageKey[] {
    return Object.keys(labels) as MessageKey[];
}
