import { term, type UnitRole } from '@kts/language/model';
import type { BuildContext } from './build-context.js';
import type { Block, Section } from './document-model.js';

/**
 * Trách nhiệm tổ chức thực hiện: what each unit does (lead, coordinating, finance, home affairs, the other agencies,
 * the communes), training and outreach, and where the approved framework is sent, as the profile says (unless the body is the
 * recipient). None when the framework assigns nothing.
 */
export function responsibilitiesSection(context: BuildContext): Section | undefined {
    const { units, training, outreach } = context.framework.responsibilities;
    if (units.length === 0 && training.length === 0 && outreach.length === 0) return undefined;
    const afterApproval = context.profile.afterApproval;
    const sendsIt = afterApproval && context.framework.body?.name !== afterApproval.recipient;
    const blocks: Block[] = sendsIt ? [context.paragraph(afterApproval.text[context.language])] : [];
    const sections: Section[] = [];
    if (units.length > 0) {
        sections.push(
            context.section(
                'responsibilities-units',
                context.t('responsibilities.units'),
                [],
                units.map((unit, index) =>
                    context.section(
                        `responsibilities-unit-${index + 1}`,
                        unit.role && ROLES_IN_HEADING.has(unit.role)
                            ? context.t('responsibilities.unit', { unit: unit.unit, role: term('unitRole', unit.role, context.language) })
                            : unit.unit,
                        dutyBlocks(context, unit.duties)
                    )
                )
            )
        );
    }
    if (training.length > 0)
        sections.push(context.section('responsibilities-training', context.t('responsibilities.training'), dutyBlocks(context, training)));
    if (outreach.length > 0)
        sections.push(context.section('responsibilities-outreach', context.t('responsibilities.outreach'), dutyBlocks(context, outreach)));
    return context.section('responsibilities', context.partTitle('responsibilities'), blocks, sections);
}

/**
 * The roles a heading names after the unit: which unit leads and which coordinate is not in their names, whereas
 * "Sở Tài chính", "Sở Nội vụ" or "Ủy ban nhân dân các xã, phường" already say what they are.
 */
const ROLES_IN_HEADING: ReadonlySet<UnitRole> = new Set(['lead', 'coordinating']);

/** One duty is a paragraph; several are a list. */
function dutyBlocks(context: BuildContext, duties: string[]): Block[] {
    if (duties.length === 1) return context.userParagraphs(duties[0]!);
    return [{ type: 'list', items: duties.map(duty => [context.text(duty)]) }];
}
