import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadWorkspace, type ArchitectureModel, type FrameworkModel } from '@kts/language';
import { frameworkTitle, profileNamed, statedProfiles, type FrameworkProfile } from '@kts/language/model';
import { readDocx, textOf, type XNode } from '../../documents/test/support.js';
import { kts, scratchFolder } from './run-kts.js';

// The third example, examples/tinh-gia-lai, is written against the national overall digital architecture framework
// (`conforms "3090", "4.0"`): a user validates it and generates its submission document as the README says, and the
// two other examples keep the framework 4.0.

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const GIA_LAI = path.join(REPO_ROOT, 'examples', 'tinh-gia-lai');

async function frameworkOf(folder: string, id: string): Promise<FrameworkModel> {
    const model: ArchitectureModel = (await loadWorkspace({ paths: [folder] })).linkedModel().model;
    const framework = model.frameworks.find(each => each.id === id);
    if (!framework) throw new Error(`${folder} defines no framework ${id}`);
    return framework;
}

/** The text of a Word body as it reads: runs joined, each paragraph on a line of its own. */
function wordText(node: XNode): string {
    if (node.tag === 'w:t') return textOf(node);
    if (node.tag === 'w:br') return '\n';
    const text = node.children.map(wordText).join('');
    return node.tag === 'w:p' ? `${text}\n` : text;
}

/**
 * The part of a Word text from a heading to the next one named (or starting so): headings are paragraphs of their
 * own, numbered by the heading styles and so without their number, where the contents give them with a number and a
 * page.
 */
function between(text: string, start: string, end: string): string {
    const from = text.indexOf(`\n${start}\n`);
    expect(from, start).toBeGreaterThanOrEqual(0);
    const to = text.indexOf(`\n${end}`, from + start.length);
    expect(to, end).toBeGreaterThan(from);
    return text.slice(from, to);
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
        const giaLai = await frameworkOf(GIA_LAI, 'tinh_gia_lai');
        expect(statedProfiles(giaLai).map(profile => profile.id)).toEqual(['khung-3090', 'khung-4.0']);
        for (const [folder, id] of [
            ['tinh-lao-cai', 'tinh_lao_cai'],
            ['bo-khcn', 'bo-khcn']
        ]) {
            const framework = await frameworkOf(path.join(REPO_ROOT, 'examples', folder), id);
            expect(
                statedProfiles(framework).map(profile => profile.id),
                folder
            ).toEqual(['khung-4.0']);
        }
    });

    test('implements each of the seven 3090 principles and cites the 3090 targets', async () => {
        const giaLai = await frameworkOf(GIA_LAI, 'tinh_gia_lai');
        const profile = profileNamed('3090')!;
        const implemented = new Set(giaLai.principles.flatMap(principle => principle.implements.map(entry => entry.code)));
        for (const principle of profile.principles.entries) expect(implemented, principle.code).toContain(principle.code);
        const cited = new Set(
            giaLai.goalPeriods.flatMap(period =>
                period.goals.flatMap(goal => goal.indicators.flatMap(indicator => indicator.basis.map(entry => entry.code)))
            )
        );
        expect([...cited].sort()).toEqual((profile.targets ?? []).map(target => target.code).sort());
    });
});

describe('the submission document of examples/tinh-gia-lai (kts generate, Vietnamese)', () => {
    const out = scratchFolder('kts-gia-lai-');
    let framework: FrameworkModel;
    let p3090: FrameworkProfile;
    let p40: FrameworkProfile;
    let word: string;
    let html: string;

    beforeAll(async () => {
        framework = await frameworkOf(GIA_LAI, 'tinh_gia_lai');
        [p3090, p40] = statedProfiles(framework);
        const result = await kts('generate', GIA_LAI, '--format', 'docx,html', '--out', out);
        expect(result.code, result.err).toBe(0);
        word = wordText((await readDocx(fs.readFileSync(path.join(out, 'tinh_gia_lai.docx')))).document).normalize('NFC');
        html = fs.readFileSync(path.join(out, 'tinh_gia_lai.html'), 'utf8').normalize('NFC');
    }, 600_000);

    test('has the title of the 3090 pattern on its cover, not the 4.0 one', () => {
        const title = frameworkTitle(framework, 'vi');
        expect(title).toMatch(/^Khung kiến trúc số .*Gia Lai$/);
        // The cover is what comes before the contents; its title prints in capitals.
        const cover = word.slice(0, word.indexOf('MỤC LỤC'));
        expect(cover.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n')).toBe(true);
        expect(cover.split('\n')).toContain(title.toLocaleUpperCase('vi-VN'));
        for (const line of ['DỰ THẢO', 'Gia Lai, năm 2026', 'Ban hành kèm theo Quyết định số …/QĐ-UBND'])
            expect(cover, line).toContain(line);
        expect(cover.toLocaleLowerCase('vi-VN')).not.toContain('chính quyền số');
        expect(html).toContain(`<h1>${title}</h1>`);
    });

    test('draws the overview in the four functional layers of 3090, one figure for the current and one for the target architecture', () => {
        const captions = word.split('\n').filter(line => /^Hình \d+\. Sơ đồ khái quát.*\)$/.test(line));
        expect(captions.map(caption => caption.replace(/^Hình \d+\. /, ''))).toEqual([
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc hiện trạng)',
            'Sơ đồ khái quát theo bốn lớp chức năng (kiến trúc mục tiêu)'
        ]);
        for (const layer of p3090.functionalLayers!.layers) expect(html, layer.id).toContain(`>${layer.title.vi}</text>`);
    });

    test('ends with a compliance appendix for 3090, then one for 4.0, each comparing its own principles', () => {
        const first = `Phụ lục I. Mức độ phù hợp với ${p3090.title.vi}`;
        const second = `Phụ lục II. Mức độ phù hợp với ${p40.title.vi}`;
        const appendix3090 = between(word, first, second);
        const appendix40 = between(word, second, 'Phụ lục III.');
        for (const principle of p3090.principles.entries) expect(appendix3090, principle.code).toContain(principle.title!.vi);
        for (const target of p3090.targets!) expect(appendix3090, target.code).toContain(target.text.vi);
        for (const principle of p40.principles.entries) expect(appendix40, principle.code).toContain(principle.text.split('\n')[0]);
        for (const heading of [first, second]) expect(html, heading).toContain(heading);
    });

    test('cites the 3090 decision among its legal bases', () => {
        const legal = between(word, 'Căn cứ pháp lý', 'Tầm nhìn');
        expect(legal).toContain('Quyết định số 3090/QĐ-BKHCN ngày 08 tháng 10 năm 2025');
        expect(legal).toContain('Quyết định số 3388/QĐ-UBND ngày 31 tháng 12 năm 2025');
    });
});
