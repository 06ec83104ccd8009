import {
    AstUtils,
    type AstNode,
    type DiagnosticInfo,
    type LangiumDocument,
    type LangiumDocuments,
    type Reference,
    type ValidationAcceptor,
    type ValidationOptions
} from 'langium';
import type { KtsFile } from '../generated/ast.js';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';
import { editFootprint } from '../workspace/edit-footprint.js';

type Finding = Parameters<ValidationAcceptor>;

/** What an element's checks found, and what they read beyond the element: its references' targets, the config, the catalogues. */
interface ElementFindings {
    findings: readonly Finding[];
    references: readonly Reference[];
    /** Each reference's resolution when the checks ran: the node, or the linking error. */
    targets: readonly unknown[];
    inputs: Inputs;
}

/** The config and categories the checks ran with, and the text of every catalogue document. */
interface Inputs {
    options: string;
    catalogues: ReadonlyArray<readonly [LangiumDocument, string]>;
}

/**
 * The findings of the checks of an element and what is in it (its properties and relations), carried over a
 * validation of its document when nothing they read has changed. After an edit that re-parsed one element, the
 * other 5,000 of a national file would report what they reported before: the same nodes (see EditFootprint: every
 * node outside a splice stays the same object), the same reference targets, config and catalogues. A carried
 * finding is accepted again with its node and property, so its range comes from the node's CST, which the splice
 * has already shifted. Findings with a range or data of their own (quick fixes, "did you mean" lists that read the
 * whole workspace's names) are never carried: their element is checked again.
 */
export class CarriedFindings {
    private readonly kept = new WeakMap<AstNode, ElementFindings>();
    private inputs: Inputs | undefined;

    constructor(
        private readonly documents: LangiumDocuments,
        private readonly config: KtsConfigProvider
    ) {}

    /**
     * How this validation of the document treats its elements; undefined for a document with no footprint (its first
     * validation, or after a whole parse: every node is new), whose findings are neither carried nor kept, so that
     * one-shot commands, which validate each document once, pay nothing for them.
     */
    start(document: LangiumDocument, options: ValidationOptions): ElementValidation | undefined {
        const footprint = editFootprint(document);
        if (!footprint) return undefined;
        const changed = new Set<AstNode>();
        for (const splice of footprint.splices) {
            for (let node: AstNode | undefined = splice.fresh; node; node = node.$container) changed.add(node);
        }
        return new ElementValidation(this.kept, changed, this.currentInputs(options));
    }

    /** The inputs as they are now: the same object as last time while nothing in them changed. */
    private currentInputs(options: ValidationOptions): Inputs {
        const optionsText = JSON.stringify([this.config.get(), options.categories ?? null]);
        const catalogues: Array<readonly [LangiumDocument, string]> = [];
        for (const document of this.documents.all) {
            if (((document.parseResult.value as KtsFile).catalogs?.length ?? 0) > 0)
                catalogues.push([document, document.textDocument.getText()]);
        }
        const last = this.inputs;
        const same =
            last !== undefined &&
            last.options === optionsText &&
            last.catalogues.length === catalogues.length &&
            last.catalogues.every(([document, text], index) => catalogues[index]![0] === document && catalogues[index]![1] === text);
        if (!same) this.inputs = { options: optionsText, catalogues };
        return this.inputs!;
    }
}

/** One validation of a document: which elements may carry their findings over, and what the others found. */
export class ElementValidation {
    constructor(
        private readonly kept: WeakMap<AstNode, ElementFindings>,
        /** The nodes the splices since the last validation put in, and every node above them. */
        private readonly changed: ReadonlySet<AstNode>,
        private readonly inputs: Inputs
    ) {}

    /** Accepts the element's findings again if nothing they read changed; false when its checks must run. */
    carryOver(element: AstNode, accept: ValidationAcceptor): boolean {
        const last = this.kept.get(element);
        if (!last || last.inputs !== this.inputs || this.changed.has(element)) return false;
        for (let index = 0; index < last.references.length; index++) {
            const target = (last.references[index] as unknown as { _ref?: unknown })._ref;
            if (target === undefined || target !== last.targets[index]) return false;
        }
        for (const finding of last.findings) accept(...finding);
        return true;
    }

    /** An acceptor that passes the element's findings on and keeps them for the next validation (see keep). */
    recording(accept: ValidationAcceptor): { accept: ValidationAcceptor; findings: Finding[] } {
        const findings: Finding[] = [];
        return {
            findings,
            accept: (...finding) => {
                findings.push(finding);
                accept(...finding);
            }
        };
    }

    /** Keeps what the element's checks found, unless a finding has a range or data that may not hold after an edit. */
    keep(element: AstNode, findings: Finding[]): void {
        if (!findings.every(([, , info]) => isCarried(info))) {
            this.kept.delete(element);
            return;
        }
        const references: Reference[] = [];
        for (const node of AstUtils.streamAst(element)) {
            for (const { reference } of AstUtils.streamReferences(node)) {
                if (!('_ref' in reference)) {
                    this.kept.delete(element);
                    return;
                }
                references.push(reference as Reference);
            }
        }
        const targets = references.map(reference => (reference as unknown as { _ref?: unknown })._ref);
        this.kept.set(element, { findings, references, targets, inputs: this.inputs });
    }
}

/** A finding placed by its node and property alone, whose data is only its rule id (see DiagnosticReporter). */
function isCarried(info: DiagnosticInfo<AstNode>): boolean {
    if (info.range) return false;
    return info.data === undefined || Object.keys(info.data as object).every(key => key === 'rule');
}
