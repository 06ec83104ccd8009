import { AstUtils, CstUtils, type AstNode, type AstNodeLocator, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { DocumentationProvider } from 'langium';
import {
    isCatalogEntry, isCodesProperty, isElement, isPrinciple, isSecurityLevelProperty, isTask, isTextProperty,
    type CatalogEntry, type Element, type Task
} from '../generated/ast.js';
import type { KtsServices } from '../kts-module.js';
import type { OutputLanguage } from '../config/kts-config.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import {
    describeCatalogEntry, localizedDescription, localizedName, statusLabel, statusWarning, type CatalogEntryInfo
} from '../catalog/catalog-entry-info.js';
import { taskQualifiedName } from '../references/kts-naming.js';
import { ARCHITECTURE_RULES, label } from '../validation/rule-catalog.js';

/** Who refers to a node: distinct elements, principles and tasks of the workspace. */
interface Usage {
    elements: number;
    principles: number;
    tasks: number;
}

const TEXT = {
    model: { vi: 'Mô hình', en: 'Model' },
    path: { vi: 'Vị trí', en: 'Path' },
    status: { vi: 'Trạng thái', en: 'Status' },
    source: { vi: 'Nguồn', en: 'Source' },
    catalog: { vi: 'Danh mục', en: 'Catalogue' },
    version: { vi: 'phiên bản', en: 'version' },
    builtin: { vi: 'có sẵn trong KTS', en: 'built into KTS' },
    owner: { vi: 'Cơ quan chủ quản', en: 'Owner' },
    section: { vi: 'Mô tả tại', en: 'Described in' },
    kind: { vi: 'Loại', en: 'Kind' },
    standards: { vi: 'Tiêu chuẩn', en: 'Standards' },
    note: { vi: 'Ghi chú', en: 'Note' },
    children: { vi: 'Nhóm gồm {n} mã con', en: 'Group of {n} child codes' },
    codes: { vi: 'Mã tham chiếu', en: 'Reference codes' },
    unused: { vi: 'Chưa được dùng ở đâu trong không gian làm việc.', en: 'Not used anywhere in the workspace yet.' },
    usedBy: { vi: 'Được dùng bởi {list} trong không gian làm việc.', en: 'Used by {list} in the workspace.' },
    element: { vi: 'phần tử', en: 'element(s)' },
    principle: { vi: 'nguyên tắc', en: 'principle(s)' },
    task: { vi: 'nhiệm vụ', en: 'task(s)' },
    state: { vi: { current: 'hiện trạng', target: 'mục tiêu' }, en: { current: 'current', target: 'target' } },
    architecture: { vi: 'Kiến trúc {layer}', en: '{layer} architecture' },
    framework: { vi: 'khung', en: 'framework' }
} as const;

/**
 * Hover on a code, a national component or an element: what it is, where it sits, how far it can be
 * trusted (status and source: an illustrative code says so plainly) and how much the workspace relies on it.
 */
export class KtsHoverProvider extends AstNodeHoverProvider {
    private readonly services: KtsServices;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly documentation: DocumentationProvider;
    private readonly catalogs: CatalogIndex;

    constructor(services: KtsServices) {
        super(services);
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.documentation = services.documentation.DocumentationProvider;
        this.catalogs = services.catalog.CatalogIndex;
    }

