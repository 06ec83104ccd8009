import { AstUtils } from 'langium';
import {
    isArchitecture,
    isCatalogEntry,
    isElement,
    isSecurityLevelProperty,
    isCodesProperty,
    type CatalogEntry,
    type Element,
    type Layer,
    type Relation
} from '../generated/ast.js';
import { entryModel } from '../references/kts-naming.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { layerOfKind, METAMODEL } from '../model/metamodel.js';
import { term, VOCABULARY } from '../model/vocabulary.js';
import { sectionReference, type FrameworkProfile } from '../model/framework-profile.js';
import { NON_REFERENCE_MODELS, type KtsScopeProvider } from '../references/kts-scope-provider.js';
import { isLocalModelFor, matchesKind, positionFit } from '../references/kts-position-fit.js';
import { closestByName } from '../text/vietnamese-search.js';
import { suggestionData, suggestionText } from './reference-rules.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';

/** Element kind belongs to its component architecture (data/architecture-rules.json `layers`). */
export function checkElementKindInLayer(element: Element, reporter: DiagnosticReporter): void {
    const layer = element.$container.kind;
    const allowed = METAMODEL.layers[layer]?.kinds ?? [];
    if (allowed.includes(element.kind)) return;
    const expected = layerOfKind(element.kind);
    reporter.report(
        'kts/element-kind-layer',
        element,
        {
            kind: element.kind,
            layer: term('layer', layer, reporter.language),
            expected: expected ? `\`${expected}\`` : '?'
        },
        { property: 'kind' }
    );
}

/** Security level of an information system is 1–5 (Nghị định 85/2016/NĐ-CP). */
export function checkSecurityLevel(element: Element, reporter: DiagnosticReporter): void {
    for (const property of element.properties) {
        if (!isSecurityLevelProperty(property)) continue;
        const level = Number(property.level);
        if (level < 1 || level > 5) {
            reporter.report('kts/security-level-range', property, { level: property.level, element: element.name }, { property: 'level' });
        }
    }
}

/**
 * What only one place prints: the four-layer model in the security layer, an assessment in the current state (as
 * the section of the current architecture in the framework's governing profile, asked for only when needed, says).
 */
export function checkLayerBlocks(layer: Layer, governingProfile: () => FrameworkProfile, reporter: DiagnosticReporter): void {
    if (layer.kind !== 'security')
        for (const protection of layer.protection) reporter.report('kts/protection-not-security', protection, {});
    if (layer.$container.state !== 'current' && layer.assessments.length > 0) {
        const section = sectionReference(governingProfile(), 'đ');
        for (const assessment of layer.assessments) reporter.report('kts/assessment-not-current', assessment, { section });
    }
}

/** The lowest level whose dossier approval the document must show (Nghị định 85/2016/NĐ-CP, levels 3–5). */
const APPROVAL_EXPECTED_FROM_LEVEL = 3;

/**
 * A system in operation at level 3 or above has an approved level dossier, or the framework plans one. Only
 * the current state: a target system's dossier is approved with its design, after the framework.
 */
export function checkSecurityApproval(element: Element, reporter: DiagnosticReporter): void {
    if (AstUtils.getContainerOfType(element, isArchitecture)?.state !== 'current') return;
    for (const property of element.properties) {
        if (!isSecurityLevelProperty(property) || property.decision !== undefined) continue;
        const level = Number(property.level);
        if (level >= APPROVAL_EXPECTED_FROM_LEVEL && level <= 5) {
            reporter.report('kts/security-level-not-approved', property, { element: element.name, level }, { property: 'level' });
        }
    }
}

