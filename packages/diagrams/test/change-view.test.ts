import { diffWorkspaces, type ArchitectureModel } from '@kts/language';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderView, renderViewParts, type RenderedView, type ViewSince } from '../src/index.js';
import { loadSample } from '../../language/test/load-model.js';
import { svgNodes, svgSize } from './svg-geometry.js';

/**
 * The sample updated: a new portal (added), the current firewall gone (removed), the target SOC given a security
 * level (changed) and the LGSP integrating the national population database (changed, by its relation). The
 * business and data architectures do not change.
 */
let before: ArchitectureModel;
let after: ArchitectureModel;
let since: ViewSince;
let view: RenderedView;
beforeAll(async () => {
    before = await loadSample();
    after = await loadSample({
        'lao-cai.kts': [
            ['{ realizes lgsp integrates ndxp }', '{ realizes lgsp integrates ndxp integrates csdlqg-dan-cu via ndxp }'],
            [
                '            app dvc "HTTT giải quyết TTHC" {',
                '            app cong_dvc "Cổng dịch vụ công tỉnh"\n            app dvc "HTTT giải quyết TTHC" {'
            ],
            ['            measure tuong_lua "Tường lửa" { protects tt_dl }\n', ''],
            ['system soc_lao_cai "SOC tỉnh" { protects dvc', 'system soc_lao_cai "SOC tỉnh" { level 3 protects dvc']
        ]
    });
    since = { changeSet: diffWorkspaces(before, after), base: 'v4.0', before };
    view = await renderView(after, 'lao_cai', { kind: 'changes', since });
});

const marksOf = (svg: string) =>
    Object.fromEntries(
        svgNodes(svg).flatMap(node => {
            const mark = node.classes.find(name => name.startsWith('change-'));
            return node.element && mark ? [[node.element, mark.slice('change-'.length)]] : [];
        })
    );

