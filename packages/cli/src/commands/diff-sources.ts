import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkoutRevision, GitRevisionError } from '@kts/language';
import { UsageError } from '../cli-io.js';

/** One side of `kts diff`: a folder (or file) as it is on disk, or a git revision of the current folder's repository. */
export interface DiffSide {
    /** What the user named: a path, a revision, or nothing for the working tree. */
    input?: string;
    kind: 'folder' | 'revision' | 'workingTree';
    /** The commit a revision names. */
    commit?: string;
    /** The folder or file to load. */
    path: string;
    /** Removes what was made to read the side (a revision's files); nothing for a folder. */
    dispose(): void;
}

/**
 * Resolves `<base>` or `<head>`: an existing file or folder is read as it is; anything else is a git revision of the
 * repository `within` is in, whose files are written to a temporary folder (`git archive`), and the side is the
 * counterpart of `within` there. Without an input, `within` as it is (the working tree). `within` is the current
 * folder for `kts diff`, the input of `kts generate --since`.
 */
export function resolveDiffSide(
    input: string | undefined,
    cwd: string,
    within = cwd,
    missing: 'diffMissingInRevision' | 'sinceMissingInRevision' = 'diffMissingInRevision'
): DiffSide {
    if (input === undefined) return { kind: 'workingTree', path: within, dispose: () => {} };
    const asPath = path.resolve(cwd, input);
    if (fs.existsSync(asPath)) return { input, kind: 'folder', path: asPath, dispose: () => {} };
    const isFile = fs.existsSync(within) && fs.statSync(within).isFile();
    const { side, prefix } = revisionFiles(input, isFile ? path.dirname(within) : within);
    const inRepository = isFile ? path.posix.join(prefix, path.basename(within)) : prefix;
    const found = isFile ? path.join(side.path, path.basename(within)) : side.path;
    if (!fs.existsSync(found)) {
        side.dispose();
        throw UsageError.of(missing, { revision: input, path: inRepository.replace(/\/$/, '') || '.' });
    }
    return { ...side, path: found };
}

/** The revision's files, or a usage error saying why git could not give them. */
function revisionFiles(revision: string, folder: string): { side: DiffSide; prefix: string } {
    try {
        const checkout = checkoutRevision(revision, folder);
        const side: DiffSide = {
            input: revision,
            kind: 'revision',
            commit: checkout.commit,
            path: checkout.folder,
            dispose: checkout.dispose
        };
        return { side, prefix: checkout.prefix };
    } catch (error) {
        if (!(error instanceof GitRevisionError)) throw error;
        switch (error.fault) {
            case 'noGit':
                throw UsageError.of('diffNoGit', { revision, reason: error.detail });
            case 'notRepository':
                throw UsageError.of('diffNotRepository', { revision, folder: error.detail });
            case 'unknownRevision':
                throw UsageError.of('diffUnknownRevision', { revision });
            case 'gitFailed':
                throw UsageError.of('diffGitFailed', { revision, reason: error.detail });
        }
    }
}
