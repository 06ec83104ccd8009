import { describe, expect, test } from 'vitest';
import nationalPrinciples from '../data/catalogs/national-principles.json' with { type: 'json' };
import legalDocuments from '../data/catalogs/legal-documents.json' with { type: 'json' };
import { FRAMEWORK_PROFILES, frameworkProfile, principleText, SECTION_KEYS, sectionReference } from '../src/model/index.js';
import { EXAMPLES, loadModel } from './load-model.js';

const profile = frameworkProfile({ conforms: ['4.0'] });

describe('framework profile 4.0', () => {
    test('is chosen by `conforms`, and is the default for a framework that names no shipped version', () => {
        expect(profile.id).toBe('khung-4.0');
        expect(profile.issuedBy).toMatchObject({ number: '292/QĐ-BKHCN', date: '2025-03-25' });
        expect(frameworkProfile({ conforms: [] })).toBe(profile);
        expect(new Set(FRAMEWORK_PROFILES.map(each => each.version)).size).toBe(FRAMEWORK_PROFILES.length);
    });

    test('quotes principles a–l in the national wording, for every principle of the catalogue', () => {
        expect(profile.principles.entries.map(entry => entry.code)).toEqual(nationalPrinciples.entries.map(entry => entry.code));
        // Two the documents used to paraphrase: e has a second paragraph, h is about the target architecture.
        expect(principleText(profile, 'e')?.text.split('\n')).toEqual([
            'Nền tảng là giải pháp đột phá. Xây dựng và dùng chung các nền tảng số quốc gia, vùng, bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi trường số.',
            'Kết hợp mô hình triển khai tập trung và phân tán, tuân thủ Khung kiến trúc Chính phủ số Việt Nam và Khung kiến trúc số cấp bộ, Khung kiến trúc số cấp tỉnh của các bộ, ngành, địa phương. Phát triển các nền tảng theo hướng cung cấp dịch vụ đồng bộ, thông suốt các cấp hành chính để có thể sử dụng tại mọi nơi. Các nền tảng, ứng dụng và dịch vụ quy mô quốc gia phải được làm trước, làm tốt, làm tập trung.'
        ]);
        expect(principleText(profile, 'h')).toEqual({
            code: 'h',
            text: 'Triển khai các giải pháp bảo mật, an toàn thông tin mạng, an ninh mạng ở các thành phần của khung kiến trúc mục tiêu theo nhu cầu và lộ trình phù hợp.',
            citation: 'Chương 1, III.3.h'
        });
        expect(profile.principles.status).toBe('official');
    });

    test('lists the sections a–g of Chương 1, III.2 in order, by the vocabulary’s keys, with their references', () => {
        const keys: readonly string[] = SECTION_KEYS;
        const sections = profile.sections.filter(section => keys.includes(section.section));
        expect(sections.map(section => section.section)).toEqual([...SECTION_KEYS]);
        for (const section of sections) {
            expect(section.mandatory).toBe(true);
            expect(section.reference).toEqual({ vi: `Chương 1, III.2.${section.section}`, en: `Chapter 1, III.2.${section.section}` });
            expect(section.source).toContain(section.reference?.vi);
        }
    });

    test('a note on a missing section cites the paragraph of 4.0; under 3090, whose outline was not read, the framework by its title alone', () => {
        expect(sectionReference(profile, 'đ')).toEqual({ vi: 'Chương 1, III.2.đ', en: 'Chapter 1, III.2.đ' });
        const khung3090 = frameworkProfile({ conforms: ['3090'] });
        for (const key of SECTION_KEYS) {
            expect(sectionReference(khung3090, key)).toEqual({
                vi: 'Khung kiến trúc tổng thể quốc gia số',
                en: 'National Overall Digital Architecture Framework'
            });
        }
        expect(khung3090.sections.filter(section => section.status === 'draft').every(section => !section.reference)).toBe(true);
    });

    test('orders the other parts of the document around a–g: front matter, reasons and legal bases first, responsibilities last', () => {
        expect(profile.sections.map(section => section.section)).toEqual([
            'revisions',
            'abbreviations',
            'figures',
            'tables',
            'reasons',
            'legal',
            ...SECTION_KEYS,
            'responsibilities'
        ]);
    });

    test('names its legal bases by their code in the legal-documents catalogue', () => {
        const codes = legalDocuments.entries.map(entry => entry.code);
        for (const basis of profile.legalBases) expect(codes).toContain(basis.document);
        const numbers = profile.legalBases.map(basis => legalDocuments.entries.find(entry => entry.code === basis.document)?.number);
        expect(numbers).toEqual(expect.arrayContaining(['57-NQ/TW', '20/2023/QH15', '55/2025/NĐ-CP', '47/2020/NĐ-CP', '60/2024/QH15']));
    });

    test('gives every entry a source and a status, and each abbreviation once', () => {
        const sourced = [
            profile.titlePattern,
            profile.cover,
            profile.principles,
            ...profile.sections,
            ...profile.legalBases,
            ...profile.glossary
        ];
        for (const entry of sourced) {
            expect(entry.source.length).toBeGreaterThan(10);
            expect(['official', 'draft', 'illustrative', 'local']).toContain(entry.status);
        }
        const abbreviations = profile.glossary.map(entry => entry.abbreviation);
        expect(new Set(abbreviations).size).toBe(abbreviations.length);
        expect(abbreviations).toEqual(expect.arrayContaining(['LGSP', 'NDXP', 'SOC', 'EDR', 'PAM', 'CSDL', 'TTHC']));
    });

    test('holds NFC text only, as every user-visible word', () => {
        const text = JSON.stringify(FRAMEWORK_PROFILES);
        expect(text).toBe(text.normalize('NFC'));
    });
});

describe('document metadata', () => {
    test('the examples state their place, year and draft status once, for the cover', async () => {
        const documents = await Promise.all(
            EXAMPLES.map(
                async example => (await loadModel(example.folder)).frameworks.find(each => each.id === example.framework)?.document
            )
        );
        expect(documents).toEqual([
            { place: 'Lào Cai', year: 2026, draft: true },
            { place: 'Hà Nội', year: 2026, draft: true }
        ]);
    });
});
