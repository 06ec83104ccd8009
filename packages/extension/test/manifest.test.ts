import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EXTENSION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;

function sources(dir = path.join(EXTENSION_DIR, 'src')): string[] {
    return fs.readdirSync(dir).flatMap(name => {
        const full = path.join(dir, name);
        return fs.statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
    });
}

const STRING = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const literal = (text: string): string =>
    JSON.parse(text.startsWith("'") ? `"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : text);
const sourceText = sources()
    .map(file => fs.readFileSync(file, 'utf8'))
    .join('\n');

describe('the extension manifest', () => {
    const contributed: string[] = manifest.contributes.commands.map((command: { command: string }) => command.command);

    it('declares every command the code registers, and activates on each', () => {
        const registered = [...sourceText.matchAll(new RegExp(`registerCommand\\(\\s*${STRING}`, 'g'))].map(match => literal(match[1]));
        const generated = [...sourceText.matchAll(/(kts\.(?:generate\w+|exportArchimate))'/g)].map(match => match[1]);
        expect(new Set([...registered, ...generated])).toEqual(new Set(contributed));
        for (const command of contributed) expect(manifest.activationEvents, command).toContain(`onCommand:${command}`);
        // Measured: a host did not activate a Langium extension on the implicit language event.
        expect(manifest.activationEvents).toContain('onLanguage:kts');
    });

    it('only puts declared commands and submenus in menus', () => {
        const submenus: string[] = manifest.contributes.submenus.map((submenu: { id: string }) => submenu.id);
        for (const [menu, items] of Object.entries(manifest.contributes.menus) as Array<
            [string, Array<{ command?: string; submenu?: string }>]
        >) {
            for (const item of items) {
                if (item.command) expect(contributed, menu).toContain(item.command);
                if (item.submenu) expect(submenus, menu).toContain(item.submenu);
            }
        }
        for (const command of ['kts.generateWord', 'kts.generateHtml', 'kts.generateDiagrams', 'kts.exportArchimate']) {
            expect(manifest.contributes.menus['kts.generate'].map((item: { command: string }) => item.command)).toContain(command);
        }
        expect(manifest.contributes.menus['editor/title'].map((item: { command?: string }) => item.command)).toContain('kts.openPreview');
    });

    it('has every UI string in English and Vietnamese', () => {
        const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
        expect(keys.length).toBeGreaterThan(20);
        for (const key of keys) {
            expect(nls[key], key).toBeTruthy();
            expect(nlsVi[key], key).toBeTruthy();
        }
        expect(Object.keys(nlsVi).sort()).toEqual(Object.keys(nls).sort());
        for (const [key, text] of Object.entries(nlsVi)) expect(text.normalize('NFC'), key).toBe(text);
    });

    it('has a Vietnamese translation for every message the code shows, and none left over', () => {
        const messages = new Set([...sourceText.matchAll(new RegExp(`l10n\\.t\\(\\s*${STRING}`, 'g'))].map(match => literal(match[1])));
        const bundle = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;
        expect(new Set(Object.keys(bundle))).toEqual(messages);
        for (const [message, translation] of Object.entries(bundle)) {
            expect(translation.normalize('NFC'), message).toBe(translation);
            for (const placeholder of message.match(/\{\d\}/g) ?? []) expect(translation, message).toContain(placeholder);
        }
    });

    it('targets VS Code no newer than the host it is tested in, with matching API types', () => {
        const engine = /^\^(\d+)\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
        const types = /^(\d+)\.(\d+)\.\d+$/.exec(manifest.devDependencies['@types/vscode']);
        expect(engine && types).toBeTruthy();
        const [engineMajor, engineMinor] = [Number(engine![1]), Number(engine![2])];
        expect(Number(types![1]) * 1000 + Number(types![2])).toBeLessThanOrEqual(engineMajor * 1000 + engineMinor);
        // code-server 4.139.1 embeds VS Code 1.139.1 (scripts/install-vscode-e2e-deps.sh).
        expect(engineMajor * 1000 + engineMinor).toBeLessThanOrEqual(1 * 1000 + 139);
    });

    it('hands Gradle and main.kts scripts to Kotlin by name, as the server recognises them', async () => {
        const { isKotlinScriptName } = await import('@kts/language');
        const kotlin = manifest.contributes.languages.find((language: { id: string }) => language.id === 'kotlin');
        const patterns: string[] = kotlin.filenamePatterns;
        const matches = (file: string) =>
            patterns.some(pattern => new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '.*')}$`, 'i').test(file));
        for (const file of ['build.gradle.kts', 'settings.gradle.kts', 'init.gradle.kts', 'deps.main.kts', 'khung.kts', 'tong-quan.kts']) {
            expect(matches(file), file).toBe(isKotlinScriptName(file));
        }
    });
});
