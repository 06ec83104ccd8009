import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheFolder } from '../src/cache-folder.js';

describe("the user's cache folder", () => {
    test('is KTS_CACHE_DIR where it is set, on every platform', () => {
        expect(cacheFolder({ KTS_CACHE_DIR: '/srv/kts-cache', XDG_CACHE_HOME: '/x' }, 'linux', '/home/an')).toBe(
            path.resolve('/srv/kts-cache')
        );
        expect(cacheFolder({ KTS_CACHE_DIR: 'relative' }, 'linux', '/home/an')).toBe(path.resolve('relative'));
    });

    test("is the platform's place for a user's caches otherwise", () => {
        expect(cacheFolder({}, 'linux', '/home/an')).toBe('/home/an/.cache/kts');
        expect(cacheFolder({ XDG_CACHE_HOME: '/var/cache/an' }, 'linux', '/home/an')).toBe('/var/cache/an/kts');
        expect(cacheFolder({}, 'darwin', '/Users/an')).toBe('/Users/an/.cache/kts');
        expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\An\\AppData\\Local' }, 'win32', 'C:\\Users\\An')).toBe(
            'C:\\Users\\An\\AppData\\Local\\kts\\Cache'
        );
        expect(cacheFolder({}, 'win32', 'C:\\Users\\An')).toBe('C:\\Users\\An\\AppData\\Local\\kts\\Cache');
    });

    test('takes an empty variable as unset', () => {
        expect(cacheFolder({ KTS_CACHE_DIR: '', XDG_CACHE_HOME: '' }, 'linux', '/home/an')).toBe('/home/an/.cache/kts');
    });
});
