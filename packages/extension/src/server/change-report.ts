import { checkoutRevision, diffWorkspaces, editorMessage, loadWorkspace, type ArchitectureModel, type Language } from '@kts/language';
import { generateChangeAnnex } from '@kts/documents';
import type { Edition } from '@kts/documents';
import type { ChangeLens, PreviewSince } from '../protocol.js';

/** Base versions already read, by folder and revision: a refresh after each edit reads only the edited side again. */
const baseModels = new Map<string, Promise<ArchitectureModel>>();

/**
 * The model of a workspace folder as it was in a git revision, read as `kts diff` reads it (the revision's files in a
 * temporary folder, with the catalogues its config names); kept for the next refresh of the same comparison.
 */
function baseModel(since: PreviewSince, language: Language): Promise<ArchitectureModel> {
    const key = `${since.folder}\u0000${since.revision}\u0000${language}`;
    let model = baseModels.get(key);
    if (!model) {
        model = (async () => {
            const checkout = checkoutRevision(since.revision, since.folder);
            try {
                const workspace = await loadWorkspace({ paths: [checkout.folder], overrides: { language } });
                return workspace.linkedModel().model;
            } finally {
                checkout.dispose();
            }
        })();
        // A failure is said once and tried again at the next request, not kept.
        model.catch(() => baseModels.delete(key));
        baseModels.set(key, model);
    }
    return model;
}

/**
 * The report of what changed in a framework since a revision, as the HTML annex `kts diff --format html` writes:
 * the change view, the counts and a table per part, each row leading to its source.
 */
export async function changeReportHtml(
    model: ArchitectureModel,
    frameworkId: string,
    since: PreviewSince,
    language: Language,
    edition: Edition
): Promise<{ title: string; content: string }> {
    const before = await baseModel(since, language);
    const changeSet = diffWorkspaces(before, model);
    const [page] = await generateChangeAnnex(model, frameworkId, changeSet, {
        formats: ['html'],
        language,
        edition,
        base: since.revision,
        before
    });
    return { title: page!.title, content: page!.content as string };
}

/**
 * The code lenses of one file while a comparison is shown: above each element added or changed since the revision
 * (a relation of its own added, removed or changed counts as a change of the element), what the report says of it.
 */
export async function changeLenses(model: ArchitectureModel, uri: string, since: PreviewSince, language: Language): Promise<ChangeLens[]> {
    const before = await baseModel(since, language);
    const actions = new Map<string, 'added' | 'changed'>();
    for (const change of diffWorkspaces(before, model).changes) {
        if (change.section === 'element' && change.action !== 'removed') actions.set(change.id, change.action);
        else if (change.section === 'relation' && change.relation && !actions.has(change.relation.source))
            actions.set(change.relation.source, 'changed');
    }
    const lenses: ChangeLens[] = [];
    for (const [qualifiedName, action] of actions) {
        const element = model.elements.get(qualifiedName);
        if (element?.source.uri !== uri) continue;
        const title = editorMessage(action === 'added' ? 'addedSince' : 'changedSince', language, { base: since.revision });
        lenses.push({ range: element.source.range, title });
    }
    return lenses.sort((a, b) => a.range.start.line - b.range.start.line);
}
