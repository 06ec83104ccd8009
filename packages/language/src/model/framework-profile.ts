import khung40 from '../../data/profiles/khung-4.0.json' with { type: 'json' };
import type { CatalogStatus, FrameworkModel, LayerKind, ProtectionModel } from './architecture-model.js';
import type { Localized } from './language.js';
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
}

export interface ProfilePrinciple {
    code: string;
    /** The national wording, verbatim; paragraphs separated by a line break. */
    text: string;
    citation: string;
}

/** A legal document the national framework names as a basis: its code in the legal-documents catalogue. */
export interface LegalBasis extends Sourced {
    document: string;
}

export interface GlossaryEntry extends Sourced {
    abbreviation: string;
    expansion: Localized;
}

export interface FrameworkProfile {
    id: string;
    /** The national framework version a framework's `conforms` names. */
    version: string;
    title: Localized;
    issuedBy?: Sourced & { number?: string; date?: string; issuer?: string; replaces?: string[] };
    titlePattern: Sourced & { vocabulary: 'frameworkTitle' };
    cover: Sourced & { nationalHeading: Localized[]; draftMark: Localized };
    sections: ProfileSection[];
    componentArchitectures?: Sourced & { layers: LayerKind[]; in: SectionKey[] };
    implementationParts?: Sourced & { parts: string[] };
    /** The closing line of the responsibilities chapter: where the approved framework is sent (not by the recipient itself). */
    afterApproval?: Sourced & { text: Localized; recipient: string };
    /** The four layers of protection (Chỉ thị 14/CT-TTg, 2019), named as the national text names them. */
    protectionModel: Sourced & { layers: Record<keyof ProtectionModel, Localized> };
    principles: Sourced & { catalogue: string; entries: ProfilePrinciple[] };
    legalBases: LegalBasis[];
    glossary: GlossaryEntry[];
}

/** The shipped profiles, one per national framework version; a second national framework sits beside the first. */
export const FRAMEWORK_PROFILES: readonly FrameworkProfile[] = [khung40 as FrameworkProfile];

const DEFAULT_PROFILE = FRAMEWORK_PROFILES[0];

/** The profile a framework conforms to (`conforms "4.0"`); framework 4.0 when it names none or one not shipped. */
export function frameworkProfile(framework: Pick<FrameworkModel, 'conforms'>): FrameworkProfile {
    return FRAMEWORK_PROFILES.find(profile => profile.version === framework.conforms) ?? DEFAULT_PROFILE;
}

/** The national wording of a principle a–l, with its citation, as the profile quotes it. */
export function principleText(profile: FrameworkProfile, code: string): ProfilePrinciple | undefined {
    return profile.principles.entries.find(entry => entry.code === code);
}
