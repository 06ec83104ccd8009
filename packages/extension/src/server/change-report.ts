import { checkoutRevision, diffWorkspaces, loadWorkspace, type ArchitectureModel, type Language } from '@kts/language';
import { generateChangeAnnex } from '@kts/documents';
import type { Edition } from '@kts/documents';
import type { PreviewSince } from '../protocol.js';

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
