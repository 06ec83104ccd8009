import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLES, loadModel } from '../../language/test/load-model.js';
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

const CASES = EXAMPLES.flatMap(example => EDITIONS.map(edition => ({ ...example, ...edition })));
const printed = new Map<string, PrintedFigure[]>();
const key = (framework: string, edition: Edition, language: Language) => `${framework} ${edition} ${language}`;

beforeAll(async () => {
    for (const { folder, framework } of EXAMPLES) {
        const model = await loadModel(folder);
        for (const { edition, language } of EDITIONS) {
            const [docx] = await generateFramework(model, framework, { formats: ['docx'], language, edition });
            printed.set(key(framework, edition, language), await measurePrintedFigures(docx!.content as Uint8Array));
        }
    }
}, 900_000);

describe.each(CASES)('the figures of the $edition edition ($language) of $framework, as printed', ({ framework, edition, language }) => {
    test(`print no text below ${SMALLEST_READABLE_PT} pt`, () => {
        const figures = printed.get(key(framework, edition, language))!;
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
