import type { Language } from './language.js';

const EN_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];

/** `2026-03-15` → "ngày 15 tháng 3 năm 2026" / "15 March 2026" (the Vietnamese form of Nghị định 30/2020/NĐ-CP). */
export function formatDate(language: Language, isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return isoDate;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (language === 'vi') {
        // Nghị định 30/2020/NĐ-CP writes days below 10 and months below 3 with a leading zero.
        const dd = day < 10 ? `0${day}` : String(day);
        const mm = month < 3 ? `0${month}` : String(month);
        return `ngày ${dd} tháng ${mm} năm ${year}`;
    }
    return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** `2026-03-15` → "15/03/2026" / "15 March 2026": a date in a table cell or after a field's name. */
export function formatShortDate(language: Language, isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match || language === 'en') return formatDate(language, isoDate);
    return `${match[3]}/${match[2]}/${match[1]}`;
}

/** `2026-2030` → "2026–2030"; a period of one year, `2026-2026`, is that year. */
export function formatPeriod(text: string): string {
    const [start, end] = text.split(/\s*-\s*/);
    return end === undefined || start === end ? start : `${start}–${end}`;
}
