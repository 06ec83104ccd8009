import { AstUtils, URI, WorkspaceCache, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import {
    isCatalogEntry,
    type Budget,
    type CatalogEntry,
    type Element,
    type Framework,
    type GoalPeriod,
    type KtsAstType,
    type KtsFile,
    type Layer,
    type LegalBases,
    type Relation,
    type Task
} from '../generated/ast.js';
import type { KtsCoreServices } from '../kts-core-module.js';
import type { KtsConfigProvider } from '../config/kts-config-provider.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { KtsScopeProvider } from '../references/kts-scope-provider.js';
import { DiagnosticReporter, guarded } from './diagnostic-reporter.js';
import {
    checkCodes,
    checkElementKindInLayer,
    checkLayerBlocks,
    checkRelationKinds,
    checkSecurityApproval,
    checkSecurityLevel
} from './element-rules.js';
import {
    checkAgencyCode,
    checkBudget,
    checkBudgetYears,
    checkConforms,
    checkDuplicateFrameworkProperties,
    checkFundingText,
    checkLegalBases,
    fundingCandidates,
    fundingSuggestions,
    type FundingCandidate,
    type FundingSuggestion,
    checkPeriod,
    headerOccurrences,
    type HeaderOccurrences
} from './framework-rules.js';
import { checkLegalKind } from './catalogue-entry-rules.js';
import { checkDataClassification } from './data-classification-rules.js';
import { checkOrganisations, OrganisationMentions } from './organisation-rules.js';
import { checkReferences } from './reference-rules.js';
import { SuggestionCandidates } from './suggestion-candidates.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';
import { checkLookAlikeLetters, checkTextNormalization } from './text-rules.js';
import { analyseWorkspace, documentOf, type Finding } from './workspace-rules.js';
import type { FrameworkModel } from '../model/architecture-model.js';
import type { KtsDescription } from '../references/kts-scope-computation.js';
import { frameworkProfile } from '../model/framework-profile.js';
import type { ArchitectureModelProvider } from '../builder/architecture-model-provider.js';
import { frameworkBlocks } from '../builder/framework-blocks.js';

/** Registers every KTS rule; each runs guarded, so one failing rule never silences the others. */
export function registerValidationChecks(services: KtsCoreServices): void {
    const validator = services.validation.KtsValidator;
    const checks: ValidationChecks<KtsAstType> = {
        KtsFile: (node, accept) => validator.checkFile(node, accept),
        Framework: (node, accept) => validator.checkFramework(node, accept),
        Element: (node, accept) => validator.checkElement(node, accept),
        Layer: (node, accept) => validator.checkLayer(node, accept),
        Relation: (node, accept) => validator.checkRelation(node, accept),
        GoalPeriod: (node, accept) => validator.checkPeriod(node, accept),
        Task: (node, accept) => validator.checkTask(node, accept),
        Budget: (node, accept) => validator.checkBudget(node, accept),
        LegalBases: (node, accept) => validator.checkLegalBases(node, accept),
        CatalogEntry: (node, accept) => validator.checkCatalogEntry(node, accept)
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class KtsValidator {
    private readonly findingsCache: WorkspaceCache<string, Map<string, Finding[]>>;
    private readonly blocksCache: WorkspaceCache<string, Map<string, Framework[]>>;
    private readonly headerCache: WorkspaceCache<string, HeaderOccurrences>;
    /** The funding-source list and the suggestions for each funding text, once per build instead of once per budget. */
    private readonly fundingListCache: WorkspaceCache<'list', FundingList>;
    private readonly fundingSuggestionsCache: WorkspaceCache<string, FundingSuggestion[]>;
    /**
     * Findings of each framework model; the model builder reuses a framework's model while it is unchanged. They are
     * started anew when the national components' names change (kts/shadows-national, kts/missing-national-connection).
     */
    private frameworkFindings = new WeakMap<FrameworkModel, Finding[]>();
    private nationalNamesSignature: string | undefined;
    private readonly organisationMentions: OrganisationMentions;
    private readonly suggestionCandidates: SuggestionCandidates;
    /** For each document, the workspace findings its current diagnostics were made from. */
    private readonly reportedFindings = new Map<string, ReportedFindings>();
    /** For each document with a funding source written as text, the funding-source list its suggestions came from. */
    private readonly reportedFundingLists = new Map<string, string>();

    private readonly models: ArchitectureModelProvider;
    // Taken once: each look-up through the services goes through Langium's injection proxies, and the checks of
    // every element and relation ask for them.
    private readonly configs: KtsConfigProvider;
    private readonly catalogs: CatalogIndex;
    private readonly scopes: KtsScopeProvider;
    /** The reporter of the last acceptor: all checks of a document (in the editor, of an element) get the same one. */
    private current: { accept: ValidationAcceptor; reporter: DiagnosticReporter } | undefined;

    constructor(private readonly services: KtsCoreServices) {
        this.models = services.model.ArchitectureModelProvider;
        this.configs = services.config.ConfigProvider;
        this.catalogs = services.catalog.CatalogIndex;
        this.scopes = services.references.ScopeProvider;
        this.findingsCache = new WorkspaceCache(services.shared);
        this.blocksCache = new WorkspaceCache(services.shared);
        this.headerCache = new WorkspaceCache(services.shared);
        this.fundingListCache = new WorkspaceCache(services.shared);
        this.fundingSuggestionsCache = new WorkspaceCache(services.shared);
        this.organisationMentions = new OrganisationMentions(services.shared.workspace.DocumentBuilder);
        this.suggestionCandidates = new SuggestionCandidates(
            services.shared.workspace.IndexManager as KtsIndexManager,
            services.references.ScopeProvider,
            services.catalog.CatalogIndex
        );
    }

    private reporter(accept: ValidationAcceptor): DiagnosticReporter {
        const config = this.configs.get();
        if (this.current?.accept !== accept || this.current.reporter.config !== config) {
            this.current = { accept, reporter: new DiagnosticReporter(accept, config) };
        }
        return this.current.reporter;
    }

    checkFile(file: KtsFile, accept: ValidationAcceptor): void {
        const reporter = this.reporter(accept);
        const document = AstUtils.getDocument(file);
        this.reportedFundingLists.delete(document.uri.toString());
        guarded('references', () => checkReferences(document, this.suggestionCandidates, this.catalogs, reporter));
        guarded('kts/text-not-nfc', () => checkTextNormalization(file, reporter));
        guarded('kts/look-alike-letter', () => checkLookAlikeLetters(file, reporter));
        guarded('workspace', () => this.reportWorkspaceFindings(document, reporter));
    }

    checkFramework(framework: Framework, accept: ValidationAcceptor): void {
        const reporter = this.reporter(accept);
        guarded('kts/agency-code-format, kts/agency-code-unknown', () => checkAgencyCode(framework, this.catalogs.agencyCodes(), reporter));
        guarded('kts/organisation-changed', () =>
            checkOrganisations(framework, this.models.frameworkModel(framework.name), this.organisationMentions, reporter)
        );
        guarded('kts/unknown-profile', () => checkConforms(framework, reporter));
        guarded('kts/duplicate-framework-property', () =>
            checkDuplicateFrameworkProperties(framework, this.headerOccurrences(framework.name), reporter)
        );
    }

    checkElement(element: Element, accept: ValidationAcceptor): void {
        const reporter = this.reporter(accept);
        guarded('kts/element-kind-layer', () => checkElementKindInLayer(element, reporter));
        guarded('kts/security-level-range', () => checkSecurityLevel(element, reporter));
        guarded('kts/classification-not-data, kts/open-personal-data', () => checkDataClassification(element, reporter));
        guarded('kts/security-level-not-approved', () => checkSecurityApproval(element, reporter));
        guarded('kts/code-wrong-model, kts/code-not-leaf', () => checkCodes(element, this.catalogs, this.scopes, reporter));
    }

    checkLayer(layer: Layer, accept: ValidationAcceptor): void {
        const framework = () => this.models.frameworkModel(layer.$container.$container.name);
        guarded('kts/protection-not-security, kts/assessment-not-current', () =>
            checkLayerBlocks(layer, () => frameworkProfile(framework() ?? { conforms: [] }), this.reporter(accept))
        );
    }

    checkRelation(relation: Relation, accept: ValidationAcceptor): void {
        guarded('kts/relation-source-kind, kts/relation-target-kind, kts/via-not-platform', () =>
            checkRelationKinds(relation, this.reporter(accept))
        );
    }

    checkPeriod(node: GoalPeriod | Task, accept: ValidationAcceptor): void {
        guarded('kts/period-invalid', () => checkPeriod(node, this.reporter(accept)));
    }

    checkTask(task: Task, accept: ValidationAcceptor): void {
        this.checkPeriod(task, accept);
        guarded('kts/budget-year-outside-period, kts/budget-split-weights', () => checkBudgetYears(task, this.reporter(accept)));
    }

    checkBudget(budget: Budget, accept: ValidationAcceptor): void {
        const reporter = this.reporter(accept);
        guarded('kts/negative-budget', () => checkBudget(budget, reporter));
        guarded('kts/funding-source-text', () => checkFundingText(budget, text => this.fundingSuggestions(budget, text), reporter));
    }

    private fundingSuggestions(budget: Budget, text: string): FundingSuggestion[] {
        const list = this.fundingList();
        this.reportedFundingLists.set(AstUtils.getDocument(budget).uri.toString(), list.signature);
        return this.fundingSuggestionsCache.get(text, () => fundingSuggestions(text, list.candidates));
    }

    private fundingList(): FundingList {
        return this.fundingListCache.get('list', () => {
            const candidates = fundingCandidates(this.scopes);
            return { candidates, signature: JSON.stringify(candidates) };
        });
    }

    checkCatalogEntry(entry: CatalogEntry, accept: ValidationAcceptor): void {
        guarded('kts/legal-kind-unknown', () => checkLegalKind(entry, this.reporter(accept)));
    }

    checkLegalBases(legal: LegalBases, accept: ValidationAcceptor): void {
        const scopes = this.scopes;
        const successorOf = (code: string) => {
            const found = scopes.resolve(code, { kind: 'code', accepts: model => model === 'LEGAL' });
            const document = found && this.services.shared.workspace.LangiumDocuments.getDocument(found.documentUri);
            const node = document && this.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, found.path);
            return isCatalogEntry(node) ? node : undefined;
        };
        guarded('kts/legal-replaced', () => checkLegalBases(legal, successorOf, this.reporter(accept)));
    }

    /** Header properties of the framework across all its `framework <name> { … }` blocks, in the order the model merges them. */
    private headerOccurrences(name: string): HeaderOccurrences {
        return this.headerCache.get(name, () => headerOccurrences(this.blocksByName().get(name) ?? []));
    }

    private blocksByName(): Map<string, Framework[]> {
        return this.blocksCache.get('blocks', () => frameworkBlocks(this.services.shared.workspace.LangiumDocuments.all));
    }

    /**
     * Documents whose workspace findings differ from the ones their diagnostics show: an edit of one
     * framework can add or remove findings in another (a duplicate id, a platform path) without
     * touching it, so the document builder revalidates these after each build. So are documents whose
     * funding texts were given suggestions from a funding-source list that has changed since.
     */
    documentsWithStaleFindings(): LangiumDocument[] {
        const documents = this.services.shared.workspace.LangiumDocuments;
        const current = this.workspaceFindings();
        const stale = new Set<LangiumDocument>();
        for (const [uri, reported] of this.reportedFindings) {
            const document = documents.getDocument(URI.parse(uri));
            if (!document) this.reportedFindings.delete(uri);
            else if (!sameFindings(current.get(uri), reported)) stale.add(document);
        }
        for (const [uri, reported] of this.reportedFundingLists) {
            const document = documents.getDocument(URI.parse(uri));
            if (!document) this.reportedFundingLists.delete(uri);
            else if (this.fundingList().signature !== reported) stale.add(document);
        }
        return [...stale];
    }

    private workspaceFindings(): Map<string, Finding[]> {
        return this.findingsCache.get('findings', () => {
            const grouped = new Map<string, Finding[]>();
            const national = this.nationalNames();
            const nationalName = (code: string) => national.get(code);
            for (const finding of analyseWorkspace(this.models.linkedModel(), nationalName, this.frameworkFindings)) {
                const uri = documentOf(finding);
                const list = grouped.get(uri);
                if (list) list.push(finding);
                else grouped.set(uri, [finding]);
            }
            return grouped;
        });
    }

    /** The national components' titles by code; when they differ from the last build's, the kept framework findings go. */
    private nationalNames(): ReadonlyMap<string, string | undefined> {
        const titles = nationalComponentTitles(this.scopes.codes());
        const signature = JSON.stringify([...titles]);
        if (signature !== this.nationalNamesSignature) {
            this.nationalNamesSignature = signature;
            this.frameworkFindings = new WeakMap();
        }
        return titles;
    }

    private reportWorkspaceFindings(document: LangiumDocument, reporter: DiagnosticReporter): void {
        const uri = document.uri.toString();
        const findings = this.workspaceFindings().get(uri);
        this.reportedFindings.set(uri, { findings: findings ?? [], signature: findingsSignature(findings) });
        for (const finding of findings ?? []) {
            reporter.report(finding.rule, finding.node, finding.args, {
                property: finding.property as never,
                index: finding.index,
                data: finding.data
            });
        }
    }
}

/**
 * The title of the national component each code names, as a look-up of the code finds it. Every element id of the
 * workspace is asked after each edit (kts/shadows-national): a map of the few national codes answers that faster
 * than the table of every name.
 */
function nationalComponentTitles(codes: ReadonlyMap<string, KtsDescription[]>): Map<string, string | undefined> {
    const titles = new Map<string, string | undefined>();
    for (const [code, descriptions] of codes) {
        const national = descriptions.find(description => description.category === 'NATIONAL');
        if (national) titles.set(code, national.title);
    }
    return titles;
}

interface FundingList {
    candidates: FundingCandidate[];
    signature: string;
}

/** The workspace findings a document's diagnostics were made from, and what of them its diagnostics show. */
interface ReportedFindings {
    findings: readonly Finding[];
    signature: string;
}

/**
 * Whether a document's current workspace findings are those its diagnostics show. The findings of an unchanged
 * framework are kept as they are, so the same objects in the same order need no signature; their nodes have not
 * moved, since a document whose text changed is built again, not asked.
 */
function sameFindings(current: readonly Finding[] | undefined, reported: ReportedFindings): boolean {
    const findings = current ?? [];
    if (findings.length === reported.findings.length && findings.every((finding, index) => finding === reported.findings[index]))
        return true;
    return findingsSignature(current) === reported.signature;
}

function findingsSignature(findings: readonly Finding[] | undefined): string {
    return (findings ?? [])
        .map(finding => JSON.stringify([finding.rule, finding.node.$cstNode?.offset, finding.property, finding.index, finding.args]))
        .join('\n');
}
