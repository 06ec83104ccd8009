import { createLangiumParser, isAstNode, isReference, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { KtsLangiumParser } from '../src/parser/kts-langium-parser.js';
import { ktsFiles } from '../../../bench/kts-writer.ts';
import { planWorkspace } from '../../../bench/workspace-plan.ts';
import { sampleFiles } from './sample.js';
import { createTestServices } from './test-utils.js';

// The services parse with KtsLangiumParser, which links each node to its container without Langium's walk; the trees
// must be the ones Langium's own parser makes: the same properties in the same order, the same containers, the same
// syntax errors.

const Kts = createTestServices();
const langiums = createLangiumParser(Kts);

/** The tree as JSON, each node's container, property and index included, with references as their text. */
function described(node: AstNode): string {
    const index = new Map<AstNode, number>();
    for (const [at, each] of [node, ...descendants(node)].entries()) index.set(each, at);
    return JSON.stringify(node, (key, value: unknown) => {
        if (key === '$container') return index.get(value as AstNode);
        if (key === '$cstNode')
            return value && { offset: (value as { offset: number }).offset, length: (value as { length: number }).length };
        if (key === '$document') return undefined;
        if (isReference(value)) return { $refText: value.$refText };
        return value;
    });
}

function descendants(node: AstNode): AstNode[] {
    const found: AstNode[] = [];
    for (const value of Object.values(node)) {
        for (const item of Array.isArray(value) ? value : [value]) {
            if (isAstNode(item) && item.$container === node) found.push(item, ...descendants(item));
        }
    }
    return found;
}

const TEXTS = {
    ...sampleFiles(),
    ...Object.fromEntries(ktsFiles(planWorkspace('one', 20261127))),
    'broken.kts': 'framework hong { target { application { ung_dung "Ứng dụng" { integrates khong_co via } } } }'
};

describe('KtsLangiumParser', () => {
    test('parses for the services', () => {
        expect(Kts.parser.LangiumParser).toBeInstanceOf(KtsLangiumParser);
    });

    test.each(Object.keys(TEXTS))('%s gives the tree and errors of Langium’s parser', name => {
        const text = TEXTS[name as keyof typeof TEXTS];
        const ours = Kts.parser.LangiumParser.parse(text);
        const theirs = langiums.parse(text);
        expect(described(ours.value)).toEqual(described(theirs.value));
        expect(ours.parserErrors.map(error => error.message)).toEqual(theirs.parserErrors.map(error => error.message));
        expect(ours.lexerErrors).toEqual(theirs.lexerErrors);
    });

    test('a single rule parses as Langium parses it (an edit re-parses one element)', () => {
        const element = 'ung_dung "Ứng dụng" { integrates lgsp via ndxp, khac }';
        expect(described(Kts.parser.LangiumParser.parse(element, { rule: 'Element' }).value)).toEqual(
            described(langiums.parse(element, { rule: 'Element' }).value)
        );
    });
});
