import type { LangiumDocument, Reference } from 'langium';
import type { KtsScopeProvider, ReferenceTarget } from '../kts-scope-provider.js';
import { referenceTarget } from '../kts-scope-provider.js';
import { closestMatches } from '../util/text-match.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';

const WHAT = {
    element: { vi: 'phần tử hoặc thành phần quốc gia', en: 'element or national component' },
    task: { vi: 'nhiệm vụ', en: 'task' },
    code: { vi: 'mã', en: 'code' }
} as const;

/**
 * Reports references the linker could not resolve, with the closest existing names. Codes of
 * reference models whose catalogue is incomplete are only a warning (kts/unknown-code).
 */
export function checkReferences(document: LangiumDocument, scopes: KtsScopeProvider, catalogs: CatalogIndex, reporter: DiagnosticReporter): void {
    for (const reference of document.references as Reference[]) {
        if (!reference.error || !reference.$refNode) continue;
        const info = reference.error.info;
        const target = referenceTarget({ container: info.container, property: info.property, reference: info.reference, index: info.index });
        if (!target) continue;
        const refText = reference.$refText;
        const candidates = [...scopes.visible(target)];
        const matches = closestMatches(refText, candidates);
        const suggestion = suggestionText(matches, reporter.language);
        const options = { range: reference.$refNode.range, data: { suggestions: matches.map(match => match.name), refText } };
        if (target.kind === 'code' && isReferenceModelPosition(target)) {
            const model = catalogs.modelForCode(refText);
            if (!model) {
                reporter.report('kts/code-pattern', info.container, { code: refText, patterns: catalogs.patternSummary() }, options);
                continue;
            }
            reporter.report('kts/unknown-code', info.container, {
                code: refText,
                model: model.name,
                completeness: model.complete ? '' : (reporter.language === 'vi' ? ' (danh mục chưa đầy đủ: hãy kiểm tra với Phụ lục chính thức)' : ' (the catalogue is incomplete: check against the official appendix)'),
                suggestion
            }, { ...options, severity: model.complete ? undefined : 'warning' });
            continue;
        }
        reporter.report('kts/unresolved-reference', info.container, { what: WHAT[target.kind][reporter.language], ref: refText, suggestion }, options);
    }
}

function isReferenceModelPosition(target: ReferenceTarget & { kind: 'code' }): boolean {
    return target.accepts('DRM') || target.accepts('BRM');
}

function suggestionText(matches: Array<{ name: string; title?: string }>, language: 'vi' | 'en'): string {
    if (matches.length === 0) return '';
    const list = matches.map(match => (match.title ? `'${match.name}' (${match.title})` : `'${match.name}'`)).join(', ');
    return language === 'vi' ? ` Có phải ý bạn là ${list}?` : ` Did you mean ${list}?`;
}
