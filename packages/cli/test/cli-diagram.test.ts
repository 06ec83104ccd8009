import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { SAMPLE } from '../../language/test/sample.js';
import { kts, scratchFolder } from './run-kts.js';

const scratch = scratchFolder('kts-diagram-cli-');

describe('kts diagram', () => {
    test('writes each asked view in each asked format, named <framework>.<view>.<format>', async () => {
        const out = path.join(scratch, 'views');
        const result = await kts(
            'diagram',
            SAMPLE,
            '--view',
            'overview,roadmap',
            '--format',
            'svg,png,mmd,puml',
            '--framework',
            'lao_cai',
            '--out',
            out
        );
        expect(result.code).toBe(0);
        const expected = ['current-overview', 'target-overview', 'roadmap'].flatMap(view =>
            ['svg', 'png', 'mmd', 'puml'].map(format => `lao_cai.${view}.${format}`)
        );
        expect(fs.readdirSync(out).sort()).toEqual(expected.sort());
        expect(
            result.out
                .trim()
                .split('\n')
                .map(line => path.basename(line))
                .sort()
        ).toEqual(expected.sort());
        const svg = fs.readFileSync(path.join(out, 'lao_cai.target-overview.svg'), 'utf8');
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).toContain('Sơ đồ khái quát (kiến trúc mục tiêu)');
        expect([...fs.readFileSync(path.join(out, 'lao_cai.roadmap.png')).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
        expect(fs.readFileSync(path.join(out, 'lao_cai.roadmap.mmd'), 'utf8')).toMatch(/^gantt\n/);
        expect(fs.readFileSync(path.join(out, 'lao_cai.target-overview.puml'), 'utf8')).toMatch(/^@startuml\n/);
    });

    test('draws the overview in four functional layers when asked, and refuses a shape it does not know', async () => {
        const out = path.join(scratch, 'layers');
        const args = ['diagram', SAMPLE, '--view', 'overview', '--state', 'target', '--framework', 'lao_cai', '--out', out];
        const result = await kts(...args, '--layers', 'four');
        expect(result.code).toBe(0);
        // The sample conforms to framework 4.0 only: four layers are those of the first profile that has them (3090).
        const svg = fs.readFileSync(path.join(out, 'lao_cai.target-overview.svg'), 'utf8');
        expect(svg).toContain('Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)');
        expect(svg).toContain('Lớp hạ tầng số và an ninh mạng dùng chung');
        const unknown = await kts(...args, '--layers', 'three');
        expect(unknown.code).toBe(2);
        expect(unknown.err).toContain('--layers phải là');
        expect(unknown.err).toContain('"three"');
    });

    test('draws one state in English when asked', async () => {
        const out = path.join(scratch, 'english');
        const result = await kts(
            'diagram',
            SAMPLE,
            '--view',
            'integration',
            '--state',
            'current',
            '--framework',
            'lao_cai',
            '--lang',
            'en',
            '--out',
            out
        );
        expect(result.code).toBe(0);
        expect(fs.readdirSync(out)).toEqual(['lao_cai.current-integration.svg']);
        expect(fs.readFileSync(path.join(out, 'lao_cai.current-integration.svg'), 'utf8')).toContain(
            'Application integration view (current architecture)'
        );
    });

    test('draws every framework of the input when none is named', async () => {
        const out = path.join(scratch, 'both');
        expect((await kts('diagram', SAMPLE, '--view', 'gap', '--out', out)).code).toBe(0);
        expect(fs.readdirSync(out).sort()).toEqual(['byt.gap.svg', 'lao_cai.gap.svg']);
    });

    test('refuses bad options with exit code 2 and says what is accepted', async () => {
        const badView = await kts('diagram', SAMPLE, '--view', 'overveiw', '--out', scratch);
        expect(badView.code).toBe(2);
        expect(badView.err).toContain('overview, integration, data, technology, security, gap, roadmap');
        expect((await kts('diagram', SAMPLE, '--format', 'jpg', '--out', scratch)).code).toBe(2);
        expect((await kts('diagram', SAMPLE, '--state', 'future', '--out', scratch)).code).toBe(2);
        const unknown = await kts('diagram', SAMPLE, '--framework', 'nope', '--out', scratch);
        expect(unknown.code).toBe(2);
        expect(unknown.err).toContain('byt, lao_cai');
        expect((await kts('diagram', path.join(scratch, 'missing'), '--out', scratch)).code).toBe(2);
    });

    test('stops with exit code 1 on a model with errors, unless --force', async () => {
        const broken = path.join(scratch, 'broken');
        fs.mkdirSync(broken);
        fs.writeFileSync(path.join(broken, 'khung.kts'), 'framework so { target { application { app a "A" { integrates khong_co } } } }\n');
        const refused = await kts('diagram', broken, '--view', 'overview', '--out', path.join(scratch, 'refused'));
        expect(refused.code).toBe(1);
        expect(refused.err).toContain('khung.kts:1:');
        expect(fs.existsSync(path.join(scratch, 'refused'))).toBe(false);
        const forced = await kts('diagram', broken, '--view', 'overview', '--out', path.join(scratch, 'forced'), '--force');
        expect(forced.code).toBe(0);
        expect(fs.readdirSync(path.join(scratch, 'forced'))).toEqual(['so.target-overview.svg']);
    });
});

describe('kts export archimate', () => {
    test('writes the ArchiMate exchange file of the named framework', async () => {
        const file = path.join(scratch, 'model.xml');
        const result = await kts('export', 'archimate', SAMPLE, '--framework', 'lao_cai', '-o', file);
        expect(result.code).toBe(0);
        expect(result.out.trim()).toBe(file);
        const xml = fs.readFileSync(file, 'utf8');
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).toContain('<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/"');
        expect(fs.readdirSync(scratch).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('asks which framework when the input holds several', async () => {
        const result = await kts('export', 'archimate', SAMPLE, '-o', path.join(scratch, 'several.xml'));
        expect(result.code).toBe(2);
        expect(result.err).toContain('--framework');
        expect(fs.existsSync(path.join(scratch, 'several.xml'))).toBe(false);
    });

    test('reports an output it cannot write with exit code 2', async () => {
        const result = await kts(
            'export',
            'archimate',
            SAMPLE,
            '--framework',
            'lao_cai',
            '-o',
            path.join(scratch, 'no-such-folder', 'model.xml')
        );
        expect(result.code).toBe(2);
        expect(result.err).toContain('model.xml');
    });
});
