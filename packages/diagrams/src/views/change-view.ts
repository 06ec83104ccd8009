import {
    changeFieldName,
    changeSectionWord,
    LAYER_KINDS,
    STATE_KINDS,
    term,
    type Change,
    type ElementModel,
    type LayerKind,
    type RelationModel,
    type StateKind
} from '@kts/language/model';
import { collapseNodes } from '../content/collapse.js';
import {
    CHANGE_MARKS,
    type Band,
    type BlockContent,
    type BlockGroup,
    type ChangeMark,
    type DiagramNode
} from '../content/diagram-content.js';
import { elementNode, layerElements, type ViewContext } from '../content/model-nodes.js';
import { changeMarkName, layerName, t } from '../i18n.js';
import type { ViewSince } from '../view-types.js';

/** Boxes a group shows before the unchanged ones fold into a summary; changes never fold. */
const GROUP_LIMIT = 30;

/**
 * What changed since a base version, drawn in the gap view's style: each component architecture that changed, its
 * current and target elements side by side, the added, changed and removed ones marked, and beside them, for
 * context, only the unchanged elements of that architecture they relate to (folded when many), so that the figure
 * shows what changed. A removed element is drawn from the base version's model. An element whose relations changed
 * is changed, as the document's tables mark it.
 */
export function buildChanges(context: ViewContext, title: string, since: ViewSince): BlockContent {
    const { framework, language } = context;
    const changes = since.changeSet.changes.filter(change => change.framework === framework.id);
    const marks = elementMarks(changes);
    const before = since.before.frameworks.find(item => item.id === framework.id);
    // Removed elements are drawn as the base version had them, from its model.
    const beforeContext: ViewContext | undefined = before && { ...context, model: since.before, framework: before };
    const removed = (state: StateKind, layer: LayerKind) =>
        beforeContext
            ? layerElements(beforeContext.framework, state, layer).filter(element => marks.get(element.qualifiedName) === 'removed')
            : [];
    const related = relatedToChanges(
        STATE_KINDS.flatMap(state => LAYER_KINDS.flatMap(layer => [...layerElements(framework, state, layer), ...removed(state, layer)])),
        marks
    );
    const bands: Band[] = [];
    for (const layer of LAYER_KINDS) {
        const groups: BlockGroup[] = [];
        for (const state of STATE_KINDS) {
            const drawn = layerElements(framework, state, layer)
                .filter(element => marks.has(element.qualifiedName) || related.has(element.qualifiedName))
                .map(element => markedNode(context, element, marks, changes));
            if (beforeContext) drawn.push(...removed(state, layer).map(element => markedNode(beforeContext, element, marks, changes)));
            if (!drawn.some(node => node.change !== 'unchanged')) continue;
            drawn.sort((a, b) => CHANGE_MARKS.indexOf(a.change!) - CHANGE_MARKS.indexOf(b.change!));
            const changed = drawn.filter(node => node.change !== 'unchanged').length;
            const key = `${state}.${layer}`;
            groups.push({
                key,
                title: term('stateArchitecture', state, language, 'heading'),
                origin: 'body',
                palette: layer,
                nodes: collapseNodes(key, drawn, Math.max(GROUP_LIMIT, changed + 1), language, node =>
                    node.change === 'unchanged' ? 0 : 1
                )
            });
        }
        if (groups.length > 0) bands.push({ key: layer, title: layerName(layer, language), palette: layer, groups });
    }
    const empty = bands.length === 0 ? t('view.noChanges', language, { base: since.base }) : undefined;
    return { type: 'block', kind: 'changes', title, bands, compact: true, tierArrows: false, links: [], empty };
}

/**
 * The unchanged elements that an added, changed or removed element relates to, or that relate to one (through `via`
 * too): what the figure keeps beside the changes for context.
 */
function relatedToChanges(elements: readonly ElementModel[], marks: ReadonlyMap<string, ChangeMark>): Set<string> {
    const related = new Set<string>();
    const ends = (relation: RelationModel) =>
        [relation.target, ...relation.via].flatMap(end => (end.type === 'element' ? [end.qualifiedName] : []));
    for (const element of elements) {
        const changed = marks.has(element.qualifiedName);
        for (const relation of element.relations) {
            const names = ends(relation);
            if (changed) for (const name of names) related.add(name);
            else if (names.some(name => marks.has(name))) related.add(element.qualifiedName);
        }
    }
    return related;
}

/** Each element's mark by qualified name; a changed relation marks the element it starts from. */
function elementMarks(changes: readonly Change[]): Map<string, ChangeMark> {
    const marks = new Map<string, ChangeMark>();
    for (const change of changes) {
        if (change.section === 'element') marks.set(change.id, change.action);
        else if (change.section === 'relation' && change.relation && !marks.has(change.relation.source))
            marks.set(change.relation.source, 'changed');
    }
    return marks;
}

/** The element's box with its mark written first (the words survive any printer), and for a changed one what changed. */
function markedNode(
    context: ViewContext,
    element: ElementModel,
    marks: ReadonlyMap<string, ChangeMark>,
    changes: readonly Change[]
): DiagramNode {
    const { language } = context;
    const change = marks.get(element.qualifiedName) ?? 'unchanged';
    const node = elementNode(context, element, { level: false, realizes: false });
    const details = [changeMarkName(change, language)];
    if (change === 'changed') {
        const what = whatChanged(element.qualifiedName, changes, language);
        details.push(t('change.fields', language, { fields: what.join(', ') }));
    }
    return { ...node, change, details: [...details, ...node.details] };
}

/** The names of the fields that changed, then "relations" when a relation starting from the element did. */
function whatChanged(qualifiedName: string, changes: readonly Change[], language: ViewContext['language']): string[] {
    const fields = changes
        .filter(change => change.section === 'element' && change.id === qualifiedName)
        .flatMap(change => change.fields.map(field => changeFieldName(field.field, language)));
    const relations = changes.some(change => change.section === 'relation' && change.relation?.source === qualifiedName);
    return [...new Set(fields), ...(relations ? [changeSectionWord('relation', language)] : [])];
}
