import {
    CHANGE_SECTIONS,
    changeActionWord,
    changeDetailText,
    changeSectionHeading,
    changeSubject,
    fieldChangeLabel,
    type Change,
    type ChangeAction,
    type Language
} from '@kts/language/model';

const MARKS: Record<ChangeAction, string> = { added: '+', removed: '-', changed: '~' };
/** ANSI colours of a terminal: green added, red removed, yellow changed. */
const COLOURS: Record<ChangeAction, string> = { added: '\u001b[32m', removed: '\u001b[31m', changed: '\u001b[33m' };
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/**
 * The changes as lines a reviewer reads, section by section: `+`, `-` or `~`, the action's word, the id and the
 * title; under a changed thing each field with its value before and after, or what a list gained and lost.
 */
export function diffText(changes: readonly Change[], language: Language, colour: boolean): string {
    const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
    const lines: string[] = [];
    for (const section of CHANGE_SECTIONS) {
        const inSection = changes.filter(change => change.section === section);
        if (inSection.length === 0) continue;
        lines.push('', paint(BOLD, changeSectionHeading(section, language)));
        for (const change of inSection) {
            const head = `${MARKS[change.action]} [${changeActionWord(change.action, language)}] ${change.id}`;
            const subject = changeSubject(change, language);
            lines.push(`  ${paint(COLOURS[change.action], head)}${subject === change.id ? '' : ` — ${subject}`}`);
            for (const field of change.fields)
                lines.push(`      ${fieldChangeLabel(field, language)}: ${changeDetailText(field, language)}`);
        }
    }
    return lines.map(line => `${line}\n`).join('');
}
