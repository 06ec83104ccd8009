import { defaultConfig, type KtsConfig } from './kts-config.js';

/** Holds the workspace configuration that validation and generation read. */
export class KtsConfigProvider {
    private config: KtsConfig = defaultConfig();

    get(): KtsConfig {
        return this.config;
    }

    set(config: KtsConfig): void {
        this.config = config;
    }
}
