import { replaceLookAlikes } from './normalize.js';

/**
 * Vietnamese-aware matching: search must find "CSDL quốc gia về Dân cư" from `dan cu`, `dân cư`, `DAN CU`,
 * the same typed decomposed (NFD), or with a look-alike of Đ (`Ðân cư`), so both sides are folded to lower-case
 * ASCII (tones and vowel marks removed, đ and its look-alikes → d).
 */
export function foldVietnamese(text: string): string {
    let folded = foldedTexts.get(text);
    if (folded === undefined) {
        folded = replaceLookAlikes(text)
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd')
            .replace(/Đ/g, 'D')
            .toLowerCase();
        // Names of a 10,000-code catalogue are folded on every suggestion and search: remember them,
        // within a bound, since edited text keeps producing new strings.
        if (foldedTexts.size >= MAX_REMEMBERED_FOLDS) foldedTexts.clear();
        foldedTexts.set(text, folded);
    }
    return folded;
}

const MAX_REMEMBERED_FOLDS = 200_000;
const foldedTexts = new Map<string, string>();

/** Levenshtein distance, O(|a|·|b|) with one row of memory. */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    if (a.length === 0) return b.length;
    if (b.length === 0) return a.length;
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

export interface MatchCandidate {
    name: string;
    title?: string;
}

/**
 * Whether `typed` shortens the hyphenated `name` part by part: each typed part is the start of the next part of the
 * name (`csdl` for `csdlqg`) or the initials of the next several parts (`qg` for `quoc-gia`), and together they
 * cover the whole name: `cong-dvc-qg` → `cong-dvc-quoc-gia`, `csdl-dc` → `csdlqg-dan-cu`.
 */
export function abbreviates(typed: string, name: string): boolean {
    const typedParts = typed.split('-');
    const nameParts = name.split('-');
    if (typed === name || typedParts.some(part => part.length === 0)) return false;
    const covers = (i: number, j: number): boolean => {
        if (i === typedParts.length) return j === nameParts.length;
        if (j === nameParts.length) return false;
        const part = typedParts[i];
        if (nameParts[j].startsWith(part) && covers(i + 1, j + 1)) return true;
        for (let count = 2; count <= part.length && j + count <= nameParts.length; count++) {
            const initials = nameParts
                .slice(j, j + count)
                .map(word => word.charAt(0))
                .join('');
            if (initials === part && covers(i + 1, j + count)) return true;
        }
        return false;
    };
    // A single typed part that starts the name is a prefix, already found as one; here it takes several parts.
    return (typedParts.length > 1 || nameParts.length > 1) && covers(0, 0);
}

/**
 * The candidates closest to what was typed: by edit distance on the id (case- and diacritic-
 * insensitive), and by the typed words appearing in the Vietnamese title.
 */
export function closestMatches<T extends MatchCandidate>(query: string, candidates: Iterable<T>, limit = 3): T[] {
    const folded = foldVietnamese(query);
    const words = folded.split(/[^a-z0-9]+/).filter(word => word.length > 1);
    const scored: Array<{ candidate: T; score: number; distance: number }> = [];
    for (const candidate of candidates) {
        const name = foldVietnamese(candidate.name);
        const threshold = Math.max(2, Math.floor(Math.max(folded.length, name.length) / 3));
        // The distance is at least the difference in length; when that alone is too far, the quadratic
        // computation is skipped, so that a pasted megabyte-long name does not stall the editor.
        const lengthGap = Math.abs(folded.length - name.length);
        const distance = lengthGap > threshold ? lengthGap : editDistance(folded, name);
        let score = distance <= threshold ? distance : Number.POSITIVE_INFINITY;
        if (name.includes(folded) || folded.includes(name)) score = Math.min(score, 1);
        // Shortened as a person shortens: `cong-dvc-qg` for `cong-dvc-quoc-gia` is nearer than any misspelling.
        if (abbreviates(folded, name)) score = Math.min(score, 0.5);
        if (candidate.title && words.length > 0) {
            const title = foldVietnamese(candidate.title);
            if (words.every(word => title.includes(word))) score = Math.min(score, 1.5);
        }
        if (Number.isFinite(score)) scored.push({ candidate, score, distance });
    }
    // Among equal scores the nearer spelling comes first: for `csdlqg-dan-cuu`, `csdlqg-dan-cu` before the mere prefix `csdlqg`.
    scored.sort((a, b) => a.score - b.score || a.distance - b.distance || a.candidate.name.localeCompare(b.candidate.name));
    return scored.slice(0, limit).map(item => item.candidate);
}
