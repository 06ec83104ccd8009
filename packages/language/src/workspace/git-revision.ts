import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Why a revision could not be read: git is missing, the folder is in no repository, git knows no such revision, or it failed. */
export type GitRevisionFault = 'noGit' | 'notRepository' | 'unknownRevision' | 'gitFailed';

export class GitRevisionError extends Error {
    constructor(
        readonly fault: GitRevisionFault,
        readonly revision: string,
        /** The folder for `notRepository`, git's own message for `noGit` and `gitFailed`. */
        readonly detail: string
    ) {
        super(`${fault}: ${revision}: ${detail}`);
    }
}

/** A revision's files, written to a temporary folder. */
export interface RevisionCheckout {
    revision: string;
    commit: string;
    /** The counterpart, in the revision's files, of the folder it was read for (which may not exist there). */
    folder: string;
    /** Where that folder is inside the repository, `tinh-lao-cai/`; empty at the repository's top. */
    prefix: string;
    /** Removes the files. */
    dispose(): void;
}

function git(args: string[], cwd: string, revision: string) {
    const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 30 });
    if (result.error) {
        const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new GitRevisionError(missing ? 'noGit' : 'gitFailed', revision, result.error.message);
    }
    return result;
}

/**
 * Writes the files of `revision` of the repository `folder` is in to a temporary folder (`git archive` of the whole
 * repository, so that catalogues a workspace's config names above it come too): what `kts diff`, `kts generate
 * --since` and the editor's "Compare with version…" read the older side from.
 */
export function checkoutRevision(revision: string, folder: string): RevisionCheckout {
    const cwd = fs.existsSync(folder) ? folder : path.dirname(folder);
    const where = git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd, revision);
    if (where.status !== 0) throw new GitRevisionError('notRepository', revision, cwd);
    const [top, prefix = ''] = where.stdout.toString().split('\n');
    // `--end-of-options` keeps a revision that starts with a dash from being read as an option.
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd, revision);
    if (commit.status !== 0) throw new GitRevisionError('unknownRevision', revision, '');
    const sha = commit.stdout.toString().trim();
    const archive = git(['archive', '--format=tar', sha], top!, revision);
    if (archive.status !== 0) throw new GitRevisionError('gitFailed', revision, archive.stderr.toString().trim());

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-diff-'));
    const dispose = () => fs.rmSync(copy, { recursive: true, force: true });
    const extract = spawnSync('tar', ['-x', '-f', '-', '-C', copy], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (extract.error || extract.status !== 0) {
        dispose();
        throw new GitRevisionError('gitFailed', revision, extract.error?.message ?? extract.stderr.toString().trim());
    }
    return { revision, commit: sha, folder: path.join(copy, prefix.trim()), prefix: prefix.trim(), dispose };
}
