import { frameworkTitle, type ArchitectureModel, type ChangeSet, type ProfileSection } from '@kts/language/model';
import { abbreviationsSection } from './abbreviations.js';
import { complianceAppendix, elementIndexAppendix, referenceModelAppendix } from './appendices.js';
import { architectureSection } from './architecture-sections.js';
import { BuildContext } from './build-context.js';
import { buildCover } from './cover.js';
import { changeAnnexSection, frameworkChanges } from './change-annex.js';
import { markChangedRows } from './change-marks.js';
import {
    allBlocks,
    allSections,
    type Block,
    type Edition,
    type Language,
    type DocumentModel,
    type Inline,
    type Section
} from './document-model.js';
import type { FigureInput } from './figures.js';
import { isoToday } from './formatting.js';
import { fillListSection, listSection, revisionsSection } from './front-matter.js';
import { implementationSection } from './implementation-section.js';
import { responsibilitiesSection } from './responsibilities-section.js';
import { goalsSection, legalSection, principlesSection, reasonsSection, scopeSection, visionSection } from './strategy-sections.js';

export interface DocumentOptions {
    language?: Language;
    /** Rendered diagrams to place in the document (see `FigureInput`); none gives a document without figures. */
    figures?: FigureInput[];
    /** `YYYY-MM-DD` the document is made: its year dates a cover that names a place but no year; today by default. */
    date?: string;
    /** `submission` (the default) for the official document, `working` with ids, source locations and the element index. */
    edition?: Edition;
    /** What changed since a base version (`kts generate --since`): the annex of changes, and marks on changed rows. */
    since?: { changeSet: ChangeSet; base: string };
}

/** Builds the framework document (Chương 1, III.2 a–g plus appendices) for one framework of the model. */
export function buildDocumentModel(model: ArchitectureModel, frameworkId: string, options: DocumentOptions = {}): DocumentModel {
    const framework = model.frameworks.find(item => item.id === frameworkId);
    if (!framework)
        throw new Error(
            `framework "${frameworkId}" is not in the model (it has: ${model.frameworks.map(item => item.id).join(', ') || 'none'})`
        );
    const language = options.language ?? 'vi';
    const figures = options.figures ?? [];
    const context = new BuildContext(model, framework, language, options.edition);

    // The chapters in the order the profile gives its parts: reasons and legal bases, a–g, responsibilities.
    const chapters: Partial<Record<ProfileSection['section'], () => Section | undefined>> = {
        reasons: () => reasonsSection(context),
        legal: () => legalSection(context),
        a: () => visionSection(context),
        b: () => goalsSection(context),
        c: () => scopeSection(context),
        d: () => principlesSection(context),
        đ: () => architectureSection(context, 'current', figures),
        e: () => architectureSection(context, 'target', figures),
        g: () => implementationSection(context, figures),
        responsibilities: () => responsibilitiesSection(context)
    };
    const sections: Section[] = [
        ...context.profile.sections.flatMap(part => chapters[part.section]?.() ?? []),
        ...context.profiles.map(profile => complianceAppendix(context, profile)),
        referenceModelAppendix(context),
        ...(context.working ? [elementIndexAppendix(context)] : []),
        ...(options.since ? [changeAnnexSection(context, frameworkChanges(options.since.changeSet, frameworkId), options.since.base)] : [])
    ];
    for (const section of sections) {
        if (
            section === sections[0] ||
            section.appendix ||
            ['current-architecture', 'target-architecture', 'implementation'].includes(section.anchor)
        )
            section.startsPage = true;
    }
    const document: DocumentModel = {
        language,
        edition: context.edition,
        frameworkId,
        title: frameworkTitle(context.framework, context.language),
        cover: buildCover(context, options.date ?? isoToday()),
        captions: {
            figure: context.t('caption.figure'),
            table: context.t('caption.table'),
            contents: context.t('caption.contents'),
            backToContents: context.t('caption.backToContents')
        },
        preface: preface(context),
        sections,
        sourceFiles: context.working ? context.relativeFiles() : []
    };
    // Front matter, in the profile's order: the abbreviations are those the rest uses, revisions included; the lists
    // of figures and tables are filled once everything has its number.
    const revisions = revisionsSection(context);
    if (revisions) document.sections = [revisions, ...sections];
    const frontMatter: Partial<Record<ProfileSection['section'], Section | undefined>> = {
        revisions,
        abbreviations: abbreviationsSection(context, document),
        figures: listSection(context, document, 'figure'),
        tables: listSection(context, document, 'table')
    };
    const front = context.profile.sections.flatMap(part => frontMatter[part.section] ?? []);
    for (const section of front) section.startsPage = true;
    document.sections = [...front, ...sections];
    if (options.since) markChangedRows(document, context, frameworkChanges(options.since.changeSet, frameworkId), options.since.base);
    numberSections(document.sections, '', 1);
    numberTablesAndFigures(document);
    for (const section of front) if (section.listOf) fillListSection(context, document, section);
    unlinkDanglingReferences(document);
    return toNfc(document);
}

