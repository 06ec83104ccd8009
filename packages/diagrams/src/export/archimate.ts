import {
    frameworkTitle, gapStatus, LAYER_KINDS, term, VOCABULARY, type ArchitectureModel, type CatalogEntryModel, type ElementModel, type FrameworkModel,
    type NodeRef, type RelationModel
} from '@kts/language/model';
import mapping from '../../data/archimate-mapping.json' with { type: 'json' };
import { findFramework } from '../content/model-nodes.js';
import { allViewRequests, drawView, viewTitle } from '../render-view.js';
import type { DrawnBox } from '../render/block-svg.js';
import { PALETTES } from '../style/palette.js';
import type { Language, ViewKind } from '../view-types.js';
import { XmlWriter } from './xml-writer.js';

export const ARCHIMATE_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${ARCHIMATE_NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

type Localized = { vi: string; en?: string };
type PropertyKey = keyof typeof mapping.properties;
type WordKey = keyof typeof mapping.words;

interface RelationRule {
    type: string;
    reverse?: boolean;
    sameType?: boolean;
    accessType?: string;
    sources?: string[];
    targets?: string[];
}

const RELATION_RULES = mapping.relations as Record<string, RelationRule[]>;
const ELEMENT_TYPES = mapping.elementTypes as Record<string, string>;
const NATIONAL_TYPES = mapping.nationalTypes as Record<string, string>;
const ORGANIZATIONS = mapping.organizations as Record<string, Localized & { types: string[] }>;

interface Property {
    key: string;
    value: string;
}

interface Concept {
    /** Key as the diagrams use it: qualified name, `national:<code>`, `principle:<fw>.<id>`, `task:<qualified name>`… */
    key: string;
    id: string;
    type: string;
    name: Localized;
    documentation?: string;
    properties: Property[];
    /** Sub-folder inside the ArchiMate layer folder. */
    folder: Localized;
}

interface Relationship {
    id: string;
    type: string;
    source: string;
    target: string;
    name?: Localized;
    accessType?: string;
    properties: Property[];
}

export interface ArchiMateOptions {
    /** Language of the diagram views' words (names are written in both languages). Default Vietnamese. */
    language?: Language;
}

/**
 * The framework as an ArchiMate Model Exchange File (Open Group, ArchiMate 3): its elements, the national
 * components and other bodies' elements it refers to, principles, goals, tasks and both plateaus, the relations
 * mapped to ArchiMate relationships, and one view per diagram with the diagrams' own geometry.
 */
export async function toArchiMateExchange(model: ArchitectureModel, frameworkId: string, options: ArchiMateOptions = {}): Promise<string> {
    const framework = findFramework(model, frameworkId);
    const builder = new ExchangeBuilder(model, framework);
    builder.collect();
    // Views reuse the diagrams' layout, which needs the (asynchronously loaded) layout engine.
    const views = await builder.layoutViews(options.language ?? 'vi');
    return builder.write(views);
}

function word(key: WordKey): Localized {
    return mapping.words[key];
}

/** xs:ID values: an NCName, so letters, digits, '-', '_' and '.' after a letter. */
function ncName(prefix: string, text: string): string {
    return `${prefix}-${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

class ExchangeBuilder {
    private readonly concepts: Concept[] = [];
    private readonly byKey = new Map<string, Concept>();
    private readonly relationships: Relationship[] = [];
    private readonly usedIds = new Set<string>();

    constructor(private readonly model: ArchitectureModel, private readonly framework: FrameworkModel) {}

    collect(): void {
        const { framework } = this;
        const states = (['current', 'target'] as const).filter(state => framework.states[state].declared);
        for (const state of states) {
            this.add({ key: `plateau:${state}`, type: 'Plateau', name: word(`plateau.${state}`), properties: [], folder: word(`plateau.${state}`) });
        }
        const own = states.flatMap(state => LAYER_KINDS.flatMap(layer => framework.states[state].layers[layer].elements));
        for (const element of own) this.addElement(element);
        for (const principle of framework.principles) {
            this.add({
                key: `principle:${framework.id}.${principle.id}`, type: 'Principle', name: { vi: principle.title }, documentation: principle.description,
                properties: [], folder: { vi: 'Nguyên tắc', en: 'Principles' }
            });
        }
        for (const period of framework.goalPeriods) {
            for (const goal of period.goals) {
                this.add({
                    key: `goal:${framework.id}.${goal.id}`, type: 'Goal', name: { vi: goal.title }, documentation: goal.description,
                    properties: [
                        { key: 'period', value: period.period.text },
                        ...goal.indicators.map(indicator => ({ key: 'indicator', value: indicatorText(indicator) }))
                    ],
                    folder: { vi: 'Mục tiêu', en: 'Goals' }
                });
            }
        }
        for (const task of framework.tasks) {
            this.add({
                key: `task:${task.qualifiedName}`, type: 'WorkPackage', name: { vi: task.title }, documentation: task.description,
                properties: [
                    ...(task.period ? [{ key: 'period', value: task.period.text }] : []),
                    ...(task.responsible ? [{ key: 'responsible', value: task.responsible }] : []),
                    ...task.budgets.map(budget => ({ key: 'budget', value: `${budget.amount} ${budget.currency}${budget.funding ? ` (${budget.funding})` : ''}` }))
                ],
                folder: { vi: 'Nhiệm vụ', en: 'Tasks' }
            });
        }

        for (const element of own) {
            for (const relation of element.relations) this.addRelation(element, relation);
        }
        for (const principle of framework.principles) {
            for (const entry of principle.implements) {
                const target = this.addCatalogPrinciple(entry);
                this.relate('Association', `principle:${framework.id}.${principle.id}`, target.key, { name: word('relation.implements') });
            }
        }
        for (const task of framework.tasks) {
            for (const delivered of task.delivers) {
                if (this.byKey.has(delivered)) this.relate('Association', `task:${task.qualifiedName}`, delivered, { name: word('relation.delivers') });
            }
            for (const before of task.after) {
                if (this.byKey.has(`task:${before}`)) this.relate('Triggering', `task:${before}`, `task:${task.qualifiedName}`);
            }
        }
        for (const state of states) {
            for (const element of own.filter(candidate => candidate.state === state)) {
                this.relate('Composition', `plateau:${state}`, element.qualifiedName, { name: word('relation.contains') });
            }
        }
        if (states.length === 2) {
            this.relate('Triggering', 'plateau:current', 'plateau:target');
            this.add({ key: 'gap', type: 'Gap', name: word('gap'), properties: [], folder: word('gap') });
            this.relate('Association', 'gap', 'plateau:current');
            this.relate('Association', 'gap', 'plateau:target');
        }
    }

    private add(concept: Omit<Concept, 'id'>): Concept {
        const existing = this.byKey.get(concept.key);
        if (existing) return existing;
        let id = ncName('id', concept.key);
        while (this.usedIds.has(id)) id += '_';
        this.usedIds.add(id);
        const full = { ...concept, id };
        this.concepts.push(full);
        this.byKey.set(full.key, full);
        return full;
    }

    private addElement(element: ElementModel): Concept {
        const own = element.framework === this.framework.id;
        const properties: Property[] = [
            { key: 'qualifiedName', value: element.qualifiedName },
            { key: 'layer', value: term('layer', element.layer, 'vi') },
            { key: 'kind', value: term('kind', element.kind, 'vi') },
            { key: 'state', value: word(`plateau.${element.state}`).vi }
        ];
        if (own) {
            const status = element.state === 'target' ? gapStatus(element) : this.isRetired(element) ? 'retired' : undefined;
            if (status) properties.push({ key: 'gap', value: term('gapStatus', status, 'vi', 'heading') });
        }
        if (element.owner) properties.push({ key: 'owner', value: element.owner });
        if (element.securityLevel !== undefined) properties.push({ key: 'securityLevel', value: String(element.securityLevel) });
        for (const code of element.codes) properties.push({ key: `referenceCode:${code.model}`, value: code.code });
        for (const standard of element.standards) properties.push({ key: 'standard', value: `${standard.code} ${standard.name}` });
        for (const relation of element.relations) {
            if (relation.kind === 'realizes' && relation.target.type === 'national') properties.push({ key: 'realizes', value: relation.target.entry.code });
        }
        const type = ELEMENT_TYPES[`${element.layer}/${element.kind}`] ?? 'Grouping';
        return this.add({
            key: element.qualifiedName,
            type,
            name: { vi: element.title, en: element.titleEn },
            documentation: element.description ?? element.documentation,
            properties,
            folder: own ? word(`plateau.${element.state}`) : word('folder.other')
        });
    }

    private isRetired(element: ElementModel): boolean {
        const target = this.framework.states.target;
        if (!target.declared) return false;
        return !LAYER_KINDS.some(layer => target.layers[layer].elements.some(candidate => candidate.relations.some(relation =>
            (relation.kind === 'keeps' || relation.kind === 'upgrades') && relation.target.type === 'element' && relation.target.qualifiedName === element.qualifiedName)));
    }

    private addNational(entry: CatalogEntryModel): Concept {
        const type = mapping.nationalNetworks.includes(entry.code) ? 'CommunicationNetwork' : NATIONAL_TYPES[entry.kind] ?? 'Grouping';
        return this.add({
            key: `national:${entry.code}`,
            type,
            name: { vi: entry.name, en: entry.nameEn },
            documentation: entry.description,
            properties: [
                { key: 'nationalCode', value: entry.code },
                ...(entry.section ? [{ key: 'section', value: entry.section }] : []),
                ...(entry.owner ? [{ key: 'owner', value: entry.owner }] : [])
            ],
            folder: word('folder.national')
        });
    }

    private addCatalogPrinciple(entry: CatalogEntryModel): Concept {
        return this.add({
            key: `catalog:${entry.model}:${entry.code}`, type: 'Principle', name: { vi: entry.name, en: entry.nameEn }, documentation: entry.description,
            properties: [{ key: 'nationalCode', value: entry.code }, ...(entry.section ? [{ key: 'section', value: entry.section }] : [])],
            folder: word('folder.national')
        });
    }

    private conceptFor(ref: NodeRef): Concept | undefined {
        if (ref.type === 'national') return this.addNational(ref.entry);
        const existing = this.byKey.get(ref.qualifiedName);
        if (existing) return existing;
        const element = this.model.elements.get(ref.qualifiedName);
        return element ? this.addElement(element) : undefined;
    }

    private addRelation(element: ElementModel, relation: RelationModel): void {
        const source = this.byKey.get(element.qualifiedName)!;
        const target = this.conceptFor(relation.target);
        if (!target) return;
        const name = relation.label ? { vi: relation.label } : undefined;
        const properties: Property[] = [
            ...relation.data.map(item => ({ key: 'data', value: item })),
            ...relation.standards.map(standard => ({ key: 'standard', value: `${standard.code} ${standard.name}` }))
        ];
        const via = relation.via.map(ref => this.conceptFor(ref)).filter((concept): concept is Concept => concept !== undefined);
        if (via.length > 0) properties.push({ key: 'via', value: via.map(concept => concept.name.vi).join(' → ') });
        for (const rule of RELATION_RULES[relation.kind] ?? []) {
            const matches = rule.sameType ? source.type === target.type : rule.sources!.includes(source.type) && rule.targets!.includes(target.type);
            if (!matches) continue;
            const [from, to] = rule.reverse ? [target, source] : [source, target];
            this.relate(rule.type, from.key, to.key, { name, accessType: rule.accessType, properties });
            return;
        }
        this.relate('Association', source.key, target.key, {
            name: name ?? VOCABULARY.relation[relation.kind],
            properties
        });
    }

    private relate(type: string, sourceKey: string, targetKey: string, extra: { name?: Localized; accessType?: string; properties?: Property[] } = {}): void {
        const source = this.byKey.get(sourceKey);
        const target = this.byKey.get(targetKey);
        if (!source || !target) return;
        let id = ncName('id-rel', `${source.id.slice(3)}.${type}.${target.id.slice(3)}`);
        while (this.usedIds.has(id)) id += '_';
        this.usedIds.add(id);
        this.relationships.push({ id, type, source: source.id, target: target.id, name: extra.name, accessType: extra.accessType, properties: extra.properties ?? [] });
    }

    write(views: LaidOutView[]): string {
        const { framework } = this;
        const xml = new XmlWriter();
        xml.open('model', {
            xmlns: ARCHIMATE_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, 'xsi:schemaLocation': SCHEMA_LOCATION,
            identifier: ncName('id-model', framework.id), version: framework.version
        });
        xml.leaf('name', { 'xml:lang': 'vi' }, frameworkTitle(framework, 'vi'));
        if (framework.body?.nameEn) xml.leaf('name', { 'xml:lang': 'en' }, frameworkTitle(framework, 'en'));
        if (framework.vision) xml.leaf('documentation', { 'xml:lang': 'vi' }, framework.vision);
        const definitions = new PropertyDefinitions();
        this.writeProperties(xml, definitions, this.modelProperties());
        xml.open('elements');
        for (const concept of this.concepts) {
            xml.open('element', { identifier: concept.id, 'xsi:type': concept.type });
            writeNames(xml, 'name', concept.name);
            if (concept.documentation) xml.leaf('documentation', { 'xml:lang': 'vi' }, concept.documentation);
            this.writeProperties(xml, definitions, concept.properties);
            xml.close('element');
        }
        xml.close('elements');
        if (this.relationships.length > 0) {
            xml.open('relationships');
            for (const relationship of this.relationships) {
                xml.open('relationship', {
                    identifier: relationship.id, source: relationship.source, target: relationship.target, 'xsi:type': relationship.type,
                    accessType: relationship.accessType, isDirected: relationship.type === 'Association' ? 'true' : undefined
                });
                if (relationship.name) writeNames(xml, 'name', relationship.name);
                this.writeProperties(xml, definitions, relationship.properties);
                xml.close('relationship');
            }
            xml.close('relationships');
        }
        this.writeOrganizations(xml, views);
        if (definitions.used.length > 0) {
            xml.open('propertyDefinitions');
            for (const definition of definitions.used) {
                xml.open('propertyDefinition', { identifier: definition.id, type: definition.type });
                writeNames(xml, 'name', definition.name);
                xml.close('propertyDefinition');
            }
            xml.close('propertyDefinitions');
        }
        if (views.length > 0) {
            xml.open('views').open('diagrams');
            for (const view of views) this.writeView(xml, view);
            xml.close('diagrams').close('views');
        }
        xml.close('model');
        return xml.toString();
    }

    private modelProperties(): Property[] {
        const { framework } = this;
        const properties: Property[] = [];
        if (framework.body) properties.push({ key: 'body', value: framework.body.name });
        if (framework.body?.code) properties.push({ key: 'bodyCode', value: framework.body.code });
        if (framework.level) properties.push({ key: 'level', value: word(`level.${framework.level}`).vi });
        if (framework.version) properties.push({ key: 'version', value: framework.version });
        if (framework.conforms) properties.push({ key: 'conforms', value: framework.conforms });
        if (framework.approval) properties.push({ key: 'approval', value: framework.approval.decision });
        return properties;
    }

    private writeProperties(xml: XmlWriter, definitions: PropertyDefinitions, properties: Property[]): void {
        if (properties.length === 0) return;
        xml.open('properties');
        for (const property of properties) {
            const definition = definitions.get(property.key);
            xml.open('property', { propertyDefinitionRef: definition.id });
            xml.leaf('value', definition.type === 'number' ? {} : { 'xml:lang': 'vi' }, property.value);
            xml.close('property');
        }
        xml.close('properties');
    }

    private writeOrganizations(xml: XmlWriter, views: LaidOutView[]): void {
        xml.open('organizations');
        for (const organization of Object.values(ORGANIZATIONS)) {
            const members = this.concepts.filter(concept => organization.types.includes(concept.type));
            if (members.length === 0) continue;
            xml.open('item');
            writeNames(xml, 'label', organization);
            const folders = new Map<string, Concept[]>();
            const folderNames = new Map<string, Localized>();
            for (const concept of members) {
                folders.set(concept.folder.vi, [...(folders.get(concept.folder.vi) ?? []), concept]);
                folderNames.set(concept.folder.vi, concept.folder);
            }
            for (const [key, concepts] of folders) {
                xml.open('item');
                writeNames(xml, 'label', folderNames.get(key)!);
                for (const concept of concepts) xml.leaf('item', { identifierRef: concept.id });
                xml.close('item');
            }
            xml.close('item');
        }
        const others = this.concepts.filter(concept => !Object.values(ORGANIZATIONS).some(organization => organization.types.includes(concept.type)));
        if (others.length > 0) {
            xml.open('item');
            writeNames(xml, 'label', { vi: 'Khác', en: 'Other' });
            for (const concept of others) xml.leaf('item', { identifierRef: concept.id });
            xml.close('item');
        }
        if (this.relationships.length > 0) {
            xml.open('item');
            writeNames(xml, 'label', word('folder.relations'));
            for (const relationship of this.relationships) xml.leaf('item', { identifierRef: relationship.id });
            xml.close('item');
        }
        if (views.length > 0) {
            xml.open('item');
            writeNames(xml, 'label', word('folder.views'));
            for (const view of views) xml.leaf('item', { identifierRef: view.id });
            xml.close('item');
        }
        xml.close('organizations');
    }

    async layoutViews(language: Language): Promise<LaidOutView[]> {
        const views: LaidOutView[] = [];
        for (const request of allViewRequests(this.model, this.framework.id)) {
            const { rendered, drawn } = await drawView(this.model, this.framework.id, request, { language });
            const english = viewTitle(rendered.kind, rendered.state, 'en');
            const nodes = drawn.boxes.flatMap(box => {
                const concept = this.byKey.get(box.key) ?? this.byKey.get(`task:${box.key}`);
                return concept ? [{ box, concept }] : [];
            });
            views.push({ id: ncName('id-view', rendered.id), kind: rendered.kind, name: language === 'vi' ? { vi: rendered.title, en: english } : { vi: rendered.title }, nodes });
        }
        return views;
    }

    private writeView(xml: XmlWriter, view: LaidOutView): void {
        xml.open('view', { identifier: view.id, 'xsi:type': 'Diagram' });
        writeNames(xml, 'name', view.name);
        const nodeIds = new Map<string, string>();
        view.nodes.forEach(({ concept }, index) => nodeIds.set(concept.key, `${view.id}.n${index}`));
        const children = new Map<string | undefined, ViewNode[]>();
        for (const node of view.nodes) {
            const parent = node.box.parent && nodeIds.has(node.box.parent) ? node.box.parent : undefined;
            children.set(parent, [...(children.get(parent) ?? []), node]);
        }
        const writeNode = (node: ViewNode) => {
            const { box, concept } = node;
            xml.open('node', {
                identifier: nodeIds.get(concept.key), elementRef: concept.id, 'xsi:type': 'Element',
                x: Math.round(box.x), y: Math.round(box.y), w: Math.max(1, Math.round(box.width)), h: Math.max(1, Math.round(box.height))
            });
            const colours = PALETTES[paletteOf(concept)];
            xml.open('style');
            xml.leaf('fillColor', rgb(colours.fill));
            xml.leaf('lineColor', rgb(colours.stroke));
            xml.close('style');
            for (const child of children.get(concept.key) ?? []) writeNode(child);
            xml.close('node');
        };
        for (const node of children.get(undefined) ?? []) writeNode(node);
        if (CONNECTED_VIEWS.has(view.kind)) {
            const byConceptId = new Map(view.nodes.map(node => [node.concept.id, nodeIds.get(node.concept.key)!]));
            let index = 0;
            for (const relationship of this.relationships) {
                const source = byConceptId.get(relationship.source);
                const target = byConceptId.get(relationship.target);
                if (!source || !target || relationship.type === 'Composition') continue;
                xml.leaf('connection', { identifier: `${view.id}.c${index++}`, relationshipRef: relationship.id, 'xsi:type': 'Relationship', source, target });
            }
        }
        xml.close('view');
    }
}

/** Views whose arrows are the point of the picture; block views and the matrix would turn into a web of lines. */
const CONNECTED_VIEWS: ReadonlySet<ViewKind> = new Set(['integration', 'data', 'technology', 'roadmap']);

interface ViewNode {
    box: DrawnBox;
    concept: Concept;
}

interface LaidOutView {
    id: string;
    kind: ViewKind;
    name: Localized;
    nodes: ViewNode[];
}

function paletteOf(concept: Concept): keyof typeof PALETTES {
    const layer = concept.properties.find(property => property.key === 'layer')?.value;
    const byName = LAYER_KINDS.find(kind => VOCABULARY.layer[kind].vi === layer);
    if (byName) return byName;
    if (concept.type.startsWith('Business')) return 'business';
    if (concept.type === 'DataObject') return 'data';
    if (concept.type.startsWith('Application')) return 'application';
    if (concept.type === 'Node' || concept.type === 'Device' || concept.type === 'CommunicationNetwork') return 'technology';
    return 'neutral';
}

function rgb(hex: string): Record<string, number> {
    return { r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
}

function writeNames(xml: XmlWriter, tagName: string, name: Localized): void {
    xml.leaf(tagName, { 'xml:lang': 'vi' }, name.vi);
    if (name.en) xml.leaf(tagName, { 'xml:lang': 'en' }, name.en);
}

function indicatorText(indicator: { title: string; baseline?: number; target: number; unit?: string }): string {
    const unit = indicator.unit ?? '';
    return `${indicator.title}: ${indicator.baseline !== undefined ? `${indicator.baseline}${unit} → ` : ''}${indicator.target}${unit}`;
}

/** Property definitions are written only for the properties that occur, in the order they first occur. */
class PropertyDefinitions {
    readonly used: Array<{ key: string; id: string; type: string; name: Localized }> = [];

    get(key: string): { id: string; type: string } {
        const existing = this.used.find(definition => definition.key === key);
        if (existing) return existing;
        const [base, model] = key.split(':') as [PropertyKey, string | undefined];
        const definition = mapping.properties[base];
        const name = model
            ? { vi: definition.vi.replace('{model}', model), en: definition.en.replace('{model}', model) }
            : { vi: definition.vi, en: definition.en };
        const created = { key, id: ncName('propid', key), type: definition.type, name };
        this.used.push(created);
        return created;
    }
}
