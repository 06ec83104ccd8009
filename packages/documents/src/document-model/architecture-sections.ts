import {
    capitalize,
    formatDate,
    gapStatus,
    LAYER_KINDS,
    METAMODEL,
    type CatalogEntryModel,
    type ElementModel,
    type FrameworkModel,
    type Language,
    type LayerKind,
    type LayerModel,
    type ProtectionModel,
    type RelationKind,
    type RelationModel,
    type SectionKey,
    type StateKind,
    term
} from '@kts/language/model';
import { elementAnchor } from './anchors.js';
import { joinInlines, lines, userTexts, type BuildContext } from './build-context.js';
import type { Block, Inline, Section, TableBlock, TableColumn, TableRow } from './document-model.js';
import { figureBlock, figureLayer, type FigureInput } from './figures.js';
import { blankDate, isPlaceholder } from './formatting.js';
import { message, type MessageKey } from '../messages.js';

/** An element's relations the other way round: who supports, stores, hosts, protects it. */
type IncomingIndex = Map<string, Array<{ relation: RelationModel; from: ElementModel }>>;

/** Information systems whose security level the security architecture must state (Nghị định 85/2016/NĐ-CP). */
const INFORMATION_SYSTEM_KINDS = new Set(['app', 'platform', 'portal']);

/** đ. Khung kiến trúc hiện trạng / e. Khung kiến trúc mục tiêu: the five component architectures (Chương 1, III.2.đ–e). */
export function architectureSection(context: BuildContext, state: StateKind, figures: FigureInput[]): Section {
    const stateModel = context.framework.states[state];
    const incoming = incomingIndex(context);
    const blocks: Block[] = [];
    if (!stateModel.declared)
        blocks.push(context.paragraph(context.missing(STATE_MESSAGES[state].missing, STATE_MESSAGES[state].section), 'warning'));
    blocks.push(...architectureOpening(context.framework, state, context.language).map(text => context.paragraph(text)));
    const stateFigures = figures.filter(figure => figure.state === state && !figureLayer(figure));
    blocks.push(...stateFigures.map(figure => figureBlock(figure)));
    // The overview in functional layers is summarised to one page; the reader is told where the rest is.
    if (context.profile.functionalLayers && stateFigures.some(figure => figure.kind === 'overview'))
        blocks.push(context.paragraph(context.t('architecture.layeredOverviewNote'), 'note'));

    const sections = LAYER_KINDS.map(layer => {
        const layerModel = stateModel.layers[layer];
        const layerBlocks: Block[] = [];
        if (layerModel.description) layerBlocks.push(...context.userParagraphs(layerModel.description));
        if (layerModel.elements.length === 0) {
            layerBlocks.push(context.paragraph(context.t('architecture.emptyLayer'), stateModel.declared ? 'warning' : 'note'));
        } else {
            layerBlocks.push(...layerTables(context, state, layer, layerModel.elements, incoming));
        }
        if (layer === 'security' && layerModel.protection) layerBlocks.push(protectionTable(context, state, layerModel.protection));
        layerBlocks.push(
            ...figures.filter(figure => figure.state === state && figureLayer(figure) === layer).map(figure => figureBlock(figure))
        );
        const assessment = state === 'current' ? assessmentSection(context, layer, layerModel) : undefined;
        return context.section(`${state}-${layer}`, context.layerTitle(layer), layerBlocks, assessment ? [assessment] : []);
    });
    return context.section(`${state}-architecture`, context.sectionTitle(state === 'current' ? 'đ' : 'e'), blocks, sections);
}

/**
 * The paragraphs that open a state's architecture: its description, then how many elements it has and how they are
 * presented. The state's overview is drawn to fit under them on the chapter's first page.
 */
export function architectureOpening(framework: FrameworkModel, state: StateKind, language: Language): string[] {
    const stateModel = framework.states[state];
    const count = LAYER_KINDS.reduce((sum, layer) => sum + stateModel.layers[layer].elements.length, 0);
    return [
        ...(stateModel.declared && stateModel.description ? userTexts(stateModel.description) : []),
        message(STATE_MESSAGES[state].intro, language, { count })
    ];
}

function incomingIndex(context: BuildContext): IncomingIndex {
    const index: IncomingIndex = new Map();
    for (const element of context.model.elements.values()) {
        for (const relation of element.relations) {
            if (relation.target.type !== 'element') continue;
            const list = index.get(relation.target.qualifiedName) ?? [];
            list.push({ relation, from: element });
            index.set(relation.target.qualifiedName, list);
        }
    }
    return index;
}

