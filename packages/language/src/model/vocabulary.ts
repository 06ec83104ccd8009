import vocabularyData from '../../data/vocabulary.json' with { type: 'json' };
import type {
    CatalogStatus,
    DataClass,
    ElementKind,
    FrameworkLevel,
    GapStatus,
    LayerKind,
    LegalForce,
    RelationKind,
    StateKind,
    UnitRole
} from './architecture-model.js';
import { capitalize, messageTable, type Language, type Localized, type MessageArgs } from './language.js';
import type { SectionKey } from './metamodel.js';

/**
 * The words of the metamodel (`data/vocabulary.json`). Typed by the grammar's unions: a layer, kind or relation the
 * grammar gains does not compile until it has its words.
 */
export interface Vocabulary {
    layer: Readonly<Record<LayerKind, Localized>>;
    layerArchitecture: Readonly<Record<LayerKind, Localized>>;
    state: Readonly<Record<StateKind, Localized>>;
    stateArchitecture: Readonly<Record<StateKind, Localized>>;
    kind: Readonly<Record<ElementKind, Localized>>;
    relation: Readonly<Record<RelationKind, Localized>>;
    /** What a relation may point to, said when it points elsewhere; the continuity relations have no such rule. */
    relationTarget: Readonly<Partial<Record<RelationKind, Localized>>>;
    gapStatus: Readonly<Record<GapStatus, Localized>>;
    section: Readonly<Record<SectionKey, Localized>>;
    level: Readonly<Record<FrameworkLevel, Localized>>;
    catalogStatus: Readonly<Record<CatalogStatus, Localized>>;
    /** The five reference models of the national framework (Chương 1, III.1(6)), as a document or a catalogue names them. */
    referenceModel: Readonly<Record<ReferenceModel, Localized>>;
    /** A diagnostic's severity, as `kts validate` counts them. */
    severity: Readonly<Record<Severity, Localized>>;
    /** Classes of a database or dataset: who may use it, what data it holds, whether it holds personal data. */
    dataClass: Readonly<Record<DataClass, Localized>>;
    /** Whether a legal document is still in force (the legal-documents catalogue). */
    legalForce: Readonly<Record<LegalForce, Localized>>;
    /** Kinds of legal document, as the legal-documents catalogue's entries name them (`kind "decree"`). */
    legalKind: Readonly<
        Record<'law' | 'resolution' | 'decree' | 'decision' | 'circular' | 'regulation' | 'official-letter' | 'plan', Localized>
    >;
    /** The other kinds of catalogue entry the built-in catalogues use (`kind "platform"`, `kind "funding-source"`). */
    catalogueKind: Readonly<Record<CatalogueKind, Localized>>;
    /** The part a unit plays in carrying out the framework (Chương 4, tổ chức thực hiện). */
    unitRole: Readonly<Record<UnitRole, Localized>>;
    thing: Readonly<Record<Thing, Localized>>;
    /** A budget's currency by its ISO code, as amounts are printed ("triệu đồng"); a code without words is printed as written. */
    currency: Readonly<Record<string, Localized>>;
    /** The title a framework gets when it writes none, with `{body}` for the body's name. */
    frameworkTitle: Readonly<Record<FrameworkLevel, Localized>>;
    /** The same under the 3090 framework: "Khung kiến trúc số <…>". */
    digitalArchitectureTitle: Readonly<Record<FrameworkLevel, Localized>>;
    /**
     * How a body that governs a place is named, every form in each language ("Ủy ban nhân dân tỉnh Lào Cai", "Lao Cai
     * Provincial People's Committee"): a derived title names the place instead ("… tỉnh Lào Cai", "… of Lao Cai
     * Province"), as approved titles do. `{place}` is the place as written, `{province}` a province's bare name, which
     * the title writes as `provinceName` says.
     */
    governingBody: Readonly<Partial<Record<FrameworkLevel, Readonly<Record<Language, readonly string[]>>>>>;
    provinceName: Readonly<Partial<Record<FrameworkLevel, Localized>>>;
    /**
     * A city's name in each language, `{city}` its proper name: a place written "Thành phố Hồ Chí Minh" reads "Hồ Chí
     * Minh City" in an English title, as a province's "tỉnh Lào Cai" reads "Lào Cai Province".
     */
    cityName: Readonly<Partial<Record<FrameworkLevel, Localized>>>;
    /** Parts of a framework profile, as the hover on `conforms` lists those not checked against the primary text. */
    profilePart: Readonly<Record<ProfilePart, Localized>>;
    /** The catalogues made from a profile's principles and targets, with `{profile}` for the profile's title, and their models. */
    profileCatalogue: Readonly<Record<'principles' | 'targets' | 'principleModel' | 'targetModel' | 'targetByYear', Localized>>;
    /** Parts of a framework other than sections a–g; `layerInState` joins a component architecture and a state. */
    frameworkPart: Readonly<Record<FrameworkPart, Localized>>;
    /** Field names of a catalogue entry, as hover and `kts catalog show` list them. */
    catalogueField: Readonly<Record<CatalogueField, Localized>>;
    /** Sentences of the editor's hover and the catalogue commands, with `{name}` placeholders. */
    editorMessage: Readonly<Record<EditorMessage, Localized>>;
    /** Why the editor refuses a rename, with `{name}` placeholders. */
    renameRefusal: Readonly<Record<RenameRefusal, Localized>>;
    /** The parser's and lexer's messages, said in the output language. */
    parserMessage: Readonly<Record<ParserMessage, Localized>>;
    /** Names of the grammar's terminals, as syntax errors name what was expected. */
    tokenName: Readonly<Record<string, Localized>>;
    /** Why a period `YYYY-YYYY` is not valid. */
    periodProblem: Readonly<Record<'order' | 'range', Localized>>;
    /** Why a file could not be written and what to do, said by every command and the editor's generate commands. */
    fileFault: Readonly<Record<FileFault, Localized>>;
    /** Why a workspace input (a `.kts` file, `kts.config.json`, a JSON catalogue) cannot be read, and what to do. */
    inputFault: Readonly<Record<InputFault, Localized>>;
}

