import { beforeAll, describe, expect, test } from 'vitest';
import VOCABULARY_DATA from '../data/vocabulary.json' with { type: 'json' };
import {
    CHANGE_ACTIONS,
    CHANGE_FIELDS,
    CHANGE_SECTIONS,
    changeCounts,
    changeDetailText,
    changeValueText,
    diffWorkspaces,
    fieldChangeLabel,
    type ArchitectureModel,
    type Change
} from '../src/model/index.js';
import { loadSample } from './load-model.js';
import { replaced, type Replacement, SAMPLE_FRAMEWORK, sampleFiles } from './sample.js';

/**
 * A workspace catalogue of legal documents beside the sample's, as a body adds its own decisions; the numbers are
 * illustrative, not an official register.
 */
const LEGAL_CATALOGUE = `catalog thu_van_ban "Văn bản của tỉnh thử" {
    status illustrative
    source "Danh mục dựng cho kiểm thử"
    model LEGAL
    entry qd-12-2026 "Quyết định về Kho mô hình kiến trúc" {
        model LEGAL kind "decision" number "12/QĐ-UBND" date 2026-01-15 issuer "Ủy ban nhân dân tỉnh Lào Cai" force in-force
    }
}
`;

let base: ArchitectureModel;
beforeAll(async () => {
    base = await loadSample();
});

/** The changes from the sample to the sample with the named replacements made in its main file, `lao-cai.kts`. */
async function changesAfter(...edits: Replacement[]): Promise<Change[]> {
    return diffWorkspaces(base, await loadSample({ 'lao-cai.kts': edits })).changes;
}

/** One line per change and field, as a reviewer reads them. */
function lines(changes: Change[]): string[] {
    return changes.flatMap(change => {
        const head = `${change.section} ${change.action} ${change.id}`;
        if (change.fields.length === 0) return [head];
        return change.fields.map(field => {
            const what =
                field.added || field.removed
                    ? `+${JSON.stringify(field.added ?? [])} −${JSON.stringify(field.removed ?? [])}`
                    : `${JSON.stringify(field.before)} → ${JSON.stringify(field.after)}`;
            return `${head}: ${field.field}${field.key ? ` [${field.key}]` : ''} ${what}`;
        });
    });
}

