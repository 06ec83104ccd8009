import * as path from 'node:path';
import { closestMatches } from '../text/text-match.js';
import { RULES } from '../validation/rule-catalog.js';
import type { Language } from '../model/language.js';

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
        readonly detail: string
    ) {
        super(`${file}: ${detail}`);
    }
}

const SEVERITIES: readonly RuleSeverity[] = ['ignore', 'info', 'warning', 'error'];
const CONFIG_KEYS: readonly string[] = ['language', 'strict', 'catalogs', 'rules'];

/** The bilingual message, with the closest known name offered when one is close. */
function unknownName(vi: string, en: string, name: string, known: readonly string[]): string {
    const [closest] = closestMatches(
        name,
        known.map(candidate => ({ name: candidate })),
        1
    );
    return closest ? `${vi}; có phải "${closest.name}"? / ${en}; did you mean "${closest.name}"?` : `${vi} / ${en}`;
}

export function parseConfig(text: string, file: string): KtsConfig {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        throw new ConfigError(file, `không phải JSON hợp lệ / not valid JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ConfigError(file, 'phải là một đối tượng JSON { … } / must be a JSON object { … }');
    }
    const raw = parsed as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
        if (!CONFIG_KEYS.includes(key) && !key.startsWith('$')) {
            throw new ConfigError(
                file,
                unknownName(
                    `khóa "${key}" không được hỗ trợ (dùng ${CONFIG_KEYS.join(', ')})`,
                    `unsupported key "${key}" (use ${CONFIG_KEYS.join(', ')})`,
                    key,
                    CONFIG_KEYS
                )
            );
        }
    }
    const config = defaultConfig();
    config.root = path.dirname(file);
    if (raw.language !== undefined) {
        if (raw.language !== 'vi' && raw.language !== 'en')
            throw new ConfigError(file, '"language" phải là "vi" hoặc "en" / "language" must be "vi" or "en"');
        config.language = raw.language;
    }
    if (raw.strict !== undefined) {
        if (typeof raw.strict !== 'boolean') throw new ConfigError(file, '"strict" phải là true/false / "strict" must be a boolean');
        config.strict = raw.strict;
    }
    if (raw.catalogs !== undefined) {
        if (!Array.isArray(raw.catalogs) || raw.catalogs.some(item => typeof item !== 'string')) {
            throw new ConfigError(file, '"catalogs" phải là mảng đường dẫn / "catalogs" must be an array of paths');
        }
        config.catalogs = raw.catalogs as string[];
    }
    if (raw.rules !== undefined) {
        if (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules))
            throw new ConfigError(file, '"rules" phải là một đối tượng / "rules" must be an object');
        for (const [rule, severity] of Object.entries(raw.rules)) {
            if (!Object.hasOwn(RULES, rule)) {
                throw new ConfigError(
                    file,
                    unknownName(`"rules": không có quy tắc "${rule}"`, `"rules": there is no rule "${rule}"`, rule, Object.keys(RULES))
                );
            }
            if (rule === 'kts/syntax') {
                throw new ConfigError(
                    file,
                    '"rules.kts/syntax": lỗi cú pháp luôn là lỗi, không đổi mức được / syntax errors are always errors and cannot be overridden'
                );
            }
            if (!SEVERITIES.includes(severity as RuleSeverity)) {
                throw new ConfigError(
                    file,
                    `"rules.${rule}": mức "${String(severity)}" không hợp lệ, dùng ${SEVERITIES.join('/')} / invalid severity, use ${SEVERITIES.join('/')}`
                );
            }
            config.rules[rule] = severity as RuleSeverity;
        }
    }
    return config;
}
