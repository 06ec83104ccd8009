// Written for every Node a user may still have (no syntax or named import that an older Node lacks), so that each KTS
// program started by an older Node says what to install instead of failing with a syntax error from its code.
import { readFileSync } from 'node:fs';

/**
 * Stops the program, with exit code 2 and one sentence on stderr, when the running Node is older than the `engines`
 * field of `packageJson` asks. `sentences` holds the sentence per language, with {required}, {running} and {node}.
 */
export function stopOnOlderNode({ program, packageJson, sentences, language }) {
    const required = JSON.parse(readFileSync(packageJson, 'utf8')).engines.node.replace(/^>=/, '');
    if (!olderThan(process.versions.node, required)) return;
    const values = { required, running: process.versions.node, node: process.execPath };
    const sentence = sentences[language === 'en' ? 'en' : 'vi'];
    process.stderr.write(`${program}: ${sentence.replace(/\{(\w+)\}/g, (_, name) => values[name])}\n`);
    process.exit(2);
}

function olderThan(version, minimum) {
    const [have, need] = [version, minimum].map(text => text.split('.').map(Number));
    const differing = need.findIndex((part, index) => (have[index] ?? 0) !== part);
    return differing >= 0 && (have[differing] ?? 0) < need[differing];
}
