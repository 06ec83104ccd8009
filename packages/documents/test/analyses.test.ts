import { describe, expect, test, beforeAll } from 'vitest';
import { analyseGaps, splitAmount, type ArchitectureModel, type CatalogEntryModel, type FrameworkModel } from '@kts/language/model';
import { allocateBudgets, grandTotal, nationalConnections, principleCompliance, referenceCoverage, totalsBy } from '../src/index.js';
import { loadSources } from '../../language/test/load-model.js';
import { loadDocumentSample } from './support.js';

let model: ArchitectureModel;
let framework: FrameworkModel;

beforeAll(async () => {
    model = await loadDocumentSample();
    framework = model.frameworks.find(item => item.id === 'lao_cai')!;
});

const ids = (entries: Array<{ element: { qualifiedName: string } }>) => entries.map(entry => entry.element.qualifiedName);

describe('gap analysis', () => {
    test('gives every target element its status from upgrades, keeps and replaces, and retires what does not continue', () => {
        const gaps = analyseGaps(framework, model);
        const status = Object.fromEntries(gaps.entries.map(entry => [entry.element.qualifiedName, entry.status]));
        expect(status).toEqual({
            'lao_cai.target.tiep_nhan': 'kept',
            'lao_cai.target.nguoi_dan': 'new',
            'lao_cai.target.csdl_hs': 'upgraded',
            'lao_cai.target.ho_so_suc_khoe': 'new',
            'lao_cai.target.lgsp_lao_cai': 'new',
            'lao_cai.target.dvc': 'replacing',
            'lao_cai.target.lien_thong_yte': 'new',
            'lao_cai.target.tt_dl': 'kept',
            'lao_cai.target.mang_cd': 'new',
            'lao_cai.target.soc_lao_cai': 'new',
            'lao_cai.current.motcua': 'retired',
            'lao_cai.current.tuong_lua': 'retired'
        });
    });

    test('links each element to the tasks that deliver it and its predecessors or successors', () => {
        const gaps = analyseGaps(framework, model);
        const entry = (name: string) => gaps.entries.find(item => item.element.qualifiedName === name)!;
        expect(entry('lao_cai.target.dvc').tasks.map(task => task.id)).toEqual(['t1']);
        expect(entry('lao_cai.target.dvc').predecessors.map(item => item.qualifiedName)).toEqual(['lao_cai.current.motcua']);
        expect(entry('lao_cai.target.csdl_hs').predecessors.map(item => item.qualifiedName)).toEqual(['lao_cai.current.csdl_hs']);
        expect(entry('lao_cai.current.motcua').successors.map(item => item.qualifiedName)).toEqual(['lao_cai.target.dvc']);
        expect(entry('lao_cai.current.motcua').tasks.map(task => task.id)).toEqual(['t1']);
        expect(entry('lao_cai.current.tuong_lua').successors).toEqual([]);
        expect(entry('lao_cai.target.tiep_nhan').tasks).toEqual([]);
        expect(entry('lao_cai.target.lien_thong_yte').tasks.map(task => task.id)).toEqual(['t3']);
    });

    test('flags the target elements that must change but that no task delivers, and only those', () => {
        const gaps = analyseGaps(framework, model);
        // DOCUMENT_SAMPLE leaves the network undelivered; everything else new is delivered by t1, t2 or t3.
        expect(ids(gaps.undelivered)).toEqual(['lao_cai.target.mang_cd']);
        // A kept element needs no task; a retired one cannot be delivered.
        expect(gaps.entries.find(entry => entry.element.qualifiedName === 'lao_cai.target.tiep_nhan')!.undelivered).toBe(false);
    });

    test('counts statuses per component architecture', () => {
        const { counts } = analyseGaps(framework, model);
        expect(counts.business).toEqual({ new: 1, upgraded: 0, replacing: 0, kept: 1, retired: 0 });
        expect(counts.data).toEqual({ new: 1, upgraded: 1, replacing: 0, kept: 0, retired: 0 });
        expect(counts.application).toEqual({ new: 2, upgraded: 0, replacing: 1, kept: 0, retired: 1 });
        expect(counts.technology).toEqual({ new: 1, upgraded: 0, replacing: 0, kept: 1, retired: 0 });
        expect(counts.security).toEqual({ new: 1, upgraded: 0, replacing: 0, kept: 0, retired: 1 });
    });
});

