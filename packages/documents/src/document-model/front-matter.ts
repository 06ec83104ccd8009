import type { BuildContext } from './build-context.js';
import { allBlocks, type DocumentModel, type Inline, type Section } from './document-model.js';
import { formatShortDate } from '@kts/language/model';

/** Lịch sử phiên bản: each version of the document, when it was made and what changed; none when the framework lists none. */
export function revisionsSection(context: BuildContext): Section | undefined {
    const { revisions } = context.framework;
    if (revisions.length === 0) return undefined;
    const section = context.section('revisions', context.partTitle('revisions'), [
        context.table(
            context.t('revisions.table'),
            [
                { title: context.t('revisions.column.version'), weight: 3, align: 'center' },
                { title: context.t('revisions.column.date'), weight: 3, align: 'center' },
                { title: context.t('revisions.column.summary'), weight: 10 }
            ],
            revisions.map(revision => ({
                cells: [
                    [context.text(revision.version)],
                    [context.text(revision.date ? formatShortDate(context.language, revision.date) : '')],
                    [context.text(revision.summary)]
                ]
            }))
        )
    ]);
    section.frontMatter = true;
    return section;
}

/**
 * Danh mục hình / Danh mục bảng, still empty: they are filled by `fillListSection` once figures and tables have their
 * numbers. None when the document has no figure (or no table).
 */
export function listSection(context: BuildContext, document: DocumentModel, of: 'figure' | 'table'): Section | undefined {
    if (![...allBlocks(document)].some(block => block.type === of)) return undefined;
    const section = context.section(
        of === 'figure' ? 'list-of-figures' : 'list-of-tables',
        context.t(of === 'figure' ? 'lists.figures' : 'lists.tables'),
        []
    );
    section.frontMatter = true;
    section.listOf = of;
    return section;
}

/** Lists every figure (or table) with its number and caption, each a link to it. */
export function fillListSection(context: BuildContext, document: DocumentModel, section: Section): void {
    const entry = (caption: string, number: number, title: string, target: string): Inline[] => [
        { type: 'ref', text: context.t('lists.entry', { caption, number, title }), target }
    ];
    const items = [...allBlocks(document)].flatMap(block => {
        if (block.type === 'figure' && section.listOf === 'figure')
            return [entry(document.captions.figure, block.number, block.title, block.anchor)];
        if (block.type === 'table' && section.listOf === 'table')
            return [entry(document.captions.table, block.number, block.caption, block.anchor)];
        return [];
    });
    section.blocks = [{ type: 'list', items }];
}
