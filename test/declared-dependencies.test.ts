import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './source-imports.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = fs.readdirSync(path.join(REPO_ROOT, 'packages')).sort();

interface Manifest {
    name: string;
    version: string;
    dependencies?: Record<string, string>;
    /** `vscode` is given to the extension by the editor named here, not installed from npm. */
    engines?: Record<string, string>;
}

function readJson<T>(file: string): T {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** `langium/lsp` → `langium`, `@kts/language/server` → `@kts/language`; undefined for relative and `node:` imports. */
function packageName(request: string): string | undefined {
    if (request.startsWith('.') || request.startsWith('node:')) return undefined;
    return request
        .split('/')
        .slice(0, request.startsWith('@') ? 2 : 1)
        .join('/');
}

/** What a source reads files of without importing it: `require.resolve('dejavu-fonts-ttf/package.json')`. */
function resolvedFiles(file: string): string[] {
    return [...fs.readFileSync(file, 'utf8').matchAll(/\.resolve\('([^']+)'\)/g)].map(match => match[1]!);
}

/** The packages each workspace package's `src` imports or reads files of at run time (type-only imports are erased). */
function runtimeImports(): Map<string, Set<string>> {
    return new Map(
        PACKAGES.map(folder => {
            const files = sourceFiles(path.join(REPO_ROOT, 'packages', folder, 'src'));
            const names = [
                ...files.flatMap(importsOf).flatMap(item => (item.typeOnly ? [] : [packageName(item.from)])),
                ...files.flatMap(resolvedFiles).map(packageName)
            ];
            return [folder, new Set(names.filter((name): name is string => name !== undefined))];
        })
    );
}

describe('declared dependencies', () => {
    const lock = readJson<{ packages: Record<string, { version?: string }> }>(path.join(REPO_ROOT, 'package-lock.json'));
    const manifests = new Map(
        PACKAGES.map(folder => [folder, readJson<Manifest>(path.join(REPO_ROOT, 'packages', folder, 'package.json'))])
    );
    const workspaceVersions = new Map([...manifests.values()].map(manifest => [manifest.name, manifest.version]));

    it('are exactly what each package imports at run time', () => {
        const imports = runtimeImports();
        for (const [folder, manifest] of manifests) {
            // A package that finds a file of its own through its package name needs no dependency on itself.
            const needed = [...(imports.get(folder) ?? [])].filter(name => !manifest.engines?.[name] && name !== manifest.name).sort();
            expect(Object.keys(manifest.dependencies ?? {}).sort(), `dependencies of packages/${folder}/package.json`).toEqual(needed);
        }
    });

    it('name the versions that package-lock.json installs', () => {
        for (const [folder, manifest] of manifests) {
            for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
                // As Node resolves it: the package's own node_modules first, then the hoisted one.
                const installed =
                    workspaceVersions.get(name) ??
                    (lock.packages[`packages/${folder}/node_modules/${name}`] ?? lock.packages[`node_modules/${name}`])?.version;
                expect(version, `${name} in packages/${folder}/package.json`).toBe(installed);
            }
        }
    });
});
