import rulesData from '../../data/rules.json' with { type: 'json' };
import type { RuleSeverity } from '../config/kts-config.js';
import { messageTable, type Localized } from '../model/language.js';

export interface RuleDefinition extends Localized {
    severity: Exclude<RuleSeverity, 'ignore'>;
}

export type RuleId = keyof typeof rulesData.rules;

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = rulesData.rules as Record<RuleId, RuleDefinition>;

/** Fills a rule's message in the requested language. */
export const formatMessage = messageTable(RULES);
