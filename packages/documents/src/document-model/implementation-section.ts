import {
    analyseGaps,
    formatPeriod,
    GAP_STATUSES,
    LAYER_KINDS,
    type GapAnalysis,
    type GapEntry,
    type GapStatus,
    type CatalogEntryModel,
    type TaskModel
} from '@kts/language/model';
import { taskAnchor } from './anchors.js';
import { allocateBudgets, grandTotal, taskTotal, totalsBy, type BudgetAllocation, type MoneyTotals } from './budget.js';
import { joinInlines, lines, type BuildContext } from './build-context.js';
import type { Block, Inline, Section, TableBlock, TableRow } from './document-model.js';
import { figureBlock, type FigureInput } from './figures.js';
import { formatNumber } from './formatting.js';

/** g. Tổ chức triển khai: gap analysis, roadmap with budgets, maintenance and compliance (Chương 1, III.2.g). */
export function implementationSection(context: BuildContext, figures: FigureInput[]): Section {
    const gaps = analyseGaps(context.framework, context.model);
    const stateless = figures.filter(figure => !figure.state);
    const blocks: Block[] = context.framework.implementationDescription
        ? context.userParagraphs(context.framework.implementationDescription)
        : [];
    return context.section('implementation', context.sectionTitle('g'), blocks, [
        gapSection(
            context,
            gaps,
            stateless.filter(figure => figure.kind !== 'roadmap')
        ),
        roadmapSection(
            context,
            stateless.filter(figure => figure.kind === 'roadmap')
        ),
        maintenanceSection(context),
        complianceMonitoringSection(context)
    ]);
}

function gapSection(context: BuildContext, gaps: GapAnalysis, figures: FigureInput[]): Section {
    const total = (status: GapStatus) => LAYER_KINDS.reduce((sum, layer) => sum + gaps.counts[layer][status], 0);
    const blocks: Block[] = [
        context.paragraph(
            context.t('gap.intro', {
                new: total('new'),
                upgraded: total('upgraded'),
                replacing: total('replacing'),
                kept: total('kept'),
                retired: total('retired')
            })
        ),
        gapSummaryTable(context, gaps),
        gapDetailTable(context, gaps)
    ];
    if (gaps.undelivered.length > 0) {
        blocks.push(context.paragraph(context.t('gap.undelivered', { count: gaps.undelivered.length }), 'warning'), {
            type: 'list',
            items: gaps.undelivered.map(entry => [
                context.elementRef(entry.element.qualifiedName),
                context.text(` — ${context.layerTitle(entry.element.layer)}, ${context.gapStatusName(entry.status, 'sentence')}`, 'muted')
            ])
        });
    } else if (gaps.entries.some(entry => entry.element.state === 'target')) {
        blocks.push(context.paragraph(context.t('gap.allDelivered')));
    }
    blocks.push(...figures.map(figure => figureBlock(figure)));
    return context.section('gap-analysis', context.t('section.gap'), blocks);
}

function gapSummaryTable(context: BuildContext, gaps: GapAnalysis): TableBlock {
    const undeliveredIn = (layer: string) => gaps.undelivered.filter(entry => entry.element.layer === layer).length;
    const rows: TableRow[] = LAYER_KINDS.map(layer => ({
        cells: [
            [context.text(context.layerTitle(layer))],
            ...GAP_STATUSES.map(status => [context.text(String(gaps.counts[layer][status]))]),
            [context.text(String(undeliveredIn(layer)), undeliveredIn(layer) > 0 ? 'warning' : undefined)]
        ]
    }));
    rows.push({
        role: 'total',
        cells: [
            [context.text(context.t('column.total'))],
            ...GAP_STATUSES.map(status => [context.text(String(LAYER_KINDS.reduce((sum, layer) => sum + gaps.counts[layer][status], 0)))]),
            [context.text(String(gaps.undelivered.length), gaps.undelivered.length > 0 ? 'warning' : undefined)]
        ]
    });
    return context.table(
        context.t('gap.summaryTable'),
        [
            { title: context.t('column.layer'), weight: 6 },
            ...GAP_STATUSES.map(status => ({ title: context.gapStatusName(status), weight: 2, align: 'right' as const })),
            { title: context.t('gap.column.undelivered'), weight: 2, align: 'right' }
        ],
        rows
    );
}

