import { describe, expect, test } from 'vitest';
import nationalPrinciples from '../data/catalogs/national-principles.json' with { type: 'json' };
import legalDocuments from '../data/catalogs/legal-documents.json' with { type: 'json' };
import {
    FRAMEWORK_PROFILES,
    LAYER_KINDS,
    METAMODEL,
    profileNamed,
    profileNames,
    principleSource,
    type FrameworkProfile
} from '../src/model/index.js';
import { loadBuiltinCatalogs } from '../src/index.js';

const profile3090 = profileNamed('3090')!;
const ELEMENT_KINDS = [...new Set(LAYER_KINDS.flatMap(layer => METAMODEL.layers[layer].kinds))];

/** Every entry of a profile that carries a source and a status, with where it is. */
function sourcedEntries(profile: FrameworkProfile): Array<[string, { source?: string; status?: string }]> {
    return [
        ['issuedBy', profile.issuedBy ?? {}],
        ['titlePattern', profile.titlePattern],
        ['cover', profile.cover],
        ...profile.sections.map((section, index) => [`sections[${index}]`, section] as [string, { source: string }]),
        ['protectionModel', profile.protectionModel],
        ['principles', profile.principles],
        ...profile.principles.entries.map(
            entry => [`principle ${entry.code}`, principleSource(profile, entry)] as [string, { source: string }]
        ),
        ...profile.legalBases.map(basis => [`legal ${basis.document}`, basis] as [string, { source: string }]),
        ...profile.glossary.map(entry => [`glossary ${entry.abbreviation}`, entry] as [string, { source: string }]),
        ...(profile.functionalLayers
            ? ([
                  ['functionalLayers', profile.functionalLayers],
                  ['functionalLayers.mapping', profile.functionalLayers.mapping]
              ] as Array<[string, { source: string }]>)
            : []),
        ...(profile.targets ?? []).map(target => [`target ${target.code}`, target] as [string, { source: string }])
    ];
}

describe('the shipped profiles', () => {
    test('are named apart: no name (version or alias) stands for two profiles', () => {
        const names = profileNames();
        expect(new Set(names).size).toBe(names.length);
        expect(FRAMEWORK_PROFILES.map(profile => profile.version)).toEqual(['4.0', '3090']);
        expect(profileNamed('3090/QĐ-BKHCN')).toBe(profile3090);
    });

    test.each(FRAMEWORK_PROFILES.map(profile => [profile.id, profile] as const))(
        '%s: every entry has a source; an official one says where it was read',
        (_, profile) => {
            for (const [where, entry] of sourcedEntries(profile)) {
                expect(entry.source?.trim(), where).toBeTruthy();
                expect(['official', 'draft', 'illustrative', 'local'], where).toContain(entry.status);
            }
        }
    );

    test.each(FRAMEWORK_PROFILES.map(profile => [profile.id, profile] as const))(
        '%s: names its legal bases by codes of the legal-documents catalogue',
        (_, profile) => {
            const codes = legalDocuments.entries.map(entry => entry.code);
            for (const basis of profile.legalBases) expect(codes, basis.document).toContain(basis.document);
        }
    );
});

describe('the 3090 profile', () => {
    test('has four functional layers, bottom-up, and draws every element kind in exactly one of them', () => {
        const layers = profile3090.functionalLayers!.layers;
        expect(layers.map(layer => layer.title.vi)).toEqual([
            'Lớp hạ tầng số và an ninh mạng dùng chung',
            'Lớp dữ liệu và nền tảng cốt lõi',
            'Lớp ứng dụng và nghiệp vụ dùng chung',
            'Lớp kênh tương tác và đo lường hiệu quả'
        ]);
        const drawn = layers.flatMap(layer => layer.kinds);
        expect([...drawn].sort()).toEqual([...ELEMENT_KINDS].sort());
        expect(new Set(drawn).size).toBe(drawn.length);
        // Every component architecture maps onto at least one layer, for the mapping table.
        expect(new Set(layers.flatMap(layer => layer.architectures))).toEqual(new Set(LAYER_KINDS));
        // The mapping is our reading, and says so.
        expect(profile3090.functionalLayers!.mapping.status).toBe('draft');
    });

    test('has seven principles with codes of their own, which cannot clash with the principles a–l of 4.0', () => {
        const codes = profile3090.principles.entries.map(entry => entry.code);
        expect(codes).toEqual(['3090.1', '3090.2', '3090.3', '3090.4', '3090.5', '3090.6', '3090.7']);
        expect(codes.filter(code => nationalPrinciples.entries.some(entry => entry.code === code))).toEqual([]);
        expect(profile3090.principles.entries[0].title?.vi).toBe('Quản trị dựa trên kết quả');
        // Not read in the primary text: a paraphrase, and the note says so.
        expect(profile3090.principles.status).toBe('draft');
        expect(profile3090.principles.note).toMatch(/^Diễn giải của dự án, không phải nguyên văn/);
    });

    test('has targets to 2030 with unique codes that the data says are ours', () => {
        const targets = profile3090.targets!;
        expect(targets.length).toBeGreaterThanOrEqual(4);
        expect(new Set(targets.map(target => target.code)).size).toBe(targets.length);
        for (const target of targets) {
            expect(target.code).toMatch(/^3090\.MT\.\d{2}$/);
            expect(target.year).toBe(2030);
            expect(target.note).toContain('Mã do KTS đặt để trích dẫn');
            expect(target.status).not.toBe('official');
        }
    });

    test('is issued by QĐ 3090/QĐ-BKHCN of 08/10/2025, read in the decision, which replaced Công văn 1736', () => {
        expect(profile3090.issuedBy).toMatchObject({
            number: '3090/QĐ-BKHCN',
            date: '2025-10-08',
            status: 'official',
            replaces: ['1736/BKHCN-CĐSQG']
        });
        const replaced = legalDocuments.entries.find(entry => entry.number === '1736/BKHCN-CĐSQG');
        expect(replaced).toMatchObject({ force: 'replaced', replacedBy: 'qd-3090-2025' });
        const numbers = profile3090.legalBases.map(basis => legalDocuments.entries.find(entry => entry.code === basis.document)?.number);
        expect(numbers).toEqual(
            expect.arrayContaining([
                '3090/QĐ-BKHCN',
                '57-NQ/TW',
                '55/2025/NĐ-CP',
                '194/2025/NĐ-CP',
                '05-QĐ/BCĐTW',
                '5441/BKHCN-CĐSQG',
                '2943/CĐSQG-CNCPS'
            ])
        );
    });

    test('its principles and targets are built-in catalogues whose codes are unique among all built-in codes of their models', () => {
        const catalogs = loadBuiltinCatalogs().map(builtin => builtin.catalog);
        const byId = new Map(catalogs.map(catalog => [catalog.id, catalog]));
        expect(byId.get('national-principles-3090')?.entries.map(entry => entry.code)).toEqual(
            profile3090.principles.entries.map(entry => entry.code)
        );
        expect(byId.get('national-targets-3090')?.entries.map(entry => entry.code)).toEqual(
            profile3090.targets!.map(target => target.code)
        );
        const keys = catalogs.flatMap(catalog => catalog.entries.map(entry => `${entry.model}:${entry.code}`));
        expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    });
});