/** Each relation's source and target kinds, as data/architecture-rules.json `relations` allows. */
export function checkRelationKinds(relation: Relation, reporter: DiagnosticReporter): void {
    const element = relation.$container;
    const definition = METAMODEL.relations[relation.kind];
    if (!definition) return;
    const expected = VOCABULARY.relationTarget[relation.kind]?.[reporter.language] ?? '';
    if (!matchesKind(definition.sources, element.kind, false)) {
        reporter.report(
            'kts/relation-source-kind',
            relation,
            { kind: element.kind, relation: relation.kind, expected },
            { property: 'kind' }
        );
        return;
    }
    relation.targets.forEach((target, index) => {
        const node = target.ref;
        if (!node) return;
        const targetKind = isElement(node) ? node.kind : isCatalogEntry(node) ? (node.kind ?? '') : '';
        const national = isCatalogEntry(node);
        if (!matchesKind(definition.targets, targetKind, national)) {
            reporter.report(
                'kts/relation-target-kind',
                relation,
                {
                    relation: relation.kind,
                    element: element.name,
                    ref: target.$refText,
                    targetKind: national ? `national:${targetKind}` : targetKind,
                    expected
                },
                { property: 'targets', index }
            );
        }
    });
    relation.via.forEach((via, index) => {
        const node = via.ref;
        if (node && !isPlatform(node)) {
            reporter.report('kts/via-not-platform', relation, { ref: via.$refText }, { property: 'via', index });
        }
    });
}

/** A platform element of the body (its LGSP) or a national platform such as NDXP. */
export function isPlatform(node: Element | CatalogEntry): boolean {
    if (isElement(node)) return METAMODEL.platformKinds.includes(node.kind);
    return METAMODEL.platformKinds.includes(`national:${node.kind ?? ''}`);
}

/**
 * Reference-model codes fit the element's component architecture and are as specific as the model asks.
 * Both findings carry quick-fix suggestions: codes of the right model whose names are closest to the
 * element's (and the misplaced code's) name, or the children of a group code.
 */
export function checkCodes(element: Element, catalogs: CatalogIndex, scopes: KtsScopeProvider, reporter: DiagnosticReporter): void {
    const layer = element.$container.kind;
    const expectedModels = METAMODEL.layers[layer]?.models ?? [];
    for (const property of element.properties) {
        if (!isCodesProperty(property)) continue;
        const fitting = () => {
            const fit = positionFit({ container: property, property: 'codes' }, catalogs);
            return [...scopes.visible({ kind: 'code', accepts: model => !NON_REFERENCE_MODELS.has(model) })].filter(
                candidate => !fit || fit(candidate)
            );
        };
        property.codes.forEach((code, index) => {
            const entry = code.ref;
            if (!entry) return;
            const model = entryModel(entry);
            if (!expectedModels.includes(model) && !isLocalModelFor(model, expectedModels, catalogs)) {
                const candidates = fitting();
                const matches = [...new Set([...closestByName(element.title, candidates), ...closestByName(entry.title, candidates)])];
                reporter.report(
                    'kts/code-wrong-model',
                    property,
                    {
                        model,
                        code: code.$refText,
                        kind: element.kind,
                        layer: term('layer', layer, reporter.language),
                        expected: expectedModels.join('/'),
                        suggestion: suggestionText(matches, reporter.language)
                    },
                    { property: 'codes', index, data: suggestionData(matches) }
                );
                return;
            }
            // The children are counted only for a model that asks for leaves: a key string and a look-up per code otherwise.
            const children = catalogs.models().get(model)?.leafOnly ? catalogs.children(model, entry.name) : 0;
            if (children > 0) {
                const childCodes = fitting().filter(
                    candidate =>
                        isCatalogEntry(candidate.node) &&
                        candidate.node.parent?.$refText === entry.name &&
                        entryModel(candidate.node) === model
                );
                const matches = [...new Set([...closestByName(element.title, childCodes, MAX_CHILD_SUGGESTIONS, 0), ...childCodes])].slice(
                    0,
                    MAX_CHILD_SUGGESTIONS
                );
                reporter.report(
                    'kts/code-not-leaf',
                    property,
                    { code: code.$refText, children, model, suggestion: suggestionText(matches, reporter.language) },
                    { property: 'codes', index, data: suggestionData(matches) }
                );
            }
        });
    }
}

const MAX_CHILD_SUGGESTIONS = 5;