function layerTables(
    context: BuildContext,
    state: StateKind,
    layer: LayerKind,
    elements: ElementModel[],
    incoming: IncomingIndex
): TableBlock[] {
    const tables: TableBlock[] = [];
    // People are described, not owned, supported or coded as activities are: they have a table of their own.
    const people = elements.filter(element => PEOPLE_KINDS.has(element.kind));
    if (people.length > 0) tables.push(peopleTable(context, state, layer, people));
    const things = elements.filter(element => !PEOPLE_KINDS.has(element.kind));
    const hosted = layer === 'technology' ? hostedSystems(things, incoming) : undefined;
    if (things.length > 0) tables.push(elementTable(context, state, layer, things, incoming, hosted));
    if (hosted) tables.push(hostedTable(context, state, hosted));
    if (layer === 'security') tables.push(securityLevelTable(context, state, incoming));
    return tables;
}

/** The groups of people a business architecture serves or employs (kind `actor`). */
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['actor']);

/**
 * One row per group of people: who they are (with their national counterpart and, in the target, how they continue
 * the current state), the description apart from those lines, and what they use where any group uses something.
 */
function peopleTable(context: BuildContext, state: StateKind, layer: LayerKind, people: ElementModel[]): TableBlock {
    const kind = context.kindLabel('actor', 'sentence');
    const uses = people.some(person => person.relations.some(relation => relation.kind === 'uses'));
    const columns: TableColumn[] = [
        column(context, 'column.number', 1, 'center'),
        { title: capitalize(context.t('column.peopleGroup', { kind }), context.language), weight: 6 },
        column(context, 'column.description', uses ? 9 : 14),
        ...(uses ? [column(context, 'column.peopleUse', 5)] : [])
    ];
    return context.table(
        context.t('architecture.peopleTable', { kind, layer: context.layerTitle(layer, 'sentence'), state: context.stateName(state) }),
        columns,
        people.map((person, index) => ({
            cells: [
                [context.text(String(index + 1))],
                identityLines(context, person),
                descriptionLines(context, person),
                ...(uses ? [relationLines(context, person, ['uses'])] : [])
            ],
            anchor: elementAnchor(person.qualifiedName),
            trace: { qualifiedName: person.qualifiedName, source: person.source }
        })),
        counterpartNotes(context, people)
    );
}

