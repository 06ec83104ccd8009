import type { LangiumDocument, Reference } from 'langium';
import { describe, expect, test } from 'vitest';
import type { KtsServices } from '../src/index.js';
import type { KtsDescription } from '../src/references/kts-scope-computation.js';
import { positionFit } from '../src/references/kts-position-fit.js';
import { referenceTarget } from '../src/references/kts-scope-provider.js';
import type { KtsIndexManager } from '../src/workspace/kts-index-manager.js';
import { SuggestionCandidates } from '../src/validation/suggestion-candidates.js';
import { replaced, sampleFiles, type Replacement } from './sample.js';
import { buildWorkspace, createTestServices, editText } from './test-utils.js';

// The "did you mean" candidates of an unresolved reference are listed once per kind of position and kept across
// edits that leave every file's exports as they were (validation/suggestion-candidates.ts). Whatever the edit, they
// must be the names and titles the scope's plain listing gives at that moment.

/** The listing as the reference rule made it for every unresolved reference before the lists were kept. */
function plainListing(services: KtsServices, reference: Reference): Array<[string, string | undefined]> {
    const info = reference.error!.info;
    const catalogs = services.catalog.CatalogIndex;
    const fit = positionFit(info, catalogs);
    return [...services.references.ScopeProvider.visible(referenceTarget(info)!)]
        .filter(candidate => !fit || fit(candidate))
        .filter(
            candidate =>
                !(
                    candidate.framework === undefined &&
                    catalogs.models().get(candidate.category)?.leafOnly === true &&
                    catalogs.children(candidate.category, candidate.name) > 0
                )
        )
        .map(candidate => [candidate.name, candidate.title]);
}

const named = (candidates: KtsDescription[]) => candidates.map(candidate => [candidate.name, candidate.title]);

function unresolved(document: LangiumDocument): Reference[] {
    return (document.references as Reference[]).filter(reference => reference.error && referenceTarget(reference.error.info));
}

/** The sample workspace built, its Lào Cai file with its original text, and a kept listing over its index. */
async function sampleWorkspace() {
    const services = createTestServices();
    const files = sampleFiles();
    const documents = await buildWorkspace(services, files);
    const listing = new SuggestionCandidates(
        services.shared.workspace.IndexManager as KtsIndexManager,
        services.references.ScopeProvider,
        services.catalog.CatalogIndex
    );
    return { services, document: documents.get('lao-cai.kts')!, listing, original: files['lao-cai.kts'] };
}

const TYPOS: Replacement[] = [
    ['via lgsp_lao_cai, ndxp', 'via lgsp_lao_cai, ndpx'],
    ['{ protects tt_dl }', '{ protects tt_dll }'],
    ['stores csdl_hs\n', 'stores csdl_hss\n'],
    ['delivers dvc, csdl_hs }', 'delivers dvcc, csdl_hs }']
];

describe('"did you mean" candidates kept across edits', () => {
    test('after each kind of edit the candidates are the plain listing of the moment', async () => {
        const { services, document, listing, original } = await sampleWorkspace();
        const steps: Array<[string, Replacement[]]> = [
            ['typos', TYPOS],
            ['the typos moved', TYPOS.slice(1)],
            ['a title changed', [...TYPOS, ['"Nền tảng LGSP tỉnh"', '"Nền tảng tích hợp dùng chung"']]],
            ['an element renamed', [...TYPOS, ['platform lgsp_lao_cai', 'platform lgsp_tinh']]],
            [
                'an element added',
                [
                    ...TYPOS,
                    [
                        'datacenter tt_dl "Trung tâm dữ liệu tỉnh"\n',
                        'datacenter tt_dl "Trung tâm dữ liệu tỉnh"\n            datacenter tt_du_phong "Trung tâm dự phòng"\n'
                    ]
                ]
            ],
            [
                'an element moved to the other state',
                [
                    ...TYPOS,
                    ['measure tuong_lua "Tường lửa" { protects tt_dll }', ''],
                    ['security { system soc_lao_cai', 'security { measure tuong_lua "Tường lửa" system soc_lao_cai']
                ]
            ],
            ['typos alone again', TYPOS]
        ];
        for (const [label, replacements] of steps) {
            await editText(services, document, replaced(original, ...replacements));
            const references = unresolved(document);
            expect(references.length, label).toBeGreaterThanOrEqual(3);
            for (const reference of references) {
                const target = referenceTarget(reference.error!.info)!;
                expect(named(listing.at(reference.error!.info, target)), `${label}: ${reference.$refText}`).toEqual(
                    plainListing(services, reference)
                );
            }
        }
    });

    test('an edit that keeps every name and title keeps the lists; a changed title is listed anew', async () => {
        const { services, document, listing, original } = await sampleWorkspace();
        const listAtTypo = () => {
            const reference = unresolved(document).find(candidate => candidate.$refText === 'tt_dll')!;
            return listing.at(reference.error!.info, referenceTarget(reference.error!.info)!);
        };

        await editText(services, document, replaced(original, ['{ protects tt_dl }', '{ protects tt_dll }']));
        const first = listAtTypo();
        await editText(services, document, replaced(original, ['{ protects tt_dl }', '{ protects tt_dll }'], ['level 3', 'level 2']));
        expect(listAtTypo()).toBe(first);

        await editText(
            services,
            document,
            replaced(
                original,
                ['{ protects tt_dl }', '{ protects tt_dll }'],
                ['"Trung tâm dữ liệu tỉnh" { keeps', '"Trung tâm dữ liệu mới" { keeps']
            )
        );
        expect(listAtTypo()).not.toBe(first);
        expect(named(listAtTypo())).toContainEqual(['target.tt_dl', 'Trung tâm dữ liệu mới']);
    });

    test('the suggestion names the title the target has now', async () => {
        const services = createTestServices();
        const files = sampleFiles();
        const documents = await buildWorkspace(services, files);
        const document = documents.get('lao-cai.kts')!;
        const original = files['lao-cai.kts'];
        const typo: Replacement = ['{ protects dvc integrates', '{ protects dvcc integrates'];
        const message = () => document.diagnostics?.find(diagnostic => diagnostic.message.includes("'dvcc'"))?.message;

        await editText(services, document, replaced(original, typo));
        expect(message()).toContain("'dvc' (HTTT giải quyết TTHC)");
        await editText(services, document, replaced(original, typo, ['app dvc "HTTT giải quyết TTHC"', 'app dvc "Hệ thống dịch vụ công"']));
        expect(message()).toContain("'dvc' (Hệ thống dịch vụ công)");
    });
});
