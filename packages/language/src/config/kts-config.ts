import * as fs from 'node:fs';
import * as path from 'node:path';

export type RuleSeverity = 'ignore' | 'info' | 'warning' | 'error';
export type OutputLanguage = 'vi' | 'en';

/** `kts.config.json`: how a body tunes KTS for its workspace. */
export interface KtsConfig {
    /** Language of diagnostics and generated documents. */
    language: OutputLanguage;
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
    constructor(readonly file: string, readonly detail: string) {
        super(`${file}: ${detail}`);
    }
}

const SEVERITIES: readonly RuleSeverity[] = ['ignore', 'info', 'warning', 'error'];

export function parseConfig(text: string, file: string): KtsConfig {
    let raw: Record<string, unknown>;
    try {
        raw = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
        throw new ConfigError(file, `không phải JSON hợp lệ / not valid JSON (${(error as Error).message})`);
    }
    const config = defaultConfig();
    config.root = path.dirname(file);
    if (raw.language !== undefined) {
        if (raw.language !== 'vi' && raw.language !== 'en') throw new ConfigError(file, '"language" phải là "vi" hoặc "en" / "language" must be "vi" or "en"');
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
        if (typeof raw.rules !== 'object' || raw.rules === null) throw new ConfigError(file, '"rules" phải là một đối tượng / "rules" must be an object');
        for (const [rule, severity] of Object.entries(raw.rules)) {
            if (!SEVERITIES.includes(severity as RuleSeverity)) {
                throw new ConfigError(file, `"rules.${rule}": mức "${String(severity)}" không hợp lệ, dùng ${SEVERITIES.join('/')} / invalid severity, use ${SEVERITIES.join('/')}`);
            }
            config.rules[rule] = severity as RuleSeverity;
        }
    }
    return config;
}

/** Finds `kts.config.json` in the folder or its ancestors. */
export function findConfigFile(startDir: string): string | undefined {
    let dir = path.resolve(startDir);
    for (;;) {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if (fs.existsSync(candidate)) return candidate;
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

export function loadConfig(startDir: string): KtsConfig {
    const file = findConfigFile(startDir);
    return file ? parseConfig(fs.readFileSync(file, 'utf8'), file) : defaultConfig();
}