describe('the change view', () => {
    it('marks each element added, changed or removed, with the unchanged ones they relate to for context', () => {
        expect(view.title).toBe('Sơ đồ nội dung cập nhật so với phiên bản v4.0');
        expect(XMLValidator.validate(view.svg)).toBe(true);
        expect(svgSize(view.svg)).toEqual({ width: view.width, height: view.height });
        expect(marksOf(view.svg)).toEqual({
            'lao_cai.target.cong_dvc': 'added',
            'lao_cai.target.lgsp_lao_cai': 'changed',
            'lao_cai.target.dvc': 'unchanged',
            'lao_cai.target.lien_thong_yte': 'unchanged',
            'lao_cai.current.tuong_lua': 'removed',
            'lao_cai.target.soc_lao_cai': 'changed'
        });
        // The business, data and technology architectures, and the current application architecture, did not
        // change: none of their elements is drawn.
        expect(view.elementIds).not.toContain('lao_cai.current.motcua');
        expect(view.elementIds).not.toContain('lao_cai.target.tt_dl');
        expect(view.elementIds).not.toContain('lao_cai.target.csdl_hs');
    });

    it('keeps for context only the unchanged elements that relate to a change, whichever way the relation points', async () => {
        const changesOf = async (after: ArchitectureModel) =>
            marksOf(
                (
                    await renderView(after, 'lao_cai', {
                        kind: 'changes',
                        since: { changeSet: diffWorkspaces(before, after), base: 'v4.0', before }
                    })
                ).svg
            );
        // A new portal reaching the system through the LGSP: both are context; the health-record link, in the same
        // architecture, relates to neither and is left out.
        const portal = await loadSample({
            'lao-cai.kts': [
                [
                    '            app dvc "HTTT giải quyết TTHC" {',
                    '            app cong_dvc "Cổng dịch vụ công tỉnh" { integrates dvc via lgsp_lao_cai }\n            app dvc "HTTT giải quyết TTHC" {'
                ]
            ]
        });
        expect(await changesOf(portal)).toEqual({
            'lao_cai.target.cong_dvc': 'added',
            'lao_cai.target.dvc': 'unchanged',
            'lao_cai.target.lgsp_lao_cai': 'unchanged'
        });
        // The LGSP renamed: the two systems that pass through it are context.
        const renamed = await loadSample({ 'lao-cai.kts': [['"Nền tảng LGSP tỉnh"', '"Nền tảng tích hợp, chia sẻ dữ liệu tỉnh"']] });
        expect(await changesOf(renamed)).toEqual({
            'lao_cai.target.lgsp_lao_cai': 'changed',
            'lao_cai.target.dvc': 'unchanged',
            'lao_cai.target.lien_thong_yte': 'unchanged'
        });
        // A new portal with no relation stands alone.
        const alone = await loadSample({
            'lao-cai.kts': [
                [
                    '            app dvc "HTTT giải quyết TTHC" {',
                    '            app cong_dvc "Cổng dịch vụ công tỉnh"\n            app dvc "HTTT giải quyết TTHC" {'
                ]
            ]
        });
        expect(await changesOf(alone)).toEqual({ 'lao_cai.target.cong_dvc': 'added' });
    });

    it('writes each mark and what changed in the box, in the gap view’s looks: a removed element dashed', () => {
        const nodes = svgNodes(view.svg);
        // The box's lines as a reader reads them, a wrapped line joined again.
        const texts = (element: string) =>
            nodes
                .find(node => node.element === element)!
                .texts.map(text => text.replace(/<[^>]+>/g, ''))
                .join(' ');
        expect(texts('lao_cai.target.cong_dvc')).toContain('Bổ sung');
        expect(texts('lao_cai.current.tuong_lua')).toContain('Lược bỏ');
        expect(texts('lao_cai.target.soc_lao_cai')).toContain('Sửa đổi');
        expect(texts('lao_cai.target.soc_lao_cai')).toContain('Sửa: cấp độ an toàn');
        expect(texts('lao_cai.target.lgsp_lao_cai')).toContain('Sửa: quan hệ, kết nối');
        expect(texts('lao_cai.target.dvc')).toContain('Không thay đổi');
        const removed = view.svg.slice(view.svg.indexOf('data-element="lao_cai.current.tuong_lua"'));
        expect(removed.slice(0, removed.indexOf('</g>'))).toMatch(/stroke-dasharray="5 3"/);
    });

    it('has one legend naming the four marks once, in English too', async () => {
        for (const word of ['Bổ sung', 'Sửa đổi', 'Lược bỏ', 'Không thay đổi']) {
            expect(view.svg.split('class="legend"')[1]).toContain(`>${word}<`);
        }
        const english = await renderView(after, 'lao_cai', { kind: 'changes', since }, { language: 'en' });
        expect(english.title).toBe('Changes since version v4.0');
        for (const word of ['Added', 'Changed', 'Removed', 'Unchanged'])
            expect(english.svg.split('class="legend"')[1]).toContain(`>${word}<`);
    });

    it('says so when nothing changed', async () => {
        const same = await renderView(before, 'lao_cai', { kind: 'changes', since: { changeSet: { changes: [] }, base: 'v4.1', before } });
        expect(same.elementIds).toEqual([]);
        expect(same.svg).toContain('Kiến trúc không thay đổi so với phiên bản v4.1.');
    });

    it('comes in balanced parts for a small page, the legend with the first only', async () => {
        const page = (drawing: { width: number; height: number }) => drawing.width <= 700 && drawing.height <= 330;
        const parts = await renderViewParts(after, 'lao_cai', { kind: 'changes', since }, { heading: false, fits: page });
        expect(parts.length).toBeGreaterThan(1);
        parts.forEach((part, index) => {
            expect(page(part), `part ${index + 1}`).toBe(true);
            expect(part.svg.includes('class="legend"'), `part ${index + 1}`).toBe(index === 0);
        });
        expect(new Set(parts.flatMap(part => part.elementIds))).toEqual(new Set(view.elementIds));
    });
});
