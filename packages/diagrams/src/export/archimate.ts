import type { ArchitectureModel } from '@kts/language/model';
import { findFramework } from '../content/model-nodes.js';
import type { Language, RenderOptions } from '../view-types.js';
import { ConceptCollector } from './archimate/concepts.js';
import { writeExchange } from './archimate/exchange-writer.js';
import { layoutViews } from './archimate/views.js';

export { ARCHIMATE_NAMESPACE } from './archimate/exchange-writer.js';

export interface ArchiMateOptions {
    /** Language of the diagram views' words (names are written in both languages). Default Vietnamese. */
    language?: Language;
    /** The functional layers the overview is drawn in, as for the diagrams (`RenderOptions.overviewLayers`). */
    overviewLayers?: RenderOptions['overviewLayers'];
}

/**
 * The framework as an ArchiMate Model Exchange File (Open Group, ArchiMate 3): its elements, the national
 * components and other bodies' elements it refers to, principles, goals, tasks and both plateaus, the relations
 * mapped to ArchiMate relationships, and one view per diagram with the diagrams' own geometry.
 */
export async function toArchiMateExchange(model: ArchitectureModel, frameworkId: string, options: ArchiMateOptions = {}): Promise<string> {
    const framework = findFramework(model, frameworkId);
    const collected = new ConceptCollector(model, framework);
    collected.collect();
    // Views reuse the diagrams' layout, which needs the (asynchronously loaded) layout engine.
    const views = await layoutViews(model, framework.id, collected.byKey, options.language ?? 'vi', options.overviewLayers);
    return writeExchange(framework, collected, views);
}
