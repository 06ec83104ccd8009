import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@kts/language';
import { frameworkSkeleton, isFrameworkId, suggestFrameworkId } from '../src/framework-skeleton.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-skeleton-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('New framework skeleton', () => {
    it('suggests ids that name the body, not its kind', () => {
        expect(suggestFrameworkId('Ủy ban nhân dân tỉnh Lào Cai', 'province')).toBe('laocai');
        expect(suggestFrameworkId('UBND Thành phố Hồ Chí Minh', 'province')).toBe('hochiminh');
        expect(suggestFrameworkId('Bộ Tư pháp', 'ministry')).toBe('bo-tuphap');
        expect(suggestFrameworkId('Bộ Khoa học và Công nghệ', 'ministry')).toBe('bo-khoahocvacongnghe');
        expect(suggestFrameworkId('Tỉnh Đắk Lắk', 'province')).toBe('daklak');
        for (const name of ['Ủy ban nhân dân tỉnh Lào Cai', 'Bộ Tư pháp', '123', '   ']) {
            expect(isFrameworkId(suggestFrameworkId(name, 'province'))).toBe(true);
        }
    });

    it.each([
        ['province', 'Ủy ban nhân dân tỉnh Lào Cai', 'vi'],
        ['ministry', 'Bộ Tư pháp', 'en']
    ] as const)('a %s skeleton has parts a–g and validates without a single diagnostic (%s, %s)', async (level, bodyName, language) => {
        const id = suggestFrameworkId(bodyName, level);
        const file = path.join(folder, `${id}.kts`);
        fs.writeFileSync(file, frameworkSkeleton({ level, bodyName, id, language }));
        const workspace = await loadWorkspace({ paths: [file] });
        const diagnostics = [...workspace.diagnostics.values()].flat();
        expect(diagnostics.map(diagnostic => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toEqual([]);
        const framework = workspace.linkedModel().model.frameworks.find(candidate => candidate.id === id);
        expect(framework?.body?.name).toBe(bodyName);
        expect(framework?.level).toBe(level);
        expect(framework?.vision).toBeTruthy(); // a
        expect(framework?.goalPeriods[0]?.goals.length).toBeGreaterThan(0); // b
        expect(framework?.scope?.applies.length).toBeGreaterThan(0); // c
        expect(framework?.principles[0]?.implements[0]?.code).toBe('a'); // d
        for (const state of ['current', 'target'] as const) {
            // đ, e
            for (const layer of ['business', 'data', 'application', 'technology', 'security'] as const) {
                expect(framework?.states[state].layers[layer].declared, `${state}.${layer}`).toBe(true);
            }
        }
        expect(framework?.maintenance?.responsible).toBeTruthy(); // g
        expect(framework?.compliance?.responsible).toBeTruthy();
    });

    it('keeps quotes and backslashes of a body name inside the string', async () => {
        const file = path.join(folder, 'quoted.kts');
        fs.writeFileSync(file, frameworkSkeleton({ level: 'province', bodyName: 'Tỉnh "Thử" \\ nghiệm', id: 'thu', language: 'vi' }));
        const workspace = await loadWorkspace({ paths: [file] });
        expect([...workspace.diagnostics.values()].flat()).toEqual([]);
        expect(workspace.linkedModel().model.frameworks[0]?.body?.name).toBe('Tỉnh "Thử" \\ nghiệm');
    });
});