/**
 * Every string of the document in NFC: a name typed with combining marks (NFD) prints with the same precomposed
 * Vietnamese letters as the rest, which fonts and search in Word and PDF viewers expect.
 */
export function toNfc<T>(value: T): T {
    if (typeof value === 'string') return value.normalize('NFC') as T;
    if (Array.isArray(value)) {
        value.forEach((item, index) => (value[index] = toNfc(item)));
        return value;
    }
    if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
        for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = toNfc((value as Record<string, unknown>)[key]);
    }
    return value;
}

/**
 * What the document follows: the outline of Chương 1, III.2 where the governing profile's own text prescribes the
 * sections (its section a is sourced to it), otherwise the governing national framework by name.
 */
function preface(context: BuildContext): Block[] {
    const { profile, language } = context;
    const national = profile.title[language];
    const prescribed = profile.sections.find(part => part.section === 'a')?.source.startsWith(profile.title.vi) ?? false;
    const blocks = [context.paragraph(context.t(prescribed ? 'preface.structure' : 'preface.outline', { national }))];
    if (context.working)
        blocks.push(
            context.paragraph(
                context.t('preface.generated', { count: context.relativeFiles().length, index: context.appendixNumber('index') }),
                'note'
            )
        );
    return blocks;
}

/** Chapters 1, 2, … and their subsections 1.1, 1.1.1; appendices and what they contain are titled, not numbered. */
function numberSections(sections: Section[], prefix: string | undefined, level: number): void {
    let counter = 0;
    for (const section of sections) {
        section.level = level;
        const numbered = prefix !== undefined && !section.appendix && !section.frontMatter;
        if (numbered) section.number = `${prefix}${++counter}`;
        numberSections(section.sections, numbered ? `${section.number}.` : undefined, level + 1);
    }
}

export function numberTablesAndFigures(document: DocumentModel): void {
    let tables = 0;
    let figures = 0;
    for (const block of allBlocks(document)) {
        if (block.type === 'table') block.number = ++tables;
        if (block.type === 'figure') block.number = ++figures;
    }
}

/**
 * A link whose target is not in this document (an element of another framework, a national component no
 * relation of this framework reaches) becomes plain text, so that no renderer writes a broken link.
 */
function unlinkDanglingReferences(document: DocumentModel): void {
    const anchors = documentAnchors(document);
    const fix = (inlines: Inline[]) => {
        inlines.forEach((inline, index) => {
            if (inline.type === 'ref' && !anchors.has(inline.target)) {
                inlines[index] = inline.style
                    ? { type: 'text', text: inline.text, style: inline.style }
                    : { type: 'text', text: inline.text };
            }
        });
    };
    for (const block of allBlocks(document)) {
        if (block.type === 'paragraph') fix(block.content);
        if (block.type === 'list') block.items.forEach(fix);
        if (block.type === 'table') {
            for (const row of block.rows) row.cells.forEach(fix);
            block.notes.forEach(fix);
        }
    }
}

/** Every anchor a link may point to: sections, tables, figures and table rows. */
export function documentAnchors(document: DocumentModel): Set<string> {
    const anchors = new Set<string>();
    for (const section of allSections(document.sections)) anchors.add(section.anchor);
    for (const block of allBlocks(document)) {
        if (block.type === 'table') {
            anchors.add(block.anchor);
            for (const row of block.rows) if (row.anchor) anchors.add(row.anchor);
        }
        if (block.type === 'figure') anchors.add(block.anchor);
    }
    return anchors;
}