/** Every element of a component architecture but people, with the columns of what that architecture records. */
function elementTable(
    context: BuildContext,
    state: StateKind,
    layer: LayerKind,
    elements: ElementModel[],
    incoming: IncomingIndex,
    hosted?: HostedSystems
): TableBlock {
    const caption = context.t('architecture.table', { layer: context.layerTitle(layer, 'sentence'), state: context.stateName(state) });
    const modelName = METAMODEL.layers[layer].models[0] ?? '';
    const from = (element: ElementModel, kinds: RelationKind[]) =>
        (incoming.get(element.qualifiedName) ?? [])
            .filter(item => kinds.includes(item.relation.kind))
            .map(item => [context.elementRef(item.from.qualifiedName)]);
    const allCodes: CatalogEntryModel[] = elements.flatMap(element => element.codes);

    let columns: TableColumn[];
    let cells: (element: ElementModel) => Inline[][];
    switch (layer) {
        case 'business':
            columns = [
                column(context, 'column.element.business', 7),
                column(context, 'column.owner', 4),
                column(context, 'column.supportedBy', 5),
                codeColumn(context, modelName)
            ];
            cells = element => [
                nameCell(context, element),
                text(context, element.owner),
                lines(from(element, ['supports'])),
                context.codes(element.codes)
            ];
            break;
        case 'data':
            columns = [
                column(context, 'column.element.data', 6),
                column(context, 'column.owner', 4),
                column(context, 'column.classification', 3),
                codeColumn(context, modelName),
                column(context, 'column.sharesWith', 4),
                column(context, 'column.usedBy', 4)
            ];
            cells = element => [
                nameCell(context, element, incoming),
                text(context, element.owner),
                text(
                    context,
                    element.classification
                        .map((dataClass, index) => term('dataClass', dataClass, context.language, index === 0 ? 'heading' : 'sentence'))
                        .join('; ') || undefined
                ),
                context.codes(element.codes),
                relationLines(context, element, ['shares']),
                lines(from(element, ['stores', 'uses']))
            ];
            break;
        case 'application':
            columns = [
                column(context, 'column.element.application', 7),
                codeColumn(context, modelName),
                column(context, 'column.supportsAndData', 5),
                column(context, 'column.integrations', 6),
                // A platform's name ("… tỉnh Lào Cai (LGSP)") broke at its bracket in a narrower column.
                column(context, 'column.platforms', 4)
            ];
            cells = element => [
                nameCell(context, element),
                context.codes(element.codes),
                supportsAndData(context, element),
                relationLines(context, element, ['integrates']),
                platformsUsed(context, element)
            ];
            break;
        case 'technology':
            columns = [
                column(context, 'column.element.technology', 7),
                codeColumn(context, modelName),
                column(context, 'column.standards', 5),
                // A count where the systems are listed in the next table: the room goes to the names.
                column(context, 'column.hosts', hosted ? 3 : 6)
            ];
            cells = element => [
                nameCell(context, element),
                context.codes(element.codes),
                standardsCell(context, element.standards),
                hosted ? hostedCount(context, element, hosted) : lines(from(element, ['hosted']))
            ];
            break;
        case 'security':
            columns = [
                column(context, 'column.element.security', 7),
                codeColumn(context, modelName),
                column(context, 'column.protects', 6),
                column(context, 'column.standards', 4),
                column(context, 'column.integrations', 4)
            ];
            cells = element => [
                nameCell(context, element),
                context.codes(element.codes),
                relationLines(context, element, ['protects']),
                standardsCell(context, element.standards),
                relationLines(context, element, ['integrates'])
            ];
            break;
    }
    // A table of one kind names it in its name column's title; where kinds mix, a column says each row's kind.
    const mixesKinds = new Set(elements.map(element => element.kind)).size > 1;
    const kindColumn: TableColumn[] = mixesKinds ? [{ ...column(context, 'column.kind', 3), terms: true }] : [];
    const kindCell = (element: ElementModel): Inline[][] => (mixesKinds ? [[context.text(context.kindLabel(element.kind))]] : []);
    const rows = elements.map(element => cells(element));
    const filled = filledColumns(rows);
    return context.table(
        caption,
        [
            column(context, 'column.number', 1, 'center'),
            columns[0]!,
            ...kindColumn,
            ...columns.slice(1).filter((_, index) => filled(index + 1))
        ],
        elements.map((element, index) => {
            const [name, ...rest] = rows[index]!;
            return {
                cells: [
                    [context.text(String(index + 1))],
                    name!,
                    ...kindCell(element),
                    ...rest.filter((_, column) => filled(column + 1)).map(cell => orDash(context, cell))
                ],
                anchor: elementAnchor(element.qualifiedName),
                trace: { qualifiedName: element.qualifiedName, source: element.source }
            };
        }),
        [...context.codeMarkNotes(allCodes), ...counterpartNotes(context, elements)]
    );
}

/**
 * Whether a column of these rows' cells is filled in some row. A column no row fills (no standard applies to any of the
 * elements, no target system has its security level approved yet) would print a dash or nothing in every row: the
 * tables leave it out, and its room goes to the others.
 */
function filledColumns(rows: ReadonlyArray<readonly Inline[][]>): (column: number) => boolean {
    return column => rows.length === 0 || rows.some(row => (row[column]?.length ?? 0) > 0);
}

/** An empty cell says so with a dash, as the other tables' empty cells do, rather than look forgotten. */
function orDash(context: BuildContext, cell: Inline[]): Inline[] {
    return cell.length > 0 ? cell : [context.text('—', 'muted')];
}

/** The systems each element of a technology table hosts, in the order of the elements. */
type HostedSystems = ReadonlyArray<{ host: ElementModel; systems: ElementModel[] }>;

/** More systems than this on one host are listed in a table of their own: one a line, they ran a row past its page. */
const MOST_HOSTED_IN_ROW = 3;

/**
 * What the elements host, when one of them hosts more than a row can list (a data centre hosts twenty systems);
 * undefined when every list fits its row.
 */
function hostedSystems(elements: readonly ElementModel[], incoming: IncomingIndex): HostedSystems | undefined {
    const hosted = elements
        .map(host => ({
            host,
            systems: (incoming.get(host.qualifiedName) ?? []).filter(item => item.relation.kind === 'hosted').map(item => item.from)
        }))
        .filter(entry => entry.systems.length > 0);
    return hosted.some(entry => entry.systems.length > MOST_HOSTED_IN_ROW) ? hosted : undefined;
}