function gapDetailTable(context: BuildContext, gaps: GapAnalysis): TableBlock {
    const rows: TableRow[] = [];
    let number = 0;
    for (const layer of LAYER_KINDS) {
        const entries = gaps.entries.filter(entry => entry.element.layer === layer);
        if (entries.length === 0) continue;
        rows.push({ role: 'group', cells: [[context.text(context.layerTitle(layer), 'bold')]] });
        for (const entry of entries) {
            rows.push({
                role: entry.undelivered ? 'flag' : undefined,
                cells: [
                    [context.text(String(++number))],
                    [
                        context.elementRef(entry.element.qualifiedName),
                        { type: 'break' },
                        context.text(`${context.kindLabel(entry.element.kind)} · ${context.stateName(entry.element.state)}`, 'muted')
                    ],
                    [context.text(context.gapStatusName(entry.status))],
                    relatedCell(context, entry),
                    tasksCell(context, entry)
                ],
                trace: { qualifiedName: entry.element.qualifiedName, source: entry.element.source }
            });
        }
    }
    return context.table(
        context.t('gap.detailTable'),
        [
            { title: context.t('column.number'), weight: 1, align: 'center' },
            { title: context.t('column.element'), weight: 7 },
            { title: context.t('gap.column.status'), weight: 3, terms: true },
            { title: context.t('gap.column.related'), weight: 5 },
            { title: context.t('gap.column.tasks'), weight: 6 }
        ],
        rows,
        [[context.text(context.t('gap.note'))]]
    );
}

function relatedCell(context: BuildContext, entry: GapEntry): Inline[] {
    if (entry.status === 'retired') {
        return entry.successors.length === 0
            ? [context.text(context.t('gap.noSuccessor'), 'muted')]
            : [
                  context.text(`${context.t('gap.replacedBy')}: `, 'muted'),
                  ...joinInlines(
                      entry.successors.map(successor => [context.elementRef(successor.qualifiedName)]),
                      [context.text(', ')]
                  )
              ];
    }
    return lines(entry.predecessors.map(predecessor => [context.elementRef(predecessor.qualifiedName)]));
}

function tasksCell(context: BuildContext, entry: GapEntry): Inline[] {
    if (entry.undelivered) return [context.text(context.t('gap.noTask'), 'warning')];
    if (entry.tasks.length === 0) return [context.text('—', 'muted')];
    return lines(entry.tasks.map(task => [context.taskRef(task)]));
}

function roadmapSection(context: BuildContext, figures: FigureInput[]): Section {
    const tasks = [...context.framework.tasks].sort(byPeriod);
    if (tasks.length === 0) {
        return context.section('roadmap', context.t('section.roadmap'), [
            context.paragraph(context.missing('missing.tasks', 'g'), 'warning'),
            ...figures.map(figure => figureBlock(figure))
        ]);
    }
    const blocks: Block[] = [context.paragraph(context.t('roadmap.intro', { count: tasks.length })), tasksTable(context, tasks)];
    const allocations = allocateBudgets(tasks);
    if (allocations.length === 0) {
        blocks.push(context.paragraph(context.t('budget.none'), 'warning'));
    } else {
        blocks.push(
            budgetSummary(context, allocations),
            budgetByYearTable(context, allocations, {
                caption: context.t('budget.taskTable'),
                dimension: context.t('roadmap.column.task'),
                key: allocation => allocation.task,
                name: task => context.taskName(task),
                note: true
            }),
            budgetByYearTable(context, allocations, {
                caption: context.t('budget.table'),
                dimension: context.t('roadmap.column.funding'),
                key: allocation => allocation.funding,
                name: funding => fundingName(context, funding)
            }),
            budgetByYearTable(context, allocations, {
                caption: context.t('budget.formTable'),
                dimension: context.t('budget.column.form'),
                key: allocation => allocation.form,
                name: form => (form ? context.entryName(form) : context.t('budget.unknownForm'))
            })
        );
    }
    blocks.push(...figures.map(figure => figureBlock(figure)));
    return context.section('roadmap', context.t('section.roadmap'), blocks);
}

function byPeriod(a: TaskModel, b: TaskModel): number {
    const start = (task: TaskModel) => task.period?.start ?? Number.MAX_SAFE_INTEGER;
    const end = (task: TaskModel) => task.period?.end ?? Number.MAX_SAFE_INTEGER;
    return start(a) - start(b) || end(a) - end(b) || a.id.localeCompare(b.id, 'vi', { numeric: true });
}