export type CatalogueField = keyof typeof vocabularyData.catalogueField;
export type CatalogueKind = keyof typeof vocabularyData.catalogueKind;
export type EditorMessage = keyof typeof vocabularyData.editorMessage;
export type RenameRefusal = keyof typeof vocabularyData.renameRefusal;
export type ParserMessage = keyof typeof vocabularyData.parserMessage;
export type FileFault = keyof typeof vocabularyData.fileFault;
export type InputFault = keyof typeof vocabularyData.inputFault;

/** A sentence of the editor or the catalogue commands in the requested language. */
export const editorMessage = messageTable<EditorMessage>(vocabularyData.editorMessage);

/** Why a rename is refused, in the editor's language. */
export const renameRefusal = messageTable<RenameRefusal>(vocabularyData.renameRefusal);

export const parserMessage = messageTable<ParserMessage>(vocabularyData.parserMessage);

export const fileFaultMessage = messageTable<FileFault>(vocabularyData.fileFault);

const inputFaultMessage = messageTable<InputFault>(vocabularyData.inputFault);

/**
 * An input problem in both languages: the loader raises it before anyone knows who reads it; the command prints it in
 * its own language, the server logs both.
 */
export function inputFault(key: InputFault, args?: MessageArgs): Localized {
    return { vi: inputFaultMessage(key, 'vi', args), en: inputFaultMessage(key, 'en', args) };
}

export type Severity = 'error' | 'warning' | 'info';

export type ReferenceModel = keyof typeof vocabularyData.referenceModel;

export function isReferenceModel(model: string): model is ReferenceModel {
    return Object.hasOwn(VOCABULARY.referenceModel, model);
}

export type Thing = keyof typeof vocabularyData.thing;

/** The parts of a framework profile that carry a source and a status. */
export type ProfilePart = 'issuedBy' | 'titlePattern' | 'sections' | 'principles' | 'legalBases' | 'functionalLayers' | 'targets';

export type FrameworkPart =
    | 'body'
    | 'level'
    | 'period'
    | 'maintenance'
    | 'compliance'
    | 'layerInState'
    | 'gapInput'
    | 'roadmap'
    | 'maintenanceResponsible'
    | 'maintenanceTools'
    | 'maintenanceFrequency'
    | 'complianceResponsible'
    | 'complianceMethod'
    | 'document'
    | 'reasons'
    | 'legalBases'
    | 'revisions'
    | 'responsibilities'
    | 'assessment'
    | 'protection'
    | 'draft';

export const VOCABULARY: Vocabulary = vocabularyData;

type TermGroup = Exclude<
    keyof Vocabulary,
    | 'relationTarget'
    | 'frameworkTitle'
    | 'digitalArchitectureTitle'
    | 'governingBody'
    | 'provinceName'
    | 'cityName'
    | 'profileCatalogue'
    | 'editorMessage'
    | 'renameRefusal'
    | 'parserMessage'
    | 'fileFault'
>;

/** How a term is written: as inside a sentence (the default) or starting a heading or a table cell. */
export type TermCase = 'sentence' | 'heading';

/** The word for one concept in one language, as inside a sentence or starting a heading. */
export function term<Group extends TermGroup>(
    group: Group,
    key: keyof Vocabulary[Group] & string,
    language: Language,
    termCase: TermCase = 'sentence'
): string {
    return termOf(group, key, language, termCase);
}

/**
 * The word for a key read from data (a national component's kind, a catalogue's status); a key the vocabulary
 * lacks is shown as written rather than hidden.
 */
export function termOf(group: TermGroup, key: string, language: Language, termCase: TermCase = 'sentence'): string {
    const entry = (VOCABULARY[group] as Readonly<Record<string, Localized>>)[key];
    const word = entry ? entry[language] : key;
    return termCase === 'heading' ? capitalize(word, language) : word;
}

/** A reference to the national framework ("Chương 3, II.6") in the reader's language. */
export function chapterRef(ref: string, language: Language): string {
    return language === 'vi' ? ref : ref.replace(/^Chương/, 'Chapter');
}
