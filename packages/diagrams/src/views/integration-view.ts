import type { ElementModel, NodeRef } from '@kts/language/model';
import type { GraphContent } from '../content/diagram-content.js';
import { GraphBuilder } from '../content/graph-builder.js';
import { elementNode, layerElements, refKey, refNode, type ViewContext } from '../content/model-nodes.js';
import { layerName, t } from '../i18n.js';
import { relationLabel } from './relation-label.js';

const GROUP_LIMIT = 14;

/**
 * Application integration: the body's applications, the platforms their flows pass through, and the national and
 * other bodies' systems at the far end; each `integrates` is drawn hop by hop along its `via` chain.
 */
export function buildIntegration(context: ViewContext, title: string): GraphContent {
    const { framework, state, language } = context;
    const builder = new GraphBuilder(context);
    const applications = layerElements(framework, state, 'application');
    builder.group('channels', t('band.channels', language), 'application', 'body', 0);
    builder.group('applications', t('group.applications', language), 'application', 'body', 0);
    builder.group('platforms', t('group.platforms', language), 'application', 'body', 1);
    builder.group('data', layerName('data', language), 'data', 'body', 1);
    builder.group('national-platforms', t('group.nationalPlatforms', language), 'application', 'national', 2);
    builder.group('national', t('group.nationalSystems', language), 'application', 'national', 3);
    builder.group('other', t('group.otherBodies', language), 'application', 'other', 3);

    const groupOf = (element: ElementModel) =>
        element.framework !== framework.id
            ? 'other'
            : element.layer === 'data'
              ? 'data'
              : element.kind === 'platform'
                ? 'platforms'
                : element.kind === 'portal' || element.kind === 'channel'
                  ? 'channels'
                  : 'applications';
    for (const element of applications) builder.add(groupOf(element), elementNode(context, element, { realizes: false, level: false }));

    const ensure = (ref: NodeRef): string | undefined => {
        const key = refKey(ref);
        if (builder.has(key)) return key;
        const node = refNode(context, ref, { realizes: false, level: false });
        if (!node) return undefined;
        if (ref.type === 'national') builder.add(ref.entry.kind === 'platform' ? 'national-platforms' : 'national', node);
        else {
            const element = context.model.elements.get(ref.qualifiedName)!;
            if (element.layer !== 'application' && element.layer !== 'data') return undefined;
            builder.add(groupOf(element), node);
        }
        return key;
    };

    for (const element of applications) {
        for (const relation of element.relations) {
            if (relation.kind === 'integrates') {
                const chain = [element.qualifiedName, ...relation.via.map(ensure), ensure(relation.target)];
                if (chain.some(key => key === undefined)) continue;
                for (let hop = 1; hop < chain.length; hop++) {
                    const last = hop === chain.length - 1;
                    builder.edge(
                        chain[hop - 1]!,
                        chain[hop]!,
                        last ? 'integrates' : 'via',
                        last ? relationLabel(relation, language) : undefined
                    );
                }
            } else if (relation.kind === 'uses') {
                const target = relation.target;
                const isApplication =
                    target.type === 'national'
                        ? target.entry.kind !== 'database'
                        : context.model.elements.get(target.qualifiedName)?.layer === 'application';
                if (!isApplication) continue;
                const key = ensure(target);
                if (key) builder.edge(element.qualifiedName, key, 'uses', relationLabel(relation, language));
            }
        }
    }
    const empty = applications.length === 0 ? t('view.empty', language) : undefined;
    return builder.build({ kind: 'integration', state, title, direction: 'LR', compact: true, empty }, GROUP_LIMIT);
}
