import * as path from 'node:path';
import { closestMatches } from '../text/text-match.js';
import { RULES } from '../validation/rule-catalog.js';
import type { Language, Localized } from '../model/language.js';
import { inputFault } from '../model/vocabulary.js';

export type RuleSeverity = 'ignore' | 'info' | 'warning' | 'error';

/** `kts.config.json`: how a body tunes KTS for its workspace. */
export interface KtsConfig {
    /** Language of diagnostics and generated documents. */
    language: Language;
    /** Missing mandatory content (Chương 1, III.2) is an error instead of a warning. */
    strict: boolean;
    /** Extra catalogue files or folders (`.kts` or `.json`), relative to the config file. */
    catalogs: string[];
    /** Per-rule severity overrides, e.g. `{ "kts/integration-bypasses-platform": "error" }`. */
    rules: Record<string, RuleSeverity>;
    /** Folder of the config file; relative paths resolve against it. */
    root?: string;
}

export const CONFIG_FILE_NAME = 'kts.config.json';

export function defaultConfig(): KtsConfig {
    return { language: 'vi', strict: false, catalogs: [], rules: {} };
}

export class ConfigError extends Error {
    constructor(
        readonly file: string,
        readonly detail: Localized
    ) {
        super(`${file}: ${detail.vi} / ${detail.en}`);
    }
}

const SEVERITIES: readonly RuleSeverity[] = ['ignore', 'info', 'warning', 'error'];
const CONFIG_KEYS: readonly string[] = ['language', 'strict', 'catalogs', 'rules'];

/** The problem, with the closest known name offered when one is close. */
function unknownName(problem: Localized, name: string, known: readonly string[]): Localized {
    const [closest] = closestMatches(
        name,
        known.map(candidate => ({ name: candidate })),
        1
    );
    if (!closest) return problem;
    const suggestion = inputFault('didYouMean', { name: closest.name });
    return { vi: `${problem.vi}; ${suggestion.vi}`, en: `${problem.en}; ${suggestion.en}` };
}

export function parseConfig(text: string, file: string): KtsConfig {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        throw new ConfigError(file, inputFault('invalidJson', { detail: (error as Error).message }));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ConfigError(file, inputFault('notJsonObject'));
    }
    const raw = parsed as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
        if (!CONFIG_KEYS.includes(key) && !key.startsWith('$')) {
            throw new ConfigError(
                file,
                unknownName(inputFault('unsupportedConfigKey', { key, keys: CONFIG_KEYS.join(', ') }), key, CONFIG_KEYS)
            );
        }
    }
    const config = defaultConfig();
    config.root = path.dirname(file);
    if (raw.language !== undefined) {
        if (raw.language !== 'vi' && raw.language !== 'en') throw new ConfigError(file, inputFault('configLanguage'));
        config.language = raw.language;
    }
    if (raw.strict !== undefined) {
        if (typeof raw.strict !== 'boolean') throw new ConfigError(file, inputFault('configStrict'));
        config.strict = raw.strict;
    }
    if (raw.catalogs !== undefined) {
        if (!Array.isArray(raw.catalogs) || raw.catalogs.some(item => typeof item !== 'string')) {
            throw new ConfigError(file, inputFault('configCatalogs'));
        }
        config.catalogs = raw.catalogs as string[];
    }
    if (raw.rules !== undefined) {
        if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules))
            throw new ConfigError(file, inputFault('configRules'));
        for (const [rule, severity] of Object.entries(raw.rules)) {
            if (!Object.hasOwn(RULES, rule)) {
                throw new ConfigError(file, unknownName(inputFault('configUnknownRule', { rule }), rule, Object.keys(RULES)));
            }
            if (rule === 'kts/syntax') {
                throw new ConfigError(file, inputFault('configSyntaxSeverity'));
            }
            if (!SEVERITIES.includes(severity as RuleSeverity)) {
                throw new ConfigError(
                    file,
                    inputFault('configSeverity', { rule, severity: String(severity), severities: SEVERITIES.join('/') })
                );
            }
            config.rules[rule] = severity as RuleSeverity;
        }
    }
    return config;
}
