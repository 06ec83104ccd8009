import { describe, expect, test } from 'vitest';
import { closestMatches, editDistance, foldVietnamese, type MatchCandidate } from '../src/text/text-match.js';

/** The table of the distance filled cell by cell: what `editDistance` computed before it used bit vectors. */
function plainDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

/** `abbreviates` before it compared the first letters first. */
function plainAbbreviates(typed: string, name: string): boolean {
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
    return (typedParts.length > 1 || nameParts.length > 1) && covers(0, 0);
}

/** The "did you mean" search as it was written before it was made cheap: every candidate scored in full. */
function plainClosestMatches<T extends MatchCandidate>(query: string, candidates: T[], limit = 3): T[] {
    const folded = foldVietnamese(query);
    const words = folded.split(/[^a-z0-9]+/).filter(word => word.length > 1);
    const scored: Array<{ candidate: T; score: number; distance: number }> = [];
    for (const candidate of candidates) {
        const name = foldVietnamese(candidate.name);
        const threshold = Math.max(2, Math.floor(Math.max(folded.length, name.length) / 3));
        const lengthGap = Math.abs(folded.length - name.length);
        const distance = lengthGap > threshold ? lengthGap : plainDistance(folded, name);
        let score = distance <= threshold ? distance : Number.POSITIVE_INFINITY;
        if (name.includes(folded) || folded.includes(name)) score = Math.min(score, 1);
        if (plainAbbreviates(folded, name)) score = Math.min(score, 0.5);
        if (candidate.title && words.length > 0) {
            const title = foldVietnamese(candidate.title);
            if (words.every(word => title.includes(word))) score = Math.min(score, 1.5);
        }
        if (Number.isFinite(score)) scored.push({ candidate, score, distance });
    }
    scored.sort((a, b) => a.score - b.score || a.distance - b.distance || a.candidate.name.localeCompare(b.candidate.name));
    return scored.slice(0, limit).map(item => item.candidate);
}

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number): (below: number) => number {
    let state = seed;
    return below => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state % below;
    };
}

const WORDS = ['', 'dan', 'cu', 'csdlqg', 'quoc', 'gia', 'cong', 'dvc', 'kenh', 'dịch', 'vụ', 'Đất', 'đai', 'hệ', 'thống', 'x'];

function candidatesFrom(next: (below: number) => number): MatchCandidate[] {
    const candidates: MatchCandidate[] = [];
    for (let index = 0; index < 600; index++) {
        const shape = next(3);
        const parts = Array.from({ length: 1 + next(4) }, () => WORDS[next(WORDS.length)]);
        const name =
            shape === 0
                ? `${parts[0]}_${String(next(40)).padStart(3, '0')}`
                : shape === 1
                  ? parts.join('-')
                  : `KT-BRM.${next(20)}.${next(9)}`;
        const title = next(4) === 0 ? undefined : parts.join(' ');
        candidates.push({ name, title });
    }
    return candidates;
}

/** What a person types by mistake: a letter added, dropped, changed, two swapped, or a prefix of the name. */
function typo(name: string, next: (below: number) => number): string {
    const at = next(name.length + 1);
    switch (next(5)) {
        case 0:
            return name.slice(0, at) + 'xyzđ-'[next(5)] + name.slice(at);
        case 1:
            return name.slice(0, at) + name.slice(at + 1);
        case 2:
            return name.slice(0, at) + 'ae_'[next(3)] + name.slice(at + 1);
        case 3:
            return name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2);
        default:
            return name.slice(0, Math.max(1, at));
    }
}

describe('the "did you mean" search', () => {
    test('the distance by bit vectors equals the table filled cell by cell, up to and past 32 characters', () => {
        const next = generator(11);
        const alphabet = 'ab-đé_.x';
        for (let round = 0; round < 20_000; round++) {
            const a = Array.from({ length: next(36) }, () => alphabet[next(alphabet.length)]).join('');
            const b = Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]).join('');
            expect(editDistance(a, b), `${a} / ${b}`).toBe(plainDistance(a, b));
        }
    });

    test('offers the same names in the same order as the search that scores every candidate in full, on many typos', () => {
        const next = generator(5);
        const candidates = candidatesFrom(next);
        let offered = 0;
        for (let round = 0; round < 1_500; round++) {
            const query = round % 10 === 0 ? 'x'.repeat(40 + next(10)) : typo(candidates[next(candidates.length)].name, next);
            const expected = plainClosestMatches(query, candidates, 5).map(candidate => candidate.name);
            expect(
                closestMatches(query, candidates, 5).map(candidate => candidate.name),
                query
            ).toEqual(expected);
            if (expected.length > 0) offered++;
        }
        // The typos are near enough to the names that most searches offer something.
        expect(offered).toBeGreaterThan(1_000);
    });

    test('a candidate object renamed since the last search is judged by its new name', () => {
        const candidate: MatchCandidate = { name: 'kenh_001', title: 'Kênh' };
        expect(closestMatches('kenh_00', [candidate])).toEqual([candidate]);
        candidate.name = 'zzzzzzzzzzz';
        expect(closestMatches('kenh_00', [candidate])).toEqual([]);
    });
});