    /** `level 3` is a number, not a reference; its hover is still the built-in security level (Nghị định 85/2016). */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, { ...params, position: nameStartAtDot(document, params.position) });
        if (hover) return hover;
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const property = leaf?.astNode;
        if (!leaf || !isSecurityLevelProperty(property) || leaf.text !== property.level) return undefined;
        const level = this.services.references.ScopeProvider.symbols().get(property.level)?.find(description => description.category === 'SECURITY_LEVEL')?.node;
        if (!isCatalogEntry(level)) return undefined;
        return { contents: { kind: 'markdown', value: this.entryHover(level, this.services.config.ConfigProvider.get().language) } };
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const language = this.services.config.ConfigProvider.get().language;
        if (isCatalogEntry(node)) return this.entryHover(node, language);
        if (isElement(node)) return this.elementHover(node, language);
        if (isTask(node)) return this.taskHover(node, language);
        return this.documentation.getDocumentation(node);
    }

    private entryHover(entry: CatalogEntry, language: OutputLanguage): string {
        const info = describeCatalogEntry(entry);
        const lines: string[] = [`**${code(info.code)}** — ${escape(localizedName(info, language))}`];
        lines.push(`${TEXT.model[language]}: ${escape(this.modelTitle(info.model, language))}` + (info.kind ? ` · ${TEXT.kind[language]}: ${escape(info.kind)}` : ''));
        if (info.path.length > 1) {
            lines.push(`${TEXT.path[language]}: ` + info.path.map(step => `${code(step.code)} ${escape(localizedName(step, language))}`).join(' › '));
        }
        const description = localizedDescription(info, language);
        if (description) lines.push(escape(description));
        if (info.standards.length > 0) lines.push(`${TEXT.standards[language]}: ${info.standards.map(escape).join('; ')}`);
        if (info.owner) lines.push(`${TEXT.owner[language]}: ${escape(info.owner)}`);
        if (info.section) lines.push(`${TEXT.section[language]}: ${escape(info.section)}`);
        const children = this.catalogs.children(info.model, info.code);
        if (children > 0) lines.push(TEXT.children[language].replace('{n}', String(children)));
        lines.push(...statusLines(info, language));
        lines.push(usageLine(info.model === 'SECURITY_LEVEL' ? this.securityLevelUsage(info.code) : this.usage(entry), language));
        return lines.join('\n\n');
    }

    private elementHover(element: Element, language: OutputLanguage): string {
        const layer = element.$container;
        const architecture = layer.$container;
        const kind = label(ARCHITECTURE_RULES.kinds[element.kind], language, element.kind);
        const lines: string[] = [`**${code(element.name)}** — ${escape(element.title)}`];
        lines.push(`${escape(kind)} (${code(element.kind)}) · ${TEXT.architecture[language].replace('{layer}', label(ARCHITECTURE_RULES.layers[layer.kind], language, layer.kind ?? ''))}`
            + ` · ${TEXT.state[language][architecture.state as 'current' | 'target'] ?? architecture.state ?? ''} · ${TEXT.framework[language]} ${code(architecture.$container.name)}`);
        const doc = this.documentation.getDocumentation(element);
        if (doc) lines.push(doc);
        for (const property of element.properties) {
            if (isTextProperty(property) && (property.key === 'description' || property.key === 'owner')) {
                lines.push(property.key === 'owner' ? `${TEXT.owner[language]}: ${escape(property.value)}` : escape(property.value));
            }
        }
        const codes = element.properties.filter(isCodesProperty).flatMap(property => property.codes).filter(ref => ref.ref);
        if (codes.length > 0) {
            lines.push(`${TEXT.codes[language]}: ` + codes.map(ref => `${code(ref.$refText)} ${escape(localizedName({ name: ref.ref!.title, nameEn: ref.ref!.titleEn }, language))}`).join('; '));
        }
        lines.push(usageLine(this.usage(element), language));
        return lines.join('\n\n');
    }

    private taskHover(task: Task, language: OutputLanguage): string {
        const lines = [`**${code(taskQualifiedName(task))}** — ${escape(task.title)}`];
        const doc = this.documentation.getDocumentation(task);
        if (doc) lines.push(doc);
        if (task.description) lines.push(escape(task.description));
        lines.push(usageLine(this.usage(task), language));
        return lines.join('\n\n');
    }

    private modelTitle(model: string, language: OutputLanguage): string {
        const info = this.catalogs.models().get(model);
        const title = language === 'en' ? info?.titleEn ?? info?.title : info?.title;
        return title ? `${title} (${model})` : model;
    }

    /** A security level is written as a number (`level 3`), not referenced: the linked model counts it. */
    private securityLevelUsage(level: string): Usage {
        let elements = 0;
        for (const element of this.services.model.ArchitectureModelProvider.linkedModel().model.elements.values()) {
            if (String(element.securityLevel) === level) elements++;
        }
        return { elements, principles: 0, tasks: 0 };
    }

    /** Counts through the reference index, so it covers every document of the workspace without relinking. */
    private usage(node: AstNode): Usage {
        const owners = new Set<AstNode>();
        for (const reference of this.services.references.References.findReferences(node, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri);
            if (!document) continue;
            const source = this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            const owner = source && AstUtils.getContainerOfType(source, candidate => isElement(candidate) || isPrinciple(candidate) || isTask(candidate));
            if (owner) owners.add(owner);
        }
        const usage: Usage = { elements: 0, principles: 0, tasks: 0 };
        for (const owner of owners) {
            if (isElement(owner)) usage.elements++;
            else if (isPrinciple(owner)) usage.principles++;
            else usage.tasks++;
        }
        return usage;
    }
}

/**
 * A `.` inside a code or qualified name (`KT-ARM.01.02`, `1.4`, `bo_01.app`) is a keyword leaf of its
 * own, which Langium's hover does not take for part of the reference: hover from the name's start instead.
 */
export function nameStartAtDot(document: LangiumDocument, position: Position): Position {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    if (!leaf || leaf.text !== '.') return position;
    const name = CstUtils.getDatatypeNode(leaf);
    return name ? document.textDocument.positionAt(name.offset) : position;
}

function statusLines(info: CatalogEntryInfo, language: OutputLanguage): string[] {
    const lines = [`**${TEXT.status[language]}: ${statusLabel(info.status, language)}**`];
    const warning = statusWarning(info.status, language);
    if (warning) lines.push(`⚠️ ${escape(warning)}`);
    if (info.source) lines.push(`${TEXT.source[language]}: ${escape(info.source)}`);
    const catalogTitle = language === 'en' && info.catalog.titleEn ? info.catalog.titleEn : info.catalog.title;
    const details = [code(info.catalog.id)];
    if (info.catalog.version) details.push(`${TEXT.version[language]} ${escape(info.catalog.version)}`);
    if (info.builtin) details.push(TEXT.builtin[language]);
    lines.push(`${TEXT.catalog[language]}: ${escape(catalogTitle)} (${details.join(', ')})`);
    return lines;
}

function usageLine(usage: Usage, language: OutputLanguage): string {
    const parts: string[] = [];
    if (usage.elements > 0) parts.push(`${usage.elements} ${TEXT.element[language]}`);
    if (usage.principles > 0) parts.push(`${usage.principles} ${TEXT.principle[language]}`);
    if (usage.tasks > 0) parts.push(`${usage.tasks} ${TEXT.task[language]}`);
    if (parts.length === 0) return `_${TEXT.unused[language]}_`;
    return TEXT.usedBy[language].replace('{list}', parts.join(', '));
}

/** Names may be missing in a file that does not parse (error recovery leaves them undefined). */
function code(text: string | undefined): string {
    return '`' + (text ?? '').replace(/`/g, '') + '`';
}

/** Names and descriptions are plain text; markdown characters in them must not format the hover. */
function escape(text: string | undefined): string {
    return (text ?? '').replace(/([\\`*[\]<>#|])/g, '\\$1');
}
