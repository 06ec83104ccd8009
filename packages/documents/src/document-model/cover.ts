import { bodyName, formatDate, frameworkTitle, LANGUAGES, lowerCase, upperCase, VOCABULARY } from '@kts/language/model';
import { message } from '../messages.js';
import type { BuildContext } from './build-context.js';
import type { Cover } from './document-model.js';
import { blankDate, isPlaceholder } from './formatting.js';

/**
 * The first page, in the form of an administrative text (Nghị định 30/2020/NĐ-CP, as the profile gives its lines):
 * the national-emblem heading, the body, a DỰ THẢO mark for a draft, the title as the framework names itself
 * (Chương 1, I.1.a), the approving decision once, and "<place>, năm <year>" where the framework states them.
 * The working edition adds the conformance line, naming every national framework the framework states, and the
 * body's identifier.
 */
export function buildCover(context: BuildContext, generatedOn: string): Cover {
    const { framework, language, profile } = context;
    const body = bodyName(framework, language);
    const lines: string[] = [];
    const title = frameworkTitle(framework, language);
    if (framework.level) {
        const level = context.t(framework.level === 'province' ? 'cover.level.province' : 'cover.level.ministry');
        // A title in the national pattern ("Khung kiến trúc Chính quyền số tỉnh …", Chương 1, I.1.a) already says which
        // level's framework this is; "Khung kiến trúc số cấp tỉnh" under it would only repeat it.
        const pattern = VOCABULARY[profile.titlePattern.vocabulary][framework.level][language].split('{body}')[0]!.trim();
        const titleSaysLevel = [level, pattern].some(words => lowerCase(title).includes(lowerCase(words)));
        if (!titleSaysLevel) lines.push(level);
    }
    if (framework.approval) {
        const approval = [context.t('cover.approval', { decision: framework.approval.decision })];
        if (framework.approval.date)
            approval.push(context.t('cover.approvalDate', { date: formatDate(language, framework.approval.date) }));
        else if (isPlaceholder(framework.approval.decision))
            approval.push(context.t('cover.approvalDate', { date: blankDate(language, framework.document?.year) }));
        if (framework.approval.approver) approval.push(context.t('cover.approvalBy', { approver: framework.approval.approver }));
        lines.push(`(${approval.join(' ')})`);
    }
    // No approved cover carries a conformance line or the body's electronic identifier (the covers found name the
    // title, version, draft mark and place and date only); the IT unit's working edition keeps both for its review.
    if (context.working) {
        lines.push(context.t('cover.conforms', { profiles: context.profiles.map(each => each.title[language]).join('; ') }));
        if (framework.body?.code) lines.push(context.t('cover.agencyCode', { code: framework.body.code }));
    }
    // The version is the framework's own; a national framework's name ("3090") is no version of the body's document.
    const { version } = framework;
    // A title the user wrote may already carry the version, in either language.
    const titleSaysVersion =
        version !== undefined && LANGUAGES.some(each => lowerCase(title).includes(lowerCase(message('cover.version', each, { version }))));
    const cover: Cover = {
        nationalHeading: profile.cover.nationalHeading.map(line => line[language]),
        bodyLine: body && upperCase(body, language),
        title,
        versionLine: version === undefined || titleSaysVersion ? undefined : context.t('cover.version', { version }),
        lines
    };
    const date = dateLine(context, generatedOn);
    if (date) cover.dateLine = date;
    if (framework.document?.draft) cover.draftMark = profile.cover.draftMark[language];
    return cover;
}

/**
 * "Lào Cai, năm 2026". The year is the document block's, else the approval's; a place without either is dated the year
 * the document is made. A framework without a document block and approval date has no date line: the day a file was
 * generated is no date of the document.
 */
function dateLine(context: BuildContext, generatedOn: string): string | undefined {
    const { document, approval } = context.framework;
    const year = document?.year ?? (approval?.date ? Number(approval.date.slice(0, 4)) : undefined);
    if (document?.place) return context.t('cover.placeYear', { place: document.place, year: year ?? Number(generatedOn.slice(0, 4)) });
    return year === undefined ? undefined : context.t('cover.year', { year });
}
