import { CstUtils, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { OutputLanguage } from '../config/kts-config.js';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';
import * as ast from '../generated/ast.js';
import type { KtsServices } from '../kts-module.js';
import { ARCHITECTURE_RULES, label } from '../validation/rule-catalog.js';

interface SectionLabel {
    vi: string;
    en: string;
    /** Where the national framework asks for the section. */
    section?: string;
}

// Outline headings for the parts of Chương 1, III.2 (a–g), in words of our own.
const SECTIONS = {
    body: { vi: 'Cơ quan', en: 'Body', section: 'Chương 1, I.1' },
    vision: { vi: 'Tầm nhìn', en: 'Vision', section: 'Chương 1, III.2.a' },
    goals: { vi: 'Mục tiêu', en: 'Goals', section: 'Chương 1, III.2.b' },
    period: { vi: 'Giai đoạn', en: 'Period' },
    scope: { vi: 'Phạm vi', en: 'Scope', section: 'Chương 1, III.2.c' },
    principles: { vi: 'Nguyên tắc', en: 'Principles', section: 'Chương 1, III.2.d' },
    current: { vi: 'Kiến trúc hiện trạng', en: 'Current architecture', section: 'Chương 1, III.2.đ' },
    target: { vi: 'Kiến trúc mục tiêu', en: 'Target architecture', section: 'Chương 1, III.2.e' },
    implementation: { vi: 'Tổ chức triển khai', en: 'Implementation', section: 'Chương 1, III.2.g' },
    maintenance: { vi: 'Duy trì, cập nhật khung kiến trúc', en: 'Maintenance' },
    compliance: { vi: 'Giám sát tuân thủ', en: 'Compliance' }
} satisfies Record<string, SectionLabel>;

const LAYER_SYMBOL_KINDS: Record<string, SymbolKind> = {
    business: SymbolKind.Function,
    data: SymbolKind.Struct,
    application: SymbolKind.Class,
    technology: SymbolKind.Object,
    security: SymbolKind.Key
};

/**
 * The outline: frameworks → sections (Chương 1, III.2 a–g) → component architectures → elements, and goals,
 * principles and tasks; catalogues → entries. Each element shows its Vietnamese title and kind.
 */
export class KtsDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly configProvider: KtsConfigProvider;

    constructor(services: KtsServices) {
        this.configProvider = services.config.ConfigProvider;
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

    private framework(framework: ast.Framework, language: OutputLanguage): DocumentSymbol | undefined {
        const children: Array<DocumentSymbol | undefined> = [
            ...framework.body.map(body => symbol(body, SymbolKind.Object, heading(SECTIONS.body, language), body.name)),
            this.vision(framework, language),
            ...framework.goals.map(goals => symbol(goals, SymbolKind.Module, heading(SECTIONS.goals, language), SECTIONS.goals.section,
                goals.periods.map(period => symbol(period, SymbolKind.Namespace, `${heading(SECTIONS.period, language)} ${period.period ?? ''}`.trim(), undefined,
                    period.goals.map(goal => symbol(goal, SymbolKind.Constant, goal.name, goal.title)))))),
            ...framework.scope.map(scope => symbol(scope, SymbolKind.Module, heading(SECTIONS.scope, language), SECTIONS.scope.section)),
            ...framework.principles.map(principles => symbol(principles, SymbolKind.Module, heading(SECTIONS.principles, language), SECTIONS.principles.section,
                principles.principles.map(principle => symbol(principle, SymbolKind.Property, principle.name, principle.title)))),
            ...framework.architectures.map(architecture => this.architecture(architecture, language)),
            ...framework.implementation.map(implementation => symbol(implementation, SymbolKind.Module, heading(SECTIONS.implementation, language), SECTIONS.implementation.section, [
                ...implementation.tasks.map(task => symbol(task, SymbolKind.Event, task.name, task.period ? `${task.title ?? ''} (${task.period})` : task.title)),
                ...implementation.maintenance.map(maintenance => symbol(maintenance, SymbolKind.Module, heading(SECTIONS.maintenance, language), maintenance.responsible)),
                ...implementation.compliance.map(compliance => symbol(compliance, SymbolKind.Module, heading(SECTIONS.compliance, language), compliance.responsible))
            ]))
        ];
        return symbol(framework, SymbolKind.Namespace, framework.name, framework.title ?? framework.body[0]?.name, children);
    }

    private vision(framework: ast.Framework, language: OutputLanguage): DocumentSymbol | undefined {
        const keyword = GrammarUtils.findNodeForKeyword(framework.$cstNode, 'vision');
        const value = GrammarUtils.findNodeForProperty(framework.$cstNode, 'vision');
        if (!keyword || !value) return undefined;
        return {
            name: heading(SECTIONS.vision, language),
            detail: SECTIONS.vision.section,
            kind: SymbolKind.String,
            range: { start: keyword.range.start, end: value.range.end },
            selectionRange: keyword.range
        };
    }

    private architecture(architecture: ast.Architecture, language: OutputLanguage): DocumentSymbol | undefined {
        const state = architecture.state === 'current' ? SECTIONS.current : SECTIONS.target;
        return symbol(architecture, SymbolKind.Package, heading(state, language), state.section,
            architecture.layers.map(layer => symbol(layer, SymbolKind.Module, layerHeading(layer.kind, language), undefined,
                layer.elements.map(element => symbol(element, LAYER_SYMBOL_KINDS[layer.kind] ?? SymbolKind.Class, element.name,
                    [element.title, label(ARCHITECTURE_RULES.kinds[element.kind], language, element.kind)].filter(Boolean).join(' · '))))));
    }

    private catalog(catalog: ast.Catalog): DocumentSymbol | undefined {
        return symbol(catalog, SymbolKind.Package, catalog.name, catalog.title, [
            ...catalog.models.map(model => symbol(model, SymbolKind.Enum, model.name, model.title)),
            ...catalog.entries.map(entry => symbol(entry, SymbolKind.EnumMember, entry.name, entry.title))
        ]);
    }
}

function heading(section: SectionLabel, language: OutputLanguage): string {
    return section[language];
}

function layerHeading(kind: string, language: OutputLanguage): string {
    const layer = ARCHITECTURE_RULES.layers[kind];
    if (!layer) return kind || '?';
    return language === 'vi' ? `Kiến trúc ${layer.vi}` : `${layer.en[0].toUpperCase()}${layer.en.slice(1)} architecture`;
}

/**
 * A symbol for a node the parser produced, however incomplete: nodes without text are left out, a
 * missing name falls back to the first word (LSP clients reject empty names).
 */
function symbol(node: AstNode & { name?: string }, kind: SymbolKind, name: string | undefined, detail?: string,
    children: Array<DocumentSymbol | undefined> = []): DocumentSymbol | undefined {
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
