import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
import { generateFramework } from '../src/index.js';
import { measurePrintedFigures, type PrintedFigure } from './printed-figures.js';

/** The smallest text a reader of a printed figure is asked to read. */
const SMALLEST_READABLE_PT = 7;

const printed = new Map<string, PrintedFigure[]>();

beforeAll(async () => {
    for (const { folder, framework } of EXAMPLES) {
        const model = await loadModel(folder);
        const [docx] = await generateFramework(model, framework, { formats: ['docx'], language: 'vi' });
        printed.set(framework, await measurePrintedFigures(docx!.content as Uint8Array));
    }
}, 300_000);

describe.each(EXAMPLES.map(example => example.framework))('the figures of the submission edition of %s, as printed', framework => {
    test(`print no text below ${SMALLEST_READABLE_PT} pt`, () => {
        const figures = printed.get(framework)!;
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
