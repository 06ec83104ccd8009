import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';
import * as ast from '../generated/ast.js';
import type { KtsServices } from '../kts-module.js';
import { frameworkBlocks, statedConforms } from '../builder/framework-blocks.js';
import type { Language } from '../model/language.js';
import type { SectionKey } from '../model/metamodel.js';
import { frameworkProfile, sectionReference, type FrameworkProfile } from '../model/framework-profile.js';
import { term, type FrameworkPart, type TermCase } from '../model/vocabulary.js';

const LAYER_SYMBOL_KINDS: Record<string, SymbolKind> = {
    business: SymbolKind.Function,
    data: SymbolKind.Struct,
    application: SymbolKind.Class,
    technology: SymbolKind.Object,
    security: SymbolKind.Key
};

/**
 * The outline: frameworks → the document's particulars, revisions, reasons, legal bases and responsibilities (with
 * their units), sections (Chương 1, III.2 a–g) → component architectures → elements, assessments and the four-layer
 * protection model, and goals, principles and tasks; catalogues → entries. Each element shows its Vietnamese title
 * and kind.
 */
export class KtsDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly configProvider: KtsConfigProvider;
    private readonly documents: LangiumDocuments;

    constructor(services: KtsServices) {
        this.configProvider = services.config.ConfigProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!ast.isKtsFile(root)) return [];
        const language = this.configProvider.get().language;
        return inSourceOrder([
            ...root.frameworks.map(framework => this.framework(framework, language)),
            ...root.catalogs.map(catalog => this.catalog(catalog))
        ]);
    }

    /**
     * What a section's detail cites, in the framework's governing profile, which any block of the framework may state.
     * The outline is asked for as soon as its file is parsed, while the build goes on: the `conforms` are read from the
     * blocks' syntax trees, as the model merges them, without building the model or resolving a reference.
     */
    private sectionReferences(framework: ast.Framework, language: Language): SectionReference {
        let profile: FrameworkProfile | undefined;
        return key => {
            profile ??= frameworkProfile({ conforms: statedConforms(frameworkBlocks(this.documents.all).get(framework.name) ?? []) });
            return sectionReference(profile, key)[language];
        };
    }

    private framework(framework: ast.Framework, language: Language): DocumentSymbol | undefined {
        const reference = this.sectionReferences(framework, language);
        const children: Array<DocumentSymbol | undefined> = [
            ...framework.body.map(body => symbol(body, SymbolKind.Object, part('body', language), body.name)),
            ...framework.document.map(document =>
                symbol(
                    document,
                    SymbolKind.File,
                    part('document', language),
                    [document.place, document.year, document.draft ? part('draft', language, 'sentence') : undefined]
                        .filter(Boolean)
                        .join(' · ')
                )
            ),
            ...framework.revisions.map(revisions =>
                symbol(
                    revisions,
                    SymbolKind.Module,
                    part('revisions', language),
                    undefined,
                    revisions.revisions.map(revision => symbol(revision, SymbolKind.Event, revision.version, revision.summary))
                )
            ),
            ...framework.reasons.map(reasons => symbol(reasons, SymbolKind.Module, part('reasons', language))),
            ...framework.legal.map(legal =>
                symbol(legal, SymbolKind.Module, part('legalBases', language), legal.bases.map(basis => basis.$refText).join(', '))
            ),
            ...framework.responsibilities.map(responsibilities =>
                symbol(
                    responsibilities,
                    SymbolKind.Module,
                    part('responsibilities', language),
                    undefined,
                    responsibilities.units.map(unit =>
                        symbol(unit, SymbolKind.Object, unit.name, unit.role ? term('unitRole', unit.role, language) : undefined)
                    )
                )
            ),
            this.vision(framework, language, reference),
            ...framework.goals.map(goals =>
                symbol(
                    goals,
                    SymbolKind.Module,
                    section('b', language),
                    reference('b'),
                    goals.periods.map(period =>
                        symbol(
                            period,
                            SymbolKind.Namespace,
                            `${part('period', language)} ${period.period ?? ''}`.trim(),
                            undefined,
                            period.goals.map(goal => symbol(goal, SymbolKind.Constant, goal.name, goal.title))
                        )
                    )
                )
            ),
            ...framework.scope.map(scope => symbol(scope, SymbolKind.Module, section('c', language), reference('c'))),
            ...framework.principles.map(principles =>
                symbol(
                    principles,
                    SymbolKind.Module,
                    section('d', language),
                    reference('d'),
                    principles.principles.map(principle => symbol(principle, SymbolKind.Property, principle.name, principle.title))
                )
            ),
            ...framework.architectures.map(architecture => this.architecture(architecture, language, reference)),
            ...framework.implementation.map(implementation =>
                symbol(implementation, SymbolKind.Module, section('g', language), reference('g'), [
                    ...implementation.tasks.map(task =>
                        symbol(task, SymbolKind.Event, task.name, task.period ? `${task.title ?? ''} (${task.period})` : task.title)
                    ),
                    ...implementation.maintenance.map(maintenance =>
                        symbol(maintenance, SymbolKind.Module, part('maintenance', language), maintenance.responsible)
                    ),
                    ...implementation.compliance.map(compliance =>
                        symbol(compliance, SymbolKind.Module, part('compliance', language), compliance.responsible)
                    )
                ])
            )
        ];
        return symbol(framework, SymbolKind.Namespace, framework.name, framework.title ?? framework.body[0]?.name, children);
    }

    private vision(framework: ast.Framework, language: Language, reference: SectionReference): DocumentSymbol | undefined {
        const keyword = GrammarUtils.findNodeForKeyword(framework.$cstNode, 'vision');
        const value = GrammarUtils.findNodeForProperty(framework.$cstNode, 'vision');
        if (!keyword || !value) return undefined;
        return {
            name: section('a', language),
            detail: reference('a'),
            kind: SymbolKind.String,
            range: { start: keyword.range.start, end: value.range.end },
            selectionRange: keyword.range
        };
    }

    private architecture(architecture: ast.Architecture, language: Language, reference: SectionReference): DocumentSymbol | undefined {
        const key = architecture.state === 'current' ? 'đ' : 'e';
        return symbol(
            architecture,
            SymbolKind.Package,
            section(key, language),
            reference(key),
            architecture.layers.map(layer =>
                symbol(layer, SymbolKind.Module, layerHeading(layer.kind, language), undefined, [
                    ...layer.elements.map(element =>
                        symbol(
                            element,
                            LAYER_SYMBOL_KINDS[layer.kind] ?? SymbolKind.Class,
                            element.name,
                            [element.title, term('kind', element.kind, language)].filter(Boolean).join(' · ')
                        )
                    ),
                    ...layer.assessments.map(assessment => symbol(assessment, SymbolKind.Property, part('assessment', language))),
                    ...layer.protection.map(protection => symbol(protection, SymbolKind.Property, part('protection', language)))
                ])
            )
        );
    }

    private catalog(catalog: ast.Catalog): DocumentSymbol | undefined {
        return symbol(catalog, SymbolKind.Package, catalog.name, catalog.title, [
            ...catalog.models.map(model => symbol(model, SymbolKind.Enum, model.name, model.title)),
            ...catalog.entries.map(entry => symbol(entry, SymbolKind.EnumMember, entry.name, entry.title))
        ]);
    }
}

