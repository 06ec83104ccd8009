/**
 * Gradle build scripts and Kotlin scripts use the `.kts` extension too. An editor that starts the KTS
 * server for every `.kts` file must not paint a Gradle build red, so such documents are recognised
 * here — the only place the rule lives — and treated as empty (see DEVELOPERS.md, "Kotlin scripts").
 */

/** `build.gradle.kts`, `settings.gradle.kts`, `init.gradle.kts`, `*.main.kts`: named as Kotlin. */
export function isKotlinScriptName(file: string): boolean {
    return /\.(gradle|main)\.kts$/i.test(file);
}

// What a Kotlin script or Gradle build file starts with; none of these can start a KTS file, which opens
// with `framework` or `catalog`. Plain words must be followed by a space, `{`, `(`, `.` or `=` to count.
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

/** Only the beginning of the text is looked at: the first word decides. */
const HEAD_LIMIT = 64 * 1024;

/** Whether the text starts, after comments and blank lines, the way Kotlin does and KTS never does. */
export function looksLikeKotlin(text: string): boolean {
    const head = text.slice(0, HEAD_LIMIT).replace(/^\uFEFF/, '');
    if (head.startsWith('#!')) return true;
    const rest = head.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '');
    if (rest.startsWith('@file:')) return true;
    const word = /^([A-Za-z_]\w*)(?=[\s{(.=]|$)/.exec(rest)?.[1];
    return word !== undefined && KOTLIN_FIRST_WORDS.has(word);
}

/** The rule: a Kotlin name, or Kotlin content in any `.kts` file. */
export function isKotlinScript(file: string, text: string): boolean {
    return isKotlinScriptName(file) || looksLikeKotlin(text);
}
