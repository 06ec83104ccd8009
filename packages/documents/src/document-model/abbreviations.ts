import type { GlossaryEntry } from '@kts/language/model';
import type { BuildContext } from './build-context.js';
import { allBlocks, allSections, inlinesOf, type DocumentModel, type Section } from './document-model.js';

/**
 * "Danh mục từ viết tắt": every abbreviation of the profile's glossary that the document uses, spelt out, so that
 * a reader meets no LGSP, SOC or PAM without its meaning. Built once the rest of the document exists.
 */
export function abbreviationsSection(context: BuildContext, document: DocumentModel): Section | undefined {
    const used = usedAbbreviations(context.profile.glossary, documentText(document));
    if (used.length === 0) return undefined;
    const collation = context.language === 'vi' ? 'vi' : 'en';
    used.sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, collation));
    const section = context.section('abbreviations', context.t('abbreviations.section'), [
        context.table(
            context.t('abbreviations.table'),
            [
                { title: context.t('column.number'), weight: 1, align: 'center' },
                { title: context.t('abbreviations.column.abbreviation'), weight: 3 },
                { title: context.t('abbreviations.column.meaning'), weight: 12 }
            ],
            used.map((entry, index) => ({
                cells: [
                    [context.text(String(index + 1))],
                    [context.text(entry.abbreviation, 'bold')],
                    [context.text(entry.expansion[context.language])]
                ]
            }))
        )
    ]);
    section.frontMatter = true;
    return section;
}

/** The glossary entries whose abbreviation appears in the text as a word of its own (not inside a longer one). */
export function usedAbbreviations(glossary: readonly GlossaryEntry[], text: string): GlossaryEntry[] {
    return glossary.filter(entry =>
        new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRegExp(entry.abbreviation)}(?![\\p{L}\\p{N}&])`, 'u').test(text)
    );
}

/** Everything a reader sees: the cover, headings, paragraphs, lists, tables with their captions and notes. */
export function documentText(document: DocumentModel): string {
    const { cover } = document;
    const parts: string[] = [...cover.nationalHeading, cover.bodyLine ?? '', document.title, ...cover.lines, cover.dateLine ?? ''];
    for (const block of document.preface) for (const inline of inlinesOf(block)) if (inline.type !== 'break') parts.push(inline.text);
    for (const section of allSections(document.sections)) parts.push(section.title);
    for (const block of allBlocks(document)) {
        if (block.type === 'table') parts.push(block.caption, ...block.columns.map(column => column.title));
        if (block.type === 'figure') parts.push(block.title);
        for (const inline of inlinesOf(block)) if (inline.type !== 'break') parts.push(inline.text);
    }
    return parts.join('\n');
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