/** The reference a section's detail shows ("Chương 1, III.2.a"). */
type SectionReference = (key: SectionKey) => string;

function section(key: SectionKey, language: Language): string {
    return term('section', key, language, 'heading');
}

function part(key: Exclude<FrameworkPart, 'layerInState'>, language: Language, termCase: TermCase = 'heading'): string {
    return term('frameworkPart', key, language, termCase);
}

/** The parser leaves the kind unset when a layer keyword is mistyped. */
function layerHeading(kind: ast.LayerKind | undefined, language: Language): string {
    return kind ? term('layerArchitecture', kind, language, 'heading') : '?';
}

/**
 * A symbol for a node the parser produced, however incomplete: nodes without text are left out, a
 * missing name falls back to the first word (LSP clients reject empty names).
 */
function symbol(
    node: AstNode & { name?: string },
    kind: SymbolKind,
    name: string | undefined,
    detail?: string,
    children: Array<DocumentSymbol | undefined> = []
): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const nameNode: CstNode | undefined = GrammarUtils.findNodeForProperty(cst, 'name');
    const selection = nameNode && typeof node.name === 'string' && node.name.length > 0 ? nameNode : firstLeaf(cst);
    const shown = name && name.trim().length > 0 ? name : firstLeaf(cst).text || '?';
    const kept = inSourceOrder(children);
    return {
        name: shown,
        detail: detail || undefined,
        kind,
        range: cst.range,
        selectionRange: selection.range,
        children: kept.length > 0 ? kept : undefined
    };
}

function firstLeaf(cst: CstNode): CstNode {
    return CstUtils.streamCst(cst).find(node => isLeafCstNode(node) && !node.hidden) ?? cst;
}

function inSourceOrder(symbols: Array<DocumentSymbol | undefined>): DocumentSymbol[] {
    return symbols
        .filter((item): item is DocumentSymbol => item !== undefined)
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
