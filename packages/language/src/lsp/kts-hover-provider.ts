import { AstUtils, CstUtils, type AstNode, type AstNodeLocator, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { DocumentationProvider } from 'langium';
import {
    isBody,
    isCatalogEntry,
    isCodesProperty,
    isConforms,
    isElement,
    isFramework,
    isGoal,
    isLegalBases,
    isPrinciple,
    isSecurityLevelProperty,
    isTask,
    isTextProperty,
    type CatalogEntry,
    type Conforms,
    type Element,
    type Framework,
    type Goal,
    type Task
} from '../generated/ast.js';
import type { KtsServices } from '../kts-module.js';
import type { Language } from '../model/language.js';
import type { ArchitectureModel, FrameworkModel, LegalParticulars } from '../model/architecture-model.js';
import { formatDate, formatPeriod, formatShortDate } from '../model/dates.js';
import { bodyName, frameworkTitle } from '../model/framework-title.js';
import { legalDocument, legalDocumentName } from '../model/legal-document.js';
import { editorMessage, term, type CatalogueField } from '../model/vocabulary.js';
import type { ArchitectureModelProvider } from '../builder/architecture-model-provider.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { describeCatalogEntry } from '../catalog/catalog-entry-info.js';
import { isProfileCatalog } from '../catalog/profile-catalogs.js';
import { frameworkProfile, profileNamed, uncheckedParts } from '../model/framework-profile.js';
import { frameworkOf } from '../references/kts-naming.js';
import {
    catalogueKindWord,
    localizedDescription,
    localizedName,
    statusLabel,
    statusWarning,
    type CatalogEntryInfo
} from '../model/catalogue-entry.js';
import { taskQualifiedName } from '../references/kts-naming.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';
import { ReferencesByTarget } from './references-by-target.js';

/** Who refers to a node: distinct elements, principles and tasks of the workspace. */
interface Usage {
    elements: number;
    principles: number;
    tasks: number;
    /** Frameworks that cite a legal document among their legal bases. */
    frameworks: number;
}

const field = (key: CatalogueField, language: Language) => term('catalogueField', key, language, 'heading');

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
    private readonly models: ArchitectureModelProvider;
    private readonly referencesByTarget: ReferencesByTarget;

    constructor(services: KtsServices) {
        super(services);
        this.services = services;
        this.referencesByTarget = new ReferencesByTarget(services.shared.workspace.IndexManager as KtsIndexManager);
        this.referencesByTarget.enterWhenIdle(services.shared.workspace.DocumentBuilder);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.documentation = services.documentation.DocumentationProvider;
        this.catalogs = services.catalog.CatalogIndex;
        this.models = services.model.ArchitectureModelProvider;
    }

    /**
     * `level 3` is a number and a body's `code "000.00.00.H38"` a string, not references; their hovers are still the
     * built-in security level (Nghị định 85/2016) and the agency identifier with its status and notes (a merged province).
     */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, { ...params, position: nameStartAtDot(document, params.position) });
        if (hover) return hover;
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const node = leaf?.astNode;
        const language = this.services.config.ConfigProvider.get().language;
        if (leaf && isConforms(node)) {
            const name = node.profiles.find(profile => `"${profile}"` === leaf.text);
            const value = name === undefined ? undefined : this.profileHover(node, name, language);
            return value ? { contents: { kind: 'markdown', value } } : undefined;
        }
        let entry: AstNode | undefined;
        if (leaf && isSecurityLevelProperty(node) && leaf.text === node.level) entry = this.builtinEntry(node.level, 'SECURITY_LEVEL');
        else if (leaf && isBody(node) && node.code !== undefined && leaf.text === `"${node.code}"`)
            entry = this.builtinEntry(node.code, 'AGENCY');
        if (!isCatalogEntry(entry)) return undefined;
        return { contents: { kind: 'markdown', value: this.entryHover(entry, language) } };
    }

    /**
     * A profile named in `conforms`: the national framework's title, its issuing decision and status, whether it
     * governs the document, and which of its parts were not checked against the primary text.
     */
    private profileHover(conforms: Conforms, name: string, language: Language): string | undefined {
        const profile = profileNamed(name);
        if (!profile) return undefined;
        const lines = [`**${escape(profile.title[language])}** (${code(profile.version)})`];
        const issued = profile.issuedBy;
        if (issued?.number) {
            // Cited as the documents cite a decision: "Quyết định số 292/QĐ-BKHCN ngày 25 tháng 3 năm 2025 của …".
            const document = [
                `${term('legalKind', 'decision', language, 'heading')} ${language === 'vi' ? 'số' : 'No.'} ${issued.number}`,
                issued.date && editorMessage('legalDocumentDate', language, { date: formatDate(language, issued.date) }),
                issued.issuer && editorMessage('legalDocumentIssuer', language, { issuer: issued.issuer })
            ];
            lines.push(escape(editorMessage('profileIssued', language, { document: document.filter(Boolean).join(' ') })));
        }
        if (issued)
            lines.push(
                `**${field('status', language)}: ${statusLabel(issued.status, language)}**`,
                `${field('source', language)}: ${escape(issued.source)}`
            );
        const id = frameworkOf(conforms)?.name;
        const framework = this.models.frameworkModel(id);
        const governs = framework ? frameworkProfile(framework) === profile : conforms.profiles.map(profileNamed).find(Boolean) === profile;
        lines.push(editorMessage(governs ? 'profileGoverns' : 'profileAlsoStated', language));
        const unchecked = uncheckedParts(profile);
        if (unchecked.length > 0) {
            const parts = unchecked.map(part => term('profilePart', part, language)).join(', ');
            lines.push(`⚠️ ${editorMessage('profileUnchecked', language, { parts })}`);
        }
        return lines.join('\n\n');
    }

    private builtinEntry(code: string, model: string): AstNode | undefined {
        return this.services.references.ScopeProvider.symbols()
            .get(code)
            ?.find(description => description.category === model)?.node;
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const language = this.services.config.ConfigProvider.get().language;
        if (isCatalogEntry(node)) return this.entryHover(node, language);
        if (isElement(node)) return this.elementHover(node, language);
        if (isTask(node)) return this.taskHover(node, language);
        if (isGoal(node)) return this.goalHover(node, language);
        if (isFramework(node)) return this.frameworkHover(node, language);
        return this.documentation.getDocumentation(node);
    }

    private entryHover(entry: CatalogEntry, language: Language): string {
        const info = describeCatalogEntry(entry);
        const lines: string[] = [`**${code(info.code)}** — ${escape(localizedName(info, language))}`];
        // A kind the vocabulary has no word for (a user's catalogue invented it) is shown as written.
        const kind = info.kind && (escape(catalogueKindWord(info.kind, language)) || code(info.kind));
        lines.push(
            `${field('model', language)}: ${this.modelTitle(info.model, language)}` + (kind ? ` · ${field('kind', language)}: ${kind}` : '')
        );
        if (info.path.length > 1) {
            lines.push(
                `${field('path', language)}: ` +
                    info.path.map(step => `${code(step.code)} ${escape(localizedName(step, language))}`).join(' › ')
            );
        }
        const description = localizedDescription(info, language);
        if (description) lines.push(escape(description));
        if (info.standards.length > 0) lines.push(`${field('standards', language)}: ${info.standards.map(escape).join('; ')}`);
        if (info.owner) lines.push(`${field('owner', language)}: ${escape(info.owner)}`);
        if (info.section) lines.push(`${field('section', language)}: ${escape(info.section)}`);
        // Which provisions were replaced is in the note: a legal document shows it with its force.
        if (info.legal)
            lines.push(
                ...legalLines(info.legal, this.linkedModel(), language),
                ...(info.note ? [`${field('note', language)}: ${escape(info.note)}`] : [])
            );
        const children = this.catalogs.children(info.model, info.code);
        if (children > 0) lines.push(editorMessage('children', language, { n: children }));
        if (info.note && !info.legal) lines.push(`${field('note', language)}: ${escape(info.note)}`);
        lines.push(...statusLines(info, language));
        // A body's identifier is a string, not a reference: nothing counts its uses.
        if (info.model !== 'AGENCY') {
            lines.push(usageLine(info.model === 'SECURITY_LEVEL' ? this.securityLevelUsage(info.code) : this.usage(entry), language));
        }
        return lines.join('\n\n');
    }

    private elementHover(element: Element, language: Language): string {
        const layer = element.$container;
        const architecture = layer.$container;
        const lines: string[] = [titleLine(code(element.name), element.title)];
        // Error recovery may leave the kind, layer or state unset; the hover still names what it can.
        lines.push(
            editorMessage('elementPlace', language, {
                kind: element.kind ? `${escape(term('kind', element.kind, language))} (${code(element.kind)})` : '?',
                layer: layer.kind ? term('layerArchitecture', layer.kind, language, 'heading') : '?',
                state: architecture.state ? term('state', architecture.state, language) : '?',
                framework: this.frameworkName(architecture.$container.name, language)
            })
        );
        const doc = this.documentation.getDocumentation(element);
        if (doc) lines.push(doc);
        for (const property of element.properties) {
            if (isTextProperty(property) && (property.key === 'description' || property.key === 'owner')) {
                lines.push(property.key === 'owner' ? `${field('owner', language)}: ${escape(property.value)}` : escape(property.value));
            }
        }
        const codes = element.properties
            .filter(isCodesProperty)
            .flatMap(property => property.codes)
            .filter(ref => ref.ref);
        if (codes.length > 0) {
            lines.push(
                `${field('codes', language)}: ` +
                    codes
                        .map(
                            ref =>
                                `${code(ref.$refText)} ${escape(localizedName({ name: ref.ref!.title, nameEn: ref.ref!.titleEn }, language))}`
                        )
                        .join('; ')
            );
        }
        lines.push(usageLine(this.usage(element), language));
        return lines.join('\n\n');
    }

    private taskHover(task: Task, language: Language): string {
        const lines = [titleLine(code(taskQualifiedName(task)), task.title), this.placeLine('task', task, task.period, language)];
        const doc = this.documentation.getDocumentation(task);
        if (doc) lines.push(doc);
        if (task.description) lines.push(escape(task.description));
        lines.push(usageLine(this.usage(task), language));
        return lines.join('\n\n');
    }

    /**
     * A framework's name, in any of its blocks: its title, level and body as the document's cover names them, and the
     * national framework that governs it.
     */
    private frameworkHover(block: Framework, language: Language): string | undefined {
        const framework = this.models.frameworkModel(block.name);
        if (!framework) return this.documentation.getDocumentation(block);
        const place = [term('thing', 'framework', language)];
        if (framework.level) place.push(term('level', framework.level, language));
        const body = bodyName(framework, language);
        if (body) place.push(escape(body));
        place.push(escape(editorMessage('underProfile', language, { profile: frameworkProfile(framework).title[language] })));
        const lines = [
            titleLine(code(framework.id), hasOwnName(framework) ? frameworkTitle(framework, language) : undefined),
            place.join(' · ')
        ];
        const doc = this.documentation.getDocumentation(block);
        if (doc) lines.push(doc);
        return lines.join('\n\n');
    }

    /** A goal's declaration: what it is, for which period of which framework, and what it aims at. */
    private goalHover(goal: Goal, language: Language): string {
        const lines = [titleLine(code(goal.name), goal.title), this.placeLine('goal', goal, goal.$container.period, language)];
        const doc = this.documentation.getDocumentation(goal);
        if (doc) lines.push(doc);
        if (goal.description) lines.push(escape(goal.description));
        return lines.join('\n\n');
    }

    /** "nhiệm vụ · giai đoạn 2026–2027 · Khung kiến trúc số tỉnh Gia Lai (`gia_lai`)". */
    private placeLine(thing: 'task' | 'goal', node: AstNode, period: string | undefined, language: Language): string {
        const parts = [term('thing', thing, language)];
        if (period) parts.push(`${term('frameworkPart', 'period', language)} ${formatPeriod(period)}`);
        parts.push(this.frameworkName(frameworkOf(node)?.name, language));
        return parts.join(' · ');
    }

    /** A reference model by its title, with the name a catalogue writes (`model DRM`) in code style. */
    private modelTitle(model: string, language: Language): string {
        const info = this.catalogs.models().get(model);
        const title = language === 'en' ? (info?.titleEn ?? info?.title) : info?.title;
        return title ? `${escape(title)} (${code(model)})` : code(model);
    }

    /** "Khung kiến trúc số tỉnh Lào Cai (`tinh_lao_cai`)": the title the documents give it, then the id one writes. */
    private frameworkName(id: string | undefined, language: Language): string {
        const framework = this.models.frameworkModel(id);
        return framework && hasOwnName(framework)
            ? `${escape(frameworkTitle(framework, language))} (${code(id)})`
            : `${term('thing', 'framework', language)} ${code(id)}`;
    }

    private linkedModel(): ArchitectureModel {
        return this.models.linkedModel().model;
    }

    /** A security level is written as a number (`level 3`), not referenced: the linked model counts it. */
    private securityLevelUsage(level: string): Usage {
        let elements = 0;
        for (const element of this.linkedModel().elements.values()) {
            if (String(element.securityLevel) === level) elements++;
        }
        return { elements, principles: 0, tasks: 0, frameworks: 0 };
    }

    /** Counts through the reference index, so it covers every document of the workspace without relinking. */
    private usage(node: AstNode): Usage {
        const owners = new Set<AstNode>();
        for (const reference of this.referencesByTarget.to(AstUtils.getDocument(node).uri.toString(), this.locator.getAstNodePath(node))) {
            const document = this.documents.getDocument(reference.sourceUri);
            if (!document) continue;
            const source = this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            const owner =
                source &&
                AstUtils.getContainerOfType(
                    source,
                    candidate => isElement(candidate) || isPrinciple(candidate) || isTask(candidate) || isLegalBases(candidate)
                );
            if (owner) owners.add(owner);
        }
        const usage: Usage = { elements: 0, principles: 0, tasks: 0, frameworks: 0 };
        for (const owner of owners) {
            if (isElement(owner)) usage.elements++;
            else if (isPrinciple(owner)) usage.principles++;
            else if (isLegalBases(owner)) usage.frameworks++;
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

function statusLines(info: CatalogEntryInfo, language: Language): string[] {
    const lines = [`**${field('status', language)}: ${statusLabel(info.status, language)}**`];
    const warning =
        info.status === 'draft' && isProfileCatalog(info.catalog.id)
            ? editorMessage('uncheckedWarning', language)
            : statusWarning(info.status, language);
    if (warning) lines.push(`⚠️ ${escape(warning)}`);
    if (info.source) lines.push(`${field('source', language)}: ${escape(info.source)}`);
    const catalogTitle = language === 'en' && info.catalog.titleEn ? info.catalog.titleEn : info.catalog.title;
    const details = [code(info.catalog.id)];
    if (info.catalog.version) details.push(`${term('catalogueField', 'version', language)} ${escape(info.catalog.version)}`);
    if (info.builtin) details.push(term('catalogueField', 'builtin', language));
    lines.push(`${field('catalogue', language)}: ${escape(catalogTitle)} (${details.join(', ')})`);
    return lines;
}

/**
 * Number, date, issuer and whether the document is still in force, with its successor when it was replaced: the date
 * after its field's name as a table cell writes it ("25/03/2025"), the successor and its date as the documents cite
 * them ("Quyết định số 3090/QĐ-BKHCN từ ngày 08 tháng 10 năm 2025").
 */
function legalLines(legal: LegalParticulars, model: ArchitectureModel, language: Language): string[] {
    const lines: string[] = [];
    if (legal.number) lines.push(`${field('legalNumber', language)}: ${escape(legal.number)}`);
    if (legal.date) lines.push(`${field('legalDate', language)}: ${escape(formatShortDate(language, legal.date))}`);
    if (legal.issuer) lines.push(`${field('issuer', language)}: ${escape(legal.issuer)}`);
    if (legal.force) {
        const how = term('legalForce', legal.force, language);
        let force = how;
        if (legal.replacedBy) {
            const known = legalDocument(model, legal.replacedBy);
            const successor = known ? escape(legalDocumentName(known, language)) : code(legal.replacedBy);
            force = legal.replacedFrom
                ? editorMessage('replacedBy', language, { how, successor, from: escape(formatDate(language, legal.replacedFrom)) })
                : editorMessage('replacedByUndated', language, { how, successor });
        }
        lines.push(`${field('force', language)}: ${legal.force === 'in-force' ? force : `⚠️ ${force}`}`);
    }
    return lines;
}

function usageLine(usage: Usage, language: Language): string {
    const parts: string[] = [];
    if (usage.elements > 0) parts.push(editorMessage('usageElements', language, { n: usage.elements }));
    if (usage.principles > 0) parts.push(editorMessage('usagePrinciples', language, { n: usage.principles }));
    if (usage.tasks > 0) parts.push(editorMessage('usageTasks', language, { n: usage.tasks }));
    if (usage.frameworks > 0) parts.push(editorMessage('usageFrameworks', language, { n: usage.frameworks }));
    if (parts.length === 0) return `_${editorMessage('unused', language)}_`;
    return editorMessage('usedBy', language, { list: parts.join(', ') });
}

/** A framework that writes neither title nor body has only a title made of its id, which says nothing the id does not. */
function hasOwnName(framework: FrameworkModel): boolean {
    return Boolean(framework.title || framework.body);
}

/** "**`code`** — title"; a title error recovery left unset leaves no dangling dash. */
function titleLine(name: string, title: string | undefined): string {
    return title ? `**${name}** — ${escape(title)}` : `**${name}**`;
}

/** Names may be missing in a file that does not parse (error recovery leaves them undefined). */
function code(text: string | undefined): string {
    return '`' + (text ?? '').replace(/`/g, '') + '`';
}

/** Names and descriptions are plain text; markdown characters in them must not format the hover. */
function escape(text: string | undefined): string {
    return (text ?? '').replace(/([\\`*[\]<>#|])/g, '\\$1');
}
