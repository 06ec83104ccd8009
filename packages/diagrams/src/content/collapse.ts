import { t } from '../i18n.js';
import type { Language } from '../view-types.js';
import type { DiagramNode } from './diagram-content.js';

/**
 * Keeps a group readable: beyond `limit` nodes, the first `limit - 1` stay (ranked by `rank`, higher first, then
 * model order) and the rest fold into one summary node that lists what it stands for.
 */
export function collapseNodes(
    groupKey: string,
    nodes: DiagramNode[],
    limit: number,
    language: Language,
    rank: (node: DiagramNode) => number = () => 0
): DiagramNode[] {
    if (nodes.length <= limit) return nodes;
    const order = new Map(nodes.map((node, index) => [node.key, index]));
    const ranked = [...nodes].sort((a, b) => rank(b) - rank(a) || order.get(a.key)! - order.get(b.key)!);
    const keep = new Set(ranked.slice(0, limit - 1).map(node => node.key));
    const kept = nodes.filter(node => keep.has(node.key));
    const folded = nodes.filter(node => !keep.has(node.key));
    const first = folded[0]!;
    const kinds = [...new Set(folded.map(node => node.kindName))];
    kept.push({
        key: `summary:${groupKey}`,
        title: t('node.more', language, { n: folded.length }),
        caption: kinds.join('; '),
        kindName: t('legend.summary', language),
        details: [],
        palette: first.palette,
        shape: 'summary',
        origin: first.origin,
        collapsed: folded.map(node => node.elementId ?? node.key)
    });
    return kept;
}
