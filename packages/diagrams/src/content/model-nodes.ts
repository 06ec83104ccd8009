import {
    LAYER_KINDS,
    type ArchitectureModel,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type LayerKind,
    type NodeRef,
    type StateKind
} from '@kts/language/model';
import { kindName, t } from '../i18n.js';
import type { Language } from '../view-types.js';
import type { DiagramNode, NodeShape, Palette } from './diagram-content.js';

/** Everything a view builder needs: the model, the framework drawn, the state and the language. */
export interface ViewContext {
    model: ArchitectureModel;
    framework: FrameworkModel;
    state: StateKind;
    language: Language;
}

export class UnknownFrameworkError extends Error {}

export function findFramework(model: ArchitectureModel, frameworkId: string): FrameworkModel {
    const framework = model.frameworks.find(candidate => candidate.id === frameworkId);
    if (!framework) {
        const known = model.frameworks.map(candidate => candidate.id).join(', ') || '—';
        throw new UnknownFrameworkError(
            `Không có khung kiến trúc "${frameworkId}" (có: ${known}) / no framework "${frameworkId}" (known: ${known})`
        );
    }
    return framework;
}

export function layerElements(framework: FrameworkModel, state: StateKind, layer: LayerKind): ElementModel[] {
    return framework.states[state].layers[layer].elements;
}

export function stateElements(framework: FrameworkModel, state: StateKind): ElementModel[] {
    return LAYER_KINDS.flatMap(layer => layerElements(framework, state, layer));
}

const ELEMENT_SHAPES: Record<string, NodeShape> = {
    actor: 'actor',
    activity: 'activity',
    process: 'process',
    service: 'service',
    database: 'database',
    dataset: 'dataset',
    app: 'application',
    portal: 'portal',
    channel: 'channel',
    platform: 'platform',
    datacenter: 'node',
    infrastructure: 'node',
    cloud: 'cloud',
    network: 'network',
    device: 'device',
    system: 'security',
    measure: 'measure'
};

const NATIONAL_SHAPES: Record<string, NodeShape> = {
    actor: 'actor',
    channel: 'channel',
    portal: 'portal',
    platform: 'platform',
    system: 'application',
    database: 'database',
    infrastructure: 'node',
    security: 'security',
    policy: 'policy'
};

/** Element kinds whose names describe national component kinds that have none of their own. */
const NATIONAL_KIND_NAMES: Record<string, string> = { system: 'app', security: 'system' };

/** The element kind a national component is named and placed as: a national system as an application, and so on. */
export function nationalElementKind(entry: CatalogEntryModel): string {
    return NATIONAL_KIND_NAMES[entry.kind] ?? entry.kind;
}

/** National components that are networks rather than hosting infrastructure. */
const NATIONAL_NETWORKS = new Set(['mtslcd', 'mang-ket-noi']);

const NATIONAL_PALETTES: Record<string, Palette> = {
    actor: 'business',
    channel: 'application',
    portal: 'application',
    platform: 'application',
    system: 'application',
    database: 'data',
    infrastructure: 'technology',
    security: 'security',
    policy: 'policy'
};

export function elementTitle(element: ElementModel, language: Language): string {
    return language === 'en' && element.titleEn ? element.titleEn : element.title;
}

export function nationalTitle(entry: CatalogEntryModel, language: Language): string {
    return language === 'en' && entry.nameEn ? entry.nameEn : entry.name;
}

/** Short name of a national component for captions: its abbreviation when it has one. */
export function nationalShortName(entry: CatalogEntryModel, language: Language): string {
    return entry.abbreviation ?? nationalTitle(entry, language);
}

export interface NodeDetailOptions {
    owner?: boolean;
    level?: boolean;
    realizes?: boolean;
}

export function elementNode(context: ViewContext, element: ElementModel, details: NodeDetailOptions = {}): DiagramNode {
    const { language } = context;
    const other = element.framework !== context.framework.id;
    const lines: string[] = [];
    if (details.realizes !== false) {
        const realized = element.relations.flatMap(relation =>
            relation.kind === 'realizes' && relation.target.type === 'national' ? [nationalShortName(relation.target.entry, language)] : []
        );
        if (realized.length > 0) lines.push(t('node.realizes', language, { name: realized.join(', ') }));
    }
    if (details.owner && element.owner) lines.push(t('node.owner', language, { owner: element.owner }));
    if (details.level !== false && element.securityLevel !== undefined)
        lines.push(t('node.level', language, { level: element.securityLevel }));
    const caption = other
        ? `${kindName(element.kind, language)} · ${otherBodyName(context.model, element.framework, language)}`
        : kindName(element.kind, language);
    return {
        key: element.qualifiedName,
        elementId: element.qualifiedName,
        title: elementTitle(element, language),
        caption,
        kindName: kindName(element.kind, language),
        details: lines,
        palette: element.layer,
        shape: ELEMENT_SHAPES[element.kind] ?? 'application',
        origin: other ? 'other' : 'body'
    };
}

function otherBodyName(model: ArchitectureModel, frameworkId: string, language: Language): string {
    const framework = model.frameworks.find(candidate => candidate.id === frameworkId);
    const body = framework?.body;
    if (!body) return t('node.otherBody', language);
    return body.abbreviation ?? (language === 'en' && body.nameEn ? body.nameEn : body.name);
}

export function nationalKey(code: string): string {
    return `national:${code}`;
}

export function nationalNode(entry: CatalogEntryModel, language: Language): DiagramNode {
    const shape = NATIONAL_NETWORKS.has(entry.code) ? 'network' : (NATIONAL_SHAPES[entry.kind] ?? 'application');
    const title = nationalTitle(entry, language);
    const kind = entry.kind === 'policy' ? t('band.policy', language) : kindName(nationalElementKind(entry), language);
    const caption = `${kind} · ${t('node.national', language)}`;
    return {
        key: nationalKey(entry.code),
        nationalCode: entry.code,
        title: entry.abbreviation && !title.includes(entry.abbreviation) ? `${title} (${entry.abbreviation})` : title,
        caption,
        kindName: kind,
        details: [],
        palette: NATIONAL_PALETTES[entry.kind] ?? 'neutral',
        shape,
        origin: 'national'
    };
}

export function refKey(ref: NodeRef): string {
    return ref.type === 'element' ? ref.qualifiedName : nationalKey(ref.entry.code);
}

/** The node for a reference, or undefined when it names an element the model does not hold. */
export function refNode(context: ViewContext, ref: NodeRef, details: NodeDetailOptions = {}): DiagramNode | undefined {
    if (ref.type === 'national') return nationalNode(ref.entry, context.language);
    const element = context.model.elements.get(ref.qualifiedName);
    return element ? elementNode(context, element, details) : undefined;
}
