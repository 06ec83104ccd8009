import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadWorkspace, type ArchitectureModel } from '@kts/language';
import { frameworkProfile, statedProfiles } from '@kts/language/model';
import { kts, scratchFolder } from './run-kts.js';

// The third example, examples/tinh-gia-lai, is written against the national overall digital architecture framework
// (`conforms "3090", "4.0"`): a user validates it and generates its submission document as the README says, and the
// two other examples keep the framework 4.0.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const GIA_LAI = path.join(REPO_ROOT, 'examples', 'tinh-gia-lai');

async function modelOf(folder: string): Promise<ArchitectureModel> {
    return (await loadWorkspace({ paths: [folder] })).linkedModel().model;
}

describe('examples/tinh-gia-lai', () => {
    test('validates with no diagnostic at all, even with --strict', async () => {
        for (const strict of [[], ['--strict']]) {
            const result = await kts('validate', GIA_LAI, '--format', 'json', ...strict);
            expect(result.code, result.err).toBe(0);
            const report = JSON.parse(result.out) as { summary: { files: number }; diagnostics: unknown[] };
            expect(report.diagnostics).toEqual([]);
            expect(report.summary.files).toBe(fs.readdirSync(GIA_LAI).filter(name => name.endsWith('.kts')).length);
        }
    });

    test('is governed by the 3090 profile and states 4.0 as well; the two other examples keep 4.0 alone', async () => {
        const giaLai = (await modelOf(GIA_LAI)).frameworks.find(framework => framework.id === 'tinh_gia_lai')!;
        expect(frameworkProfile(giaLai).id).toBe('khung-3090');
        expect(statedProfiles(giaLai).map(profile => profile.id)).toEqual(['khung-3090', 'khung-4.0']);
        for (const [folder, id] of [
            ['tinh-lao-cai', 'tinh_lao_cai'],
            ['bo-khcn', 'bo-khcn']
        ]) {
            const framework = (await modelOf(path.join(REPO_ROOT, 'examples', folder))).frameworks.find(each => each.id === id)!;
            expect(
                statedProfiles(framework).map(profile => profile.id),
                folder
            ).toEqual(['khung-4.0']);
        }
    });
});
