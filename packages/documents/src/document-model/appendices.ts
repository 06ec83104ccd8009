import {
    functionalLayerOf,
    isReferenceModel,
    LAYER_KINDS,
    nationalPrincipleNumber,
    principleSource,
    term,
    type CatalogStatus,
    type FrameworkProfile,
    type FunctionalLayer,
    type ProfilePrinciple
} from '@kts/language/model';
import { numberWord } from '@kts/diagrams';
import { isMessageKey, type MessageKey } from '../messages.js';
import { catalogCodeAnchor, nationalComponentAnchor, nationalPrincipleAnchor, principleAnchor, sanitiseId } from './anchors.js';
import { joinInlines, lines, type BuildContext } from './build-context.js';
import {
    connectionState,
    frameworkElements,
    nationalConnections,
    principlesAddressed,
    type NationalLink,
    type PrincipleCompliance
} from './compliance.js';
import type { Block, Inline, Section, TableBlock, TableRow } from './document-model.js';
import { formatNumber } from './formatting.js';
import { referenceCoverage } from './reference-coverage.js';

/** How many evidence elements a matrix cell names before it says "and n more". */
const EVIDENCE_SHOWN = 6;

/**
 * The appendix "Mức độ phù hợp với <national framework>" of one stated profile: the framework against the profile's
 * principles, then — for a profile that arranges the architecture in functional layers (the 2025 national framework) —
 * the layers and the national targets the indicators cite, otherwise the national components of the national
 * overview the framework connects to (Chương 3, II of framework 4.0).
 */
export function complianceAppendix(context: BuildContext, profile: FrameworkProfile): Section {
    const profileTitle = profile.title[context.language];
    const title = context.t('appendix.compliance', { number: context.appendixNumber(`compliance:${profile.id}`), profile: profileTitle });
    // The governing profile's appendix keeps the anchors every link to a principle's row was made for.
    const anchor = profile === context.profile ? 'appendix-compliance' : `appendix-compliance-${sanitiseId(profile.id)}`;
    const principles = context.section(
        `${anchor}-principles`,
        context.t(profile.functionalLayers ? 'conformance.principles.section' : 'compliance.principles.section'),
        [principlesMatrix(context, profile)]
    );
    // The connections to national components are listed once: with the framework whose overview names them, or with
    // the governing framework when every stated one has functional layers.
    const connectionsHere = profile === (context.profiles.find(each => !each.functionalLayers) ?? context.profile);
    const national = connectionsHere
        ? [context.section(`${anchor}-national`, context.t('compliance.national.section'), nationalComponentBlocks(context))]
        : [];
    const section = profile.functionalLayers
        ? context.section(
              anchor,
              title,
              [context.paragraph(context.t('conformance.intro', { profile: profileTitle }))],
              [
                  principles,
                  context.section(
                      `${anchor}-layers`,
                      context.t('conformance.layers.section'),
                      layerBlocks(context, profile, profile.functionalLayers)
                  ),
                  context.section(`${anchor}-targets`, context.t('conformance.targets.section'), targetBlocks(context, profile)),
                  ...national
              ]
          )
        : context.section(anchor, title, [context.paragraph(context.t('compliance.intro'))], [principles, ...national]);
    section.appendix = true;
    return section;
}

const COMPLIANCE_STATUS_MESSAGES: Readonly<Record<PrincipleCompliance['status'], MessageKey>> = {
    principle: 'compliance.status.principle',
    'evidence-only': 'compliance.status.evidence-only',
    'not-addressed': 'compliance.status.not-addressed'
};

