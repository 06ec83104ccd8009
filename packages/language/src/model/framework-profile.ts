import khung40 from '../../data/profiles/khung-4.0.json' with { type: 'json' };
import khung3090 from '../../data/profiles/khung-3090.json' with { type: 'json' };
import type { CatalogStatus, ElementKind, FrameworkLevel, FrameworkModel, LayerKind, ProtectionModel } from './architecture-model.js';
import type { Localized } from './language.js';
import type { ProfilePart } from './vocabulary.js';
import type { SectionKey } from './metamodel.js';

/**
 * A framework profile (`data/profiles/*.json`): what a national framework prescribes for a ministry's or province's
 * framework document — cover lines, sections and their order, the national principles in their own words, the legal
 * bases it names, the abbreviations a document may use. The metamodel's words stay in the vocabulary; a profile
 * names them by key. Every entry says where it was read and how sure that is (`status`).
 */
export interface Sourced {
    source: string;
    status: CatalogStatus;
    note?: string;
}

/** Parts of a framework document besides the sections a–g of Chương 1, III.2, in the order the profile prints them. */
export type DocumentPart = 'revisions' | 'abbreviations' | 'figures' | 'tables' | 'reasons' | 'legal' | 'responsibilities';

export interface ProfileSection extends Sourced {
    section: SectionKey | DocumentPart;
    mandatory: boolean;
    /** Where the national text prescribes the section ("Chương 1, III.2.a"); absent where that text was not read. */
    reference?: Localized;
}

export interface ProfilePrinciple extends Partial<Sourced> {
    /** The code a framework writes in `implements`; ours where `label` is given. */
    code: string;
    /** How the national text numbers the principle, where the code is ours (the 3090 principles are 3090.1–3090.7). */
    label?: string;
    /**
     * The national wording, verbatim, paragraphs separated by a line break — or, where the entry's own `status` is
     * `draft`, our paraphrase of it (its `note` says so). Source and status default to those of the whole list.
     */
    text: string;
    citation: string;
    /** A short label, ours, for a profile whose principles have no catalogue of their own (the catalogue is made from it). */
    title?: Localized;
}

/**
 * A functional layer of the national framework (the 3090 framework's four, bottom-up): which element kinds are drawn
 * in it and which of the five component architectures map onto it.
 */
export interface FunctionalLayer {
    id: string;
    title: Localized;
    description?: Localized;
    /** Every element kind is drawn in exactly one layer. */
    kinds: ElementKind[];
    architectures: LayerKind[];
}

/**
 * The functional layer a thing of this kind, in this component architecture, belongs to: the layer that holds the
 * kind, and of two that do (a service of the business or of the application architecture), the one that draws on
 * the architecture. Undefined when no layer holds the kind.
 */
export function functionalLayerOf<L extends Pick<FunctionalLayer, 'kinds' | 'architectures'>>(
    layers: readonly L[],
    kind: string,
    architecture: LayerKind | undefined
): L | undefined {
    const holding = layers.filter(layer => (layer.kinds as readonly string[]).includes(kind));
    return holding.find(layer => architecture !== undefined && layer.architectures.includes(architecture)) ?? holding[0];
}

/**
 * A national target a framework's indicator can cite as its basis (`basis 3090.MT.01`). The codes are ours, made so
 * that a target can be cited; the profile's targets become a built-in catalogue of the model `TARGET`.
 */
export interface ProfileTarget extends Sourced {
    code: string;
    text: Localized;
    /** The year by which the target is to be reached. */
    year: number;
}

/** A legal document the national framework names as a basis: its code in the legal-documents catalogue. */
export interface LegalBasis extends Sourced {
    document: string;
}

export interface GlossaryEntry extends Sourced {
    abbreviation: string;
    expansion: Localized;
}

/** The vocabulary groups that hold a derived framework title per level, with a `{body}` placeholder. */
export type TitleVocabulary = 'frameworkTitle' | 'digitalArchitectureTitle';

export interface FrameworkProfile {
    id: string;
    /** The name a framework's `conforms` gives this profile: the national framework's version ("4.0") or decision ("3090"). */
    version: string;
    /** Other names `conforms` may give it. */
    aliases?: string[];
    title: Localized;
    issuedBy?: Sourced & { number?: string; date?: string; issuer?: string; replaces?: string[] };
    /** How a framework that writes no title is titled: the vocabulary group with one pattern per level. */
    titlePattern: Sourced & {
        vocabulary: TitleVocabulary;
        examples?: Partial<Record<FrameworkLevel, string[]>>;
        /** Where the national text names a framework by its body and level ("Chương 1, I.1"); absent where it was not read. */
        reference?: Localized;
    };
    cover: Sourced & { nationalHeading: Localized[]; draftMark: Localized };
    sections: ProfileSection[];
    componentArchitectures?: Sourced & { layers: LayerKind[]; in: SectionKey[] };
    implementationParts?: Sourced & { parts: string[] };
    /** The closing line of the responsibilities chapter: where the approved framework is sent (not by the recipient itself). */
    afterApproval?: Sourced & { text: Localized; recipient: string };
    /** The four layers of protection (Chỉ thị 14/CT-TTg, 2019), named as the national text names them. */
    protectionModel: Sourced & { layers: Record<keyof ProtectionModel, Localized> };
    /**
     * The national principles: `catalogue` is the catalogue whose entries (of the model `model`) a principle's
     * `implements` names; a profile whose entries carry their own `title` has that catalogue made from them.
     */
    principles: Sourced & {
        /** How the document names these principles where a framework principle says which it puts into practice. */
        phrase: Localized;
        catalogue: string;
        model: string;
        entries: ProfilePrinciple[];
    };
    legalBases: LegalBasis[];
    glossary: GlossaryEntry[];
    /** The functional layers, bottom-up; the mapping of kinds and architectures onto them is sourced separately. */
    functionalLayers?: Sourced & { layers: FunctionalLayer[]; mapping: Sourced };
    targets?: ProfileTarget[];
}

