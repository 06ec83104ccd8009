import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
    const { side, prefix } = checkoutRevision(input, isFile ? path.dirname(within) : within);
    const inRepository = isFile ? path.posix.join(prefix, path.basename(within)) : prefix;
    const found = isFile ? path.join(side.path, path.basename(within)) : side.path;
    if (!fs.existsSync(found)) {
        side.dispose();
        throw UsageError.of(missing, { revision: input, path: inRepository.replace(/\/$/, '') || '.' });
    }
    return { ...side, path: found };
}

function git(args: string[], cwd: string, revision: string) {
    const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 30 });
    if (result.error) {
        const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
        throw UsageError.of(missing ? 'diffNoGit' : 'diffGitFailed', { revision, reason: result.error.message });
    }
    return result;
}

/** The revision's files, and where the folder is inside the repository (`tinh-lao-cai/`, empty at its top). */
function checkoutRevision(revision: string, folder: string): { side: DiffSide; prefix: string } {
    const cwd = fs.existsSync(folder) ? folder : path.dirname(folder);
    const where = git(['rev-parse', '--show-toplevel', '--show-prefix'], cwd, revision);
    if (where.status !== 0) throw UsageError.of('diffNotRepository', { revision, folder: cwd });
    const [top, prefix = ''] = where.stdout.toString().split('\n');
    // `--end-of-options` keeps a revision that starts with a dash from being read as an option.
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd, revision);
    if (commit.status !== 0) throw UsageError.of('diffUnknownRevision', { revision });
    const sha = commit.stdout.toString().trim();
    // From the top folder: in a subfolder, git archive would write only that subfolder, without the catalogues
    // a workspace's config may name above it.
    const archive = git(['archive', '--format=tar', sha], top, revision);
    if (archive.status !== 0) throw UsageError.of('diffGitFailed', { revision, reason: archive.stderr.toString().trim() });

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-diff-'));
    const dispose = () => fs.rmSync(copy, { recursive: true, force: true });
    const extract = spawnSync('tar', ['-x', '-f', '-', '-C', copy], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (extract.error || extract.status !== 0) {
        dispose();
        const reason = extract.error?.message ?? extract.stderr.toString().trim();
        throw UsageError.of('diffGitFailed', { revision, reason });
    }
    return {
        side: { input: revision, kind: 'revision', commit: sha, path: path.join(copy, prefix.trim()), dispose },
        prefix: prefix.trim()
    };
}
