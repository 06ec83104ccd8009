import { LOCALE_TAGS, type Language } from '@kts/language/model';
import { message } from '../messages.js';

/** Numbers as the reader's language writes them: `12.500,5` in Vietnamese, `12,500.5` in English. */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 2): string {
    return new Intl.NumberFormat(LOCALE_TAGS[language], { maximumFractionDigits }).format(value);
}

/** A decision number a draft leaves for the signing day, written as drafts write it: "…/QĐ-UBND". */
export function isPlaceholder(text: string): boolean {
    return text.includes('…') || text.includes('...');
}

/** The date a draft leaves blank beside such a number: "ngày … tháng … năm 20…", or with the year where it is known. */
export function blankDate(language: Language, year?: number): string {
    return message('date.blank', language, { year: year === undefined ? '20…' : String(year) });
}

/** Today in the local time zone, as `YYYY-MM-DD`. */
export function isoToday(now = new Date()): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
