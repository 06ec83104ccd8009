import { DefaultDocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { KtsServices } from '../kts-module.js';
import { formatMessage } from './rule-catalog.js';

/**
 * Linking errors are left to kts/unresolved-reference and the code rules, which name the closest
 * matches; parser errors get the kts/syntax rule id and a Vietnamese message.
 */
export class KtsDocumentValidator extends DefaultDocumentValidator {
    private readonly services: KtsServices;

    constructor(services: KtsServices) {
        super(services);
        this.services = services;
    }

    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Reported by the reference rules instead.
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        const language = this.services.config.ConfigProvider.get().language;
        for (const diagnostic of diagnostics.slice(start)) {
            diagnostic.message = formatMessage('kts/syntax', language, { detail: describeParserMessage(String(diagnostic.message), language) });
            diagnostic.code = 'kts/syntax';
        }
    }
}

/** Chevrotain's English messages, said in the output language. */
export function describeParserMessage(message: string, language: 'vi' | 'en'): string {
    if (language === 'en') return message;
    const expecting = /^Expecting (?:token of type )?'?([^']+?)'? but found `([^`]*)`\.?$/s.exec(message);
    if (expecting) return `cần ${expecting[1]} nhưng gặp \`${expecting[2]}\`.`;
    const oneOf = /^Expecting: one of these possible Token sequences:([\s\S]*?)but found: `([^`]*)`/.exec(message);
    if (oneOf) {
        const options = [...oneOf[1].matchAll(/\[([^\]]+)\]/g)].map(match => match[1]).slice(0, 8).join(', ');
        return `cần một trong: ${options} nhưng gặp \`${oneOf[2]}\`.`;
    }
    const redundant = /^Redundant input, expecting EOF but found: (.*)$/s.exec(message);
    if (redundant) return `thừa nội dung sau khi khối đã đóng: ${redundant[1]}.`;
    return message;
}
