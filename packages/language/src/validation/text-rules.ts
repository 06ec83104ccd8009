import { AstUtils } from 'langium';
import type { KtsFile } from '../generated/ast.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';

// Same extent as the grammar's STRING terminal: a string ends on its line.
const STRING_LITERAL = /"(?:\\.|[^"\\\r\n])*"/g;

/** Vietnamese text must be NFC: decomposed tone marks break search, sorting and some fonts. */
export function checkTextNormalization(file: KtsFile, reporter: DiagnosticReporter): void {
    const document = AstUtils.getDocument(file);
    const text = document.textDocument.getText();
    if (text === text.normalize('NFC')) return;
    for (const match of text.matchAll(STRING_LITERAL)) {
        if (match[0] === match[0].normalize('NFC')) continue;
        const start = document.textDocument.positionAt(match.index);
        const end = document.textDocument.positionAt(match.index + match[0].length);
        reporter.report('kts/text-not-nfc', file, {}, { range: { start, end } });
    }
}
