import {
    gapStatus,
    LAYER_KINDS,
    term,
    VOCABULARY,
    type ArchitectureModel,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type NodeRef,
    type RelationModel,
    type SectionKey,
    type StateKind
} from '@kts/language/model';
import mapping from '../../../data/archimate-mapping.json' with { type: 'json' };
import { t, type LabelKey } from '../../i18n.js';

export type Localized = { vi: string; en?: string };
type WordKey = keyof typeof mapping.words;

export interface Property {
    key: string;
    value: string;
}

export interface Concept {
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

export interface Relationship {
    id: string;
    type: string;
    source: string;
    target: string;
    name?: Localized;
    accessType?: string;
    properties: Property[];
}

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

/** "Kiến trúc hiện trạng" / "Current architecture": a plateau, its folder and its elements' state. */
function sectionName(key: SectionKey): Localized {
    return { vi: term('section', key, 'vi', 'heading'), en: term('section', key, 'en', 'heading') };
}

function plateauName(state: StateKind): Localized {
    return { vi: term('stateArchitecture', state, 'vi', 'heading'), en: term('stateArchitecture', state, 'en', 'heading') };
}

export function word(key: WordKey): Localized {
    return mapping.words[key];
}

/** A diagram label in both languages. */
export function label(key: LabelKey): Localized {
    return { vi: t(key, 'vi'), en: t(key, 'en') };
}

/** xs:ID values: an NCName, so letters, digits, '-', '_' and '.' after a letter. */
export function ncName(prefix: string, text: string): string {
    return `${prefix}-${text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/**
 * The ArchiMate concepts of a framework and the relationships between them: its elements, the national components
 * and other bodies' elements it refers to, principles, goals, tasks and both plateaus, in the order they are met.
 */
export class ConceptCollector {
    readonly concepts: Concept[] = [];
    readonly byKey = new Map<string, Concept>();
    readonly relationships: Relationship[] = [];
    private readonly usedIds = new Set<string>();

    constructor(
        private readonly model: ArchitectureModel,
        private readonly framework: FrameworkModel
    ) {}

    collect(): void {
        const { framework } = this;
        const states = (['current', 'target'] as const).filter(state => framework.states[state].declared);
        for (const state of states) {
            this.add({ key: `plateau:${state}`, type: 'Plateau', name: plateauName(state), properties: [], folder: plateauName(state) });
        }
        const own = states.flatMap(state => LAYER_KINDS.flatMap(layer => framework.states[state].layers[layer].elements));
        for (const element of own) this.addElement(element);
        for (const principle of framework.principles) {
            this.add({
                key: `principle:${framework.id}.${principle.id}`,
                type: 'Principle',
                name: { vi: principle.title },
                documentation: principle.description,
                properties: [],
                folder: sectionName('d')
            });
        }
        for (const period of framework.goalPeriods) {
            for (const goal of period.goals) {
                this.add({
                    key: `goal:${framework.id}.${goal.id}`,
                    type: 'Goal',
                    name: { vi: goal.title },
                    documentation: goal.description,
                    properties: [
                        { key: 'period', value: period.period.text },
                        ...goal.indicators.map(indicator => ({ key: 'indicator', value: indicatorText(indicator) }))
                    ],
                    folder: sectionName('b')
                });
            }
        }
        for (const task of framework.tasks) {
            this.add({
                key: `task:${task.qualifiedName}`,
                type: 'WorkPackage',
                name: { vi: task.title },
                documentation: task.description,
                properties: [
                    ...(task.period ? [{ key: 'period', value: task.period.text }] : []),
                    ...(task.responsible ? [{ key: 'responsible', value: task.responsible }] : []),
                    ...task.budgets.map(budget => ({
                        key: 'budget',
                        value: `${budget.amount} ${budget.currency}${budget.funding ? ` (${budget.funding})` : ''}`
                    }))
                ],
                folder: label('archimate.folder.tasks')
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
                if (this.byKey.has(delivered))
                    this.relate('Association', `task:${task.qualifiedName}`, delivered, { name: word('relation.delivers') });
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
            { key: 'state', value: plateauName(element.state).vi }
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
            if (relation.kind === 'realizes' && relation.target.type === 'national')
                properties.push({ key: 'realizes', value: relation.target.entry.code });
        }
        const type = ELEMENT_TYPES[`${element.layer}/${element.kind}`] ?? 'Grouping';
        return this.add({
            key: element.qualifiedName,
            type,
            name: { vi: element.title, en: element.titleEn },
            documentation: element.description ?? element.documentation,
            properties,
            folder: own ? plateauName(element.state) : word('folder.other')
        });
    }

    private isRetired(element: ElementModel): boolean {
        const target = this.framework.states.target;
        if (!target.declared) return false;
        return !LAYER_KINDS.some(layer =>
            target.layers[layer].elements.some(candidate =>
                candidate.relations.some(
                    relation =>
                        (relation.kind === 'keeps' || relation.kind === 'upgrades') &&
                        relation.target.type === 'element' &&
                        relation.target.qualifiedName === element.qualifiedName
                )
            )
        );
    }

    private addNational(entry: CatalogEntryModel): Concept {
        const type = mapping.nationalNetworks.includes(entry.code) ? 'CommunicationNetwork' : (NATIONAL_TYPES[entry.kind] ?? 'Grouping');
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
            key: `catalog:${entry.model}:${entry.code}`,
            type: 'Principle',
            name: { vi: entry.name, en: entry.nameEn },
            documentation: entry.description,
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
            const matches = rule.sameType
                ? source.type === target.type
                : rule.sources!.includes(source.type) && rule.targets!.includes(target.type);
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

    private relate(
        type: string,
        sourceKey: string,
        targetKey: string,
        extra: { name?: Localized; accessType?: string; properties?: Property[] } = {}
    ): void {
        const source = this.byKey.get(sourceKey);
        const target = this.byKey.get(targetKey);
        if (!source || !target) return;
        let id = ncName('id-rel', `${source.id.slice(3)}.${type}.${target.id.slice(3)}`);
        while (this.usedIds.has(id)) id += '_';
        this.usedIds.add(id);
        this.relationships.push({
            id,
            type,
            source: source.id,
            target: target.id,
            name: extra.name,
            accessType: extra.accessType,
            properties: extra.properties ?? []
        });
    }
}

function indicatorText(indicator: { title: string; baseline?: number; target: number; unit?: string }): string {
    const unit = indicator.unit ?? '';
    return `${indicator.title}: ${indicator.baseline !== undefined ? `${indicator.baseline}${unit} → ` : ''}${indicator.target}${unit}`;
}
