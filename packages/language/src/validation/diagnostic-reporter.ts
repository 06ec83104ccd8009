import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { KtsConfig } from '../config/kts-config.js';
import type { Localized } from '../model/language.js';
import { formatMessage, RULES, type RuleId } from './rule-catalog.js';

/** A message argument; a term in both languages is picked by the output language. */
export type MessageArgument = string | number | Localized;

export interface ReportOptions<N extends AstNode> {
    property?: Properties<N>;
    index?: number;
    range?: Range;
    /** Extra data for quick fixes (e.g. suggested replacements). */
    data?: Record<string, unknown>;
    /** Severity this occurrence calls for when the workspace config does not override the rule. */
    severity?: 'info' | 'warning';
}

/** Turns a rule violation into a diagnostic with the configured severity, message language and rule id. */
export class DiagnosticReporter {
    constructor(
        private readonly accept: ValidationAcceptor,
        readonly config: KtsConfig
    ) {}

    get language() {
        return this.config.language;
    }

    report<N extends AstNode>(rule: RuleId, node: N, args: Record<string, MessageArgument>, options: ReportOptions<N> = {}): void {
        const severity = this.config.rules[rule] ?? options.severity ?? this.severityOf(rule);
        if (severity === 'ignore') return;
        const language = this.config.language;
        const localized = Object.fromEntries(
            Object.entries(args).map(([key, value]) => [key, typeof value === 'object' ? value[language] : value])
        );
        const message = formatMessage(rule, language, localized);
        this.accept(severity === 'info' ? 'info' : severity, message, {
            node,
            property: options.property,
            index: options.index,
            range: options.range,
            code: rule,
            data: { rule, ...options.data }
        });
    }

    severityOf(rule: RuleId) {
        const override = this.config.rules[rule];
        if (override) return override;
        if (rule === 'kts/missing-content' && this.config.strict) return 'error';
        return RULES[rule].severity;
    }
}

/**
 * Runs a check so that a bug in it is logged and never stops the other rules. `rule` names every rule id the
 * check reports (comma-separated), or the group of checks it runs, so that the log points at the right code.
 */
export function guarded(rule: string, check: () => void): void {
    try {
        check();
    } catch (error) {
        console.error(`KTS: rule ${rule} failed: ${(error as Error).stack ?? String(error)}`);
    }
}
