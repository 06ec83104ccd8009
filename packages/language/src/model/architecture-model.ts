/**
 * The linked architecture model: what the frameworks of a workspace say, merged across files and with
 * every reference resolved. Generators (documents, diagrams, exports) read only this, never the AST.
 */
import type {
    ArchitectureState,
    CatalogStatus,
    DataClass,
    ElementKind,
    FrameworkLevel,
    LayerKind,
    LegalForce,
    RelationKind,
    UnitRole
} from '../generated/ast.js';

// The grammar's unions, taken as types only: the model face loads nothing of Langium at run time.
export type { CatalogStatus, DataClass, ElementKind, FrameworkLevel, LayerKind, LegalForce, RelationKind, UnitRole };
export type StateKind = ArchitectureState;

/** Where something was written: for navigation from documents and diagrams back to the source. */
export interface SourceRef {
    uri: string;
    /** Zero-based line and character, as in LSP. */
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface ArchitectureModel {
    frameworks: FrameworkModel[];
    /** Every element by qualified name `<framework>.<state>.<id>`. */
    elements: ReadonlyMap<string, ElementModel>;
    /** Catalogue entries that the model references, by model and code. */
    catalogEntries: Map<string, CatalogEntryModel>;
    /** The national principles a–l (Chương 1, III.3) in catalogue order; a workspace catalogue's entry overrides the built-in one. */
    nationalPrinciples: CatalogEntryModel[];
    /** Every legal document of the loaded catalogues (model LEGAL); a workspace catalogue's entry overrides the built-in one. */
    legalDocuments: CatalogEntryModel[];
}

export interface FrameworkModel {
    id: string;
    /** Title as the framework writes it; `frameworkTitle` derives one from the level and body when it writes none. */
    title?: string;
    body?: { name: string; nameEn?: string; code?: string; abbreviation?: string; source: SourceRef };
    level?: FrameworkLevel;
    version?: string;
    /** The profiles the framework states it conforms to (`conforms "3090", "4.0"`), as written; empty when it states none. */
    conforms: readonly string[];
    approval?: { decision: string; date?: string; approver?: string };
    /** The document's own particulars for its cover: place and year of issue, and whether it is a draft. */
    document?: { place?: string; year?: number; draft: boolean };
    /** Căn cứ pháp lý: the legal documents the framework cites besides those its profile names. */
    legalBases: CatalogEntryModel[];
    /** Sự cần thiết: why the framework is made or updated, one paragraph each. */
    reasons: string[];
    revisions: RevisionModel[];
    /** Chương 4 (tổ chức thực hiện): what each unit does, training and outreach. */
    responsibilities: ResponsibilitiesModel;
    vision?: string;
    goalPeriods: GoalPeriodModel[];
    scope?: { description?: string; applies: string[] };
    principles: PrincipleModel[];
    states: Record<StateKind, StateModel>;
    tasks: TaskModel[];
    implementationDescription?: string;
    /** Who maintains the framework, with which tools and how often (Chương 1, III.2.g). */
    maintenance?: { responsible?: string; tools: string[]; frequency?: string; description?: string };
    compliance?: { responsible?: string; description?: string };
    /** The files that contribute to this framework. */
    files: string[];
    source: SourceRef;
}

export interface RevisionModel {
    version: string;
    date?: string;
    summary: string;
}

export interface ResponsibilitiesModel {
    units: UnitResponsibilityModel[];
    training: string[];
    outreach: string[];
}

export interface UnitResponsibilityModel {
    unit: string;
    role?: UnitRole;
    duties: string[];
    source: SourceRef;
}

export interface GoalPeriodModel {
    period: PeriodModel;
    goals: GoalModel[];
}

export interface PeriodModel {
    text: string;
    start: number;
    end: number;
}

export interface GoalModel {
    id: string;
    title: string;
    description?: string;
    indicators: IndicatorModel[];
    source: SourceRef;
}

export interface IndicatorModel {
    title: string;
    baseline?: number;
    target: number;
    unit?: string;
    /** The national targets (catalogue model TARGET) the indicator serves, as its `basis` names them. */
    basis: CatalogEntryModel[];
}

export interface PrincipleModel {
    id: string;
    title: string;
    description?: string;
    /** National principles (Chương 1, III.3 a–l) this principle implements. */
    implements: CatalogEntryModel[];
    source: SourceRef;
}

export interface StateModel {
    /** Whether the framework declares this state at all. */
    declared: boolean;
    description?: string;
    layers: Record<LayerKind, LayerModel>;
}

export interface LayerModel {
    declared: boolean;
    description?: string;
    elements: ElementModel[];
    /** What the current component architecture achieved, where it falls short and why (Chương 1, III.2.đ). */
    assessment: AssessmentModel;
    /** The four-layer protection model (Chỉ thị 14/CT-TTg, 2019), stated in the security layer. */
    protection?: ProtectionModel;
}

export interface AssessmentModel {
    results: string[];
    shortcomings: string[];
    causes: string[];
}

/** The four layers of protection: on-site force, professional monitoring, independent inspection, national connection. */
export interface ProtectionModel {
    onsite?: string;
    monitoring?: string;
    inspection?: string;
    national?: string;
}

export interface ElementModel {
    qualifiedName: string;
    id: string;
    framework: string;
    state: StateKind;
    layer: LayerKind;
    kind: ElementKind;
    title: string;
    titleEn?: string;
    description?: string;
    /** Doc comment written above the element. */
    documentation?: string;
    owner?: string;
    /** The unit that runs the system day to day, where it is not the owner. */
    operator?: string;
    note?: string;
    codes: CatalogEntryModel[];
    standards: CatalogEntryModel[];
    securityLevel?: number;
    /** Classes of a database or dataset (`classification`), in the order written. */
    classification: DataClass[];
    /** The decision approving the security-level dossier (Nghị định 85/2016/NĐ-CP), once approved. */
    securityApproval?: { decision: string; date?: string };
    relations: RelationModel[];
    source: SourceRef;
}

export interface RelationModel {
    kind: RelationKind;
    source: string;
    target: NodeRef;
    via: NodeRef[];
    label?: string;
    data: string[];
    standards: CatalogEntryModel[];
    description?: string;
    sourceRef: SourceRef;
}

/** A resolved reference: an element of some framework, or a national component from the catalogue. */
export type NodeRef = { type: 'element'; qualifiedName: string } | { type: 'national'; entry: CatalogEntryModel };

export interface CatalogEntryModel {
    code: string;
    model: string;
    kind: string;
    tier?: string;
    name: string;
    nameEn?: string;
    abbreviation?: string;
    owner?: string;
    parent?: string;
    description?: string;
    descriptionEn?: string;
    section?: string;
    status: CatalogStatus;
    source?: string;
    catalog: string;
    builtin: boolean;
    /** A legal document's particulars (model LEGAL). */
    legal?: LegalParticulars;
}

export interface LegalParticulars {
    number?: string;
    /** Date of issue, `YYYY-MM-DD`. */
    date?: string;
    issuer?: string;
    force?: LegalForce;
    /** The code of the document that replaced this one, in whole or in part, and the day it took effect. */
    replacedBy?: string;
    replacedFrom?: string;
}

export interface TaskModel {
    id: string;
    qualifiedName: string;
    title: string;
    description?: string;
    period?: PeriodModel;
    responsible?: string;
    /** Units that take part under the responsible unit's lead. */
    coordinating: string[];
    /** How the task is procured (Nghị định 73/2019/NĐ-CP): an entry of the INVESTMENT_FORM catalogue. */
    form?: CatalogEntryModel;
    layer?: LayerKind;
    budgets: BudgetModel[];
    /** How the budgets without a year are spread over the period; even when the task does not say. */
    split: BudgetSplit;
    /** Qualified names of the target elements the task delivers. */
    delivers: string[];
    /** Qualified names of prerequisite tasks. */
    after: string[];
    source: SourceRef;
}

export interface BudgetModel {
    /** Amount in whole currency units (scale applied). */
    amount: number;
    currency: string;
    /** The year the amount is for; without it the amount covers the task's whole period. */
    year?: number;
    /** An entry of the FUNDING catalogue. */
    funding?: CatalogEntryModel;
    /** A funding source written as free text instead of a catalogue code (reported by kts/funding-source-text). */
    fundingText?: string;
}

/** Evenly over the years of the period, or by one weight per year. */
export type BudgetSplit = { kind: 'even' } | { kind: 'weights'; weights: number[] };

/** Gap status of a target element relative to the current architecture, and of retired current ones. */
export type GapStatus = 'new' | 'upgraded' | 'kept' | 'replacing' | 'retired';