const hostedAnchor = (host: ElementModel) => `${elementAnchor(host.qualifiedName)}-hosted`;

/** How many systems the element hosts, linked to their list in the table that follows. */
function hostedCount(context: BuildContext, element: ElementModel, hosted: HostedSystems): Inline[] {
    const entry = hosted.find(candidate => candidate.host === element);
    if (!entry) return [];
    return [{ type: 'ref', text: context.t('architecture.hostedCount', { count: entry.systems.length }), target: hostedAnchor(element) }];
}

/**
 * The systems hosted on the technical infrastructure, under a heading row per host, numbered, each with its kind and
 * owner: the list the technology table's row refers to.
 */
function hostedTable(context: BuildContext, state: StateKind, hosted: HostedSystems): TableBlock {
    // Most hosted systems are applications: their architecture is a column only where it varies.
    const mixesLayers = new Set(hosted.flatMap(entry => entry.systems.map(system => system.layer))).size > 1;
    const rows: TableRow[] = hosted.flatMap(({ host, systems }): TableRow[] => [
        {
            role: 'group',
            cells: [
                [context.text(context.t('architecture.hostedGroup', { host: context.elementName(host), count: systems.length }), 'bold')]
            ],
            anchor: hostedAnchor(host)
        },
        ...systems.map(
            (system, index): TableRow => ({
                cells: [
                    [context.text(String(index + 1))],
                    [context.elementRef(system.qualifiedName)],
                    [context.text(context.kindLabel(system.kind))],
                    ...(mixesLayers ? [[context.text(context.layerTitle(system.layer))]] : []),
                    orDash(context, text(context, system.owner))
                ],
                trace: { qualifiedName: system.qualifiedName, source: system.source }
            })
        )
    ]);
    return context.table(
        context.t('architecture.hostedTable', { state: context.stateName(state) }),
        [
            column(context, 'column.number', 1, 'center'),
            column(context, 'column.system', 9),
            { ...column(context, 'column.kind', 4), terms: true },
            ...(mixesLayers ? [column(context, 'column.layer', 4)] : []),
            column(context, 'column.owner', 6)
        ],
        rows
    );
}

/** The note that says what "Tương ứng" means, under a table where an element names its national counterpart. */
function counterpartNotes(context: BuildContext, elements: readonly ElementModel[]): Inline[][] {
    if (!elements.some(element => element.relations.some(relation => relation.kind === 'realizes'))) return [];
    return [[context.text(context.t('element.counterpartNote', { framework: context.componentsProfile.title[context.language] }))]];
}

/** Đánh giá (Chương 1, III.2.đ): the results, shortcomings and causes the layer's assessment states, each as a list. */
function assessmentSection(context: BuildContext, layer: LayerKind, layerModel: LayerModel): Section | undefined {
    const parts: Array<[MessageKey, string[]]> = [
        ['assessment.results', layerModel.assessment.results],
        ['assessment.shortcomings', layerModel.assessment.shortcomings],
        ['assessment.causes', layerModel.assessment.causes]
    ];
    const blocks: Block[] = parts
        .filter(([, items]) => items.length > 0)
        .flatMap(([key, items]): Block[] => [
            context.paragraph([context.text(`${context.t(key)}:`, 'bold')]),
            { type: 'list', items: items.map(item => [context.text(item)]) }
        ]);
    return blocks.length > 0 ? context.section(`current-${layer}-assessment`, context.partTitle('assessment'), blocks) : undefined;
}

const PROTECTION_LAYERS: ReadonlyArray<keyof ProtectionModel> = ['onsite', 'monitoring', 'inspection', 'national'];

/**
 * The four layers of protection, named as the profile quotes the national text, each with how the body arranges it;
 * a layer the model does not state is flagged.
 */
function protectionTable(context: BuildContext, state: StateKind, protection: ProtectionModel): TableBlock {
    return context.table(
        context.t('protection.table', { state: context.stateName(state) }),
        [
            column(context, 'column.number', 1, 'center'),
            column(context, 'protection.column.layer', 5),
            column(context, 'protection.column.arrangement', 12)
        ],
        PROTECTION_LAYERS.map((key, index) => {
            const arrangement = protection[key];
            return {
                cells: [
                    [context.text(String(index + 1))],
                    [context.text(context.profile.protectionModel.layers[key][context.language], 'bold')],
                    arrangement ? [context.text(arrangement)] : [context.text(context.t('protection.notStated'), 'warning')]
                ],
                role: arrangement ? undefined : 'flag'
            };
        }),
        [[context.text(context.t('protection.note'))]]
    );
}

