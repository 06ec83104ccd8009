import { term, type FrameworkModel } from '@kts/language/model';
import mapping from '../../../data/archimate-mapping.json' with { type: 'json' };
import type { XmlWriter } from '../xml-writer.js';
import { ncName, type Localized, type Property } from './concepts.js';

type PropertyKey = keyof typeof mapping.properties;

/** Property definitions are written only for the properties that occur, in the order they first occur. */
export class PropertyDefinitions {
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

/** The framework's own properties: body, level, version, conformance and approval. */
export function modelProperties(framework: FrameworkModel): Property[] {
    const properties: Property[] = [];
    if (framework.body) properties.push({ key: 'body', value: framework.body.name });
    if (framework.body?.code) properties.push({ key: 'bodyCode', value: framework.body.code });
    if (framework.level) properties.push({ key: 'level', value: term('level', framework.level, 'vi', 'heading') });
    if (framework.version) properties.push({ key: 'version', value: framework.version });
    if (framework.conforms.length > 0) properties.push({ key: 'conforms', value: framework.conforms.join(', ') });
    if (framework.approval) properties.push({ key: 'approval', value: framework.approval.decision });
    return properties;
}

export function writeProperties(xml: XmlWriter, definitions: PropertyDefinitions, properties: Property[]): void {
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
