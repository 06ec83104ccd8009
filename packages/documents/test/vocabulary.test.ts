import { loadWorkspace, type ArchitectureModel } from '@kts/language';
import { GAP_STATUSES, LANGUAGES, LAYER_KINDS, term, type Language } from '@kts/language/model';
import { renderView } from '@kts/diagrams';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentModel, renderDocx, renderFigures, renderHtml } from '../src/index.js';
import { sampleFiles } from '../../language/test/sample.js';
import { DOCUMENT_SAMPLE, parseXml, readDocx, textOf } from './support.js';

/** Everything a reader of one language sees: the diagnostics, the Word file (text and figures), the HTML, the diagrams. */
interface Outputs {
    diagnostics: string;
    word: string;
    html: string;
    gapView: string;
    securityView: string;
}

/** Visible text of an SVG drawing: its `<text>` elements. */
function svgText(svg: string): string {
    return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map(match => match[1]!.replace(/<[^>]+>/g, '')).join('\n');
}

async function outputsIn(language: Language): Promise<Outputs> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-vocabulary-'));
    for (const [name, text] of Object.entries(sampleFiles(DOCUMENT_SAMPLE))) fs.writeFileSync(path.join(folder, name), text);
    const workspace = await loadWorkspace({ paths: [folder], overrides: { language } });
    const model: ArchitectureModel = workspace.linkedModel().model;
    const figures = await renderFigures(model, 'lao_cai', language);
    const document = buildDocumentModel(model, 'lao_cai', { language, figures });
    const docx = await readDocx(await renderDocx(document));
    const wordFigures = await Promise.all(
        docx.media.filter(name => name.endsWith('.svg')).map(name => docx.zip.file(name)!.async('string'))
    );
    return {
        diagnostics: [...workspace.diagnostics.values()]
            .flat()
            .map(diagnostic => diagnostic.message)
            .join('\n'),
        word: [textOf(docx.document), ...wordFigures.map(svgText)].join('\n'),
        html: textOf(parseXml(renderHtml(document))),
        gapView: svgText((await renderView(model, 'lao_cai', { kind: 'gap' }, { language })).svg),
        securityView: svgText((await renderView(model, 'lao_cai', { kind: 'security', state: 'target' }, { language })).svg)
    };
}

describe.each(LANGUAGES)('one word per concept (%s)', language => {
    let outputs: Outputs;
    beforeAll(async () => {
        outputs = await outputsIn(language);
    });

    it('names every gap status alike in the Word file, its figures, the HTML and the gap diagram', () => {
        // The sample has a target element of every status and retires two current ones.
        for (const status of GAP_STATUSES) {
            const word = term('gapStatus', status, language, 'heading');
            expect(outputs.word, status).toContain(word);
            expect(outputs.html, status).toContain(word);
            expect(outputs.gapView, status).toContain(word);
        }
    });

    it('says the gap status of an undelivered element in the diagnostic with the same word', () => {
        expect(outputs.diagnostics).toContain(`(${term('gapStatus', 'new', language)})`);
    });

    it('names the component architectures alike in the documents and the gap diagram', () => {
        for (const layer of LAYER_KINDS) {
            const heading = term('layerArchitecture', layer, language, 'heading');
            expect(outputs.word, layer).toContain(heading);
            expect(outputs.html, layer).toContain(heading);
            expect(outputs.gapView, layer).toContain(heading);
        }
    });

    it('uses none of the words that used to differ between the outputs', () => {
        const retired =
            language === 'vi' ? ['Xây mới', 'Thay thế hệ thống cũ', 'mới, thay thế'] : ['Security architecture', 'new, replacing'];
        for (const output of Object.values(outputs)) {
            for (const word of retired) expect(output).not.toContain(word);
        }
    });

    it('captions a part of a figure with one pair of brackets and its bands apart by semicolons, in the text and the lists of figures', () => {
        // The sample's target overview comes in two parts (figure-placement.test.ts); "Dịch vụ, ứng dụng" holds a comma.
        const caption =
            language === 'vi'
                ? 'Sơ đồ khái quát (kiến trúc mục tiêu) — phần 1/2: Chỉ đạo, chính sách; Người sử dụng; Dịch vụ, ứng dụng'
                : 'Overview diagram (target architecture) — part 1 of 2: Direction and policy; Users; Services and applications';
        for (const output of [outputs.word, outputs.html]) {
            expect(output.split(caption).length - 1).toBe(2);
            expect(output).not.toMatch(/\) \((phần|part) /);
        }
    });
});