/** Every information system of the state with its security level and the measures protecting it. */
function securityLevelTable(context: BuildContext, state: StateKind, incoming: IncomingIndex): TableBlock {
    const systems = LAYER_KINDS.flatMap(layer => context.framework.states[state].layers[layer].elements).filter(
        element => element.securityLevel !== undefined || (element.layer === 'application' && INFORMATION_SYSTEM_KINDS.has(element.kind))
    );
    const rows: TableRow[] = systems.map((element, index) => {
        const protectors = (incoming.get(element.qualifiedName) ?? [])
            .filter(item => item.relation.kind === 'protects')
            .map(item => [context.elementRef(item.from.qualifiedName)]);
        return {
            cells: [
                [context.text(String(index + 1))],
                [context.elementRef(element.qualifiedName), { type: 'break' }, context.text(context.kindLabel(element.kind), 'muted')],
                element.securityLevel === undefined
                    ? [context.text(context.t('security.levelUnknown'), 'warning')]
                    : [context.text(context.t('security.level', { level: element.securityLevel }))],
                approvalCell(context, element),
                text(context, element.owner),
                text(context, element.operator),
                protectors.length > 0 ? lines(protectors) : [context.text(context.t('security.noMeasure'), 'muted')]
            ],
            role: element.securityLevel === undefined ? 'flag' : undefined,
            trace: { qualifiedName: element.qualifiedName, source: element.source }
        };
    });
    const filled = filledColumns(rows.map(row => row.cells));
    return context.table(
        context.t('security.levelTable', { state: context.stateName(state) }),
        [
            column(context, 'column.number', 1, 'center'),
            column(context, 'column.system', 7),
            column(context, 'column.securityLevel', 3),
            column(context, 'column.approval', 4),
            column(context, 'column.owner', 4),
            column(context, 'column.operator', 4),
            column(context, 'column.protectedBy', 5)
        ].filter((_, index) => filled(index)),
        rows.map(row => ({ ...row, cells: row.cells.filter((_, index) => filled(index)) })),
        [[context.text(context.t('security.levelNote'))]],
        { landscape: true }
    );
}

/**
 * The approving decision and its date (left blank, as a draft does, beside a number still to be filled in); a current
 * system with a level but no decision is marked not approved.
 */
function approvalCell(context: BuildContext, element: ElementModel): Inline[] {
    const approval = element.securityApproval;
    if (approval) {
        const decision = context.text(context.t('security.approved', { decision: approval.decision }));
        const date = approval.date
            ? formatDate(context.language, approval.date)
            : isPlaceholder(approval.decision)
              ? blankDate(context.language)
              : undefined;
        return date ? [decision, { type: 'break' }, context.text(date)] : [decision];
    }
    if (element.securityLevel === undefined || element.state !== 'current') return [];
    return [context.text(context.t('security.notApproved'), 'muted')];
}

function column(context: BuildContext, key: MessageKey, weight: number, align?: TableColumn['align']): TableColumn {
    return align ? { title: context.t(key), weight, align } : { title: context.t(key), weight };
}

function codeColumn(context: BuildContext, model: string): TableColumn {
    return { title: context.t('column.codes', { model }), weight: 4, codes: true };
}

function text(context: BuildContext, value: string | undefined): Inline[] {
    return value ? [context.text(value)] : [];
}

/**
 * Name, then in small print its id (working edition), its counterpart in the national framework, where it sits, how it
 * continues the current state.
 */
function nameCell(context: BuildContext, element: ElementModel, incoming?: IncomingIndex): Inline[] {
    const description = descriptionLines(context, element);
    return [...identityLines(context, element, incoming), ...(description.length > 0 ? [{ type: 'break' } as const, ...description] : [])];
}