function principlesMatrix(context: BuildContext, profile: FrameworkProfile): TableBlock {
    const rows: TableRow[] = principlesAddressed(context.framework, profile.principles.entries).map(item => {
        const evidence = item.evidence.slice(0, EVIDENCE_SHOWN).map(element => [context.elementRef(element.qualifiedName)]);
        if (item.evidence.length > EVIDENCE_SHOWN)
            evidence.push([context.text(context.t('compliance.more', { count: item.evidence.length - EVIDENCE_SHOWN }), 'muted')]);
        const status = context.t(COMPLIANCE_STATUS_MESSAGES[item.status]);
        return {
            anchor: nationalPrincipleAnchor(item.principle.code),
            role: item.status === 'not-addressed' ? 'flag' : undefined,
            cells: [
                [context.text(nationalPrincipleNumber(item.principle.code), 'bold')],
                nationalPrincipleCell(context, profile, item.principle),
                item.frameworkPrinciples.length > 0
                    ? lines(
                          item.frameworkPrinciples.map(principle => [
                              { type: 'ref', text: principle.title, target: principleAnchor(context.framework.id, principle.id) } as Inline
                          ])
                      )
                    : [context.text('—', 'muted')],
                evidence.length > 0 ? lines(evidence) : [context.text('—', 'muted')],
                [context.text(status, item.status === 'not-addressed' ? 'warning' : undefined)]
            ]
        };
    });
    return context.table(
        profile.functionalLayers
            ? context.t('conformance.principles.table', { profile: profile.title[context.language] })
            : context.t('compliance.principles.table'),
        [
            { title: context.t('compliance.column.code'), weight: 1, align: 'center', codes: true },
            {
                title: context.t(profile.functionalLayers ? 'conformance.principles.column' : 'compliance.column.national'),
                weight: 9
            },
            { title: context.t('compliance.column.own'), weight: 4 },
            { title: context.t('compliance.column.evidence'), weight: 5 },
            { title: context.t('compliance.column.status'), weight: 3 }
        ],
        rows,
        [[context.text(context.t(context.working ? 'compliance.principles.noteWorking' : 'compliance.principles.note'))]]
    );
}

/**
 * Our short label in bold, then the national wording quoted from the profile with its citation: the document quotes
 * the national text where it cites it, and the label stays a label. A wording nobody has read in the national text
 * yet (our paraphrase) is marked so in the working edition.
 */
function nationalPrincipleCell(context: BuildContext, profile: FrameworkProfile, principle: ProfilePrinciple): Inline[] {
    const entry = context.model.nationalPrinciples.find(candidate => candidate.code === principle.code);
    const label = principle.title?.[context.language] ?? (entry ? context.entryName(entry) : principle.code);
    const citation = principle.citation || entry?.section;
    const cell: Inline[] = [context.text(label, 'bold')];
    for (const paragraph of principle.text.split('\n')) cell.push({ type: 'break' }, context.text(paragraph, 'italic'));
    if (citation) cell.push({ type: 'break' }, context.text(`(${citation})`, 'muted'));
    cell.push(...context.unverified(principleSource(profile, principle).status));
    return cell;
}

/**
 * The functional layers: how they relate to the component architectures (the profile's mapping), then which elements
 * of the framework fall in each, a layer without any flagged.
 */
