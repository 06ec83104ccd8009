import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allViewRequests, viewId } from '@kts/diagrams';
import { generateDiagrams, generateFramework, writeOutputFiles, type GenerationProgress } from '../src/index.js';
import { loadSources } from '../../language/test/load-model.js';
import { loadDocumentSample } from './support.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-generate-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('the generation pipeline', () => {
    test('names every output as kts generate and the editor write it, drawing the figures once for Word and HTML', async () => {
        const model = await loadDocumentSample();
        const progress: GenerationProgress[] = [];
        const files = await generateFramework(model, 'lao_cai', {
            formats: ['docx', 'html', 'diagrams', 'archimate'],
            language: 'en',
            onProgress: step => progress.push(step)
        });
        const views = allViewRequests(model, 'lao_cai').map(request => viewId(request.kind, request.state));
        expect(files.map(file => file.name)).toEqual([
            'lao_cai.en.docx',
            'lao_cai.en.html',
            ...views.map(view => `diagrams/lao_cai.en/${view}.svg`),
            'lao_cai.en.archimate.xml'
        ]);
        expect(progress.map(step => step.stage)).toEqual(['drawing', 'composing']);
        // The progress names the figures the document holds: every view, a large one in several parts.
        const htmlFigures = (files[1]!.content as string).split('<figure class="diagram').length - 1;
        expect(htmlFigures).toBeGreaterThanOrEqual(views.length);
        expect(progress[1]).toEqual({ stage: 'composing', figures: htmlFigures });
        expect(files[1]!.title).toContain('of Lao Cai Province');
        expect(files[0]!.title).toBe(files[1]!.title);
        expect(files.find(file => file.name === 'diagrams/lao_cai.en/gap.svg')?.content).toMatch(/^<svg/);
    });

    test('Vietnamese outputs carry no language suffix; kts diagram names each view <framework>.<view>.<format>', async () => {
        const model = await loadDocumentSample();
        expect((await generateFramework(model, 'lao_cai', { formats: ['html'], language: 'vi' })).map(file => file.name)).toEqual([
            'lao_cai.html'
        ]);
        const diagrams = await generateDiagrams(model, 'lao_cai', { requests: [{ kind: 'gap' }], formats: ['svg', 'mmd'], language: 'vi' });
        expect(diagrams.map(file => file.name)).toEqual(['lao_cai.gap.svg', 'lao_cai.gap.mmd']);
        expect(diagrams[0]!.content).toMatch(/^<svg/);
        expect(diagrams[1]!.content).not.toMatch(/^<svg/);
    });

    test('a framework named like a Windows device (con, nul, com1) gets file names Windows accepts', async () => {
        const { model } = await loadSources({
            'con.kts': 'framework con { body "Cơ quan" level province current { application { app a "A" } } }\n'
        });
        const files = await generateFramework(model, 'con', { formats: ['html', 'diagrams', 'archimate'], language: 'vi' });
        const names = files.map(file => file.name);
        expect(names[0]).toBe('con_.html');
        expect(names.at(-1)).toBe('con_.archimate.xml');
        expect(names.filter(name => name.startsWith('diagrams/con_/')).length).toBe(names.length - 2);
        const diagrams = await generateDiagrams(model, 'con', {
            requests: [{ kind: 'overview', state: 'current' }],
            formats: ['svg'],
            language: 'vi'
        });
        expect(diagrams.map(file => file.name)).toEqual(['con_.current-overview.svg']);
    });

    test('writes the files into their folders and returns where they went', () => {
        const written = writeOutputFiles(scratch, [
            { name: 'thu.html', content: '<!DOCTYPE html>', title: 'Thử' },
            { name: 'diagrams/thu/gap.svg', content: new Uint8Array([60, 115, 118, 103, 47, 62]), title: 'Phân tích khoảng cách' }
        ]);
        expect(written).toEqual([path.join(scratch, 'thu.html'), path.join(scratch, 'diagrams', 'thu', 'gap.svg')]);
        expect(fs.readFileSync(written[1]!, 'utf8')).toBe('<svg/>');
        expect(fs.readdirSync(path.join(scratch, 'diagrams', 'thu'))).toEqual(['gap.svg']);
    });
});
