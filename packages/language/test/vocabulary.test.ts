import { describe, expect, test } from 'vitest';
import vocabularyData from '../data/vocabulary.json' with { type: 'json' };
import rulesData from '../data/rules.json' with { type: 'json' };
import {
    CATALOG_STATUSES,
    catalogueKindWord,
    GAP_STATUSES,
    LANGUAGES,
    LAYER_KINDS,
    METAMODEL,
    SECTION_KEYS,
    STATE_KINDS,
    term,
    VOCABULARY
} from '../src/model/index.js';
import { ast, loadBuiltinCatalogs } from '../src/index.js';

type Entry = { vi: string; en: string };

/** Every bilingual entry of a JSON table, with its path. */
function entries(value: unknown, at = ''): Array<[string, Entry]> {
    if (typeof value !== 'object' || value === null) return [];
    const record = value as Record<string, unknown>;
    if (typeof record.vi === 'string' && typeof record.en === 'string') return [[at, record as unknown as Entry]];
    return Object.entries(record)
        .filter(([key]) => !key.startsWith('$'))
        .flatMap(([key, child]) => entries(child, at ? `${at}.${key}` : key));
}

describe('vocabulary and rule messages', () => {
    test('every term and message has Vietnamese (NFC) and English text with the same placeholders', () => {
        const all = [...entries(vocabularyData), ...entries(rulesData.rules)];
        expect(all.length).toBeGreaterThan(100);
        for (const [key, entry] of all) {
            expect(entry.vi, key).not.toBe('');
            expect(entry.en, key).not.toBe('');
            expect(entry.vi, key).toBe(entry.vi.normalize('NFC'));
            const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();
            expect(names(entry.en), key).toEqual(names(entry.vi));
        }
    });

    test('has a word for every layer, kind, relation and state of the grammar, and for every status and section', () => {
        expect(Object.keys(VOCABULARY.kind).every(kind => ast.isElementKind(kind))).toBe(true);
        for (const layer of LAYER_KINDS) {
            for (const kind of METAMODEL.layers[layer].kinds) expect(VOCABULARY.kind[kind], kind).toBeDefined();
        }
        expect(Object.keys(VOCABULARY.relation).sort()).toEqual(Object.keys(METAMODEL.relations).sort());
        expect(Object.keys(VOCABULARY.relation).every(kind => ast.isRelationKind(kind))).toBe(true);
        for (const layer of LAYER_KINDS) expect(term('layerArchitecture', layer, 'en'), layer).toMatch(/architecture$/);
        for (const state of STATE_KINDS) expect(VOCABULARY.stateArchitecture[state].vi, state).toMatch(/^kiến trúc /);
        for (const status of GAP_STATUSES) expect(VOCABULARY.gapStatus[status], status).toBeDefined();
        for (const status of CATALOG_STATUSES) expect(VOCABULARY.catalogStatus[status], status).toBeDefined();
        expect(Object.keys(VOCABULARY.section)).toEqual([...SECTION_KEYS]);
    });

    test('every kind of entry in the built-in catalogues has words in both languages, and no catalogue kind goes unused', () => {
        const kinds = new Set(loadBuiltinCatalogs().flatMap(builtin => builtin.catalog.entries.map(entry => entry.kind)));
        expect(kinds.size).toBeGreaterThan(20);
        const without = [...kinds].filter(kind => LANGUAGES.some(language => catalogueKindWord(kind, language) === undefined));
        expect(without).toEqual([]);
        expect(Object.keys(VOCABULARY.catalogueKind).filter(kind => !kinds.has(kind))).toEqual([]);
        // A legal document's kind has its words in `legalKind` alone.
        expect(Object.keys(VOCABULARY.catalogueKind).filter(kind => Object.hasOwn(VOCABULARY.legalKind, kind))).toEqual([]);
        expect(catalogueKindWord('funding-source', 'vi')).toBe('nguồn vốn');
        expect(catalogueKindWord('decree', 'en')).toBe('decree');
        expect(catalogueKindWord('nhom-ung-dung', 'vi')).toBeUndefined();
    });

    test('a heading starts with a capital in both languages, a term inside a sentence does not', () => {
        expect(term('gapStatus', 'new', 'vi', 'heading')).toBe('Xây dựng mới');
        expect(term('gapStatus', 'new', 'vi')).toBe('xây dựng mới');
        expect(term('layerArchitecture', 'security', 'en', 'heading')).toBe('Cybersecurity architecture');
        expect(term('section', 'đ', 'vi', 'heading')).toBe('Khung kiến trúc hiện trạng');
    });
});
