import type { LangiumDocument } from 'langium';
import type { Framework, KtsFile } from '../generated/ast.js';

/**
 * The `framework <id> { … }` blocks of the documents, by id, in the order of the documents: the order in which the
 * model merges them (`buildArchitectureModel`), so the first block that states a header property is the one it keeps.
 */
export function frameworkBlocks(documents: Iterable<LangiumDocument>): Map<string, Framework[]> {
    const blocks = new Map<string, Framework[]>();
    for (const document of documents) {
        for (const block of (document.parseResult.value as KtsFile).frameworks ?? []) {
            const list = blocks.get(block.name);
            if (list) list.push(block);
            else blocks.set(block.name, [block]);
        }
    }
    return blocks;
}

/**
 * The profiles a framework states, as its merged model has them: the first `conforms` of the first block that names
 * one. They are plain strings of the syntax tree, so they are known before any reference is linked.
 */
export function statedConforms(blocks: Iterable<Framework>): readonly string[] {
    for (const block of blocks) {
        const [conforms] = block.conforms;
        if (conforms && conforms.profiles.length > 0) return conforms.profiles;
    }
    return [];
}
