/**
 * Gradle build scripts and Kotlin scripts use the `.kts` extension too. An editor that starts the KTS
 * server for every `.kts` file must not paint a Gradle build red, so such documents are recognised
 * here — the only place the rule lives — and treated as empty (see DEVELOPERS.md, "Kotlin scripts").
 */

/** `build.gradle.kts`, `settings.gradle.kts`, `init.gradle.kts`, `*.main.kts`: named as Kotlin. */
export function isKotlinScriptName(file: string): boolean {
    return /\.(gradle|main)\.kts$/i.test(file);
}

// Words a Kotlin script or Gradle build file starts a declaration with; followed by a space, `{`, `(`, `.`, `=` or
// the end, they count.
const KOTLIN_FIRST_WORDS = new Set([
    'package',
    'import',
    'plugins',
    'pluginManagement',
    'buildscript',
    'dependencies',
    'dependencyResolutionManagement',
    'repositories',
    'rootProject',
    'include',
    'allprojects',
    'subprojects',
    'tasks',
    'val',
    'var',
    'fun',
    'object',
    'class'
]);

/** The only words a KTS file starts with. */
const KTS_FIRST_WORDS = new Set(['framework', 'catalog']);

/** Only the beginning of the text is looked at: the first word decides. */
const HEAD_LIMIT = 64 * 1024;

/**
 * Whether the text starts, after comments and blank lines, the way Kotlin does and KTS never does: `#!`, an
 * annotation (`@file:…`, `@Suppress(…)`), a declaration word above, or any other top-level statement or call — a
 * word other than `framework` and `catalog` directly followed by `{`, `(`, `<`, `.` or `=` (`java { … }`,
 * `println(…)`, `version = "1.0"`). A KTS file with a misspelt first word (`framwork hue {`) still reads as KTS,
 * so its author sees the syntax error.
 */
export function looksLikeKotlin(text: string): boolean {
    const head = text.slice(0, HEAD_LIMIT).replace(/^\uFEFF/, '');
    if (head.startsWith('#!')) return true;
    const rest = head.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '');
    if (rest.startsWith('@')) return true;
    const word = /^[A-Za-z_]\w*/.exec(rest)?.[0];
    if (word === undefined || KTS_FIRST_WORDS.has(word)) return false;
    const after = rest.slice(word.length);
    if (KOTLIN_FIRST_WORDS.has(word) && /^(?:[\s{(.=]|$)/.test(after)) return true;
    return /^[ \t]*[{(<.=]/.test(after);
}

/** The rule: a Kotlin name, or Kotlin content in any `.kts` file. */
export function isKotlinScript(file: string, text: string): boolean {
    return isKotlinScriptName(file) || looksLikeKotlin(text);
}
