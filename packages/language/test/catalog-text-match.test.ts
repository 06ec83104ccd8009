import { describe, expect, test } from 'vitest';
import { foldVietnamese } from '../src/index.js';
import { closestByName, foldCandidate, matchRank, MatchRank, searchQuery } from '../src/text/vietnamese-search.js';
import { findQuerySlot } from '../src/lsp/kts-completion-provider.js';

/** Every Vietnamese vowel with its base letter, in NFC, lower and upper case, with each of the six tones. */
const VOWELS: Array<[string, string]> = [
    ['a', 'a'],
    ['ă', 'a'],
    ['â', 'a'],
    ['e', 'e'],
    ['ê', 'e'],
    ['i', 'i'],
    ['o', 'o'],
    ['ô', 'o'],
    ['ơ', 'o'],
    ['u', 'u'],
    ['ư', 'u'],
    ['y', 'y']
];
/** No tone, huyền, sắc, hỏi, ngã, nặng as combining marks; composed to NFC below. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

describe('folding Vietnamese text', () => {
    test('every vowel with every tone, lower and upper case, folds to its base letter', () => {
        let checked = 0;
        for (const [vowel, base] of VOWELS) {
            for (const tone of TONES) {
                const lower = (vowel + tone).normalize('NFC');
                const upper = lower.toUpperCase();
                expect(lower.length, `${lower} is one precomposed character`).toBe(1);
                expect(foldVietnamese(lower), lower).toBe(base);
                expect(foldVietnamese(upper), upper).toBe(base);
                // Decomposed input (as some editors and Excel on macOS produce) folds the same way.
                expect(foldVietnamese(lower.normalize('NFD')), `${lower} NFD`).toBe(base);
                checked += 3;
            }
        }
        expect(checked).toBe(12 * 6 * 3);
    });

    test('đ and Đ fold to d', () => {
        expect(foldVietnamese('đ')).toBe('d');
        expect(foldVietnamese('Đ')).toBe('d');
        expect(foldVietnamese('Đường dây nóng ĐẢNG')).toBe('duong day nong dang');
    });
});

describe('matching codes and names', () => {
    const population = foldCandidate('csdlqg-dan-cu', 'Cơ sở dữ liệu quốc gia về dân cư');

    test.each(['dan cu', 'dân cư', 'DÂN CƯ', 'Dan Cu', 'dân cu', 'da\u0302n cu\u031B'])(
        '%s finds the national population database by name',
        query => {
            expect(matchRank(searchQuery(query), population)).toBe(MatchRank.NamePhrase);
        }
    );

    test('a code prefix matches by code before any name match', () => {
        expect(matchRank(searchQuery('csdlqg'), population)).toBe(MatchRank.CodePrefix);
        expect(matchRank(searchQuery('DRM001.0'), foldCandidate('DRM001.002', 'Quản lý kinh tế'))).toBe(MatchRank.CodePrefix);
        expect(matchRank(searchQuery('DRM002'), foldCandidate('DRM001.002', 'Quản lý kinh tế'))).toBeUndefined();
    });

    test('words may come in any order as long as each starts a word of the code or name', () => {
        expect(matchRank(searchQuery('cư quốc'), population)).toBe(MatchRank.WordPrefixes);
        expect(matchRank(searchQuery('du lieu dan'), population)).toBe(MatchRank.WordPrefixes);
        // "an" is inside "dân" but starts no word: no match.
        expect(matchRank(searchQuery('an cu'), population)).toBeUndefined();
    });

    test('names that share syllables and syllable pairs with an element name come first', () => {
        const candidates = [
            { name: 'A', title: 'Hệ thống quản lý văn bản và điều hành' },
            { name: 'B', title: 'Hệ thống thông tin giải quyết thủ tục hành chính' },
            { name: 'C', title: 'Cổng dịch vụ công' }
        ];
        expect(closestByName('HTTT giải quyết thủ tục hành chính tỉnh', candidates).map(candidate => candidate.name)).toEqual(['B']);
        expect(closestByName('Cổng Dịch vụ công tỉnh', candidates)[0].name).toBe('C');
        expect(closestByName('Trung tâm dữ liệu', candidates)).toEqual([]);
    });
});

describe('the text a completion replaces', () => {
    const keywords = new Set(['codes', 'realizes', 'integrates', 'via', 'app']);
    const slot = (line: string) => {
        const offset = line.indexOf('|');
        const text = line.replace('|', '');
        return findQuerySlot(text, offset, keywords);
    };

    test('several words after a keyword are one query', () => {
        expect(slot('    app x "X" { realizes dan cu| }').typed).toBe('dan cu');
    });

    test('the query starts after the last comma or keyword', () => {
        expect(slot('integrates csdlqg-dan-cu, he-thong|').typed).toBe('he-thong');
        expect(slot('codes MH-ARM.0|').typed).toBe('MH-ARM.0');
        expect(slot('realizes lgsp integrates nd|').typed).toBe('nd');
        expect(slot('codes |').typed).toBe('');
    });

    test('the replaced range extends over the rest of the word after the cursor', () => {
        const text = 'codes DRM0|01.002';
        const result = findQuerySlot(text.replace('|', ''), text.indexOf('|'), keywords);
        expect(result.typed).toBe('DRM0');
        expect(text.replace('|', '').slice(result.start, result.end)).toBe('DRM001.002');
    });
});