function layerBlocks(
    context: BuildContext,
    profile: FrameworkProfile,
    functional: NonNullable<FrameworkProfile['functionalLayers']>
): Block[] {
    const { language } = context;
    const { layers } = functional;
    const layerName = (layer: FunctionalLayer, index: number): Inline[] => [
        context.text(context.t('conformance.layer.numbered', { number: index + 1, title: layer.title[language] })),
        ...context.unverified(functional.status)
    ];
    const mapping = context.table(
        context.t('conformance.mapping.table', {
            layers: numberWord(layers.length, context.language),
            architectures: numberWord(LAYER_KINDS.length, context.language)
        }),
        [
            { title: context.t('conformance.column.layer'), weight: 5 },
            // Numbered, with the key under the table: the architectures' names would break after every word in columns this narrow.
            ...LAYER_KINDS.map((_, index) => ({ title: String(index + 1), weight: 1, align: 'center' as const })),
            { title: context.t('conformance.column.kinds'), weight: 6 }
        ],
        layers.map((layer, index) => ({
            cells: [
                layerName(layer, index),
                // A letter, not a tick: the document's serif font has no tick, so Word and LibreOffice would print one from another font.
                ...LAYER_KINDS.map(kind => [context.text(layer.architectures.includes(kind) ? context.t('conformance.mapping.mark') : '')]),
                // Apart by semicolons: a kind's word may hold a comma ("ứng dụng, hệ thống thông tin").
                [context.text(layer.kinds.map((kind, index) => context.kindLabel(kind, index === 0 ? 'heading' : 'sentence')).join('; '))]
            ]
        })),
        [
            [
                context.text(
                    context.t('conformance.mapping.key', {
                        architectures: LAYER_KINDS.map(
                            (kind, index) => `(${index + 1}) ${term('layerArchitecture', kind, language, 'heading')}`
                        ).join('; ')
                    })
                )
            ],
            ...(context.working && functional.mapping.status === 'draft'
                ? [
                      [
                          context.text(`${context.t('conformance.source', { source: functional.mapping.source })}`),
                          ...context.unverified(functional.mapping.status)
                      ]
                  ]
                : [])
        ]
    );
    const state = connectionState(context.framework);
    const elements = frameworkElements(context.framework).filter(element => element.state === state);
    const inLayer = (layer: FunctionalLayer) =>
        elements.filter(element => functionalLayerOf(layers, element.kind, element.layer) === layer);
    const placement = context.table(
        context.t('conformance.layers.table'),
        [
            { title: context.t('conformance.column.layer'), weight: 5 },
            { title: context.t('conformance.column.elements'), weight: 14 }
        ],
        layers.map((layer, index) => {
            const members = inLayer(layer);
            return {
                role: members.length === 0 ? 'flag' : undefined,
                cells: [
                    layerName(layer, index),
                    members.length > 0
                        ? joinInlines(
                              members.map(element => [context.elementRef(element.qualifiedName)]),
                              [context.text(', ')]
                          )
                        : [context.text(context.t('conformance.layer.empty'), 'warning')]
                ]
            };
        }),
        [[context.text(context.t('conformance.layers.note'))]]
    );
    return [
        context.paragraph(
            context.t('conformance.layers.intro', { profile: profile.title[language], count: numberWord(layers.length, context.language) })
        ),
        mapping,
        placement
    ];
}

/** The national targets of the profile that the framework's indicators cite, with the indicators that cite each. */
function targetBlocks(context: BuildContext, profile: FrameworkProfile): Block[] {
    const { language } = context;
    const national = profile.title[language];
    const indicators = context.framework.goalPeriods.flatMap(period =>
        period.goals.flatMap(goal => goal.indicators.map(indicator => ({ period, indicator })))
    );
    const cited = (profile.targets ?? []).flatMap(target => {
        const citing = indicators.filter(({ indicator }) => indicator.basis.some(entry => entry.code === target.code));
        return citing.length > 0 ? [{ target, citing }] : [];
    });
    if (cited.length === 0) return [context.paragraph(context.t('conformance.targets.none', { profile: national }), 'warning')];
    const rows: TableRow[] = cited.map(({ target, citing }, index) => ({
        cells: [
            [context.text(String(index + 1))],
            [
                context.text(target.text[language]),
                ...(context.working ? [{ type: 'break' } as Inline, context.text(target.code, 'muted')] : []),
                ...context.unverified(target.status)
            ],
            [context.text(String(target.year))],
            lines(
                citing.map(({ period, indicator }) => [
                    context.text(
                        context.t('conformance.indicator', {
                            indicator: indicator.title,
                            target: [formatNumber(language, indicator.target), indicator.unit].filter(Boolean).join(' '),
                            period: period.period.text
                        })
                    )
                ])
            )
        ]
    }));
    return [
        context.paragraph(context.t('conformance.targets.intro', { count: cited.length, profile: national })),
        context.table(
            context.t('conformance.targets.table'),
            [
                { title: context.t('column.number'), weight: 1, align: 'center' },
                { title: context.t('conformance.column.target'), weight: 9 },
                { title: context.t('conformance.column.year'), weight: 2, align: 'center' },
                { title: context.t('conformance.column.indicators'), weight: 8 }
            ],
            rows
        )
    ];
}

