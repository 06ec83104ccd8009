/**
 * `@kts/language/text`: text helpers that load no Langium, for code that must stay light — the extension host
 * bundles only this part of the package.
 */
export { isKotlinScript, isKotlinScriptName, looksLikeKotlin } from './kotlin-script.js';
export { foldVietnamese } from '../util/text-match.js';
