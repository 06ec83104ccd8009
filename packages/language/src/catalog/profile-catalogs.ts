import type { CatalogFile, CatalogFileEntry } from './catalog-types.js';
import type { CatalogStatus } from '../model/architecture-model.js';
import { FRAMEWORK_PROFILES, principleSource, TARGET_MODEL, type FrameworkProfile } from '../model/framework-profile.js';
import { fillTemplate } from '../model/language.js';
import { VOCABULARY } from '../model/vocabulary.js';

/**
 * The built-in catalogues made from the profiles, so that their principles and targets link, complete and hover like
 * any catalogue code and a workspace catalogue can override them: the principles of a profile whose entries carry
 * their own short title (3090; the principles a–l of 4.0 have a catalogue of their own), and every profile's targets.
 */
export function profileCatalogs(): CatalogFile[] {
    return FRAMEWORK_PROFILES.flatMap(profile =>
        [principleCatalog(profile), targetCatalog(profile)].filter(catalog => catalog !== undefined)
    );
}

let profileCatalogIds: ReadonlySet<string> | undefined;

/** Whether a catalogue was made from a profile: its draft entries are unchecked against the primary text, not drafts. */
export function isProfileCatalog(id: string): boolean {
    profileCatalogIds ??= new Set(profileCatalogs().map(catalog => catalog.id));
    return profileCatalogIds.has(id);
}

function principleCatalog(profile: FrameworkProfile): CatalogFile | undefined {
    const principles = profile.principles;
    if (!principles.entries.every(entry => entry.title)) return undefined;
    const entries = principles.entries.map((principle): CatalogFileEntry => {
        const { source, status, note } = principleSource(profile, principle);
        return {
            code: principle.code,
            model: principles.model,
            kind: 'principle',
            name: principle.title?.vi ?? principle.code,
            nameEn: principle.title?.en,
            description: principle.text,
            section: principle.citation,
            status,
            source,
            note
        };
    });
    return catalogOf(profile, principles.catalogue, 'principles', principles.model, entries);
}

function targetCatalog(profile: FrameworkProfile): CatalogFile | undefined {
    if (!profile.targets?.length) return undefined;
    const entries = profile.targets.map(
        (target): CatalogFileEntry => ({
            code: target.code,
            model: TARGET_MODEL,
            kind: 'target',
            name: fillTemplate(VOCABULARY.profileCatalogue.targetByYear.vi, { year: target.year, text: target.text.vi }),
            nameEn: fillTemplate(VOCABULARY.profileCatalogue.targetByYear.en, { year: target.year, text: target.text.en }),
            status: target.status,
            source: target.source,
            note: target.note
        })
    );
    return catalogOf(profile, `national-targets-${profile.version}`, 'targets', TARGET_MODEL, entries);
}

function catalogOf(
    profile: FrameworkProfile,
    id: string,
    what: 'principles' | 'targets',
    model: string,
    entries: CatalogFileEntry[]
): CatalogFile {
    const words = VOCABULARY.profileCatalogue;
    const title = (language: 'vi' | 'en') => fillTemplate(words[what][language], { profile: profile.title[language] });
    return {
        id,
        title: { vi: title('vi'), en: title('en') },
        version: profile.version,
        status: weakest(entries.map(entry => entry.status)),
        source: profile.issuedBy?.source ?? profile.title.vi,
        models: [
            {
                model,
                name: words[what === 'principles' ? 'principleModel' : 'targetModel'],
                // Exactly the profile's codes: a code that is not among them is unknown, not merely unchecked.
                pattern: `^(?:${entries.map(entry => escapeRegExp(entry.code)).join('|')})$`,
                complete: true
            }
        ],
        entries
    };
}

/** A catalogue is only as sure as its least sure entry. */
function weakest(statuses: CatalogStatus[]): CatalogStatus {
    const order: CatalogStatus[] = ['illustrative', 'draft', 'local', 'official'];
    return order.find(status => statuses.includes(status)) ?? 'official';
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