/** The element's name and, in small print, what identifies it: id, status, counterpart, where it sits. */
function identityLines(context: BuildContext, element: ElementModel, incoming?: IncomingIndex): Inline[] {
    const cell: Inline[] = [context.text(context.elementName(element), 'bold')];
    if (context.working) cell.push({ type: 'break' }, context.text(element.id, 'muted'));
    const extra = (label: string, refs: Inline[]) => {
        if (refs.length > 0) cell.push({ type: 'break' }, context.text(`${capitalize(label, context.language)}: `, 'muted'), ...refs);
    };
    const targets = (kinds: RelationKind[]) =>
        joinInlines(
            element.relations.filter(relation => kinds.includes(relation.kind)).map(relation => [context.nodeRef(relation.target)]),
            [context.text(', ')]
        );
    if (element.state === 'target') {
        const status = gapStatus(element);
        const continuity = targets(['upgrades', 'keeps', 'replaces']);
        cell.push({ type: 'break' }, context.text(context.gapStatusName(status), 'muted'));
        if (continuity.length > 0) cell.push(context.text(': ', 'muted'), ...continuity);
    }
    extra(context.t('element.counterpart'), targets(['realizes']));
    extra(context.relationLabel('in'), targets(['in']));
    if (incoming) {
        extra(
            context.t('data.contains'),
            joinInlines(
                (incoming.get(element.qualifiedName) ?? [])
                    .filter(item => item.relation.kind === 'in')
                    .map(item => [context.elementRef(item.from.qualifiedName)]),
                [context.text(', ')]
            )
        );
    }
    extra(context.relationLabel('hosted'), targets(['hosted']));
    return cell;
}

/** What the element is, in the user's words, and its note. */
function descriptionLines(context: BuildContext, element: ElementModel): Inline[] {
    const description = element.description ?? element.documentation;
    return lines([
        ...(description ? [[context.text(description)]] : []),
        ...(element.note ? [[context.text(element.note, 'italic')]] : [])
    ]);
}

const STATE_MESSAGES: Readonly<Record<StateKind, { section: SectionKey; missing: MessageKey; intro: MessageKey }>> = {
    current: { section: 'đ', missing: 'missing.current', intro: 'architecture.intro.current' },
    target: { section: 'e', missing: 'missing.target', intro: 'architecture.intro.target' }
};

/** One line per relation target: the target, the platforms it passes through, its label and the data exchanged. */
function relationLines(context: BuildContext, element: ElementModel, kinds: RelationKind[]): Inline[] {
    return lines(
        element.relations
            .filter(relation => kinds.includes(relation.kind))
            .map(relation => {
                const line: Inline[] = [context.nodeRef(relation.target)];
                if (relation.via.length > 0)
                    line.push(
                        context.text(` (${context.t('relation.via')} `, 'muted'),
                        ...joinInlines(
                            relation.via.map(via => [context.nodeRef(via)]),
                            [context.text(', ', 'muted')]
                        ),
                        context.text(')', 'muted')
                    );
                const details = [relation.label, relation.data.length > 0 ? relation.data.join(', ') : undefined]
                    .filter(Boolean)
                    .join(': ');
                if (details) line.push(context.text(` — ${details}`, 'muted'));
                if (relation.standards.length > 0)
                    line.push(context.text(` [${relation.standards.map(entry => entry.code).join(', ')}]`, 'muted'));
                return line;
            })
    );
}

/** The business an application supports and the data it stores or uses, each under its label. */
function supportsAndData(context: BuildContext, element: ElementModel): Inline[] {
    const parts: Inline[][] = [];
    const supported = relationLines(context, element, ['supports']);
    const data = relationLines(context, element, ['stores', 'uses']);
    if (supported.length > 0) parts.push([context.text(`${context.t('column.supports')}:`, 'muted'), { type: 'break' }, ...supported]);
    if (data.length > 0) parts.push([context.text(`${context.t('column.data')}:`, 'muted'), { type: 'break' }, ...data]);
    return lines(parts);
}

/** Platforms the element integrates through or with: its own platforms and national ones (Chương 3, II.6–7). */
function platformsUsed(context: BuildContext, element: ElementModel): Inline[] {
    const seen = new Set<string>();
    const refs: Inline[][] = [];
    for (const relation of element.relations) {
        if (relation.kind !== 'integrates' && relation.kind !== 'uses') continue;
        for (const node of [...relation.via, relation.target]) {
            const isPlatform =
                node.type === 'national'
                    ? node.entry.kind === 'platform'
                    : context.model.elements.get(node.qualifiedName)?.kind === 'platform';
            const key = node.type === 'national' ? `national:${node.entry.code}` : node.qualifiedName;
            if (!isPlatform || seen.has(key)) continue;
            seen.add(key);
            refs.push([context.nodeRef(node)]);
        }
    }
    return lines(refs);
}

function standardsCell(context: BuildContext, standards: CatalogEntryModel[]): Inline[] {
    return lines(standards.map(entry => [context.text(entry.code), context.text(` ${context.entryName(entry)}`, 'muted')]));
}
