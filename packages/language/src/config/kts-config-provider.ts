import { defaultConfig, type KtsConfig } from './kts-config.js';

/** Holds the workspace configuration that validation and generation read. */
export class KtsConfigProvider {
    private config: KtsConfig = defaultConfig();
    private overrides: EditorOverrides = {};

    get(): KtsConfig {
        return { ...this.config, ...this.overrides };
    }

    set(config: KtsConfig): void {
        this.config = config;
    }

    /** An editor's own settings (VS Code's `kts.outputLanguage`, `kts.strictness`) win over `kts.config.json`. */
    override(overrides: EditorOverrides): void {
        this.overrides = overrides;
    }
}

export type EditorOverrides = Partial<Pick<KtsConfig, 'language' | 'strict'>>;
