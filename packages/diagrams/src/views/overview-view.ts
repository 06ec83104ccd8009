import { term, type CatalogEntryModel, type ElementModel } from '@kts/language/model';
import { collapseNodes } from '../content/collapse.js';
import type { Band, BlockContent, BlockGroup, DiagramNode, Palette } from '../content/diagram-content.js';
import { elementNode, nationalNode, stateElements, type ViewContext } from '../content/model-nodes.js';
import { t, type LabelKey } from '../i18n.js';
import { referencedOutside } from './referenced.js';

/** Boxes per group before the rest fold into a summary box. */
const GROUP_LIMIT = 18;
const SIDE_LIMIT = 8;
/** The overview names things; their details belong to the component views. */
export const BARE = { realizes: false, level: false };

type Tier = 'users' | 'channels' | 'services' | 'platforms' | 'databases' | 'infrastructure' | 'security' | 'policy';

/** The tiers drawn across, top to bottom; the security band stands at the side. */
const TIERS: Array<{ tier: Exclude<Tier, 'security'>; palette: Palette }> = [
    { tier: 'users', palette: 'business' },
    { tier: 'channels', palette: 'application' },
    { tier: 'services', palette: 'application' },
    { tier: 'platforms', palette: 'application' },
    { tier: 'databases', palette: 'data' },
    { tier: 'infrastructure', palette: 'technology' }
];

/** Where an element of the body sits in the national overview's tiers (Chương 3, I); undefined: not drawn. */
function elementTier(element: ElementModel): Tier | undefined {
    switch (element.layer) {
        case 'business':
            return element.kind === 'actor' ? 'users' : element.kind === 'service' ? 'services' : undefined;
        case 'data':
            return element.kind === 'database' ? 'databases' : undefined;
        case 'application':
            if (element.kind === 'channel' || element.kind === 'portal') return 'channels';
            return element.kind === 'platform' ? 'platforms' : 'services';
        case 'technology':
            return 'infrastructure';
        case 'security':
            return 'security';
    }
}

function nationalTier(entry: CatalogEntryModel): Tier | undefined {
    const tiers: Record<string, Tier> = {
        actor: 'users',
        channel: 'channels',
        portal: 'channels',
        system: 'services',
        platform: 'platforms',
        database: 'databases',
        infrastructure: 'infrastructure',
        security: 'security',
        policy: 'policy'
    };
    return tiers[entry.kind];
}

