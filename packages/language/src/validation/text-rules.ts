import { AstUtils, CstUtils, isLeafCstNode, type LeafCstNode } from 'langium';
import type { KtsFile } from '../generated/ast.js';
import { lookAlikeLetters, replaceLookAlikes } from '../text/normalize.js';
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
    for (const token of idTokens(file)) {
        if (token.text !== token.text.normalize('NFC')) reporter.report('kts/text-not-nfc', file, {}, { range: token.range });
    }
}

/**
 * An id written with a letter that looks like Đ or đ but is another one (Ð, the Icelandic eth, most often pasted
 * from a PDF or a Word file): a reference typed with the Vietnamese letter does not find it.
 */
export function checkLookAlikeLetters(file: KtsFile, reporter: DiagnosticReporter): void {
    const text = AstUtils.getDocument(file).textDocument.getText();
    if (lookAlikeLetters(text).length === 0) return;
    for (const token of idTokens(file)) {
        const letters = lookAlikeLetters(token.text);
        if (letters.length === 0) continue;
        const replacement = replaceLookAlikes(token.text);
        const named = letters
            .map(letter => `${letter} (U+${letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
            .join(', ');
        reporter.report(
            'kts/look-alike-letter',
            file,
            { id: token.text, letters: named, replacement },
            { range: token.range, data: { replacement } }
        );
    }
}

function idTokens(file: KtsFile): LeafCstNode[] {
    if (!file.$cstNode) return [];
    return CstUtils.streamCst(file.$cstNode)
        .filter((node): node is LeafCstNode => isLeafCstNode(node) && !node.hidden && node.tokenType.name === 'ID')
        .toArray();
}
