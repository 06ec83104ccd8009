import { isClassificationProperty, type Element } from '../generated/ast.js';
import { term } from '../model/vocabulary.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';

/** The kinds whose data is classified: the data component architecture's databases and datasets. */
const CLASSIFIED_KINDS: ReadonlySet<string> = new Set(['database', 'dataset']);

/**
 * kts/classification-not-data: only databases and datasets are classified. kts/open-personal-data: data classified
 * as open that holds personal data would publish it; the fix drops `open` from the classification.
 */
export function checkDataClassification(element: Element, reporter: DiagnosticReporter): void {
    const properties = element.properties.filter(isClassificationProperty);
    if (!CLASSIFIED_KINDS.has(element.kind)) {
        for (const property of properties) {
            reporter.report(
                'kts/classification-not-data',
                property,
                { element: element.name, kind: term('kind', element.kind, reporter.language) },
                { range: property.$cstNode?.range }
            );
        }
        return;
    }
    const classes = properties.flatMap(property => property.classes);
    if (!classes.includes('open') || !classes.includes('personal')) return;
    for (const property of properties) {
        const index = property.classes.indexOf('open');
        const range = property.$cstNode?.range;
        if (index < 0 || !range) continue;
        const rest = property.classes.filter(dataClass => dataClass !== 'open');
        const newText = rest.length > 0 ? `classification ${rest.join(', ')}` : '';
        reporter.report(
            'kts/open-personal-data',
            property,
            { element: element.name },
            { property: 'classes', index, data: { fix: { range, newText, kind: 'replace', text: newText } } }
        );
    }
}
