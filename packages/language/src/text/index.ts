/**
 * `@kts/language/text`: the text toolkit, which loads no Langium — one normalisation and folding for matching,
 * one escaping function per output syntax, and the Kotlin-script check. The extension host bundles only this
 * part of the package; the model face re-exports it.
 */
export { isKotlinScript, isKotlinScriptName, looksLikeKotlin } from './kotlin-script.js';
export { foldVietnamese, closestMatches, editDistance } from './text-match.js';
export { canonicalSpelling, normalizeInput } from './normalize.js';
export {
    escapeHtml,
    escapeMermaid,
    escapeMermaidFrontMatter,
    escapeMermaidGantt,
    escapePlantUml,
    escapePlantUmlGantt,
    escapeXml
} from './escape.js';