describe('diffWorkspaces compares the linked models, not the text', () => {
    test('the same workspace reformatted, reordered and its parts moved to other files has no change', async () => {
        const { 'lao-cai.kts': main, 'lao-cai-lien-thong.kts': integration } = sampleFiles();
        const cut = main.indexOf('    target {');
        const current = `${main.slice(0, cut)}}\n`.replace(/ {4}/g, '  ');
        const target = `framework lao_cai {\n${main.slice(cut, main.lastIndexOf('}'))}}\n`.replace(
            /( {12}platform lgsp_lao_cai[^\n]*\n)( {12}app dvc "HTTT giải quyết TTHC" \{[\s\S]*? {12}\}\n)/,
            (_match, platform: string, app: string) => `${app}\n\n${platform}`
        );
        expect(target).toMatch(/app dvc[\s\S]*platform lgsp_lao_cai/);
        // The health-record task moves from the integration file into the target's file.
        const task = /\n( {8}task t3 [\s\S]*? {8}\}\n)/.exec(integration)![1];
        const head = await loadSample(
            {},
            {
                'lao-cai.kts': current,
                'lao-cai-muc-tieu.kts': target.replace('    implementation {\n', `    implementation {\n${task}`),
                'lao-cai-lien-thong.kts': replaced(integration, [task, ''], ['    implementation {\n    }\n', ''])
            }
        );
        expect(head.frameworks.find(framework => framework.id === 'lao_cai')?.files).toHaveLength(3);
        expect(diffWorkspaces(base, head).changes).toEqual([]);
    });

    test('header fields: version, vision, scope and a new revision', async () => {
        const changes = await changesAfter(
            ['version "4.0"', 'version "4.1"'],
            ['chính quyền số vận hành dựa trên dữ liệu.', 'chính quyền số vận hành dựa trên dữ liệu và nền tảng số.'],
            ['    vision', '    revisions { revision "4.1" date 2026-09-01 "Cập nhật sau hợp nhất" }\n    vision']
        );
        expect(lines(changes)).toEqual([
            'framework changed lao_cai: version "4.0" → "4.1"',
            'framework changed lao_cai: vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu." → "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu và nền tảng số."',
            'framework changed lao_cai: revisions undefined → ["4.1 — 2026-09-01 — Cập nhật sau hợp nhất"]'
        ]);
    });

    test('an assessment of a current component architecture changed names its state and layer', async () => {
        const changes = await changesAfter([
            'results "Một hệ thống một cửa dùng chung"',
            'results "Một hệ thống một cửa dùng chung toàn tỉnh"'
        ]);
        expect(lines(changes)).toEqual([
            'framework changed lao_cai: assessmentResults [current.application] ["Một hệ thống một cửa dùng chung"] → ["Một hệ thống một cửa dùng chung toàn tỉnh"]'
        ]);
    });

    test('goals and indicators: a target raised, an indicator and a goal added', async () => {
        const changes = await changesAfter([
            'goal g1 "Dữ liệu dùng chung" { indicator "Tỷ lệ hồ sơ xử lý trực tuyến" target 80 unit "%" }',
            `goal g1 "Dữ liệu dùng chung" {
                indicator "Tỷ lệ hồ sơ xử lý trực tuyến" baseline 45 target 90 unit "%"
                indicator "Số CSDL kết nối NDXP" target 12
            }
            goal g2 "Kinh tế số" { indicator "Tỷ trọng kinh tế số trong GRDP" target 20 unit "%" }`
        ]);
        expect(lines(changes)).toEqual([
            'goal changed lao_cai.g1: indicator [Tỷ lệ hồ sơ xử lý trực tuyến] "80 %" → "45 → 90 %"',
            'goal changed lao_cai.g1: indicator [Số CSDL kết nối NDXP] undefined → "12"',
            'goal added lao_cai.g2'
        ]);
        expect(changes.find(change => change.id === 'lao_cai.g2')?.title).toBe('Kinh tế số');
    });

    test('an indicator that comes to serve a national target of the 3090 profile', async () => {
        const changes = await changesAfter(['target 80 unit "%" }', 'target 80 unit "%" basis 3090.MT.01 }']);
        expect(lines(changes)).toEqual(['goal changed lao_cai.g1: indicator [Tỷ lệ hồ sơ xử lý trực tuyến] "80 %" → "80 % (3090.MT.01)"']);
    });

    test('principles: what a principle implements', async () => {
        const changes = await changesAfter(['{ implements a }', '{ implements a, b }']);
        expect(lines(changes)).toEqual(['principle changed lao_cai.p1: implements +["b"] −[]']);
    });

    test('elements: added, removed, renamed by id (an addition and a removal), and each field that changed', async () => {
        const changes = await changesAfter(
            ['system soc_lao_cai "SOC tỉnh"', 'system soc_tinh "SOC tỉnh"'],
            ['lgsp_lao_cai, soc_lao_cai', 'lgsp_lao_cai, soc_tinh'],
            [
                'datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl }',
                'datacenter tt_dl "Trung tâm dữ liệu tỉnh (mở rộng)" { keeps tt_dl owner "Sở Khoa học và Công nghệ" }'
            ],
            ['level 3\n', 'level 4\n                standards 1.4\n'],
            ['            measure tuong_lua "Tường lửa" { protects tt_dl }\n', ''],
            [
                '    target {\n        business {',
                '    target {\n        business {\n            service dvc_truc_tuyen "Dịch vụ công trực tuyến"'
            ]
        );
        expect(lines(changes)).toEqual([
            'element removed lao_cai.current.tuong_lua',
            'element changed lao_cai.target.dvc: standards +["1.4"] −[]',
            'element changed lao_cai.target.dvc: securityLevel 3 → 4',
            'element added lao_cai.target.dvc_truc_tuyen',
            'element removed lao_cai.target.soc_lao_cai',
            'element added lao_cai.target.soc_tinh',
            'element changed lao_cai.target.tt_dl: title "Trung tâm dữ liệu tỉnh" → "Trung tâm dữ liệu tỉnh (mở rộng)"',
            'element changed lao_cai.target.tt_dl: owner undefined → "Sở Khoa học và Công nghệ"',
            'task changed lao_cai.t2: delivers +["lao_cai.target.soc_tinh"] −["lao_cai.target.soc_lao_cai"]'
        ]);
        const removed = changes.find(change => change.id === 'lao_cai.current.tuong_lua');
        expect(removed).toMatchObject({ title: 'Tường lửa', state: 'current', layer: 'security', kind: 'measure' });
    });

    test('relations: an integration through NDXP added, a via changed, one removed; an added element brings its own', async () => {
        const changes = await changesAfter(
            ['{ realizes lgsp integrates ndxp }', '{ realizes lgsp integrates ndxp integrates cong-dvc-quoc-gia via ndxp }'],
            ['integrates csdlqg-dan-cu via lgsp_lao_cai, ndxp', 'integrates csdlqg-dan-cu via ndxp'],
            ['{ protects dvc integrates soc-quoc-gia }', '{ protects dvc }'],
            [
                '    target {\n        business {',
                '    target {\n        business {\n            service dvc_tt "Dịch vụ công trực tuyến" { uses dvc }'
            ]
        );
        expect(lines(changes)).toEqual([
            'element added lao_cai.target.dvc_tt',
            'relation changed lao_cai.target.dvc integrates csdlqg-dan-cu: via +[] −["lao_cai.target.lgsp_lao_cai"]',
            'relation added lao_cai.target.lgsp_lao_cai integrates cong-dvc-quoc-gia',
            'relation removed lao_cai.target.soc_lao_cai integrates soc-quoc-gia'
        ]);
        const added = changes.find(change => change.action === 'added' && change.section === 'relation');
        expect(added?.relation).toEqual({
            source: 'lao_cai.target.lgsp_lao_cai',
            kind: 'integrates',
            target: 'cong-dvc-quoc-gia',
            targetTitle: expect.stringContaining('Cổng Dịch vụ công quốc gia')
        });
    });

    test('tasks: a budget moved between years, a period, dependencies and a new task', async () => {
        const changes = await changesAfter(
            ['{ period 2026-2027 budget 10 billion VND delivers', '{ period 2026-2027 budget 10 billion VND split 3, 7 delivers'],
            ['{ period 2027-2028 delivers lgsp_lao_cai, soc_lao_cai after t1 }', '{ period 2027-2029 delivers lgsp_lao_cai, soc_lao_cai }'],
            [
                '        maintenance',
                '        task t4 "Đào tạo" { period 2026-2026 budget 500 million VND year 2026 funding chi-thuong-xuyen delivers tiep_nhan }\n        maintenance'
            ]
        );
        expect(lines(changes)).toEqual([
            'task changed lao_cai.t1: budget [2026 VND] 5000000000 → 3000000000',
            'task changed lao_cai.t1: budget [2027 VND] 5000000000 → 7000000000',
            'task changed lao_cai.t2: period "2027-2028" → "2027-2029"',
            'task changed lao_cai.t2: after +[] −["lao_cai.t1"]',
            'task added lao_cai.t4'
        ]);
        expect(changes[0].fields[0].budget).toEqual({ year: 2026, currency: 'VND' });
    });

    test('a task budget given another funding source is a removal from one source and an addition to the other', async () => {
        const changes = await changesAfter([
            'budget 10 billion VND delivers',
            'budget 10 billion VND funding ngan-sach-dia-phuong delivers'
        ]);
        expect(lines(changes)).toEqual([
            'task changed lao_cai.t1: budget [2026 VND] 5000000000 → undefined',
            'task changed lao_cai.t1: budget [2026 ngan-sach-dia-phuong VND] undefined → 5000000000',
            'task changed lao_cai.t1: budget [2027 VND] 5000000000 → undefined',
            'task changed lao_cai.t1: budget [2027 ngan-sach-dia-phuong VND] undefined → 5000000000'
        ]);
        expect(changes[0].fields[1].budget).toMatchObject({
            funding: 'ngan-sach-dia-phuong',
            fundingName: expect.stringContaining('địa phương')
        });
    });

    test('the same budget written in millions instead of billions is no change', async () => {
        expect(await changesAfter(['budget 10 billion VND', 'budget 10000 million VND'])).toEqual([]);
    });

    test('maintenance and compliance', async () => {
        const changes = await changesAfter(
            ['frequency "Hằng năm"', 'frequency "Sáu tháng một lần"'],
            [
                '        compliance { responsible "Sở Khoa học và Công nghệ" description "Thẩm định sự phù hợp của dự án trước khi phê duyệt" }\n',
                ''
            ]
        );
        expect(lines(changes)).toEqual([
            'maintenance changed lao_cai: frequency "Hằng năm" → "Sáu tháng một lần"',
            'compliance removed lao_cai'
        ]);
    });

    test('a catalogue entry whose content changed is one change under catalogues, not a change of the element citing it', async () => {
        const before = await loadSample({}, { 'van-ban.kts': LEGAL_CATALOGUE });
        const head = await loadSample(
            { 'danh-muc.kts': [['"Ứng dụng liên thông hồ sơ"', '"Ứng dụng liên thông hồ sơ sức khỏe"']] },
            {
                'van-ban.kts': replaced(LEGAL_CATALOGUE, [
                    'force in-force\n    }\n',
                    'force in-force\n    }\n    entry qd-20-2026 "Quyết định sửa đổi" {\n        model LEGAL kind "decision" number "20/QĐ-UBND" date 2026-06-01 force in-force\n    }\n'
                ])
            }
        );
        const changes = diffWorkspaces(before, head).changes;
        expect(lines(changes)).toEqual([
            'catalogue changed ARM:ARM-T.1: name "Ứng dụng liên thông hồ sơ" → "Ứng dụng liên thông hồ sơ sức khỏe"',
            'catalogue added LEGAL:qd-20-2026'
        ]);
    });

    test('workspace catalogue entries of any kind added or removed are reported once, under catalogues', async () => {
        const head = await loadSample({
            'danh-muc.kts': [
                [
                    '    entry ARM-T.1 "Ứng dụng liên thông hồ sơ" { model ARM status illustrative }\n',
                    '    entry ARM-T.2 "Ứng dụng quản lý hồ sơ sức khỏe" { model ARM status illustrative }\n'
                ]
            ]
        });
        // The element that realised ARM-T.1 now cites a code that is gone; that is the element's diagnostic, not a change here.
        const catalogue = diffWorkspaces(base, head).changes.filter(change => change.section === 'catalogue');
        expect(lines(catalogue)).toEqual(['catalogue removed ARM:ARM-T.1', 'catalogue added ARM:ARM-T.2']);
        expect(catalogue[1]).toMatchObject({ title: 'Ứng dụng quản lý hồ sơ sức khỏe', kind: 'ARM' });
    });

    test('a framework added to the workspace, and the counts per section', async () => {
        const other = SAMPLE_FRAMEWORK.replace(/lao_cai/g, 'so_yt');
        const head = await loadSample({}, { 'so-yt.kts': other });
        const changes = diffWorkspaces(base, head).changes;
        expect(lines(changes)).toEqual(['framework added so_yt']);
        expect(diffWorkspaces(head, base).changes.map(change => `${change.action} ${change.id}`)).toEqual(['removed so_yt']);
        expect(changeCounts(changes).framework).toEqual({ added: 1, removed: 0, changed: 0 });
        expect(changeCounts(changes).element).toEqual({ added: 0, removed: 0, changed: 0 });
    });
});

