import labels from '../data/labels.json' with { type: 'json' };
import type { DocumentLanguage } from './document-model/document-model.js';

export type MessageKey = keyof typeof labels;

const CATALOGUE = labels as Record<string, { vi: string; en: string }>;

/** Every word the generator writes itself comes from `data/labels.json`, in the document's language. */
export class Messages {
    constructor(readonly language: DocumentLanguage) {}

    has(key: string): key is MessageKey {
        return key in CATALOGUE;
    }

    /** The message, with `{name}` placeholders filled from `args`. */
    t(key: MessageKey, args: Record<string, string | number> = {}): string {
        const template = CATALOGUE[key][this.language];
        return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in args ? String(args[name]) : match));
    }
}

export function allMessageKeys(): MessageKey[] {
    return Object.keys(labels) as MessageKey[];
}