/** The code of a funding-source entry, or the free text of a source outside the list. */
function fundingCode(funding: CatalogEntryModel | string | undefined): string | undefined {
    return typeof funding === 'object' ? funding.code : funding;
}

describe('budget totals', () => {
    test('spreads a period budget evenly over its years in whole millions that add up to it', () => {
        const allocations = allocateBudgets(framework.tasks);
        const t3Local = allocations.filter(item => item.task.id === 't3' && fundingCode(item.funding) === 'ngan-sach-dia-phuong');
        // 1 billion over 2026–2028: 333.33… million each; the one million left goes to the largest remainder, the first.
        expect(t3Local.map(item => [item.year, item.amount])).toEqual([
            [2026, 334e6],
            [2027, 333e6],
            [2028, 333e6]
        ]);
        const t3Central = allocations.filter(item => item.task.id === 't3' && fundingCode(item.funding) === 'ngan-sach-trung-uong');
        // 3 billion over three years: 1 billion each, nothing left.
        expect(t3Central.map(item => [item.year, item.amount])).toEqual([
            [2026, 1e9],
            [2027, 1e9],
            [2028, 1e9]
        ]);
        // t1 has no period in DOCUMENT_SAMPLE: its 10 billion stay whole, in no year.
        expect(allocations.filter(item => item.task.id === 't1').map(item => [item.year, item.amount])).toEqual([[undefined, 10e9]]);
    });

    test('totals per year, per funding source and overall add up to the task budgets', () => {
        const allocations = allocateBudgets(framework.tasks);
        const perYear = totalsBy(allocations, item => item.year);
        // 2026: t3's 1,000 million (central) + 334 million (local) = 1,334 million.
        expect(perYear.get(2026)?.get('VND')).toBe(1_334_000_000);
        // 2027 and 2028: 1,000 + 333 = 1,333 million each.
        expect(perYear.get(2027)?.get('VND')).toBe(1_333_000_000);
        expect(perYear.get(2028)?.get('VND')).toBe(1_333_000_000);
        // A task without a period (t1, 10 billion) is counted, in no year.
        expect(perYear.get(undefined)?.get('VND')).toBe(10_000_000_000);

        const perFunding = totalsBy(allocations, item => fundingCode(item.funding));
        // Local: t3's 1 billion; central: t3's 3 billion; t1 names no source: 10 billion.
        expect(perFunding.get('ngan-sach-dia-phuong')?.get('VND')).toBe(1e9);
        expect(perFunding.get('ngan-sach-trung-uong')?.get('VND')).toBe(3e9);
        expect(perFunding.get(undefined)?.get('VND')).toBe(10e9);

        // 10 (t1) + 3 + 1 (t3) = 14 billion; t2 has no budget.
        expect(grandTotal(allocations).get('VND')).toBe(14e9);
        const sum = [...perYear.values()].reduce((total, totals) => total + (totals.get('VND') ?? 0), 0);
        expect(sum).toBe(14e9);
    });

    test.each([
        ['evenly', '', [3, 3, 3], [33_334e6, 33_333e6, 33_333e6]],
        ['evenly, over six years', '', [1, 1, 1, 1, 1, 1], [16_667e6, 16_667e6, 16_667e6, 16_667e6, 16_666e6, 16_666e6]],
        ['by weights', 'split 1, 2, 3', [1, 2, 3], [16_667e6, 33_333e6, 50_000e6]],
        ['by weights that leave remainders', 'split 2, 2, 3', [2, 2, 3], [28_572e6, 28_571e6, 42_857e6]]
    ])('splits a period budget %s in whole millions whose sum is the budget', async (_mode, split, weights, expected) => {
        const end = 2025 + weights.length;
        const { model: split100 } = await loadSources({
            'k.kts': `framework m { target { application { app a "A" } } implementation {
                task x "X" { period 2026-${end} ${split} budget 100 billion VND funding ngan-sach-dia-phuong delivers a }
            } }`
        });
        const amounts = allocateBudgets(split100.frameworks[0].tasks).map(item => item.amount);
        expect(amounts).toEqual(expected);
        expect(amounts.every(amount => Number.isInteger(amount / 1e6))).toBe(true);
        expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(100e9);
    });

    test('keeps an amount written for a year in that year, and splits only the rest', async () => {
        const { model: mixed } = await loadSources({
            'k.kts': `framework m { target { application { app a "A" } } implementation {
                task x "X" {
                    period 2026-2028
                    budget 1.2 billion VND year 2026 funding chi-thuong-xuyen
                    budget 0.5 billion VND year 2028 funding chi-thuong-xuyen
                    budget 1 billion VND funding ngan-sach-dia-phuong
                    delivers a
                }
            } }`
        });
        const allocations = allocateBudgets(mixed.frameworks[0].tasks);
        expect(allocations.map(item => [item.year, fundingCode(item.funding), item.amount])).toEqual([
            [2026, 'chi-thuong-xuyen', 1.2e9],
            [2028, 'chi-thuong-xuyen', 0.5e9],
            [2026, 'ngan-sach-dia-phuong', 334e6],
            [2027, 'ngan-sach-dia-phuong', 333e6],
            [2028, 'ngan-sach-dia-phuong', 333e6]
        ]);
    });

    test('splitAmount never leaves a fraction of the printed unit, whatever the weights', () => {
        for (const weights of [[1], [1, 1, 1], [0.3, 0.3, 0.4], [5, 1, 1, 1, 1, 1, 1], [1e-3, 1, 1e3]]) {
            for (const amount of [1e6, 7e6, 181_833e6, 545_500e6, 10_001e6]) {
                const shares = splitAmount(amount, weights);
                expect(shares.reduce((sum, share) => sum + share, 0)).toBe(amount);
                expect(shares.every(share => Number.isInteger(share / 1e6) && share >= 0)).toBe(true);
            }
        }
        // An amount that is not whole millions is split in thousands instead.
        expect(splitAmount(1_000_500_000, [1, 1])).toEqual([500_250_000, 500_250_000]);
    });

    test('never adds amounts in different currencies', async () => {
        const { model: mixed } = await loadSources({
            'k.kts': `framework m { target { application { app a "A" } } implementation {
                task x "X" { period 2026-2026 budget 2 million USD funding "ODA" budget 1 billion VND funding "ODA" delivers a }
            } }`
        });
        const totals = grandTotal(allocateBudgets(mixed.frameworks[0].tasks));
        expect([...totals.entries()]).toEqual([
            ['USD', 2e6],
            ['VND', 1e9]
        ]);
    });
});

