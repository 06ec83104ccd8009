import rulesData from '../../data/rules.json' with { type: 'json' };
import architectureRules from '../../data/architecture-rules.json' with { type: 'json' };
import type { OutputLanguage, RuleSeverity } from '../config/kts-config.js';

export interface RuleDefinition {
    severity: Exclude<RuleSeverity, 'ignore'>;
    vi: string;
    en: string;
}

export const RULES = rulesData.rules as Record<string, RuleDefinition>;
export type RuleId = keyof typeof rulesData.rules;

export const ARCHITECTURE_RULES = architectureRules as unknown as ArchitectureRules;

export interface LocalizedLabel {
    vi: string;
    en: string;
}

export interface ArchitectureRules {
    layers: Record<string, LocalizedLabel & { kinds: string[]; models: string[] }>;
    kinds: Record<string, LocalizedLabel>;
    nationalKinds: Record<string, string>;
    platformKinds: string[];
    platformRequiredTargets: string[];
    undeliveredKinds: string[];
    relations: Record<string, LocalizedLabel & { sources: string[]; targets: string[]; expected: LocalizedLabel }>;
}

/** Fills a rule's message in the requested language. */
export function formatMessage(rule: RuleId, language: OutputLanguage, args: Record<string, string | number>): string {
    const template = RULES[rule][language];
    return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in args ? String(args[key]) : match));
}

export function label(value: LocalizedLabel | undefined, language: OutputLanguage, fallback = ''): string {
    return value ? value[language] : fallback;
}
