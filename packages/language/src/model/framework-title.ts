import type { FrameworkModel } from './architecture-model.js';
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
 * 4.0 "Khung kiến trúc Chính phủ số <Bộ…>" for a ministry and "Khung kiến trúc Chính quyền số <Tỉnh…>" for a
 * province (Chương 1, I.1.a), under 3090 "Khung kiến trúc số <…>" — in the reader's language.
 */
export function frameworkTitle(framework: FrameworkModel, language: Language): string {
    if (framework.title) return framework.title;
    const patterns = VOCABULARY[frameworkProfile(framework).titlePattern.vocabulary];
    const template = patterns[framework.level ?? 'ministry'][language];
    return fillTemplate(template, { body: bodyName(framework, language) ?? framework.id });
}
