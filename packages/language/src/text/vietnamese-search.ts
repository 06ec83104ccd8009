import { foldVietnamese } from './text-match.js';

/** A search text folded once: compared against many codes and names per keystroke. */
export interface SearchQuery {
    folded: string;
    words: string[];
    /** What is compared against every candidate, prepared once per query. */
    afterHyphen: string;
    afterUnderscore: string;
    phrase: string;
}

export function searchQuery(text: string): SearchQuery {
    const folded = foldVietnamese(text.trim());
    const words = foldedWords(folded);
    return { folded, words, afterHyphen: `-${folded}`, afterUnderscore: `_${folded}`, phrase: ` ${words.join(' ')}` };
}

export function foldedWords(folded: string): string[] {
    return folded.split(/[^a-z0-9]+/).filter(word => word.length > 0);
}

/**
 * How well a code and its name match, best first: the code starts with the query; a word of the code
 * (after `-` or `_`) starts with it; the name contains it as a phrase; every query word starts a word.
 */
export const MatchRank = { CodePrefix: 0, CodeContains: 1, NamePhrase: 2, WordPrefixes: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/** A code and its name folded once, for matching on every keystroke. */
export interface FoldedCandidate {
    code: string;
    /** Words of the code, then of the name. */
    words: string[];
    /** The name's words joined by single spaces, with a leading space: a phrase is found at a word start. */
    phrase: string;
}

export function foldCandidate(code: string, name: string | undefined): FoldedCandidate {
    const foldedCode = foldVietnamese(code);
    const foldedName = name ? foldVietnamese(name) : '';
    const nameWords = foldedWords(foldedName);
    // Dots separate levels of a code (`2.10` is no word `10`), hyphens and underscores separate words.
    const codeWords = foldedCode.split(/[^a-z0-9.]+/).filter(word => word.length > 0);
    return { code: foldedCode, words: [...codeWords, ...nameWords], phrase: ' ' + nameWords.join(' ') };
}

/**
 * Matches a query against a code and its name, both folded (no tones, no vowel marks, đ → d, lower case),
 * so `dan cu`, `dân cư` and `DÂN CƯ` all find "CSDL quốc gia về Dân cư"; a code prefix (`DRM001.0`)
 * matches by code first, the query as a phrase of the name next, then every query word starting a word.
 */
export function matchRank(query: SearchQuery, candidate: FoldedCandidate): MatchRank | undefined {
    if (query.folded === '' || candidate.code.startsWith(query.folded)) return MatchRank.CodePrefix;
    if (candidate.code.includes(query.afterHyphen) || candidate.code.includes(query.afterUnderscore)) return MatchRank.CodeContains;
    if (query.words.length === 0) return undefined;
    if (candidate.phrase.includes(query.phrase)) return MatchRank.NamePhrase;
    return everyWordStartsAWord(query.words, candidate.words) ? MatchRank.WordPrefixes : undefined;
}

/** Plain loops: this runs for every candidate on every keystroke, and closures would churn the heap. */
function everyWordStartsAWord(words: string[], candidateWords: string[]): boolean {
    for (const word of words) {
        let found = false;
        for (const other of candidateWords) {
            if (other.startsWith(word)) {
                found = true;
                break;
            }
        }
        if (!found) return false;
    }
    return true;
}

/**
 * Candidates in rank order (one list per rank). A query that starts some code is taken as a code prefix:
 * then only those codes are returned, so `1.` narrows to the items of group 1, not to names that say "1.0".
 */
export function bestMatches<T>(ranked: T[][]): T[] {
    return ranked[MatchRank.CodePrefix].length > 0 ? ranked[MatchRank.CodePrefix] : ranked.flat();
}

export interface NamedCandidate {
    name: string;
    title?: string;
}

/**
 * Candidates whose Vietnamese name is closest to a text, by shared syllables and shared syllable pairs
 * (Vietnamese compounds such as "dịch vụ", "dữ liệu" are two syllables): what a quick fix offers when a
 * code is unknown or of the wrong model, judged by the element's own name.
 */
export function closestByName<T extends NamedCandidate>(text: string, candidates: Iterable<T>, limit = 3, threshold = 0.5): T[] {
    const target = syllables(text);
    if (target.unigrams.size === 0) return [];
    const scored: Array<{ candidate: T; score: number }> = [];
    for (const candidate of candidates) {
        if (!candidate.title) continue;
        const other = syllables(candidate.title);
        const score = dice(target.unigrams, other.unigrams) + 2 * dice(target.bigrams, other.bigrams);
        if (score >= threshold) scored.push({ candidate, score });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, limit).map(item => item.candidate);
}

interface Syllables {
    unigrams: Set<string>;
    bigrams: Set<string>;
}

function syllables(text: string): Syllables {
    let found = syllablesOf.get(text);
    if (!found) {
        const words = foldedWords(foldVietnamese(text));
        const bigrams = new Set<string>();
        for (let index = 1; index < words.length; index++) bigrams.add(`${words[index - 1]} ${words[index]}`);
        found = { unigrams: new Set(words), bigrams };
        // Catalogue names recur on every validation; bounded, since edited names keep changing.
        if (syllablesOf.size >= MAX_REMEMBERED_NAMES) syllablesOf.clear();
        syllablesOf.set(text, found);
    }
    return found;
}

const MAX_REMEMBERED_NAMES = 100_000;
const syllablesOf = new Map<string, Syllables>();

function dice(a: Set<string>, b: Set<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    for (const item of a) if (b.has(item)) shared++;
    return (2 * shared) / (a.size + b.size);
}
