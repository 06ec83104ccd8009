import { AstUtils, DefaultAstNodeDescriptionProvider } from 'langium';
import { describe, expect, test } from 'vitest';
import { KtsAstNodeDescriptionProvider } from '../src/references/kts-ast-descriptions.js';
import { sampleFiles } from './sample.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

// Exported symbols locate their node's text on first use (the outline, symbol search and go-to-definition read it);
// what they give must be what Langium's descriptions locate when they are made.

const Kts = createTestServices();
const documents = await buildWorkspace(Kts, sampleFiles());
const langiums = new DefaultAstNodeDescriptionProvider(Kts);

describe('KtsAstNodeDescriptionProvider', () => {
    test('describes the exported symbols', () => {
        expect(Kts.workspace.AstNodeDescriptionProvider).toBeInstanceOf(KtsAstNodeDescriptionProvider);
    });

    test('each exported element, task and catalogue entry of the sample has the name and selection Langium gives it', () => {
        const uris = new Set([...documents.values()].map(document => document.uri.toString()));
        const exported = Kts.shared.workspace.IndexManager.allElements()
            .filter(description => uris.has(description.documentUri.toString()))
            .toArray();
        expect(exported.length).toBeGreaterThanOrEqual(20);
        for (const description of exported) {
            const node = description.node!;
            const expected = langiums.createDescription(node, description.name, AstUtils.getDocument(node));
            expect({
                name: description.name,
                path: description.path,
                type: description.type,
                uri: description.documentUri.toString(),
                nameSegment: description.nameSegment,
                selectionSegment: description.selectionSegment
            }).toEqual({
                name: expected.name,
                path: expected.path,
                type: expected.type,
                uri: expected.documentUri.toString(),
                nameSegment: expected.nameSegment,
                selectionSegment: expected.selectionSegment
            });
        }
    });
});