function tasksTable(context: BuildContext, tasks: TaskModel[]): TableBlock {
    const byQualifiedName = new Map(context.framework.tasks.map(task => [task.qualifiedName, task]));
    const rows: TableRow[] = [];
    let group: string | undefined;
    tasks.forEach((task, index) => {
        const period = task.period ? formatPeriod(task.period.text) : context.t('roadmap.unscheduled');
        if (period !== group) {
            group = period;
            const label = !task.period
                ? period
                : task.period.start === task.period.end
                  ? context.t('roadmap.year', { year: period })
                  : context.t('goals.period', { period });
            rows.push({ role: 'group', cells: [[context.text(label, 'bold')]] });
        }
        const taskCell: Inline[] = [context.text(context.taskName(task), 'bold')];
        if (task.layer) taskCell.push({ type: 'break' }, context.text(context.layerTitle(task.layer), 'muted'));
        if (task.description) taskCell.push({ type: 'break' }, context.text(task.description));
        if (task.form)
            taskCell.push(
                { type: 'break' },
                context.text(`${context.t('budget.column.form')}: `, 'muted'),
                context.text(context.entryName(task.form))
            );
        const prerequisites = task.after.map(name => byQualifiedName.get(name)).filter((item): item is TaskModel => item !== undefined);
        if (prerequisites.length > 0) {
            taskCell.push(
                { type: 'break' },
                context.text(`${context.t('roadmap.after')}: `, 'muted'),
                ...joinInlines(
                    prerequisites.map(item => [context.taskRef(item)]),
                    [context.text(', ')]
                )
            );
            for (const prerequisite of prerequisites) {
                if (task.period && prerequisite.period && prerequisite.period.start > task.period.start) {
                    taskCell.push(
                        { type: 'break' },
                        context.text(context.t('roadmap.orderConflict', { task: context.taskName(prerequisite) }), 'warning')
                    );
                }
            }
        }
        rows.push({
            anchor: taskAnchor(task.qualifiedName),
            trace: { qualifiedName: task.qualifiedName, source: task.source },
            cells: [
                [context.text(String(index + 1))],
                taskCell,
                [context.text(period)],
                responsibleCell(context, task),
                task.delivers.length > 0 ? lines(task.delivers.map(name => [context.elementRef(name)])) : [context.text('—', 'muted')],
                lines(
                    task.budgets.map(budget => {
                        const amount = context.money(new Map([[budget.currency, budget.amount]]));
                        return [context.text(budget.year === undefined ? amount : `${budget.year}: ${amount}`)];
                    })
                ),
                lines(
                    task.budgets.map(budget => {
                        const funding = budget.funding ?? budget.fundingText;
                        return [context.text(fundingName(context, funding), funding ? undefined : 'muted')];
                    })
                )
            ]
        });
    });
    const total: MoneyTotals = new Map();
    for (const task of tasks) for (const [currency, amount] of taskTotal(task)) total.set(currency, (total.get(currency) ?? 0) + amount);
    rows.push({
        role: 'total',
        cells: [[], [context.text(context.t('column.total'))], [], [], [], [context.text(context.money(total))], []]
    });
    return context.table(
        context.t('roadmap.table'),
        [
            { title: context.t('column.number'), weight: 1, align: 'center' },
            { title: context.t('roadmap.column.task'), weight: 9 },
            { title: context.t('roadmap.column.period'), weight: 2.5 },
            { title: context.t('roadmap.column.responsible'), weight: 4 },
            { title: context.t('roadmap.column.delivers'), weight: 5 },
            { title: context.moneyHeader(context.t('roadmap.column.budget')), weight: 4, align: 'right' },
            { title: context.t('roadmap.column.funding'), weight: 4 }
        ],
        rows,
        [],
        { landscape: true }
    );
}

/** The responsible unit, then the coordinating units under their label. */
function responsibleCell(context: BuildContext, task: TaskModel): Inline[] {
    const cell: Inline[] = task.responsible
        ? [context.text(task.responsible)]
        : [context.text(context.t('roadmap.noResponsible'), 'warning')];
    if (task.coordinating.length > 0) {
        cell.push(
            { type: 'break' },
            context.text(`${context.t('roadmap.coordinating')}: `, 'muted'),
            context.text(task.coordinating.join(', '))
        );
    }
    return cell;
}

function fundingName(context: BuildContext, funding: CatalogEntryModel | string | undefined): string {
    if (funding === undefined) return context.t('budget.unknownFunding');
    return typeof funding === 'string' ? funding : context.entryName(funding);
}

