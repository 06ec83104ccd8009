import type { CatalogEntryModel, ElementModel } from '@kts/language/model';
import { collapseNodes } from '../content/collapse.js';
import type { Band, BlockContent, BlockGroup, DiagramNode } from '../content/diagram-content.js';
import { elementNode, layerElements, nationalNode, stateElements, type ViewContext } from '../content/model-nodes.js';
import { t } from '../i18n.js';

const HOSTED_LIMIT = 20;
const BAND_LIMIT = 16;
const HOST_KINDS = new Set(['datacenter', 'cloud', 'infrastructure']);

/**
 * Technology: each data centre, cloud or infrastructure drawn as a frame holding what is hosted there, then the
 * networks and the devices.
 */
export function buildTechnology(context: ViewContext, title: string): BlockContent {
    const { framework, state, language, model } = context;
    const technology = layerElements(framework, state, 'technology');
    const hosted = new Map<string, ElementModel[]>();
    const nationalHosts = new Map<string, CatalogEntryModel>();
    const otherHosts = new Map<string, ElementModel>();
    for (const element of stateElements(framework, state)) {
        for (const relation of element.relations) {
            if (relation.kind !== 'hosted') continue;
            const key = relation.target.type === 'element' ? relation.target.qualifiedName : `national:${relation.target.entry.code}`;
            hosted.set(key, [...(hosted.get(key) ?? []), element]);
            if (relation.target.type === 'national') nationalHosts.set(key, relation.target.entry);
            else if (!technology.some(candidate => candidate.qualifiedName === key)) {
                const host = model.elements.get(key);
                if (host) otherHosts.set(key, host);
            }
        }
    }
    const frame = (key: string, element: DiagramNode, origin: BlockGroup['origin']): BlockGroup => {
        const inside = (hosted.get(key) ?? []).map(item => elementNode(context, item, { realizes: false, level: false }));
        if (inside.length > 0) element.details.push(t('node.hostedCount', language, { n: inside.length }));
        return { key, origin, palette: 'technology', element, nodes: collapseNodes(key, inside, HOSTED_LIMIT, language) };
    };
    const hostGroups: BlockGroup[] = [
        ...technology
            .filter(element => HOST_KINDS.has(element.kind))
            .map(element => frame(element.qualifiedName, elementNode(context, element), 'body')),
        ...[...otherHosts.values()].map(element => frame(element.qualifiedName, elementNode(context, element), 'other')),
        ...[...nationalHosts.entries()].map(([key, entry]) => frame(key, nationalNode(entry, language), 'national'))
    ];
    const plain = (key: string, kinds: string[]): BlockGroup => ({
        key,
        origin: 'body',
        palette: 'technology',
        nodes: collapseNodes(
            key,
            technology.filter(element => kinds.includes(element.kind)).map(element => elementNode(context, element, { level: false })),
            BAND_LIMIT,
            language
        )
    });
    const bands: Band[] = [
        { key: 'hosting', title: t('group.hosting', language), palette: 'technology', groups: hostGroups },
        { key: 'networks', title: t('group.networks', language), palette: 'technology', groups: [plain('networks', ['network'])] },
        { key: 'devices', title: t('group.devices', language), palette: 'technology', groups: [plain('devices', ['device'])] }
    ];
    const empty = technology.length === 0 && hostGroups.length === 0 ? t('view.empty', language) : undefined;
    return { type: 'block', kind: 'technology', state, title, bands, compact: true, tierArrows: false, links: [], empty };
}
