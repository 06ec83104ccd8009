import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Git repositories for the tests of `kts diff` and of the editor's "Compare with Version…": a folder made a
 * repository, its files committed and tagged as a body would tag its approved framework. The committer is fixed, so
 * that no test depends on the machine's git configuration.
 */

const COMMITTER = {
    GIT_AUTHOR_NAME: 'KTS',
    GIT_AUTHOR_EMAIL: 'kts@example.org',
    GIT_COMMITTER_NAME: 'KTS',
    GIT_COMMITTER_EMAIL: 'kts@example.org'
};

/** Runs git in `folder`; fails with git's own message. */
export function git(folder: string, ...args: string[]): string {
    const result = spawnSync('git', args, { cwd: folder, encoding: 'utf8', env: { ...process.env, ...COMMITTER } });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
}

/** Makes `folder` a git repository on branch main and commits every file in it, tagged `tag` when one is given. */
export function commitFolder(folder: string, message: string, tag?: string): void {
    git(folder, 'init', '--quiet', '--initial-branch=main');
    commitAll(folder, message, tag);
}

/** Commits every change in the repository `folder`, new files too, tagged `tag` when one is given. */
export function commitAll(folder: string, message: string, tag?: string): void {
    git(folder, 'add', '--all');
    git(folder, 'commit', '--quiet', '--message', message);
    if (tag) git(folder, 'tag', tag);
}

/**
 * Makes `folder` a git repository whose tag `tag` holds an earlier version: its files with each `[file, now, then]`
 * replacement made (a file absolute or relative to `folder`; fails loudly when `now` is not in it). The files stay as they are now.
 */
export function tagEarlierVersion(folder: string, tag: string, message: string, ...edits: Array<[string, string, string]>): void {
    const current = new Map(edits.map(([file]) => [file, fs.readFileSync(path.resolve(folder, file), 'utf8')]));
    const earlier = new Map(current);
    for (const [file, now, then] of edits) {
        const text = earlier.get(file)!;
        if (!text.includes(now)) throw new Error(`${file}: not in the text: ${now}`);
        earlier.set(
            file,
            text.replace(now, () => then)
        );
    }
    for (const [file, text] of earlier) fs.writeFileSync(path.resolve(folder, file), text);
    try {
        commitFolder(folder, message, tag);
    } finally {
        for (const [file, text] of current) fs.writeFileSync(path.resolve(folder, file), text);
    }
}
