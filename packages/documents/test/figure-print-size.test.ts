import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, loadModel, REPOSITORY } from '../../language/test/load-model.js';
import { generateFramework, type Edition, type Language } from '../src/index.js';
import { measurePrintedFigures, type PrintedFigure } from './printed-figures.js';

/** The smallest text a reader of a printed figure is asked to read. */
const SMALLEST_READABLE_PT = 7;

/** Every edition a user can print: the submission in both languages and the working edition. */
const EDITIONS: Array<{ edition: Edition; language: Language }> = [
    { edition: 'submission', language: 'vi' },
    { edition: 'submission', language: 'en' },
    { edition: 'working', language: 'vi' }
];

/** The two examples every package's tests load, and Gia Lai, the example governed by the 3090 profile. */
const PRINTED_EXAMPLES = [...EXAMPLES, { folder: path.join(REPOSITORY, 'examples/tinh-gia-lai'), framework: 'tinh_gia_lai' }];

describe.each(PRINTED_EXAMPLES)('the figures of $framework, as printed', ({ folder, framework }) => {
    const printed = new Map<string, PrintedFigure[]>();
    const key = (edition: Edition, language: Language) => `${edition} ${language}`;

    beforeAll(async () => {
        const model = await loadModel(folder);
        for (const { edition, language } of EDITIONS) {
            const [docx] = await generateFramework(model, framework, { formats: ['docx'], language, edition });
            printed.set(key(edition, language), await measurePrintedFigures(docx!.content as Uint8Array));
        }
    }, 900_000);

    test.each(EDITIONS)(`print no text below ${SMALLEST_READABLE_PT} pt in the $edition edition ($language)`, ({ edition, language }) => {
        const figures = printed.get(key(edition, language))!;
        expect(figures.length).toBeGreaterThan(0);
        const report = figures.map(
            figure =>
                `${figure.smallestPrintedPt.toFixed(2)} pt  ${figure.widthMm.toFixed(0)}×${figure.heightMm.toFixed(0)} mm  ` +
                `${figure.drawingWidth}×${figure.drawingHeight} px, ${figure.smallestFontSize} px  ${figure.caption}`
        );
        console.log(report.join('\n'));
        const tooSmall = figures.filter(figure => figure.smallestPrintedPt < SMALLEST_READABLE_PT).map(figure => figure.caption);
        expect(tooSmall).toEqual([]);
    });
});
