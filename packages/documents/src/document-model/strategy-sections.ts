import {
    formatDate,
    formatPeriod,
    isNamedLaw,
    legalDocument,
    legalDocumentName,
    nationalPrincipleNumber,
    term,
    type CatalogEntryModel
} from '@kts/language/model';
import { nationalPrincipleAnchor, principleAnchor } from './anchors.js';
import { joinInlines, type BuildContext } from './build-context.js';
import type { Block, Inline, Section, TableRow } from './document-model.js';
import { formatNumber } from './formatting.js';

/** a. Tầm nhìn (Chương 1, III.2.a). */
export function visionSection(context: BuildContext): Section {
    const { vision } = context.framework;
    const blocks = vision ? context.userParagraphs(vision) : [context.paragraph(context.missing('missing.vision', 'a'), 'warning')];
    return context.section('vision', context.sectionTitle('a'), blocks);
}

/** b. Mục tiêu, by period, with the indicators in one table (Chương 1, III.2.b). */
export function goalsSection(context: BuildContext): Section {
    const periods = [...context.framework.goalPeriods].sort((a, b) => a.period.start - b.period.start);
    if (periods.length === 0)
        return context.section('goals', context.sectionTitle('b'), [context.paragraph(context.missing('missing.goals', 'b'), 'warning')]);
    const rows: TableRow[] = [];
    for (const { period, goals } of periods) {
        rows.push({ role: 'group', cells: [[context.text(context.t('goals.period', { period: formatPeriod(period.text) }), 'bold')]] });
        for (const goal of goals) {
            // The goal's title alone: the id is the author's handle in the source, not a reference an official document shows.
            const goalCell: Inline[] = [context.text(goal.title, 'bold')];
            if (goal.description) goalCell.push({ type: 'break' }, context.text(goal.description, 'muted'));
            const trace = { qualifiedName: `${context.framework.id}.${goal.id}`, source: goal.source };
            rows.push({ role: 'subgroup', cells: [goalCell], trace });
            if (goal.indicators.length === 0) {
                rows.push({ cells: [[context.text(context.t('goals.noIndicator'), 'muted')], [], [], []], trace });
                continue;
            }
            for (const indicator of goal.indicators) {
                rows.push({
                    cells: [
                        [context.text(indicator.title)],
                        [context.text(indicator.baseline === undefined ? '—' : formatNumber(context.language, indicator.baseline))],
                        [context.text(formatNumber(context.language, indicator.target))],
                        [context.text(indicator.unit ?? '')]
                    ],
                    trace
                });
            }
        }
    }
    const table = context.table(
        context.t('goals.table'),
        [
            { title: context.t('goals.indicator'), weight: 9 },
            { title: context.t('goals.baseline'), weight: 2, align: 'right' },
            { title: context.t('goals.target'), weight: 2, align: 'right' },
            { title: context.t('goals.unit'), weight: 2 }
        ],
        rows
    );
    const count = periods.reduce((sum, period) => sum + period.goals.length, 0);
    return context.section('goals', context.sectionTitle('b'), [
        context.paragraph(context.t('goals.intro', { count, periods: periods.map(item => formatPeriod(item.period.text)).join(', ') })),
        table
    ]);
}

/** c. Phạm vi áp dụng (Chương 1, III.2.c). */
export function scopeSection(context: BuildContext): Section {
    const { scope } = context.framework;
    if (!scope || (!scope.description && scope.applies.length === 0)) {
        return context.section('scope', context.sectionTitle('c'), [context.paragraph(context.missing('missing.scope', 'c'), 'warning')]);
    }
    const blocks: Block[] = scope.description ? context.userParagraphs(scope.description) : [];
    if (scope.applies.length > 0) {
        blocks.push(context.paragraph(context.t('scope.applies')), {
            type: 'list',
            items: scope.applies.map(unit => [context.text(unit)])
        });
    }
    return context.section('scope', context.sectionTitle('c'), blocks);
}