/** The shipped profiles; the first, framework 4.0, is the one a framework that states none conforms to. */
export const FRAMEWORK_PROFILES: readonly FrameworkProfile[] = [khung40 as FrameworkProfile, khung3090 as FrameworkProfile];

const DEFAULT_PROFILE = FRAMEWORK_PROFILES[0];

/** The catalogue models of the profiles' principles, which a principle's `implements` names (PRINCIPLE for a–l of 4.0). */
export const PRINCIPLE_MODELS: ReadonlySet<string> = new Set(FRAMEWORK_PROFILES.map(profile => profile.principles.model));

/** The catalogue model of the national targets an indicator's `basis` names. */
export const TARGET_MODEL = 'TARGET';

/** The shipped profile a name in `conforms` stands for: its version or one of its aliases. */
export function profileNamed(name: string): FrameworkProfile | undefined {
    const wanted = name.trim();
    return FRAMEWORK_PROFILES.find(profile => profile.version === wanted || profile.aliases?.includes(wanted));
}

/** Every name `conforms` accepts, each profile's version first. */
export function profileNames(): string[] {
    return FRAMEWORK_PROFILES.flatMap(profile => [profile.version, ...(profile.aliases ?? [])]);
}

/**
 * Every profile the framework states it conforms to that ships, in the order written, once each; framework 4.0
 * when it states none that ships.
 */
export function statedProfiles(framework: Pick<FrameworkModel, 'conforms'>): FrameworkProfile[] {
    const stated = [...new Set(framework.conforms.map(profileNamed).filter(profile => profile !== undefined))];
    return stated.length > 0 ? stated : [DEFAULT_PROFILE];
}

/** The governing profile: the first stated one that ships (`conforms "3090", "4.0"` → 3090); framework 4.0 when none. */
export function frameworkProfile(framework: Pick<FrameworkModel, 'conforms'>): FrameworkProfile {
    return statedProfiles(framework)[0];
}

/**
 * What a note on a missing or misplaced section cites: the paragraph of the profile's text that prescribes it
 * ("Chương 1, III.2.a" under 4.0), or, where the profile's outline was not read (3090), the profile by its title
 * alone, so that no paragraph number is invented.
 */
export function sectionReference(profile: FrameworkProfile, key: SectionKey): Localized {
    return profile.sections.find(entry => entry.section === key)?.reference ?? profile.title;
}

/**
 * What a note on a framework's missing body or level cites: the paragraph of the profile's text that names a framework
 * by them ("Chương 1, I.1" under 4.0), or the profile by its title alone where that text was not read (3090).
 */
export function bodyReference(profile: FrameworkProfile): Localized {
    return profile.titlePattern.reference ?? profile.title;
}

/** The source, status and note of a principle: its own where it has them, else those of the profile's list. */
export function principleSource(profile: FrameworkProfile, principle: ProfilePrinciple): Sourced {
    const { source, status, note } = profile.principles;
    return {
        source: principle.source ?? source,
        status: principle.status ?? status,
        note: principle.note ?? (principle.status ? undefined : note)
    };
}

/** The national wording of a principle a–l, with its citation, as the profile quotes it. */
export function principleText(profile: FrameworkProfile, code: string): ProfilePrinciple | undefined {
    return profile.principles.entries.find(entry => entry.code === code);
}

/**
 * A national principle as the documents number it, "1)" or "a)": the national text's own numbering, never a code KTS
 * made up to tell two profiles' principles apart.
 */
export function nationalPrincipleNumber(code: string): string {
    for (const profile of FRAMEWORK_PROFILES) {
        const principle = principleText(profile, code);
        if (principle) return `${principle.label ?? principle.code})`;
    }
    return `${code})`;
}

/** The parts of a profile with an entry whose status is `draft`: what was not checked against the primary text. */
export function uncheckedParts(profile: FrameworkProfile): ProfilePart[] {
    const draft = (entries: ReadonlyArray<Pick<Sourced, 'status'> | undefined>) => entries.some(entry => entry?.status === 'draft');
    const parts: Record<ProfilePart, boolean> = {
        issuedBy: draft([profile.issuedBy]),
        titlePattern: draft([profile.titlePattern]),
        sections: draft(profile.sections),
        principles: draft([profile.principles, ...profile.principles.entries.map(entry => principleSource(profile, entry))]),
        legalBases: draft(profile.legalBases),
        functionalLayers: draft([profile.functionalLayers, profile.functionalLayers?.mapping]),
        targets: draft(profile.targets ?? [])
    };
    return (Object.keys(parts) as ProfilePart[]).filter(part => parts[part]);
}
