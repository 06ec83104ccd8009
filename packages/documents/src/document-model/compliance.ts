import {
    LAYER_KINDS,
    type ArchitectureModel,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type LayerKind,
    type PrincipleModel,
    type RelationKind,
    type RelationModel,
    type StateKind
} from '@kts/language/model';
import evidenceData from '../../data/compliance-evidence.json' with { type: 'json' };

export interface EvidenceSelector {
    state?: StateKind;
    layers?: LayerKind[];
    kinds?: string[];
    relations?: RelationKind[];
    nationalKinds?: string[];
    standards?: boolean;
}

export interface EvidenceRule {
    basis: string;
    selectors: EvidenceSelector[];
}

export const EVIDENCE_RULES = evidenceData.principles as Record<string, EvidenceRule>;

/** How the framework addresses one national principle (Chương 1, III.3 of framework 4.0, or a profile's own). */
export interface PrincipleCompliance<P extends { code: string } = CatalogEntryModel> {
    principle: P;
    /** The framework's principles that cite it (`implements`). */
    frameworkPrinciples: PrincipleModel[];
    /** Target elements that, by the rules of `data/compliance-evidence.json`, bear on it. */
    evidence: ElementModel[];
    status: 'principle' | 'evidence-only' | 'not-addressed';
}

/** One national component the framework connects to (Chương 3, II) and every relation that does. */
export interface NationalConnection {
    component: CatalogEntryModel;
    links: NationalLink[];
}

export interface NationalLink {
    element: ElementModel;
    relation: RelationModel;
    /** Whether the component is the relation's end or a platform it passes through. */
    role: 'target' | 'via';
}

export function principleCompliance(
    framework: FrameworkModel,
    model: ArchitectureModel,
    principles: CatalogEntryModel[] = model.nationalPrinciples,
    rules: Record<string, EvidenceRule> = EVIDENCE_RULES
): PrincipleCompliance[] {
    return principlesAddressed(framework, principles, rules);
}

/** How the framework addresses each of a list of national principles, named by code (a profile's own entries). */
export function principlesAddressed<P extends { code: string }>(
    framework: FrameworkModel,
    principles: readonly P[],
    rules: Record<string, EvidenceRule> = EVIDENCE_RULES
): Array<PrincipleCompliance<P>> {
    return principles.map(principle => {
        const frameworkPrinciples = framework.principles.filter(own => own.implements.some(entry => entry.code === principle.code));
        const selectors = rules[principle.code]?.selectors ?? [];
        const evidence =
            selectors.length === 0
                ? []
                : frameworkElements(framework).filter(element => selectors.some(selector => matches(element, selector)));
        const status = frameworkPrinciples.length > 0 ? 'principle' : evidence.length > 0 ? 'evidence-only' : 'not-addressed';
        return { principle, frameworkPrinciples, evidence, status };
    });
}

function matches(element: ElementModel, selector: EvidenceSelector): boolean {
    if (element.state !== (selector.state ?? 'target')) return false;
    if (selector.layers && !selector.layers.includes(element.layer)) return false;
    if (selector.kinds && !selector.kinds.includes(element.kind)) return false;
    if (selector.relations && !element.relations.some(relation => selector.relations!.includes(relation.kind))) return false;
    if (selector.nationalKinds) {
        const kinds = new Set(
            element.relations
                .flatMap(relation => [relation.target, ...relation.via])
                .flatMap(node => (node.type === 'national' ? [node.entry.kind] : []))
        );
        if (!selector.nationalKinds.some(kind => kinds.has(kind))) return false;
    }
    if (selector.standards && element.standards.length === 0 && !element.relations.some(relation => relation.standards.length > 0))
        return false;
    return true;
}

/**
 * The national systems and platforms (Chương 3, II; catalogue tiers `national` and `body`) that elements of one
 * architecture point to or pass through, in section order. User groups, channel and infrastructure types (no
 * tier) are kinds of things every body has, not components it connects to. By default the target architecture,
 * the one the framework commits to; the current one when no target is declared.
 */
export function nationalConnections(framework: FrameworkModel, state: StateKind = connectionState(framework)): NationalConnection[] {
    const byCode = new Map<string, NationalConnection>();
    const add = (component: CatalogEntryModel, link: NationalLink) => {
        let connection = byCode.get(component.code);
        if (!connection) {
            connection = { component, links: [] };
            byCode.set(component.code, connection);
        }
        connection.links.push(link);
    };
    for (const element of frameworkElements(framework).filter(item => item.state === state)) {
        for (const relation of element.relations) {
            if (relation.target.type === 'national' && relation.target.entry.tier)
                add(relation.target.entry, { element, relation, role: 'target' });
            for (const via of relation.via) {
                if (via.type === 'national' && via.entry.tier) add(via.entry, { element, relation, role: 'via' });
            }
        }
    }
    return [...byCode.values()].sort(
        (a, b) =>
            (a.component.section ?? '~').localeCompare(b.component.section ?? '~', 'vi', { numeric: true }) ||
            a.component.code.localeCompare(b.component.code)
    );
}

export function connectionState(framework: FrameworkModel): StateKind {
    return framework.states.target.declared || !framework.states.current.declared ? 'target' : 'current';
}

/** Target elements first, then current ones, each in layer order. */
export function frameworkElements(framework: FrameworkModel): ElementModel[] {
    return (['target', 'current'] as const).flatMap(state => LAYER_KINDS.flatMap(layer => framework.states[state].layers[layer].elements));
}