describe('compliance matrix', () => {
    test('rates every national principle a–l from the framework principles and the model evidence', () => {
        const matrix = principleCompliance(framework, model);
        expect(matrix.map(item => item.principle.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l']);
        const byCode = Object.fromEntries(matrix.map(item => [item.principle.code, item]));
        // p1 implements a; the realizing elements outside the business architecture are its evidence.
        expect(byCode.a.status).toBe('principle');
        expect(byCode.a.frameworkPrinciples.map(item => item.id)).toEqual(['p1']);
        expect(byCode.a.evidence.map(item => item.id)).toEqual(['lgsp_lao_cai', 'mang_cd']);
        // b and c have no selectors, and nothing in the sample is a cloud (g).
        for (const code of ['b', 'c', 'g']) expect(byCode[code].status, code).toBe('not-addressed');
        // The health-record flow cites standard 1.4.
        expect(byCode.i.evidence.map(item => item.id)).toEqual(['lien_thong_yte']);
        expect(byCode.d.status).toBe('evidence-only');
        expect(byCode.d.evidence.map(item => item.id)).toEqual(['csdl_hs', 'tt_dl']);
        expect(byCode['đ'].evidence.map(item => item.id)).toEqual(['mang_cd', 'tt_dl']);
        // Evidence in the order of the files (lao-cai-lien-thong.kts before lao-cai.kts), then of the text.
        // A platform of the body, and the elements that reach a national platform (NDXP) through it.
        expect(byCode.e.evidence.map(item => item.id)).toEqual(['lien_thong_yte', 'lgsp_lao_cai', 'dvc']);
        expect(byCode.h.evidence.map(item => item.id)).toEqual(['soc_lao_cai']);
        expect(byCode.k.evidence.map(item => item.id)).toEqual(['ho_so_suc_khoe', 'csdl_hs']);
        // Nothing shares data; dvc integrates the national population database.
        expect(byCode.l.evidence.map(item => item.id)).toEqual(['dvc']);
        // Evidence comes from the target architecture only.
        expect(matrix.flatMap(item => item.evidence).every(element => element.state === 'target')).toBe(true);
    });

    test('lists each national component the framework reaches, in section order, with every relation that does', () => {
        const connections = nationalConnections(framework);
        expect(connections.map(item => item.component.code)).toEqual(['mtslcd', 'ndxp', 'lgsp', 'soc-quoc-gia', 'csdlqg-dan-cu']);
        const ndxp = connections[1];
        // Elements in the order of their files (lao-cai-lien-thong.kts before lao-cai.kts), then of the text.
        expect(ndxp.links.map(link => [link.element.id, link.relation.kind, link.role])).toEqual([
            ['lien_thong_yte', 'integrates', 'via'],
            ['lgsp_lao_cai', 'integrates', 'target'],
            ['dvc', 'integrates', 'via']
        ]);
        const population = connections[4];
        expect(population.links.map(link => [link.element.id, link.relation.kind])).toEqual([['dvc', 'integrates']]);
    });
});

describe('national connections', () => {
    test('come from the target architecture and leave out user groups, channel and infrastructure types', async () => {
        const { model: mixed } = await loadSources({
            'k.kts': `framework m {
                current { application { app cu "Cổng cũ" { integrates ndxp } } }
                target {
                    business { actor dan "Người dân" { realizes nguoi-dan } }
                    application { app moi "Cổng mới" { realizes kenh-dvc-truc-tuyen integrates cong-dvc-quoc-gia } }
                }
            }`
        });
        const target = nationalConnections(mixed.frameworks[0]);
        expect(target.map(item => item.component.code)).toEqual(['cong-dvc-quoc-gia']);
        expect(nationalConnections(mixed.frameworks[0], 'current').map(item => item.component.code)).toEqual(['ndxp']);
    });
});

describe('reference-model coverage', () => {
    test('counts the codes used per model, with their catalogue status, against the elements of the matching architecture', () => {
        const coverage = referenceCoverage(framework);
        const byModel = Object.fromEntries(coverage.map(item => [item.model, item]));
        expect(coverage.slice(0, 5).map(item => item.model)).toEqual(['BRM', 'DRM', 'ARM', 'TRM', 'SRM']);
        // Application elements of both states: motcua; lgsp_lao_cai, dvc, lien_thong_yte (ARM-T.1, the workspace catalogue's).
        expect(byModel.ARM).toMatchObject({ layer: 'application', elementCount: 4, mappedCount: 1 });
        expect(byModel.ARM.codes.map(code => [code.entry.code, code.entry.status])).toEqual([['ARM-T.1', 'illustrative']]);
        // Data: csdl_hs in both states, ho_so_suc_khoe (DRM002, the built-in draft catalogue's).
        expect(byModel.DRM).toMatchObject({ layer: 'data', elementCount: 3, mappedCount: 1 });
        expect(byModel.DRM.codes.map(code => [code.entry.code, code.entry.status])).toEqual([['DRM002', 'draft']]);
        // Business: tiep_nhan in both states and the actor nguoi_dan.
        expect(byModel.BRM).toMatchObject({ elementCount: 3, mappedCount: 0, codes: [] });
    });
});
