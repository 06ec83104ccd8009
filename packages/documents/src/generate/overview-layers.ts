import { FRAMEWORK_PROFILES, frameworkProfile, type FrameworkModel, type FunctionalLayer } from '@kts/language/model';

/**
 * The shape the overview is drawn in: `four` — the functional layers of a profile that has them (the 2025 national
 * framework's four), `five` — the tiers of framework 4.0 around its five component architectures.
 */
export type OverviewShape = 'four' | 'five';
export const OVERVIEW_SHAPES: readonly OverviewShape[] = ['four', 'five'];

/**
 * The functional layers the framework's overview is drawn in, for the diagrams' `overviewLayers`: by default those of
 * its governing profile (none under framework 4.0); `four` asks for layers under any profile (the governing one's, else
 * the first shipped profile's that has them), `five` for the tiers of framework 4.0.
 */
export function overviewLayers(framework: FrameworkModel, shape?: OverviewShape): readonly FunctionalLayer[] | undefined {
    if (shape === 'five') return undefined;
    const governing = frameworkProfile(framework).functionalLayers?.layers;
    if (governing || shape !== 'four') return governing;
    return FRAMEWORK_PROFILES.find(profile => profile.functionalLayers)?.functionalLayers?.layers;
}
