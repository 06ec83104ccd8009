import { bodyName, frameworkTitle, LANGUAGES, lowerCase, upperCase } from '@kts/language/model';
import { message } from '../messages.js';
import type { BuildContext } from './build-context.js';
import type { Cover } from './document-model.js';
import { formatDate } from './formatting.js';

/** The first page: body, title as the framework names itself, version, approval and date (Chương 1, I.1.a). */
export function buildCover(context: BuildContext, generatedOn: string): Cover {
    const { framework } = context;
    const body = bodyName(framework, context.language);
    const lines: string[] = [];
    if (framework.level) lines.push(context.t(framework.level === 'province' ? 'cover.level.province' : 'cover.level.ministry'));
    if (framework.approval) {
        const approval = [context.t('cover.approval', { decision: framework.approval.decision })];
        if (framework.approval.date)
            approval.push(context.t('cover.approvalDate', { date: formatDate(context.language, framework.approval.date) }));
        if (framework.approval.approver) approval.push(context.t('cover.approvalBy', { approver: framework.approval.approver }));
        lines.push(`(${approval.join(' ')})`);
    }
    lines.push(context.t('cover.conforms', { version: framework.conforms ?? framework.version ?? '4.0' }));
    if (framework.body?.code) lines.push(context.t('cover.agencyCode', { code: framework.body.code }));
    const date = framework.approval?.date ?? generatedOn;
    const title = frameworkTitle(framework, context.language);
    const version = framework.version ?? '4.0';
    // A title the user wrote may already carry the version, in either language.
    const titleSaysVersion = LANGUAGES.some(language =>
        lowerCase(title).includes(lowerCase(message('cover.version', language, { version })))
    );
    return {
        bodyLine: body && upperCase(body, context.language),
        title,
        versionLine: titleSaysVersion ? undefined : context.t('cover.version', { version }),
        lines,
        dateLine: context.t(framework.approval?.date ? 'cover.dateApproved' : 'cover.dateGenerated', {
            date: formatDate(context.language, date)
        })
    };
}
