import type { ArchitectureModel } from '@kts/language';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { allViewRequests, toArchiMateExchange, toMermaid, toPlantUml, VIEW_KINDS } from '../src/index.js';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { SAMPLE } from '../../language/test/sample.js';

let model: ArchitectureModel;
beforeAll(async () => {
    model = await loadModel(SAMPLE);
});

/** Node ids a Mermaid flowchart defines, and the ids its arrows use. */
function mermaidStructure(text: string): { defined: string[]; used: string[]; opened: number; closed: number } {
    const defined: string[] = [];
    const used: string[] = [];
    let opened = 0;
    let closed = 0;
    for (const line of text.split('\n').map(item => item.trim())) {
        if (line.startsWith('subgraph ')) opened += 1;
        else if (line === 'end') closed += 1;
        else if (/^n_\w+(\[|\(|\{)/.test(line)) defined.push(line.match(/^(n_\w+)/)![1]!);
        else if (/^n_\w+ \S+/.test(line) && !line.startsWith('class')) {
            const match = /^(n_\w+) (?:-->|==>|-\.->|-\.-|<==>)(?:\|"[^"]*"\|)? (n_\w+)$/.exec(line);
            expect(match, `arrow line: ${line}`).not.toBeNull();
            used.push(match![1]!, match![2]!);
        }
    }
    return { defined, used, opened, closed };
}

describe('Mermaid', () => {
    it('writes a flowchart per view whose arrows join defined nodes, with balanced subgraphs', () => {
        for (const request of allViewRequests(model, 'lao_cai').filter(item => item.kind !== 'roadmap')) {
            const text = toMermaid(model, 'lao_cai', request);
            expect(text.split('\n')[3], request.kind).toMatch(/^flowchart (LR|TB)$/);
            const { defined, used, opened, closed } = mermaidStructure(text);
            expect(opened, request.kind).toBe(closed);
            expect(new Set(defined).size, `${request.kind}: each node once`).toBe(defined.length);
            for (const id of used) expect(defined, `${request.kind}: ${id}`).toContain(id);
        }
    });

    it('labels the integration flows with their data and standards', () => {
        const text = toMermaid(model, 'lao_cai', { kind: 'integration' });
        expect(text).toContain('n_lao_cai_target_dvc ==> n_lao_cai_target_lgsp_lao_cai');
        expect(text).toContain(
            'n_national_ndxp -->|"Liên thông hồ sơ sức khỏe · Hồ sơ sức khỏe điện tử · [tiêu chuẩn 1.4]"| n_byt_target_his'
        );
        expect(text).toMatch(/n_lao_cai_target_dvc\["HTTT giải quyết TTHC"\]/);
        expect(text).toMatch(/n_national_csdlqg_dan_cu\[\("Cơ sở dữ liệu quốc gia về dân cư"\)\]/);
    });

    it('writes the roadmap as a gantt chart by year', () => {
        const text = toMermaid(model, 'lao_cai', { kind: 'roadmap' });
        const lines = text
            .trim()
            .split('\n')
            .map(line => line.trim());
        expect(lines.slice(0, 4)).toEqual(['gantt', 'title Lộ trình triển khai', 'dateFormat YYYY', 'axisFormat %Y']);
        expect(lines).toContain('section Kiến trúc ứng dụng');
        expect(lines).toContain('Xây dựng HTTT giải quyết TTHC :n_lao_cai_t1, 2026, 2028');
        expect(lines).toContain('Nâng cấp LGSP và SOC :n_lao_cai_t2, 2027, 2029');
    });
});

describe('PlantUML', () => {
    it('writes a diagram per view whose arrows join declared aliases, with balanced packages', () => {
        for (const request of allViewRequests(model, 'lao_cai').filter(item => item.kind !== 'roadmap')) {
            const lines = toPlantUml(model, 'lao_cai', request)
                .trim()
                .split('\n')
                .map(line => line.trim());
            expect(lines[0]).toBe('@startuml');
            expect(lines.at(-1)).toBe('@enduml');
            // The same family the SVG and PNG are drawn and measured with, so boxes keep their size.
            expect(lines).toContain('skinparam defaultFontName "DejaVu Sans"');
            expect(lines.filter(line => line.endsWith('{') && line.startsWith('package')).length).toBe(
                lines.filter(line => line === '}').length
            );
            const declared = lines.flatMap(line => {
                const match = / as (n_\w+)/.exec(line);
                return match && !line.startsWith('package') ? [match[1]!] : [];
            });
            for (const line of lines.filter(item => /^n_\w+ (-->|\.\.>|-\[bold\]->|\.\.|<-->) n_\w+/.test(item))) {
                const [from, , to] = line.split(' ');
                expect(declared, line).toContain(from);
                expect(declared, line).toContain(to!.replace(/:.*/, ''));
            }
        }
    });

    it('keeps the national components visibly apart', () => {
        const text = toPlantUml(model, 'lao_cai', { kind: 'integration' });
        expect(text).toMatch(
            /component "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia \(NDXP\)" as n_national_ndxp <<national>> #d7eafa;line\.bold/
        );
        expect(text).toMatch(
            /component "Hệ thống thông tin quản lý khám bệnh, chữa bệnh" as n_byt_target_his <<other>> #d7eafa;line\.dashed/
        );
    });

    it('writes the roadmap with @startgantt, dated tasks and their dependencies', () => {
        const lines = toPlantUml(model, 'lao_cai', { kind: 'roadmap' }).trim().split('\n');
        expect(lines[0]).toBe('@startgantt');
        expect(lines).toContain('[Xây dựng HTTT giải quyết TTHC] as [n_lao_cai_t1] starts 2026-01-01 and ends 2027-12-31');
        expect(lines).toContain('[n_lao_cai_t1] -> [n_lao_cai_t2]');
        expect(lines.at(-1)).toBe('@endgantt');
    });
});

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
const nameOf = (node: XmlNode) => Object.keys(node).find(key => key !== ':@')!;
const kids = (node: XmlNode) => (Array.isArray(node[nameOf(node)]) ? (node[nameOf(node)] as XmlNode[]) : []);
const childNames = (node: XmlNode) =>
    kids(node)
        .map(nameOf)
        .filter(name => name !== '#text');
const textOf = (node: XmlNode) =>
    kids(node)
        .map(child => String(child['#text'] ?? ''))
        .join('');

/** `names` follow the pattern of a schema sequence: each name in order, repeated or skipped, nothing out of place. */
function inSequence(names: string[], sequence: string[]): boolean {
    let position = 0;
    for (const name of names) {
        const at = sequence.indexOf(name, position);
        if (at < 0) return false;
        position = at;
    }
    return true;
}

describe('ArchiMate Model Exchange File', () => {
    let xml: string;
    let root: XmlNode;
    const section = (name: string) => kids(root).find(node => nameOf(node) === name);

    beforeAll(async () => {
        xml = await toArchiMateExchange(model, 'lao_cai');
        root = (orderedParser.parse(xml) as XmlNode[]).find(node => nameOf(node) === 'model')!;
    });

    it("is well-formed, in the ArchiMate 3 namespace, and ordered as the schema's sequences require", () => {
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(root[':@']!.xmlns).toBe('http://www.opengroup.org/xsd/archimate/3.0/');
        expect(root[':@']!['xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
        expect(
            inSequence(childNames(root), [
                'name',
                'documentation',
                'properties',
                'elements',
                'relationships',
                'organizations',
                'propertyDefinitions',
                'views'
            ])
        ).toBe(true);
        for (const element of kids(section('elements')!)) {
            expect(inSequence(childNames(element), ['name', 'documentation', 'properties']), element[':@']!.identifier).toBe(true);
            expect(childNames(element)[0]).toBe('name');
        }
        for (const relationship of kids(section('relationships')!)) {
            expect(inSequence(childNames(relationship), ['name', 'documentation', 'properties']), relationship[':@']!.identifier).toBe(
                true
            );
        }
        for (const view of kids(kids(section('views')!)[0]!)) {
            expect(
                inSequence(childNames(view), ['name', 'documentation', 'properties', 'node', 'connection']),
                view[':@']!.identifier
            ).toBe(true);
        }
    });

    it('holds every element of the framework, with its type, Vietnamese and English names, and reference codes as properties', () => {
        const elements = kids(section('elements')!);
        const typeOf = (qualifiedName: string) =>
            elements.find(element => element[':@']!.identifier === `id-${qualifiedName}`)?.[':@']!['xsi:type'];
        for (const element of model.elements.values()) {
            if (element.framework === 'lao_cai') expect(typeOf(element.qualifiedName), element.qualifiedName).toBeDefined();
        }
        expect(typeOf('lao_cai.target.dvc')).toBe('ApplicationComponent');
        expect(typeOf('lao_cai.target.csdl_hs')).toBe('DataObject');
        expect(typeOf('lao_cai.target.tt_dl')).toBe('Node');
        expect(typeOf('lao_cai.target.mang_cd')).toBe('CommunicationNetwork');
        expect(typeOf('lao_cai.current.tuong_lua')).toBe('Requirement');
        expect(typeOf('lao_cai.target.nguoi_dan')).toBe('BusinessActor');
        expect(typeOf('byt.target.his')).toBe('ApplicationComponent');
        const ndxp = elements.find(element => element[':@']!.identifier === 'id-national_ndxp')!;
        expect(
            kids(ndxp)
                .filter(child => nameOf(child) === 'name')
                .map(child => [child[':@']!['xml:lang'], textOf(child)])
        ).toEqual([
            ['vi', 'Nền tảng tích hợp, chia sẻ dữ liệu quốc gia'],
            ['en', 'National Data Exchange Platform']
        ]);
        const definitions = new Map(
            kids(section('propertyDefinitions')!).map(definition => [definition[':@']!.identifier, textOf(kids(definition)[0]!)])
        );
        const propertiesOf = (qualifiedName: string) => {
            const element = elements.find(candidate => candidate[':@']!.identifier === `id-${qualifiedName}`)!;
            return kids(kids(element).find(child => nameOf(child) === 'properties')!).map(property => [
                definitions.get(property[':@']!.propertyDefinitionRef),
                textOf(kids(property)[0]!)
            ]);
        };
        expect(propertiesOf('lao_cai.target.ho_so_suc_khoe')).toContainEqual(['Mã DRM', 'DRM002']);
        expect(propertiesOf('lao_cai.target.csdl_hs')).toContainEqual(['Trạng thái chuyển đổi', 'Nâng cấp']);
    });

    it('maps relations to ArchiMate relationships between elements it holds, with property definitions for every property', () => {
        const ids = new Set(kids(section('elements')!).map(element => element[':@']!.identifier));
        const relationships = kids(section('relationships')!);
        const all = [...ids, ...relationships.map(relationship => relationship[':@']!.identifier)];
        expect(new Set(all).size, 'identifiers are unique').toBe(all.length);
        for (const relationship of relationships) {
            expect(ids.has(relationship[':@']!.source!), relationship[':@']!.identifier).toBe(true);
            expect(ids.has(relationship[':@']!.target!), relationship[':@']!.identifier).toBe(true);
        }
        const find = (source: string, target: string) =>
            relationships
                .filter(relationship => relationship[':@']!.source === source && relationship[':@']!.target === target)
                .map(relationship => relationship[':@']!);
        expect(find('id-lao_cai.target.dvc', 'id-lao_cai.target.csdl_hs')).toContainEqual(
            expect.objectContaining({ 'xsi:type': 'Access', accessType: 'ReadWrite' })
        );
        expect(find('id-lao_cai.target.tt_dl', 'id-lao_cai.target.dvc')).toContainEqual(expect.objectContaining({ 'xsi:type': 'Serving' }));
        expect(find('id-lao_cai.target.dvc', 'id-national_csdlqg-dan-cu')).toContainEqual(
            expect.objectContaining({ 'xsi:type': 'Association', isDirected: 'true' })
        );
        expect(find('id-lao_cai.target.lgsp_lao_cai', 'id-national_ndxp')).toContainEqual(expect.objectContaining({ 'xsi:type': 'Flow' }));
        expect(find('id-task_lao_cai.t1', 'id-task_lao_cai.t2')).toContainEqual(expect.objectContaining({ 'xsi:type': 'Triggering' }));
        expect(find('id-plateau_current', 'id-plateau_target')).toContainEqual(expect.objectContaining({ 'xsi:type': 'Triggering' }));
        const defined = new Set(kids(section('propertyDefinitions')!).map(definition => definition[':@']!.identifier));
        for (const reference of xml.matchAll(/propertyDefinitionRef="([^"]+)"/g))
            expect(defined.has(reference[1]!), reference[1]).toBe(true);
    });

    it('has one view per diagram, with integer geometry and nodes and connections that point at what exists', () => {
        const elementIds = new Set(kids(section('elements')!).map(element => element[':@']!.identifier));
        const relationshipIds = new Set(kids(section('relationships')!).map(relationship => relationship[':@']!.identifier));
        const views = kids(kids(section('views')!)[0]!);
        expect(views.length).toBe(allViewRequests(model, 'lao_cai').length);
        expect(views.map(view => textOf(kids(view)[0]!))).toContain('Sơ đồ tích hợp ứng dụng (kiến trúc mục tiêu)');
        for (const view of views) {
            const nodeIds = new Set<string>();
            const visit = (node: XmlNode) => {
                const attributes = node[':@']!;
                nodeIds.add(attributes.identifier!);
                expect(elementIds.has(attributes.elementRef!), attributes.identifier).toBe(true);
                for (const key of ['x', 'y', 'w', 'h']) expect(attributes[key], `${attributes.identifier} ${key}`).toMatch(/^\d+$/);
                for (const child of kids(node).filter(item => nameOf(item) === 'node')) visit(child);
            };
            for (const node of kids(view).filter(item => nameOf(item) === 'node')) visit(node);
            expect(nodeIds.size, view[':@']!.identifier).toBeGreaterThan(0);
            for (const connection of kids(view).filter(item => nameOf(item) === 'connection')) {
                const attributes = connection[':@']!;
                expect(relationshipIds.has(attributes.relationshipRef!)).toBe(true);
                expect(nodeIds.has(attributes.source!) && nodeIds.has(attributes.target!), attributes.identifier).toBe(true);
            }
        }
        const integration = views.find(view => view[':@']!.identifier === 'id-view-target-integration')!;
        expect(kids(integration).filter(item => nameOf(item) === 'connection').length).toBeGreaterThan(0);
    });

    it('lists every element, relationship and view once in the organizations', () => {
        const referenced = [
            ...xml.slice(xml.indexOf('<organizations>'), xml.indexOf('</organizations>')).matchAll(/identifierRef="([^"]+)"/g)
        ].map(match => match[1]);
        const expected = [...kids(section('elements')!), ...kids(section('relationships')!), ...kids(kids(section('views')!)[0]!)].map(
            node => node[':@']!.identifier
        );
        expect([...referenced].sort()).toEqual([...expected].sort());
    });

    it('is the same text when exported again', async () => {
        expect(await toArchiMateExchange(model, 'lao_cai')).toBe(xml);
    });
});

describe.each(EXAMPLES)('exports of $framework', ({ folder, framework }) => {
    it('hold every element, relationship target and view of the example', async () => {
        const example = await loadModel(folder);
        const xml = await toArchiMateExchange(example, framework);
        expect(XMLValidator.validate(xml)).toBe(true);
        for (const element of example.elements.values()) {
            if (element.framework === framework)
                expect(xml, element.qualifiedName).toContain(`identifier="id-${element.qualifiedName.replace(/[^A-Za-z0-9_.-]/g, '_')}"`);
        }
        expect((xml.match(/xsi:type="Diagram"/g) ?? []).length).toBe(allViewRequests(example, framework).length);
        for (const kind of VIEW_KINDS) expect(toMermaid(example, framework, { kind }).length).toBeGreaterThan(20);
    });
});
