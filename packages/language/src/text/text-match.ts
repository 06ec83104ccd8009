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

/** Levenshtein distance: by bit vectors when `a` fits them, otherwise O(|a|·|b|) with one row of memory. */
export function editDistance(a: string, b: string): number {
    if (a === b) return 0;
    if (a.length === 0) return b.length;
    if (b.length === 0) return a.length;
    if (a.length <= MAX_PATTERN) return new SpellingDistance(a).to(b);
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

/** The longest text whose columns fit the 32 bits of `SpellingDistance`. */
const MAX_PATTERN = 32;

/**
 * The Levenshtein distance from one text of at most 32 UTF-16 units to many others, with the columns of the
 * distance table kept as bit vectors (Myers 1999, in Hyyrö's form for the global distance): one pass of a few
 * word operations per character of the other text and no allocation, since a "did you mean" search compares
 * the typed name with every name in the workspace.
 */
class SpellingDistance {
    /** Per character code, the positions in the text where it stands, as bits. */
    private readonly ascii = new Int32Array(128);
    private readonly other = new Map<number, number>();
    private readonly high: number;
    private readonly length: number;

    constructor(text: string) {
        this.length = text.length;
        this.high = 1 << (text.length - 1);
        for (let index = 0; index < text.length; index++) {
            const code = text.charCodeAt(index);
            if (code < 128) this.ascii[code] |= 1 << index;
            else this.other.set(code, (this.other.get(code) ?? 0) | (1 << index));
        }
    }

    to(b: string): number {
        let positive = -1;
        let negative = 0;
        let distance = this.length;
        for (let j = 0; j < b.length; j++) {
            const code = b.charCodeAt(j);
            const equal = code < 128 ? this.ascii[code] : (this.other.get(code) ?? 0);
            const vertical = equal | negative;
            const horizontal = ((((equal & positive) + positive) | 0) ^ positive) | equal;
            let horizontalUp = negative | ~(horizontal | positive);
            let horizontalDown = positive & horizontal;
            if (horizontalUp & this.high) distance++;
            else if (horizontalDown & this.high) distance--;
            // The first row of the table counts up by one per character of b.
            horizontalUp = (horizontalUp << 1) | 1;
            horizontalDown <<= 1;
            positive = horizontalDown | ~(vertical | horizontalUp);
            negative = horizontalUp & vertical;
        }
        return distance;
    }
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
    // Both ways of covering the name start with its first letter: its first part, or the initials of several parts
    // (an empty first part has no initial, so its initials are shorter than the typed part).
    if (typed.charCodeAt(0) !== name.charCodeAt(0)) return false;
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
 * A candidate's name and title folded, kept with the candidate object: a search compares the typed name with
 * every name of the workspace, whose descriptions outlive many searches, and a look-up by object is cheaper
 * than one by text.
 */
function foldedCandidate(candidate: MatchCandidate): FoldedCandidate {
    let folded = foldedCandidates.get(candidate);
    if (folded === undefined || folded.source !== candidate.name || folded.sourceTitle !== candidate.title) {
        folded = {
            source: candidate.name,
            sourceTitle: candidate.title,
            name: foldVietnamese(candidate.name),
            title: candidate.title ? foldVietnamese(candidate.title) : undefined
        };
        foldedCandidates.set(candidate, folded);
    }
    return folded;
}

interface FoldedCandidate {
    source: string;
    sourceTitle: string | undefined;
    name: string;
    title: string | undefined;
}

const foldedCandidates = new WeakMap<MatchCandidate, FoldedCandidate>();

/**
 * The candidates closest to what was typed: by edit distance on the id (case- and diacritic-
 * insensitive), and by the typed words appearing in the Vietnamese title.
 */
export function closestMatches<T extends MatchCandidate>(query: string, candidates: Iterable<T>, limit = 3): T[] {
    const folded = foldVietnamese(query);
    const words = folded.split(/[^a-z0-9]+/).filter(word => word.length > 1);
    const spelling = folded.length > 0 && folded.length <= MAX_PATTERN ? new SpellingDistance(folded) : undefined;
    const scored: Array<{ candidate: T; score: number; distance: number }> = [];
    for (const candidate of candidates) {
        const { name, title } = foldedCandidate(candidate);
        const threshold = Math.max(2, Math.floor(Math.max(folded.length, name.length) / 3));
        // The distance is at least the difference in length; when that alone is too far, the quadratic
        // computation is skipped, so that a pasted megabyte-long name does not stall the editor.
        const lengthGap = Math.abs(folded.length - name.length);
        const distance = lengthGap > threshold ? lengthGap : spelling ? spelling.to(name) : editDistance(folded, name);
        let score = distance <= threshold ? distance : Number.POSITIVE_INFINITY;
        if (name.includes(folded) || folded.includes(name)) score = Math.min(score, 1);
        // Shortened as a person shortens: `cong-dvc-qg` for `cong-dvc-quoc-gia` is nearer than any misspelling.
        if (abbreviates(folded, name)) score = Math.min(score, 0.5);
        if (title !== undefined && words.length > 0 && words.every(word => title.includes(word))) score = Math.min(score, 1.5);
        if (Number.isFinite(score)) scored.push({ candidate, score, distance });
    }
    // Among equal scores the nearer spelling comes first: for `csdlqg-dan-cuu`, `csdlqg-dan-cu` before the mere prefix `csdlqg`.
    scored.sort((a, b) => a.score - b.score || a.distance - b.distance || a.candidate.name.localeCompare(b.candidate.name));
    return scored.slice(0, limit).map(item => item.candidate);
}
