import { describe, expect, test } from 'vitest';
import { frameworkProfile, frameworkTitle, statedProfiles } from '../src/model/index.js';
import { applied, coveredText, TestWorkspace, withCode } from './test-utils.js';
import { sampleFiles, sampleWith } from './sample.js';
import { loadSample } from './load-model.js';

const workspace = new TestWorkspace();

describe('conforms: the profiles a framework states', () => {
    test('takes one or more profile names; the first that ships governs, every one that ships is stated', async () => {
        const model = await loadSample({ 'lao-cai.kts': [['conforms "4.0"', 'conforms "3090", "4.0"']] });
        const laoCai = model.frameworks.find(framework => framework.id === 'lao_cai')!;
        expect(laoCai.conforms).toEqual(['3090', '4.0']);
        expect(frameworkProfile(laoCai).id).toBe('khung-3090');
        expect(statedProfiles(laoCai).map(profile => profile.id)).toEqual(['khung-3090', 'khung-4.0']);
    });

    test('a framework that states none, or only unknown names, conforms to framework 4.0', () => {
        expect(statedProfiles({ conforms: [] }).map(profile => profile.id)).toEqual(['khung-4.0']);
        expect(frameworkProfile({ conforms: ['5.0'] }).id).toBe('khung-4.0');
        expect(statedProfiles({ conforms: ['5.0', '4.0', '3090/QĐ-BKHCN', '3090'] }).map(profile => profile.id)).toEqual([
            'khung-4.0',
            'khung-3090'
        ]);
    });

    test('a framework under 3090 that writes no title is titled "Khung kiến trúc số …"', () => {
        const framework = { id: 'gia-lai', level: 'province', body: { name: 'tỉnh Gia Lai' }, conforms: ['3090'] } as const;
        const model = framework as unknown as Parameters<typeof frameworkTitle>[0];
        expect(frameworkTitle(model, 'vi')).toBe('Khung kiến trúc số tỉnh Gia Lai');
        expect(frameworkTitle({ ...model, conforms: ['4.0'] }, 'vi')).toBe('Khung kiến trúc Chính quyền số tỉnh Gia Lai');
    });

    test('a derived province title names the place, not its People’s Committee, in Vietnamese and in English', () => {
        const titled = (name: string, nameEn: string | undefined, language: 'vi' | 'en', conforms = ['3090']) =>
            frameworkTitle(
                { id: 'x', level: 'province', body: { name, nameEn }, conforms } as unknown as Parameters<typeof frameworkTitle>[0],
                language
            );
        expect(titled('Ủy ban nhân dân tỉnh Gia Lai', undefined, 'vi')).toBe('Khung kiến trúc số tỉnh Gia Lai');
        expect(titled('Ủy ban nhân dân tỉnh Gia Lai', "People's Committee of Gia Lai province", 'en')).toBe(
            'Digital Architecture Framework of Gia Lai Province'
        );
        expect(titled('Ủy ban nhân dân tỉnh Lào Cai', "Lao Cai Provincial People's Committee", 'en', ['4.0'])).toBe(
            'Digital Government Architecture Framework of Lao Cai Province'
        );
        expect(titled('Ủy ban nhân dân Thành phố Hồ Chí Minh', "People's Committee of Ho Chi Minh City", 'en')).toBe(
            'Digital Architecture Framework of Ho Chi Minh City'
        );
        expect(titled('Ủy ban nhân dân Thành phố Hồ Chí Minh', undefined, 'vi')).toBe('Khung kiến trúc số Thành phố Hồ Chí Minh');
        // A body with no English name: an English lead, the province's Vietnamese name kept as a proper name.
        expect(titled('Ủy ban nhân dân tỉnh Lào Cai', undefined, 'en', ['4.0'])).toBe(
            'Digital Government Architecture Framework of Lào Cai Province'
        );
        expect(titled('Ủy ban nhân dân tỉnh Gia Lai', undefined, 'en')).toBe('Digital Architecture Framework of Gia Lai Province');
        // A city's body with no English name: its Vietnamese proper name under an English lead, as a province's.
        expect(titled('Ủy ban nhân dân Thành phố Hồ Chí Minh', undefined, 'en')).toBe('Digital Architecture Framework of Hồ Chí Minh City');
        expect(titled('Ủy ban nhân dân thành phố Hà Nội', undefined, 'en', ['4.0'])).toBe(
            'Digital Government Architecture Framework of Hà Nội City'
        );
        expect(titled('Ủy ban nhân dân thành phố Hà Nội', undefined, 'vi', ['4.0'])).toBe(
            'Khung kiến trúc Chính quyền số thành phố Hà Nội'
        );
        // A body that governs no place the vocabulary knows keeps its name; in English, after "the".
        expect(titled('Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'en')).toBe(
            'Digital Architecture Framework of the Department of Science and Technology'
        );
        expect(titled('Sở Khoa học và Công nghệ', undefined, 'en')).toBe('Digital Architecture Framework of Sở Khoa học và Công nghệ');
        const ministry = {
            id: 'bo',
            level: 'ministry',
            conforms: ['4.0'],
            body: { name: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology' }
        };
        expect(frameworkTitle(ministry as unknown as Parameters<typeof frameworkTitle>[0], 'en')).toBe(
            'Digital Government Architecture Framework of the Ministry of Science and Technology'
        );
    });

    test('a name no profile has is an error naming the profiles that exist, with a quick fix per close name', async () => {
        const text = sampleWith('conforms "4.0"', 'conforms "309", "4.0"');
        const documents = await workspace.validate({ ...sampleFiles(), 'lao-cai.kts': text });
        const document = documents.get('lao-cai.kts')!;
        const [finding, ...more] = withCode(document.diagnostics, 'kts/unknown-profile');
        expect(more).toEqual([]);
        expect(finding.severity).toBe(1);
        expect(coveredText(text, finding)).toBe('309');
        expect(finding.message).toContain("'3090'");
        expect(finding.message).toContain("'4.0'");
        const fixes = await workspace.quickFixes(document, finding);
        expect(fixes.map(fix => fix.title)[0]).toMatch(/^Thay bằng '3090'/);
        expect(applied(document, fixes[0])).toContain('conforms "3090", "4.0"');
    });

    test('the message is English when the workspace speaks English', async () => {
        const text = sampleWith('conforms "4.0"', 'conforms "4.1"');
        const documents = await workspace.validate({ ...sampleFiles(), 'lao-cai.kts': text }, { language: 'en' });
        const [finding] = withCode(documents.get('lao-cai.kts')!.diagnostics, 'kts/unknown-profile');
        expect(finding.message).toMatch(/^There is no national framework '4.1' to conform to/);
        expect(finding.message).toContain("Did you mean '4.0'");
    });

    test('stating conforms twice is a duplicate, as before; the sample stays clean', async () => {
        const clean = await workspace.validate({ ...sampleFiles() });
        expect(clean.get('lao-cai.kts')!.diagnostics).toEqual([]);
        const twice = sampleWith('conforms "4.0"', 'conforms "4.0"\n    conforms "3090"');
        const documents = await workspace.validate({ ...sampleFiles(), 'lao-cai.kts': twice });
        expect(withCode(documents.get('lao-cai.kts')!.diagnostics, 'kts/duplicate-framework-property')).toHaveLength(1);
    });
});

describe('the 3090 principles and targets as catalogue codes', () => {
    test('a principle implements a 3090 principle, an indicator names a national target as its basis', async () => {
        const model = await loadSample({
            'lao-cai.kts': [
                ['conforms "4.0"', 'conforms "3090", "4.0"'],
                ['target 80 unit "%" }', 'target 80 unit "%" basis 3090.MT.01 }'],
                ['{ implements a }', '{ implements a, 3090.1 }']
            ]
        });
        const laoCai = model.frameworks.find(framework => framework.id === 'lao_cai')!;
        const [indicator] = laoCai.goalPeriods[0].goals[0].indicators;
        expect(indicator.basis.map(entry => [entry.model, entry.code])).toEqual([['TARGET', '3090.MT.01']]);
        expect(laoCai.principles[0].implements.map(entry => [entry.model, entry.code])).toEqual([
            ['PRINCIPLE', 'a'],
            ['PRINCIPLE_3090', '3090.1']
        ]);
    });

    test('a target code that is not in the profile is not found, and the nearest target is suggested', async () => {
        const text = sampleWith('target 80 unit "%" }', 'target 80 unit "%" basis 3090.MT.99 }');
        const documents = await workspace.validate({ ...sampleFiles(), 'lao-cai.kts': text });
        const [finding, ...more] = withCode(documents.get('lao-cai.kts')!.diagnostics, 'kts/unresolved-reference');
        expect(more).toEqual([]);
        expect(finding.message).toMatch(/^Không tìm thấy mã '3090\.MT\.99'\. Có phải ý bạn là '3090\.MT\.01'/);
    });
});
