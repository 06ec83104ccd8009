import type { LangiumDocumentFactory } from 'langium';

/** How the factory's updates of a changed text were parsed: spliced (the tree kept) or whole (a new tree). */
export interface Reparses {
    spliced: number;
    whole: number;
}

/** Counts the factory's updates from now on (the bench reports the share; tests check it is not vacuous). */
export function countReparses(factory: LangiumDocumentFactory): Reparses {
    const counts = { spliced: 0, whole: 0 };
    const update = factory.update.bind(factory);
    factory.update = async (document, cancellationToken) => {
        const before = document.parseResult;
        const oldText = before.value.$cstNode?.root.fullText;
        const updated = await update(document, cancellationToken);
        if (document.parseResult !== before) counts.whole++;
        else if (document.parseResult.value.$cstNode?.root.fullText !== oldText) counts.spliced++;
        return updated;
    };
    return counts;
}
