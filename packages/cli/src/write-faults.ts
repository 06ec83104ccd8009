import { DiagramFontError } from '@kts/diagrams';
import { FileWriteError } from '@kts/language';
import { fileFaultMessage, type Language } from '@kts/language/model';

/**
 * What to tell a user about an output that could not be written whole (exit code 3), in the command's language;
 * undefined for any other error. Imported only once a command has failed, so that no command loads the diagrams
 * just to recognise its errors.
 */
export function writeFault(error: unknown, language: Language): string | undefined {
    if (error instanceof FileWriteError) {
        const kept = error.previousKept ? `; ${fileFaultMessage('previousKept', language)}` : '';
        return `${error.file}: ${fileFaultMessage(error.fault, language, { code: error.code ?? '?' })}${kept}`;
    }
    // A picture that could not carry its words is not written at all.
    if (error instanceof DiagramFontError) return error.text(language);
    return undefined;
}