/** The overview diagram ("Sơ đồ khái quát"): users → channels → services → platforms → databases → infrastructure. */
export function buildOverview(context: ViewContext, title: string): BlockContent {
    const { framework, state, language } = context;
    const elements = stateElements(framework, state);
    const own = new Map<Tier, ElementModel[]>();
    for (const element of elements) {
        const tier = elementTier(element);
        if (tier) own.set(tier, [...(own.get(tier) ?? []), element]);
    }
    const outside = referencedOutside(context, elements);
    const national = new Map<Tier, DiagramNode[]>();
    for (const entry of outside.national) {
        const tier = nationalTier(entry);
        if (tier) national.set(tier, [...(national.get(tier) ?? []), nationalNode(entry, language)]);
    }
    const others = new Map<Tier, DiagramNode[]>();
    for (const element of outside.other) {
        const tier = elementTier(element);
        if (tier) others.set(tier, [...(others.get(tier) ?? []), elementNode(context, element, BARE)]);
    }
    const nodesOf = (list: ElementModel[] | undefined) => (list ?? []).map(element => elementNode(context, element, BARE));

    const bands: Band[] = TIERS.map(({ tier, palette }) => {
        const groups: BlockGroup[] = [];
        if (tier === 'services') {
            const ownNodes = own.get(tier) ?? [];
            groups.push(
                group(
                    'business-services',
                    'group.businessServices',
                    'body',
                    'business',
                    nodesOf(ownNodes.filter(element => element.layer === 'business')),
                    context
                )
            );
            groups.push(
                group(
                    'applications',
                    'group.applications',
                    'body',
                    palette,
                    nodesOf(ownNodes.filter(element => element.layer === 'application')),
                    context
                )
            );
        } else {
            groups.push(
                group('body', tier === 'platforms' ? 'group.platforms' : 'group.body', 'body', palette, nodesOf(own.get(tier)), context)
            );
        }
        groups.push(group('national', 'group.national', 'national', palette, national.get(tier) ?? [], context));
        groups.push(group('other', 'group.otherBodies', 'other', palette, others.get(tier) ?? [], context));
        return {
            key: tier,
            title: t(`band.${tier}` as const, language),
            palette,
            groups: groups.filter(candidate => candidate.nodes.length > 0)
        };
    });

    const securityGroups = [
        group('body', 'group.body', 'body', 'security', nodesOf(own.get('security')), context, SIDE_LIMIT),
        group('national', 'group.national', 'national', 'security', national.get('security') ?? [], context, SIDE_LIMIT)
    ].filter(candidate => candidate.nodes.length > 0);
    // The band of a component architecture is headed by the vocabulary's word for its layer, as the document's sections are.
    const right: Band = {
        key: 'security',
        title: term('layer', 'security', language, 'heading'),
        palette: 'security',
        groups: securityGroups
    };

    const left = policyBand(context, national.get('policy') ?? []);

    const platformBand = bands.find(band => band.key === 'platforms');
    const links =
        platformBand &&
        platformBand.groups.some(candidate => candidate.key === 'body') &&
        platformBand.groups.some(candidate => candidate.key === 'national')
            ? [{ band: 'platforms', from: 'body', to: 'national', label: t('legend.platformLink', language) }]
            : [];
    const empty = elements.length === 0 ? t('view.empty', language) : undefined;
    return { type: 'block', kind: 'overview', state, title, bands, left, right, compact: true, tierArrows: 'tiers', links, empty };
}

function group(
    key: string,
    title: LabelKey,
    origin: BlockGroup['origin'],
    palette: Palette,
    nodes: DiagramNode[],
    context: ViewContext,
    limit = GROUP_LIMIT
): BlockGroup {
    return { key, title: t(title, context.language), origin, palette, nodes: collapseNodes(key, nodes, limit, context.language) };
}

/** "Chỉ đạo, chính sách", the side band: the decision that issues the framework, its principles, national policy. */
function policyBand(context: ViewContext, nationalPolicy: DiagramNode[]): Band {
    return { key: 'policy', title: t('band.policy', context.language), palette: 'policy', groups: policyGroups(context, nationalPolicy) };
}

function policyGroups(context: ViewContext, nationalPolicy: DiagramNode[]): BlockGroup[] {
    const { framework, language } = context;
    const groups: BlockGroup[] = [];
    if (framework.approval) {
        const details = [framework.approval.date, framework.approval.approver].filter((value): value is string => Boolean(value));
        groups.push({
            key: 'approval',
            title: t('group.approval', language),
            origin: 'body',
            palette: 'policy',
            nodes: [
                {
                    key: `approval:${framework.id}`,
                    title: framework.approval.decision,
                    caption: t('group.approval', language),
                    kindName: t('group.approval', language),
                    details,
                    palette: 'policy',
                    shape: 'policy',
                    origin: 'body'
                }
            ]
        });
    }
    const principles: DiagramNode[] = framework.principles.map(principle => ({
        key: `principle:${framework.id}.${principle.id}`,
        title: principle.title,
        caption: term('thing', 'principle', language),
        kindName: term('thing', 'principle', language),
        details:
            principle.implements.length > 0
                ? [t('node.implements', language, { codes: principle.implements.map(entry => entry.code).join(', ') })]
                : [],
        palette: 'policy',
        shape: 'policy',
        origin: 'body'
    }));
    if (principles.length > 0) {
        groups.push({
            key: 'principles',
            title: term('section', 'd', language, 'heading'),
            origin: 'body',
            palette: 'policy',
            nodes: collapseNodes('principles', principles, SIDE_LIMIT, language)
        });
    }
    if (nationalPolicy.length > 0)
        groups.push({
            key: 'national',
            title: t('group.national', language),
            origin: 'national',
            palette: 'policy',
            nodes: nationalPolicy
        });
    return groups;
}
