import type { ElementModel } from '@kts/language/model';
import type { GraphContent } from '../content/diagram-content.js';
import { GraphBuilder } from '../content/graph-builder.js';
import { elementNode, layerElements, refKey, refNode, type ViewContext } from '../content/model-nodes.js';
import { t } from '../i18n.js';
import { relationLabel } from './relation-label.js';

const GROUP_LIMIT = 14;

/**
 * Data: databases and data sets grouped by the unit that owns them, the applications that hold them, and where
 * they are shared (other databases, platforms, national databases).
 */
export function buildData(context: ViewContext, title: string): GraphContent {
    const { framework, state, language, model } = context;
    const builder = new GraphBuilder(context);
    const data = layerElements(framework, state, 'data');
    const byId = new Map(data.map(element => [element.qualifiedName, element]));
    const ownerOf = (element: ElementModel): string | undefined => {
        if (element.owner) return element.owner;
        const container = element.relations.find(relation => relation.kind === 'in' && relation.target.type === 'element');
        return container?.target.type === 'element' ? byId.get(container.target.qualifiedName)?.owner : undefined;
    };
    const unknownOwner = t('group.ownerUnknown', language);
    for (const element of data) {
        const owner = ownerOf(element);
        const group = builder.group(`owner:${owner ?? ''}`, owner ?? unknownOwner, 'data', 'body', 1);
        const node = elementNode(context, element, { realizes: false, level: false });
        const codes = element.codes.map(code => code.code);
        if (codes.length > 0) node.details.push(codes.join(', '));
        builder.add(group, node);
    }
    builder.group('applications', t('group.storingApps', language), 'application', 'body', 0);
    builder.group('receivers', t('group.receivers', language), 'data', 'national', 2);
    builder.group('other', t('group.otherBodies', language), 'data', 'other', 2);

    const place = (ref: Parameters<typeof refKey>[0], preferred: string): string | undefined => {
        const key = refKey(ref);
        if (builder.has(key)) return key;
        const node = refNode(context, ref, { realizes: false, level: false });
        if (!node) return undefined;
        const element = ref.type === 'element' ? model.elements.get(ref.qualifiedName) : undefined;
        builder.add(ref.type === 'national' ? 'receivers' : element && element.framework !== framework.id ? 'other' : preferred, node);
        return key;
    };

    for (const element of data) {
        for (const relation of element.relations) {
            if (relation.kind === 'in') {
                const key = place(relation.target, 'other');
                if (key) builder.edge(element.qualifiedName, key, 'in');
            } else if (relation.kind === 'shares' || relation.kind === 'integrates') {
                const key = place(relation.target, 'receivers');
                if (key)
                    builder.edge(
                        element.qualifiedName,
                        key,
                        relation.kind === 'shares' ? 'shares' : 'integrates',
                        relationLabel(relation, language)
                    );
            }
        }
    }
    for (const element of layerElements(framework, state, 'application')) {
        for (const relation of element.relations) {
            if (
                (relation.kind !== 'stores' && relation.kind !== 'uses') ||
                relation.target.type !== 'element' ||
                !byId.has(relation.target.qualifiedName)
            )
                continue;
            place({ type: 'element', qualifiedName: element.qualifiedName }, 'applications');
            builder.edge(
                element.qualifiedName,
                relation.target.qualifiedName,
                relation.kind === 'stores' ? 'stores' : 'uses',
                relationLabel(relation, language)
            );
        }
    }
    const empty = data.length === 0 ? t('view.empty', language) : undefined;
    return builder.build({ kind: 'data', state, title, direction: 'LR', compact: true, empty }, GROUP_LIMIT);
}