function nationalComponentBlocks(context: BuildContext): Block[] {
    const state = connectionState(context.framework);
    const connections = nationalConnections(context.framework, state);
    const stateName = context.stateName(state, 'sentence');
    if (connections.length === 0) return [context.paragraph(context.t('compliance.national.none', { state: stateName }), 'warning')];
    const rows: TableRow[] = connections.map((connection, index) => ({
        anchor: nationalComponentAnchor(connection.component.code),
        cells: [
            [context.text(String(index + 1))],
            [
                context.text(context.entryName(connection.component), 'bold'),
                { type: 'break' },
                // The catalogue code (`ttdl-bo-tinh`) is the source's handle; the official document cites the section only.
                context.text(
                    [connection.component.section, context.working ? connection.component.code : undefined].filter(Boolean).join(' · '),
                    'muted'
                )
            ],
            lines(connection.links.map(link => linkLine(context, link)))
        ]
    }));
    return [
        context.paragraph(context.t('compliance.national.intro', { count: connections.length, state: stateName })),
        context.table(
            context.t('compliance.national.table'),
            [
                { title: context.t('column.number'), weight: 1, align: 'center' },
                { title: context.t('compliance.column.component'), weight: 6 },
                { title: context.t('compliance.column.how'), weight: 10 }
            ],
            rows
        )
    ];
}

/** "HTTT giải quyết TTHC — tích hợp với (qua LGSP, NDXP) — Thông tin công dân". */
function linkLine(context: BuildContext, link: NationalLink): Inline[] {
    const line: Inline[] = [context.elementRef(link.element.qualifiedName)];
    if (link.role === 'via') {
        line.push(
            context.text(` — ${context.t('compliance.throughFor', { relation: context.relationLabel(link.relation.kind) })} `),
            context.nodeRef(link.relation.target)
        );
    } else {
        line.push(context.text(` — ${context.relationLabel(link.relation.kind)}`));
        if (link.relation.via.length > 0) {
            line.push(
                context.text(` (${context.t('relation.via')} `),
                ...joinInlines(
                    link.relation.via.map(via => [context.nodeRef(via)]),
                    [context.text(', ')]
                ),
                context.text(')')
            );
        }
    }
    const details = [link.relation.label, link.relation.data.join(', ')].filter(Boolean).join(': ');
    if (details) line.push(context.text(` — ${details}`, 'muted'));
    return line;
}

/** The appendix of reference models: the reference-model codes the framework cites, per model, with their catalogue status. */
export function referenceModelAppendix(context: BuildContext): Section {
    const coverage = referenceCoverage(context.framework);
    const summaryRows: TableRow[] = coverage.map(item => {
        const statuses = new Map<CatalogStatus, number>();
        for (const code of item.codes) statuses.set(code.entry.status, (statuses.get(code.entry.status) ?? 0) + 1);
        const share = item.elementCount > 0 ? `${formatNumber(context.language, (100 * item.mappedCount) / item.elementCount, 0)}%` : '—';
        return {
            role: item.layer && item.elementCount > 0 && item.mappedCount === 0 ? 'flag' : undefined,
            cells: [
                [context.text(item.model, 'bold'), { type: 'break' }, context.text(modelName(context, item.model), 'muted')],
                [context.text(item.layer ? context.layerTitle(item.layer) : '—')],
                [context.text(String(item.elementCount))],
                [context.text(String(item.mappedCount))],
                [context.text(share)],
                [context.text(String(item.codes.length))],
                lines(
                    [...statuses].map(([status, count]) => [
                        context.text(`${codeStatus(context, status)}: ${count}`, status === 'illustrative' ? 'italic' : undefined)
                    ])
                )
            ]
        };
    });
    const summary = context.table(
        context.t('coverage.summaryTable'),
        [
            { title: context.t('coverage.column.model'), weight: 6 },
            { title: context.t('column.layer'), weight: 5 },
            { title: context.t('coverage.column.elements'), weight: 2, align: 'right' },
            { title: context.t('coverage.column.mapped'), weight: 2, align: 'right' },
            { title: context.t('coverage.column.share'), weight: 2, align: 'right' },
            { title: context.t('coverage.column.codes'), weight: 2, align: 'right' },
            { title: context.t('coverage.column.statuses'), weight: 4 }
        ],
        summaryRows,
        [[context.text(context.t('coverage.summaryNote'))]]
    );

    const detailRows: TableRow[] = [];
    for (const item of coverage) {
        if (item.codes.length === 0) continue;
        detailRows.push({ role: 'group', cells: [[context.text(`${item.model} — ${modelName(context, item.model)}`, 'bold')]] });
        for (const code of item.codes) {
            const illustrative = code.entry.status === 'illustrative';
            detailRows.push({
                anchor: catalogCodeAnchor(item.model, code.entry.code),
                cells: [
                    [context.text(code.entry.code, 'bold')],
                    [context.text(context.entryName(code.entry))],
                    [context.text(codeStatus(context, code.entry.status), illustrative ? 'italic' : undefined)],
                    lines(
                        code.elements.map(element => [
                            context.elementRef(element.qualifiedName),
                            context.text(` (${context.stateName(element.state)})`, 'muted')
                        ])
                    )
                ]
            });
        }
    }
    const blocks: Block[] = [context.paragraph(context.t('coverage.intro')), summary];
    if (detailRows.length > 0) {
        blocks.push(
            context.table(
                context.t('coverage.detailTable'),
                [
                    { title: context.t('coverage.column.code'), weight: 4, codes: true },
                    { title: context.t('coverage.column.name'), weight: 6 },
                    { title: context.t('coverage.column.status'), weight: 3 },
                    { title: context.t('coverage.column.usedBy'), weight: 6 }
                ],
                detailRows,
                [[context.text(context.t('coverage.statusNote'))]]
            )
        );
    } else {
        blocks.push(context.paragraph(context.t('coverage.none'), 'warning'));
    }
    const section = context.section(
        'appendix-reference-models',
        context.t('appendix.coverage', { number: context.appendixNumber('coverage') }),
        blocks
    );
    section.appendix = true;
    return section;
}

