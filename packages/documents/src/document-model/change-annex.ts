import {
    capitalize,
    CHANGE_ACTIONS,
    CHANGE_SECTIONS,
    changeActionWord,
    changeCounts,
    changeDetailText,
    changeSectionHeading,
    changeSubject,
    changeValueText,
    fieldChangeLabel,
    layerInState,
    type Change,
    type ChangeSet,
    type FieldChange
} from '@kts/language/model';
import { lines, type BuildContext } from './build-context.js';
import type { Block, Inline, Section, TableBlock, TableRow, Trace } from './document-model.js';
import { figureBlock, type FigureInput } from './figures.js';
import { formatNumber } from './formatting.js';

/** The changes that belong to one framework's document: its own, and the catalogue entries (which no framework owns). */
/** The annex's anchor, by which the marks of changed rows leave its own tables alone. */
export const CHANGE_ANNEX_ANCHOR = 'changes';

/** What changed since a base version, for the annex: the changes, how the version is named, the change view drawn. */
export interface ChangesSince {
    changeSet: ChangeSet;
    base: string;
    /** The change view (`renderChangeFigures`), placed at the head of the annex; none gives the annex without it. */
    figures?: FigureInput[];
}

export function frameworkChanges(changeSet: ChangeSet, frameworkId: string): Change[] {
    return changeSet.changes.filter(change => change.framework === undefined || change.framework === frameworkId);
}

/**
 * The annex "Phụ lục: Nội dung cập nhật so với phiên bản …" (Chương 1, III.2.g asks a body to keep its framework up
 * to date; reviewers ask what changed since the approved version): a summary of how many things each part added,
 * removed and changed (after the change view, when drawn), then one table per part with each change and, for a changed thing, each field before and after.
 */
export function changeAnnexSection(context: BuildContext, changes: readonly Change[], base: string, figures: FigureInput[] = []): Section {
    const blocks: Block[] = [context.paragraph(context.t(changes.length > 0 ? 'changes.intro' : 'changes.none', { base }))];
    const sections: Section[] = [];
    if (changes.length > 0) {
        blocks.push(...figures.map(figure => figureBlock(figure)));
        blocks.push(summaryTable(context, changes, base));
        for (const part of CHANGE_SECTIONS) {
            const inPart = changes.filter(change => change.section === part);
            if (inPart.length === 0) continue;
            const heading = changeSectionHeading(part, context.language);
            sections.push(context.section(`changes-${part}`, heading, [changeTable(context, inPart, heading)]));
        }
    }
    const section = context.section(CHANGE_ANNEX_ANCHOR, context.t('changes.title', { base }), blocks, sections);
    section.appendix = true;
    section.startsPage = true;
    return section;
}

function summaryTable(context: BuildContext, changes: readonly Change[], base: string): TableBlock {
    const counts = changeCounts(changes);
    const number = (value: number) => [context.text(formatNumber(context.language, value))];
    const rows: TableRow[] = CHANGE_SECTIONS.filter(part => CHANGE_ACTIONS.some(action => counts[part][action] > 0)).map(part => ({
        cells: [[context.text(changeSectionHeading(part, context.language))], ...CHANGE_ACTIONS.map(action => number(counts[part][action]))]
    }));
    const total = (action: (typeof CHANGE_ACTIONS)[number]) => CHANGE_SECTIONS.reduce((sum, part) => sum + counts[part][action], 0);
    rows.push({
        role: 'total',
        cells: [[context.text(context.t('column.total'))], ...CHANGE_ACTIONS.map(action => number(total(action)))]
    });
    return context.table(
        context.t('changes.summaryTable', { base }),
        [
            { title: context.t('changes.column.part'), weight: 6 },
            ...CHANGE_ACTIONS.map(action => ({
                title: capitalize(changeActionWord(action, context.language), context.language),
                weight: 2,
                align: 'right' as const
            }))
        ],
        rows
    );
}

function changeTable(context: BuildContext, changes: readonly Change[], heading: string): TableBlock {
    const rows: TableRow[] = changes.map((change, index) => ({
        role: change.action === 'removed' ? 'flag' : undefined,
        trace: changeTrace(context, change),
        cells: [
            [context.text(String(index + 1))],
            subjectCell(context, change),
            [context.text(capitalize(changeActionWord(change.action, context.language), context.language))],
            change.fields.length > 0 ? lines(change.fields.map(field => detailLine(context, field))) : [context.text('—', 'muted')]
        ]
    }));
    return context.table(
        context.t('changes.table', { section: heading }),
        [
            { title: context.t('column.number'), weight: 1, align: 'center' },
            { title: context.t('changes.column.subject'), weight: 6 },
            { title: context.t('changes.column.action'), weight: 2 },
            { title: context.t('changes.column.details'), weight: 9 }
        ],
        rows
    );
}

/**
 * Where the thing is written in the newer version, so that the preview leads from a row to its source: an element,
 * task, goal or principle, or the element a relation starts from. A removed thing is written nowhere any more.
 */
function changeTrace(context: BuildContext, change: Change): Trace | undefined {
    const { model, framework } = context;
    const element = (qualifiedName: string) => model.elements.get(qualifiedName);
    const local = (id: string) => id.slice(framework.id.length + 1);
    const found: { source: Trace['source'] } | undefined =
        change.section === 'element'
            ? element(change.id)
            : change.section === 'relation' && change.relation
              ? element(change.relation.source)
              : change.section === 'task'
                ? framework.tasks.find(task => task.qualifiedName === change.id)
                : change.section === 'goal'
                  ? framework.goalPeriods.flatMap(period => period.goals).find(goal => goal.id === local(change.id))
                  : change.section === 'principle'
                    ? framework.principles.find(principle => principle.id === local(change.id))
                    : undefined;
    if (!found || change.action === 'removed') return undefined;
    const qualifiedName = change.section === 'relation' ? change.relation!.source : change.id;
    return { qualifiedName, source: found.source };
}

/** The thing's name; under it, muted, what kind of thing it is and where (and its id in the working edition). */
function subjectCell(context: BuildContext, change: Change): Inline[] {
    const { language } = context;
    const where: string[] = [];
    if (change.section === 'element' && change.kind) where.push(context.kindLabel(change.kind));
    if (change.section === 'catalogue' && change.kind) where.push(change.kind);
    if (change.layer && change.state) where.push(layerInState(change.layer, change.state, language));
    if (context.working) where.push(change.id);
    const subject = [context.text(changeSubject(change, language))];
    // A line of its own, which starts with a capital as every line of a cell does.
    return where.length > 0 ? lines([subject, [context.text(capitalize(where.join(' — '), language), 'muted')]]) : subject;
}

/**
 * "kinh phí năm 2026 (Ngân sách địa phương): 17.000 → 25.500 triệu đồng", budgets in the document's own money words;
 * "sản phẩm: + Hệ thống thông tin thanh tra; − Hệ thống thư điện tử công vụ tỉnh" for a list.
 */
function detailLine(context: BuildContext, field: FieldChange): Inline[] {
    const label = context.text(`${capitalize(fieldChangeLabel(field, context.language), context.language)}: `, 'italic');
    if (!field.budget) return [label, context.text(changeDetailText(field, context.language))];
    const { currency } = field.budget;
    const value = (side: 'before' | 'after') => {
        const amount = field[side];
        return typeof amount === 'number' ? context.money(new Map([[currency, amount]])) : changeValueText(field, side, context.language);
    };
    const unit = context.singleCurrency ? ` ${context.moneyUnit(currency)}` : '';
    return [label, context.text(`${value('before')} → ${value('after')}${unit}`)];
}
