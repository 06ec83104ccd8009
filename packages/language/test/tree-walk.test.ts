import { AstUtils, type AstNode, type ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import { isElement } from '../src/generated/ast.js';
import { forEachReference, TreeWalk } from '../src/workspace/tree-walk.js';
import { sampleFiles } from './sample.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

// Linking and validation walk the syntax tree with TreeWalk instead of Langium's streams; they must meet the nodes
// and references in Langium's order, since the diagnostics come out in the order the checks meet them.

const documents = await buildWorkspace(createTestServices(), {
    ...sampleFiles(),
    // A tree the parser recovered from an error is walked as well.
    'broken.kts': 'framework hong { target { application { ung_dung "Ứng dụng" { integrates khong_co via } } } }'
});
const roots = [...documents.values()].map(document => document.parseResult.value);

function walked(root: AstNode, prune: (node: AstNode) => boolean = () => false): AstNode[] {
    const nodes: AstNode[] = [];
    const walk = new TreeWalk(root);
    for (let node = walk.next(); node; node = walk.next()) {
        nodes.push(node);
        if (node !== root && prune(node)) walk.prune();
    }
    return nodes;
}

function streamed(root: AstNode, prune: (node: AstNode) => boolean = () => false): AstNode[] {
    const nodes: AstNode[] = [];
    const stream = AstUtils.streamAst(root).iterator();
    for (const node of stream) {
        nodes.push(node);
        if (node !== root && prune(node)) stream.prune();
    }
    return nodes;
}

function references(nodes: AstNode[], each: (node: AstNode, visit: (info: ReferenceInfo) => void) => void) {
    const found: Array<[string, string, number | undefined]> = [];
    for (const node of nodes) each(node, info => found.push([info.reference.$refText, info.property, info.index]));
    return found;
}

describe('TreeWalk', () => {
    test('meets every node of the sample in the order of Langium’s streamAst', () => {
        for (const root of roots) expect(walked(root)).toEqual(streamed(root));
        expect(roots.flatMap(root => walked(root)).length).toBeGreaterThan(90);
    });

    test('leaves out the children of a pruned node, as a pruned stream does', () => {
        for (const root of roots) expect(walked(root, isElement)).toEqual(streamed(root, isElement));
        expect(walked(roots[0] as AstNode, isElement).some(node => node.$container && isElement(node.$container))).toBe(false);
    });
});

describe('forEachReference', () => {
    test('gives each node’s references, with their property and index, as Langium’s streamReferences does', () => {
        for (const root of roots) {
            const nodes = streamed(root);
            expect(references(nodes, forEachReference)).toEqual(
                references(nodes, (node, visit) => AstUtils.streamReferences(node).forEach(visit))
            );
        }
        const all = roots.flatMap(root => references(streamed(root), forEachReference));
        expect(all.length).toBeGreaterThan(30);
        // Lists of references (relation targets, `via`) and single ones (a task's funding source) alike.
        expect(all.some(([, , index]) => index !== undefined)).toBe(true);
        expect(all.some(([, , index]) => index === undefined)).toBe(true);
    });
});