/** An illustrative code says in so many words that it is not official (REFERENCE-MODELS.md, 3). */
function codeStatus(context: BuildContext, status: CatalogStatus): string {
    const name = context.catalogStatusName(status);
    return status === 'illustrative' ? `${name} — ${context.t('status.notOfficial')}` : name;
}

function modelName(context: BuildContext, model: string): string {
    if (isReferenceModel(model)) return term('referenceModel', model, context.language, 'heading');
    const key = `model.${model}`;
    return isMessageKey(key) ? context.t(key) : model;
}

/** The element index (working edition): every element, alphabetically, with where it is described and where it is written. */
export function elementIndexAppendix(context: BuildContext): Section {
    const elements = [...frameworkElements(context.framework)].sort(
        (a, b) =>
            context.elementName(a).localeCompare(context.elementName(b), context.language === 'vi' ? 'vi' : 'en') ||
            a.state.localeCompare(b.state)
    );
    const rows: TableRow[] = elements.map((element, index) => ({
        cells: [
            [context.text(String(index + 1))],
            [context.elementRef(element.qualifiedName)],
            [context.text(context.kindLabel(element.kind))],
            [context.text(context.layerTitle(element.layer))],
            [context.text(context.stateName(element.state))],
            [context.text(element.id, 'code'), { type: 'break' }, context.text(context.sourceLocation(element.source), 'muted')]
        ]
    }));
    const blocks: Block[] =
        rows.length === 0
            ? [context.paragraph(context.t('index.none'), 'warning')]
            : [
                  context.paragraph(context.t('index.intro', { count: rows.length, files: context.relativeFiles().join(', ') })),
                  context.table(
                      context.t('index.table'),
                      [
                          { title: context.t('column.number'), weight: 1, align: 'center' },
                          { title: context.t('column.element'), weight: 7 },
                          { title: context.t('column.kind'), weight: 4, terms: true },
                          { title: context.t('column.layer'), weight: 4 },
                          { title: context.t('index.column.state'), weight: 2, terms: true },
                          { title: context.t('index.column.source'), weight: 5 }
                      ],
                      rows
                  )
              ];
    const section = context.section('appendix-index', context.t('appendix.index', { number: context.appendixNumber('index') }), blocks);
    section.appendix = true;
    return section;
}
