import { frameworkTitle, type FrameworkModel } from '@kts/language/model';
import mapping from '../../../data/archimate-mapping.json' with { type: 'json' };
import { XmlWriter } from '../xml-writer.js';
import { label, ncName, word, type Concept, type ConceptCollector, type Localized } from './concepts.js';
import { modelProperties, PropertyDefinitions, writeProperties } from './properties.js';
import { writeView, type LaidOutView } from './views.js';

export const ARCHIMATE_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${ARCHIMATE_NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

const ORGANIZATIONS = mapping.organizations as Record<string, Localized & { types: string[] }>;

/** The Model Exchange File, in the order its schema asks: model, elements, relationships, folders, properties, views. */
export function writeExchange(framework: FrameworkModel, collected: ConceptCollector, views: LaidOutView[]): string {
    const { concepts, relationships } = collected;
    const xml = new XmlWriter();
    xml.open('model', {
        xmlns: ARCHIMATE_NAMESPACE,
        'xmlns:xsi': XSI_NAMESPACE,
        'xsi:schemaLocation': SCHEMA_LOCATION,
        identifier: ncName('id-model', framework.id),
        version: framework.version
    });
    xml.leaf('name', { 'xml:lang': 'vi' }, frameworkTitle(framework, 'vi'));
    if (framework.body?.nameEn) xml.leaf('name', { 'xml:lang': 'en' }, frameworkTitle(framework, 'en'));
    if (framework.vision) xml.leaf('documentation', { 'xml:lang': 'vi' }, framework.vision);
    const definitions = new PropertyDefinitions();
    writeProperties(xml, definitions, modelProperties(framework));
    xml.open('elements');
    for (const concept of concepts) {
        xml.open('element', { identifier: concept.id, 'xsi:type': concept.type });
        xml.localized('name', concept.name);
        if (concept.documentation) xml.leaf('documentation', { 'xml:lang': 'vi' }, concept.documentation);
        writeProperties(xml, definitions, concept.properties);
        xml.close('element');
    }
    xml.close('elements');
    if (relationships.length > 0) {
        xml.open('relationships');
        for (const relationship of relationships) {
            xml.open('relationship', {
                identifier: relationship.id,
                source: relationship.source,
                target: relationship.target,
                'xsi:type': relationship.type,
                accessType: relationship.accessType,
                isDirected: relationship.type === 'Association' ? 'true' : undefined
            });
            if (relationship.name) xml.localized('name', relationship.name);
            writeProperties(xml, definitions, relationship.properties);
            xml.close('relationship');
        }
        xml.close('relationships');
    }
    writeOrganizations(xml, collected, views);
    if (definitions.used.length > 0) {
        xml.open('propertyDefinitions');
        for (const definition of definitions.used) {
            xml.open('propertyDefinition', { identifier: definition.id, type: definition.type });
            xml.localized('name', definition.name);
            xml.close('propertyDefinition');
        }
        xml.close('propertyDefinitions');
    }
    if (views.length > 0) {
        xml.open('views').open('diagrams');
        for (const view of views) writeView(xml, view, relationships);
        xml.close('diagrams').close('views');
    }
    xml.close('model');
    return xml.toString();
}

/** The folders a modelling tool shows: one per ArchiMate layer with a sub-folder per concept folder, then relations and views. */
function writeOrganizations(xml: XmlWriter, { concepts, relationships }: ConceptCollector, views: LaidOutView[]): void {
    xml.open('organizations');
    for (const organization of Object.values(ORGANIZATIONS)) {
        const members = concepts.filter(concept => organization.types.includes(concept.type));
        if (members.length === 0) continue;
        xml.open('item');
        xml.localized('label', organization);
        const folders = new Map<string, Concept[]>();
        const folderNames = new Map<string, Localized>();
        for (const concept of members) {
            folders.set(concept.folder.vi, [...(folders.get(concept.folder.vi) ?? []), concept]);
            folderNames.set(concept.folder.vi, concept.folder);
        }
        for (const [key, inFolder] of folders) {
            xml.open('item');
            xml.localized('label', folderNames.get(key)!);
            for (const concept of inFolder) xml.leaf('item', { identifierRef: concept.id });
            xml.close('item');
        }
        xml.close('item');
    }
    const others = concepts.filter(
        concept => !Object.values(ORGANIZATIONS).some(organization => organization.types.includes(concept.type))
    );
    if (others.length > 0) {
        xml.open('item');
        xml.localized('label', label('archimate.folder.other'));
        for (const concept of others) xml.leaf('item', { identifierRef: concept.id });
        xml.close('item');
    }
    if (relationships.length > 0) {
        xml.open('item');
        xml.localized('label', word('folder.relations'));
        for (const relationship of relationships) xml.leaf('item', { identifierRef: relationship.id });
        xml.close('item');
    }
    if (views.length > 0) {
        xml.open('item');
        xml.localized('label', word('folder.views'));
        for (const view of views) xml.leaf('item', { identifierRef: view.id });
        xml.close('item');
    }
    xml.close('organizations');
}
