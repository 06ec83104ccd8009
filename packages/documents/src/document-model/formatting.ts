import { LOCALE_TAGS, type Language } from '@kts/language/model';
import { message } from '../messages.js';

/** Numbers as the reader's language writes them: `12.500,5` in Vietnamese, `12,500.5` in English. */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 2): string {
    return new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits }).format(value);
}

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

/** A decision number a draft leaves for the signing day, written as drafts write it: "…/QĐ-UBND". */
export function isPlaceholder(text: string): boolean {
    return text.includes('…') || text.includes('...');
}

/** The date a draft leaves blank beside such a number: "ngày … tháng … năm 20…", or with the year where it is known. */
export function blankDate(language: Language, year?: number): string {
    return message('date.blank', language, { year: year === undefined ? '20…' : String(year) });
}

/** `2026-03-15` → "15/03/2026" / "15 March 2026": a date in a table cell. */
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

/** Today in the local time zone, as `YYYY-MM-DD`. */
export function isoToday(now = new Date()): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
