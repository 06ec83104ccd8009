import {
    Cancellation,
    DefaultDocumentValidator,
    interruptAndCheck,
    type AstNode,
    type LangiumDocument,
    type ParseResult,
    type ValidationAcceptor,
    type ValidationCheck,
    type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { NODES_BETWEEN_INTERRUPTS } from '../workspace/interrupt-interval.js';
import { TreeWalk } from '../workspace/tree-walk.js';
import { isElement } from '../generated/ast.js';
import { CarriedFindings } from './carried-findings.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import { formatMessage } from './rule-catalog.js';
import type { Language } from '../model/language.js';
import { parserMessage, VOCABULARY } from '../model/vocabulary.js';

/**
 * Linking errors are left to kts/unresolved-reference and the code rules, which name the closest
 * matches; lexer and parser errors get the kts/syntax rule id and a message in the output language.
 */
export class KtsDocumentValidator extends DefaultDocumentValidator {
    private readonly services: KtsCoreServices;
    private readonly carriedFindings: CarriedFindings;

    constructor(services: KtsCoreServices) {
        super(services);
        this.services = services;
        this.carriedFindings = new CarriedFindings(services.shared.workspace.LangiumDocuments, services.config.ConfigProvider);
    }

    /**
     * Langium's loop, without its per-node costs: it awaits a cancellation check and builds a stream of
     * checks for each of the half a million nodes of a national workspace. Here the checks of a type are
     * looked up once and cancellation is checked every few hundred nodes. After an edit, an element that neither
     * the edit nor its references' targets changed reports its last findings again (see CarriedFindings).
     */
    protected override async validateAstNodes(
        rootNode: AstNode,
        options: ValidationOptions,
        acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        const elements = rootNode.$document && this.carriedFindings.start(rootNode.$document, options);
        let visited = 0;
        const validate = async (root: AstNode, accept: ValidationAcceptor) => {
            const nodes = new TreeWalk(root);
            for (let node = nodes.next(); node; node = nodes.next()) {
                if (++visited % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
                if (elements && node !== root && isElement(node)) {
                    nodes.prune();
                    if (elements.carryOver(node, accept)) continue;
                    const recording = elements.recording(accept);
                    await validate(node, recording.accept);
                    elements.keep(node, recording.findings);
                    continue;
                }
                const nodeOptions = this.validateSingleNodeOptions(node, options);
                if (nodeOptions.validateNode) {
                    let checks = checksByType.get(node.$type);
                    if (!checks)
                        checksByType.set(
                            node.$type,
                            (checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray())
                        );
                    for (const check of checks) {
                        const pending = check(node, accept, cancelToken);
                        if (pending) await pending;
                    }
                }
                if (!nodeOptions.validateChildren) nodes.prune();
            }
        };
        await validate(rootNode, acceptor);
    }

    protected override processLinkingErrors(_document: LangiumDocument, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Reported by the reference rules instead.
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.asSyntaxErrors(diagnostics.slice(start));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.asSyntaxErrors(diagnostics.slice(start));
    }

    private asSyntaxErrors(diagnostics: Diagnostic[]): void {
        const language = this.services.config.ConfigProvider.get().language;
        for (const diagnostic of diagnostics) {
            diagnostic.message = formatMessage('kts/syntax', language, {
                detail: describeParserMessage(String(diagnostic.message), language)
            });
            diagnostic.code = 'kts/syntax';
        }
    }
}

/** Chevrotain's and Langium's English parser and lexer messages, said in the output language. */
export function describeParserMessage(message: string, language: Language): string {
    const endOfFile = /^Expecting end of file but found `([\s\S]*)`\.?$/.exec(message);
    if (endOfFile) return parserMessage('extraAfterEnd', language, { found: endOfFile[1]! });
    const expecting = /^Expecting (?:keyword |token of type )?['`]?([\s\S]+?)['`]? but found `([\s\S]*)`\.?$/.exec(message);
    if (expecting) return parserMessage('expecting', language, { expected: tokenName(expecting[1]!, language), found: expecting[2]! });
    const sequences =
        /^Expecting: (?:expecting at least one iteration which starts with )?one of these possible Token sequences:+([\s\S]*?)\nbut found: '([\s\S]*)'$/.exec(
            message
        );
    if (sequences) {
        const options = [...new Set([...sequences[1]!.matchAll(/\[([^\]]+)\]/g)].map(match => tokenName(match[1]!, language)))]
            .slice(0, 8)
            .join(', ');
        return parserMessage('expectingOneOf', language, { options, found: sequences[2]! });
    }
    const character = /^unexpected character: ->([\s\S]*?)<- at offset: (\d+), skipped (\d+) characters?\.?$/.exec(message);
    if (character) return parserMessage('unexpectedCharacter', language, { character: character[1]!, count: character[3]! });
    return message;
}

/** A terminal's name in words; a keyword is shown as written. */
function tokenName(name: string, language: Language): string {
    return VOCABULARY.tokenName[name]?.[language] ?? name;
}