describe('the words of a change report', () => {
    test('every section, action and field has a Vietnamese word with diacritics (NFC) and an English one, and no other', () => {
        const groups = [
            [VOCABULARY_DATA.changeSection, CHANGE_SECTIONS],
            [VOCABULARY_DATA.changeAction, CHANGE_ACTIONS],
            [VOCABULARY_DATA.changeField, CHANGE_FIELDS]
        ] as const;
        for (const [words, keys] of groups) {
            expect(Object.keys(words)).toEqual([...keys]);
            for (const [key, { vi, en }] of Object.entries(words)) {
                expect(vi, key).toBe(vi.normalize('NFC'));
                expect(vi.length, key).toBeGreaterThan(0);
                expect(en, key).toMatch(/^[\x20-\x7e]+$/);
            }
        }
    });

    test('a list of ids says what it gained and lost, each member by its name and marked', async () => {
        const changes = await changesAfter(['delivers lgsp_lao_cai, soc_lao_cai', 'delivers lgsp_lao_cai, tt_dl']);
        const delivers = changes.find(change => change.id === 'lao_cai.t2')!.fields[0];
        expect(delivers).toMatchObject({ field: 'delivers', added: ['lao_cai.target.tt_dl'], removed: ['lao_cai.target.soc_lao_cai'] });
        expect(delivers.before).toBeUndefined();
        expect(changeDetailText(delivers, 'vi')).toBe('+ Trung tâm dữ liệu tỉnh; − SOC tỉnh');
        const classes = { field: 'classification', added: ['open'], removed: ['shared'] } as const;
        expect(changeDetailText(classes, 'en')).toBe('+ open data; − shared data');
        expect(changeDetailText({ field: 'securityLevel', before: 3, after: 4 }, 'vi')).toBe('3 → 4');
    });

    test('a via path whose members stayed but whose order changed is shown before and after', async () => {
        const changes = await changesAfter(['via lgsp_lao_cai, ndxp', 'via ndxp, lgsp_lao_cai']);
        expect(lines(changes)).toEqual([
            'relation changed lao_cai.target.dvc integrates csdlqg-dan-cu: via ["lao_cai.target.lgsp_lao_cai","ndxp"] → ["ndxp","lao_cai.target.lgsp_lao_cai"]'
        ]);
    });

    test('a field is named with its year and funding source, its state and layer, or its indicator; values in the reader’s words', () => {
        const budget = {
            field: 'budget',
            budget: { year: 2027, fundingName: 'Ngân sách địa phương', currency: 'VND' },
            before: 5e9,
            after: 7.5e9
        } as const;
        expect(fieldChangeLabel(budget, 'vi')).toBe('kinh phí năm 2027 (Ngân sách địa phương)');
        expect(changeValueText(budget, 'after', 'vi')).toBe('7.500 triệu đồng');
        expect(changeValueText(budget, 'after', 'en')).toBe('7,500 million VND');
        const assessment = { field: 'assessmentResults', key: 'current.application', after: ['Một hệ thống'] } as const;
        expect(fieldChangeLabel(assessment, 'vi')).toBe('kết quả đạt được (kiến trúc ứng dụng của kiến trúc hiện trạng)');
        expect(changeValueText(assessment, 'before', 'vi')).toBe('—');
        expect(changeValueText({ field: 'layer', before: 'data', after: 'application' }, 'before', 'en')).toBe('data architecture');
        expect(changeValueText({ field: 'draft', before: true }, 'before', 'vi')).toBe('có');
    });
});