/** One sentence: the total and each funding source's part of it. */
function budgetSummary(context: BuildContext, allocations: BudgetAllocation[]): Block {
    const total = grandTotal(allocations);
    const byFunding = [...totalsBy(allocations, allocation => allocation.funding).entries()];
    const totalAmount = context.singleCurrency ? (total.get(context.singleCurrency) ?? 0) : 0;
    const parts = byFunding.map(([funding, totals]) => {
        const name = fundingName(context, funding);
        const share =
            context.singleCurrency && totalAmount > 0
                ? ` (${formatNumber(context.language, (100 * (totals.get(context.singleCurrency) ?? 0)) / totalAmount, 1)}%)`
                : '';
        return `${name}: ${context.money(totals)}${share}`;
    });
    const unit = context.singleCurrency ? ` ${context.moneyUnit(context.singleCurrency)}` : '';
    return context.paragraph(context.t('budget.summary', { total: `${context.money(total)}${unit}`, parts: parts.join('; ') }));
}

interface BudgetDimension<K> {
    caption: string;
    /** Title of the first column. */
    dimension: string;
    key: (allocation: BudgetAllocation) => K;
    name: (key: K) => string;
    /** Whether the table carries the note on how budgets are spread over years. */
    note?: boolean;
}

/**
 * Totals per year of one dimension (task, funding source, investment form): one row per value in order of
 * first appearance, the years across, totals along both; every such table ends on the same grand total.
 */
function budgetByYearTable<K>(context: BuildContext, allocations: BudgetAllocation[], dimension: BudgetDimension<K>): TableBlock {
    const years = [...new Set(allocations.map(allocation => allocation.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    const yearName = (year: number | undefined) => (year === undefined ? context.t('roadmap.unscheduled') : String(year));
    const rows: TableRow[] = [...totalsBy(allocations, dimension.key).keys()].map(key => {
        const row = allocations.filter(allocation => dimension.key(allocation) === key);
        const perYear = totalsBy(row, allocation => allocation.year);
        return {
            cells: [
                [context.text(dimension.name(key))],
                ...years.map(year => [context.text(context.money(perYear.get(year)))]),
                [context.text(context.money(grandTotal(row)), 'bold')]
            ]
        };
    });
    const perYear = totalsBy(allocations, allocation => allocation.year);
    rows.push({
        role: 'total',
        cells: [
            [context.text(context.t('column.total'))],
            ...years.map(year => [context.text(context.money(perYear.get(year)))]),
            [context.text(context.money(grandTotal(allocations)))]
        ]
    });
    return context.table(
        dimension.caption,
        [
            { title: dimension.dimension, weight: 8 },
            ...years.map(year => ({ title: yearName(year), weight: 3, align: 'right' as const })),
            { title: context.moneyHeader(context.t('column.total')), weight: 4, align: 'right' }
        ],
        rows,
        dimension.note ? [[context.text(context.t('budget.allocationNote'))]] : [],
        { landscape: years.length > 6 }
    );
}

function maintenanceSection(context: BuildContext): Section {
    const { maintenance } = context.framework;
    if (!maintenance)
        return context.section('maintenance', context.partTitle('maintenance'), [
            context.paragraph(context.missing('missing.maintenance', 'g'), 'warning')
        ]);
    const blocks: Block[] = [
        labelled(context, context.t('maintenance.responsible'), maintenance.responsible),
        labelled(context, context.t('maintenance.tools'), maintenance.tools.length > 0 ? maintenance.tools.join(', ') : undefined),
        labelled(context, context.t('maintenance.frequency'), maintenance.frequency)
    ];
    if (maintenance.description) blocks.push(...context.userParagraphs(maintenance.description));
    return context.section('maintenance', context.partTitle('maintenance'), blocks);
}

function complianceMonitoringSection(context: BuildContext): Section {
    const { compliance } = context.framework;
    if (!compliance)
        return context.section('compliance-monitoring', context.partTitle('compliance'), [
            context.paragraph(context.missing('missing.compliance', 'g'), 'warning')
        ]);
    const blocks: Block[] = [labelled(context, context.t('compliance.responsible'), compliance.responsible)];
    if (compliance.description) blocks.push(...context.userParagraphs(compliance.description));
    return context.section('compliance-monitoring', context.partTitle('compliance'), blocks);
}

/** "Label: value", or the label with a warning that the model does not say. */
function labelled(context: BuildContext, label: string, value: string | undefined): Block {
    return value
        ? context.paragraph([context.text(`${label}: `, 'bold'), context.text(value)])
        : context.paragraph([context.text(`${label}: `, 'bold'), context.text(context.t('missing.value'), 'warning')]);
}
