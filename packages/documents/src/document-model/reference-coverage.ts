import {
    LAYER_KINDS,
    METAMODEL,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type LayerKind
} from '@kts/language/model';
import { frameworkElements } from './compliance.js';

/** One catalogue code and the elements that cite it. */
export interface CodeUsage {
    entry: CatalogEntryModel;
    elements: ElementModel[];
}

/** How far the elements of a component architecture are mapped to its reference model (Chương 2). */
export interface ModelCoverage {
    model: string;
    /** The component architecture the model is the basis for; none for cross-cutting lists such as standards. */
    layer?: LayerKind;
    /** Elements of that architecture, current and target together. */
    elementCount: number;
    /** Of those, the ones citing at least one code of the model. */
    mappedCount: number;
    codes: CodeUsage[];
}

/** Catalogues that the compliance matrix or the element tables show instead. */
const NOT_REFERENCE_MODELS = new Set(['NATIONAL', 'PRINCIPLE', 'AGENCY', 'SECURITY_LEVEL']);

/** The reference models in layer order (BRM, DRM, ARM, TRM, SRM), then any other model the framework cites. */
export function referenceCoverage(framework: FrameworkModel): ModelCoverage[] {
    const elements = frameworkElements(framework);
    const usage = new Map<string, Map<string, CodeUsage>>();
    const cite = (entry: CatalogEntryModel, element: ElementModel) => {
        if (NOT_REFERENCE_MODELS.has(entry.model)) return;
        let codes = usage.get(entry.model);
        if (!codes) {
            codes = new Map();
            usage.set(entry.model, codes);
        }
        let code = codes.get(entry.code);
        if (!code) {
            code = { entry, elements: [] };
            codes.set(entry.code, code);
        }
        if (!code.elements.includes(element)) code.elements.push(element);
    };
    for (const element of elements) {
        for (const entry of [...element.codes, ...element.standards, ...element.relations.flatMap(relation => relation.standards)])
            cite(entry, element);
    }

    const layerOfModel = new Map<string, LayerKind>();
    for (const layer of LAYER_KINDS) for (const model of METAMODEL.layers[layer].models) layerOfModel.set(model, layer);
    const models = [...layerOfModel.keys(), ...[...usage.keys()].filter(model => !layerOfModel.has(model)).sort()];
    return models.map(model => {
        const layer = layerOfModel.get(model);
        const inLayer = layer ? elements.filter(element => element.layer === layer) : [];
        const codes = [...(usage.get(model)?.values() ?? [])].sort((a, b) =>
            a.entry.code.localeCompare(b.entry.code, 'en', { numeric: true })
        );
        const cited = new Set(codes.flatMap(code => code.elements));
        return {
            model,
            layer,
            elementCount: layer ? inLayer.length : cited.size,
            mappedCount: layer ? inLayer.filter(element => cited.has(element)).length : cited.size,
            codes
        };
    });
}
