import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The folder KTS's tools (the `kts` command, the editor's language server) keep what they can make again in (the
 * figure cache): `KTS_CACHE_DIR` where set, else the platform's place for a user's caches, `%LOCALAPPDATA%\kts\Cache`
 * on Windows, `$XDG_CACHE_HOME/kts` or `~/.cache/kts` elsewhere. An empty variable counts as unset.
 */
export function cacheFolder(
    env: NodeJS.ProcessEnv = process.env,
    platform: NodeJS.Platform = process.platform,
    home = os.homedir()
): string {
    const set = (name: string) => (env[name] ? env[name] : undefined);
    const override = set('KTS_CACHE_DIR');
    if (override) return path.resolve(override);
    if (platform === 'win32') return path.win32.join(set('LOCALAPPDATA') ?? path.win32.join(home, 'AppData', 'Local'), 'kts', 'Cache');
    return path.posix.join(set('XDG_CACHE_HOME') ?? path.posix.join(home, '.cache'), 'kts');
}
