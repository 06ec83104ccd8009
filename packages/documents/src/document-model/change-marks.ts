import { changeActionWord, type Change, type ChangeAction } from '@kts/language/model';
import type { BuildContext } from './build-context.js';
import { CHANGE_ANNEX_ANCHOR } from './change-annex.js';
import { allBlocks, allSections, type DocumentModel, type TableBlock, type TableRow } from './document-model.js';

/**
 * Marks the rows of the document's tables whose element, task, goal or principle was added or changed since the base
 * version — "(bổ sung)", "(sửa đổi)" after its name — and says under each such table what the marks mean. A changed
 * relation marks the element it starts from. Rows are found by what they trace to, so no table builder needs to know.
 */
export function markChangedRows(document: DocumentModel, context: BuildContext, changes: readonly Change[], base: string): void {
    const marks = new Map<string, Exclude<ChangeAction, 'removed'>>();
    for (const change of changes) {
        if (change.section === 'relation' && change.relation) {
            if (!marks.has(change.relation.source)) marks.set(change.relation.source, 'changed');
        } else if (change.action !== 'removed' && ['element', 'task', 'goal', 'principle'].includes(change.section)) {
            marks.set(change.id, change.action);
        }
    }
    if (marks.size === 0) return;
    const numberColumn = context.t('column.number');
    // The annex's own rows trace to what changed, to lead the preview to the source; they are not marked.
    const annex = new Set(allSections(document.sections.filter(section => section.anchor === CHANGE_ANNEX_ANCHOR)));
    for (const block of allBlocks(document)) {
        if (block.type !== 'table' || [...annex].some(section => section.blocks.includes(block))) continue;
        const marked = new Set<string>();
        for (const row of block.rows) {
            const name = row.trace?.qualifiedName;
            const action = name === undefined ? undefined : marks.get(name);
            // A goal's rows all trace to it: the first, its heading row, carries the mark.
            if (name === undefined || action === undefined || marked.has(name)) continue;
            marked.add(name);
            // Right after the name, before the lines a cell may add under it (a description, a kind).
            const cell = nameCell(block, row, numberColumn);
            const lineEnd = cell.findIndex(inline => inline.type === 'break');
            cell.splice(lineEnd < 0 ? cell.length : lineEnd, 0, context.text(` (${changeActionWord(action, context.language)})`, 'italic'));
        }
        if (marked.size > 0) block.notes.push([context.text(context.t('changes.marksNote', { base }))]);
    }
}

/** The cell that names the row's thing: the first, or the one after the number column. */
function nameCell(table: TableBlock, row: TableRow, numberColumn: string): TableRow['cells'][number] {
    const spansAll = row.cells.length === 1;
    return row.cells[!spansAll && table.columns[0]?.title === numberColumn ? 1 : 0]!;
}
