import { ARCHITECTURE_RULES, type LayerKind, type StateKind } from '@kts/language';
import labels from '../data/labels.json' with { type: 'json' };
import type { DiagramLanguage } from './view-types.js';

export type LabelKey = Exclude<keyof typeof labels, '$comment'>;

/** A diagram word in the requested language, with `{name}` placeholders filled. */
export function t(key: LabelKey, language: DiagramLanguage, args: Record<string, string | number> = {}): string {
    const template = labels[key][language];
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in args ? String(args[name]) : match));
}

export function layerName(layer: LayerKind, language: DiagramLanguage): string {
    const name = ARCHITECTURE_RULES.layers[layer]?.[language] ?? layer;
    return language === 'vi' ? `Kiến trúc ${name}` : `${capitalize(name)} architecture`;
}

export function kindName(kind: string, language: DiagramLanguage): string {
    return ARCHITECTURE_RULES.kinds[kind]?.[language] ?? kind;
}

export function relationName(kind: string, language: DiagramLanguage): string {
    return ARCHITECTURE_RULES.relations[kind]?.[language] ?? kind;
}

export function stateName(state: StateKind, language: DiagramLanguage): string {
    return t(state === 'current' ? 'state.current' : 'state.target', language);
}

export function capitalize(text: string): string {
    return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
