import type { FrameworkLevel, FrameworkModel } from './architecture-model.js';
import { frameworkProfile } from './framework-profile.js';
import { fillTemplate, type Language } from './language.js';
import { VOCABULARY } from './vocabulary.js';

/** The body's name in the reader's language; the Vietnamese name where no English one is written. */
export function bodyName(framework: FrameworkModel, language: Language): string | undefined {
    if (!framework.body) return undefined;
    return language === 'en' && framework.body.nameEn ? framework.body.nameEn : framework.body.name;
}

/**
 * The framework's title: as the framework writes it, or else as its governing profile's pattern names it — under
 * 4.0 "Khung kiến trúc Chính phủ số <Bộ…>" for a ministry and "Khung kiến trúc Chính quyền số <tỉnh…>" for a
 * province (Chương 1, I.1.a), under 3090 "Khung kiến trúc số <…>" — in the reader's language. A province's title
 * names the place, not its People's Committee: "Khung kiến trúc số tỉnh Gia Lai" (Quyết định 3388/QĐ-UBND), and in
 * English "Digital Architecture Framework of Gia Lai Province". A body with no English name is read in the forms of
 * its Vietnamese name, and its place keeps its Vietnamese proper name under an English lead, as official English
 * translations of Vietnamese decisions write it: "Digital Architecture Framework of Lào Cai Province".
 */
export function frameworkTitle(framework: FrameworkModel, language: Language): string {
    if (framework.title) return framework.title;
    const level = framework.level ?? 'ministry';
    const template = VOCABULARY[frameworkProfile(framework).titlePattern.vocabulary][level][language];
    const written: Language = language === 'en' && framework.body?.nameEn ? 'en' : 'vi';
    return fillTemplate(template, { body: titledPlace(bodyName(framework, language) ?? framework.id, level, written, language) });
}

/**
 * The place a governing body's name names, in the first of the vocabulary's forms (of the language the name is
 * `written` in) that fits, for a reader of `language`; else the name as written, an English one after "the".
 */
function titledPlace(body: string, level: FrameworkLevel, written: Language, language: Language): string {
    for (const form of VOCABULARY.governingBody[level]?.[written] ?? []) {
        const match = bodyForm(form).exec(body.trim());
        const place = match?.groups?.place;
        if (place) return language === written ? place : (cityIn(place, level, written, language) ?? place);
        const province = match?.groups?.province;
        const provinceName = VOCABULARY.provinceName[level]?.[language];
        if (province && provinceName) return fillTemplate(provinceName, { province });
    }
    // A name in English that names no place is a body's: "of the Department of …", "of the Ministry of …".
    return written === 'en' && !/^the\s/i.test(body) ? `the ${body}` : body;
}

/** A city's name written in one language, in another: "Thành phố Hồ Chí Minh" as "Hồ Chí Minh City". */
function cityIn(place: string, level: FrameworkLevel, written: Language, language: Language): string | undefined {
    const forms = VOCABULARY.cityName[level];
    const city = forms && bodyForm(forms[written]).exec(place.trim())?.groups?.city;
    return city && forms ? fillTemplate(forms[language], { city }) : undefined;
}

/** A form of the vocabulary as a whole-name pattern, case-insensitive, its `{place}`, `{province}` or `{city}` captured. */
function bodyForm(form: string): RegExp {
    const pattern = form
        .split(/(\{(?:place|province|city)\})/)
        .map(part => {
            const name = /^\{(place|province|city)\}$/.exec(part)?.[1];
            return name ? `(?<${name}>.+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
    return new RegExp(`^${pattern}$`, 'iu');
}
