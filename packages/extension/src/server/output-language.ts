import type { KtsServices, OutputLanguage } from '@kts/language';

/** The language of generated documents: the `kts.outputLanguage` setting, else `kts.config.json`'s. */
export async function outputLanguage(services: KtsServices): Promise<OutputLanguage> {
    const setting = await services.shared.workspace.ConfigurationProvider.getConfiguration('kts', 'outputLanguage') as unknown;
    return setting === 'vi' || setting === 'en' ? setting : services.config.ConfigProvider.get().language;
}