/** d. Nguyên tắc, each with the national principles (Chương 1, III.3 a–l) it implements (Chương 1, III.2.d). */
export function principlesSection(context: BuildContext): Section {
    const { principles, id } = context.framework;
    if (principles.length === 0) {
        return context.section('principles', context.sectionTitle('d'), [
            context.paragraph(context.missing('missing.principles', 'd'), 'warning')
        ]);
    }
    const rows: TableRow[] = principles.map((principle, index) => {
        const nameCell: Inline[] = [context.text(principle.title, 'bold')];
        if (principle.description) nameCell.push({ type: 'break' }, context.text(principle.description));
        const national =
            principle.implements.length === 0
                ? [context.text(context.t('principles.noNational'), 'warning')]
                : joinInlines(
                      principle.implements.map(entry => [
                          {
                              type: 'ref',
                              text: `${nationalPrincipleNumber(entry.code)} ${context.entryName(entry)}`,
                              target: nationalPrincipleAnchor(entry.code)
                          } as Inline
                      ]),
                      [{ type: 'break' }]
                  );
        return {
            cells: [[context.text(String(index + 1))], nameCell, national],
            anchor: principleAnchor(id, principle.id),
            trace: { qualifiedName: `${id}.${principle.id}`, source: principle.source },
            role: principle.implements.length === 0 ? 'flag' : undefined
        };
    });
    const table = context.table(
        context.t('principles.table'),
        [
            { title: context.t('column.number'), weight: 1, align: 'center' },
            { title: context.t('principles.principle'), weight: 8 },
            { title: context.t('principles.national'), weight: 6 }
        ],
        rows,
        context.profiles.map(profile => [
            context.text(
                context.t('principles.note', {
                    principles: profile.principles.phrase[context.language],
                    number: context.appendixNumber(`compliance:${profile.id}`)
                })
            )
        ])
    );
    return context.section('principles', context.sectionTitle('d'), [
        context.paragraph(
            context.t('principles.intro', {
                count: principles.length,
                national: context.profiles
                    .map(profile => profile.principles.phrase[context.language])
                    .join(context.t('principles.intro.and'))
            })
        ),
        table
    ]);
}

/** Sự cần thiết: why the framework is made or updated, as the framework says it; none when it says nothing. */
export function reasonsSection(context: BuildContext): Section | undefined {
    const { reasons } = context.framework;
    if (reasons.length === 0) return undefined;
    return context.section(
        'reasons',
        context.partTitle('reasons'),
        reasons.flatMap(reason => context.userParagraphs(reason))
    );
}

/**
 * Căn cứ pháp lý: the legal bases the profile names, then the framework's own, each once and cited in full as an
 * administrative text cites them ("Nghị định số 194/2025/NĐ-CP ngày 03 tháng 7 năm 2025 của Chính phủ …"); a document
 * that was replaced in part says by what, so the reader does not take its replaced articles for the rule in force.
 */
export function legalSection(context: BuildContext): Section {
    const seen = new Set<string>();
    const documents: CatalogEntryModel[] = [];
    const profileDocuments = context.profile.legalBases.flatMap(basis => legalDocument(context.model, basis.document) ?? []);
    for (const document of [...profileDocuments, ...context.framework.legalBases]) {
        if (seen.has(document.code)) continue;
        seen.add(document.code);
        documents.push(document);
    }
    const items = documents.map((document, index) => [
        context.text(`${legalCitation(context, document)}${index === documents.length - 1 ? '.' : ';'}`)
    ]);
    return context.section('legal', context.partTitle('legalBases'), [
        context.paragraph(context.t('legal.intro')),
        { type: 'list', items }
    ]);
}

function legalCitation(context: BuildContext, document: CatalogEntryModel): string {
    const { language } = context;
    const name = legalDocumentName(document, language);
    const legal = document.legal;
    const title = language === 'en' && document.nameEn ? document.nameEn : document.name;
    // A law's name says what it is ("Luật Dữ liệu"), and an administrative text cites it without its issuer.
    let citation: string;
    if (!legal?.date) citation = isNamedLaw(document) || !legal?.number ? name : `${name} ${title}`;
    else if (isNamedLaw(document)) citation = context.t('legal.citationLaw', { document: name, date: formatDate(language, legal.date) });
    else
        citation = context.t('legal.citation', {
            document: name,
            date: formatDate(language, legal.date),
            issuer: legal.issuer ?? '',
            title
        });
    if (legal?.force && legal.force !== 'in-force') {
        const successor = legal.replacedBy ? legalDocument(context.model, legal.replacedBy) : undefined;
        if (successor && legal.replacedFrom) {
            citation += ` ${context.t('legal.replaced', {
                how: term('legalForce', legal.force, language),
                successor: legalDocumentName(successor, language),
                date: formatDate(language, legal.replacedFrom)
            })}`;
        }
    }
    return citation;
}
