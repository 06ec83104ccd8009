import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isKotlinScript, loadWorkspace } from '../src/index.js';
import { REPO_ROOT } from './lsp-stdio-client.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

describe('Gradle and Kotlin scripts that share the .kts extension', () => {
    test.each([
        ['build.gradle.kts', 'framework x { }'],
        ['settings.gradle.kts', ''],
        ['/a/b/Init.Gradle.KTS', ''],
        ['deploy.main.kts', ''],
        ['a.kts', 'plugins {\n    `java-library`\n}'],
        ['a.kts', 'plugins{ id("x") }'],
        ['a.kts', '\uFEFF// Build\n/* licence */\nimport org.gradle.api.Project\n'],
        ['a.kts', 'dependencies {\n}'],
        ['a.kts', 'rootProject.name = "kts"\n'],
        ['a.kts', 'include(":app")'],
        ['a.kts', 'package demo\n'],
        ['a.kts', 'val x = 1'],
        ['a.kts', '#!/usr/bin/env kotlin\nprintln("hi")'],
        ['a.kts', '@file:DependsOn("x")\n'],
        ['a.kts', 'java {\n    toolchain { languageVersion = JavaLanguageVersion.of(21) }\n}\n'],
        ['a.kts', '// greet\nprintln("Xin chào")\n'],
        ['a.kts', 'kotlin.jvmToolchain(21)'],
        ['a.kts', 'version = "1.0"'],
        ['a.kts', 'configure<JavaPluginExtension> { }'],
        ['a.kts', '@Suppress("UNUSED")\nfun main() {}'],
        ['a.kts', '\uFEFFgroup\t= "vn.gov"\r\n']
    ])('%s with %j is Kotlin', (file, text) => {
        expect(isKotlinScript(file, text)).toBe(true);
    });

    test.each([
        ['a.kts', ''],
        ['a.kts', '// only a comment'],
        ['a.kts', 'framework plugins { }'],
        ['a.kts', '/* import x */ framework a { }'],
        ['a.kts', 'catalog c "C" { }'],
        ['a.kts', 'framwork hue { }'],
        ['a.kts', 'importance'],
        ['a.kts', 'framework{ }'],
        ['a.kts', 'catalog(x)'],
        ['a.kts', 'hue "Huế"'],
        ['gradle.kts', 'framework a { }']
    ])('%s with %j is KTS', (file, text) => {
        expect(isKotlinScript(file, text)).toBe(false);
    });

    test('no example is mistaken for Kotlin', () => {
        const root = path.join(REPO_ROOT, 'examples');
        const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.kts'));
        expect(files.length).toBeGreaterThan(0);
        for (const name of files) expect(isKotlinScript(name, fs.readFileSync(path.join(root, name), 'utf8')), name).toBe(false);
    });

    test('a Kotlin script validated with KTS files gets no diagnostics and adds nothing to the model', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-kotlin-'));
        dirs.push(dir);
        fs.writeFileSync(path.join(dir, 'khung.kts'), 'framework hue { vision "Tầm nhìn" }\n');
        // A Kotlin Multiplatform build mentions `framework`, which KTS would otherwise read as a framework.
        fs.writeFileSync(
            path.join(dir, 'tool.kts'),
            'import org.jetbrains.kotlin.gradle.plugin.mpp.Framework\n\nkotlin { iosArm64().binaries.framework { baseName = "shared" } }\n'
        );
        const workspace = await loadWorkspace({ paths: [path.join(dir, 'khung.kts'), path.join(dir, 'tool.kts')] });
        const [ktsDocument, kotlinDocument] = workspace.documents;
        expect(kotlinDocument.uri.path).toMatch(/tool\.kts$/);
        expect(workspace.diagnostics.get(kotlinDocument)).toEqual([]);
        expect(workspace.diagnostics.get(ktsDocument)?.length).toBeGreaterThan(0);
        expect(workspace.linkedModel().model.frameworks.map(framework => framework.id)).toEqual(['hue']);
    });
});
