import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseConfig, RULES } from '@kts/language';
// @ts-expect-error -- a plain ES module of the build script, without type declarations
import { configSchema } from '../scripts/config-schema.mjs';

const EXTENSION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(EXTENSION_DIR, '..', '..');
const rulesFile = path.join(REPO_ROOT, 'packages', 'language', 'data', 'rules.json');

describe('the JSON schema of kts.config.json', () => {
    const schema = configSchema(JSON.parse(fs.readFileSync(rulesFile, 'utf8')));

    it('is the one the build writes and the manifest validates kts.config.json with', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8'));
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'kts.config.json', url: './schemas/kts.config.schema.json' }]);
        const built = path.join(EXTENSION_DIR, 'schemas', 'kts.config.schema.json');
        expect(fs.existsSync(built), 'run npm run build').toBe(true);
        expect(JSON.parse(fs.readFileSync(built, 'utf8'))).toEqual(schema);
    });

    it('offers every validation rule with the severities the language accepts', () => {
        expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(
            Object.keys(RULES)
                .filter(rule => rule !== 'kts/syntax')
                .sort()
        );
        expect(() => parseConfig(JSON.stringify({ rules: { 'kts/syntax': 'warning' } }), 'kts.config.json')).toThrow();
        expect(() => parseConfig(JSON.stringify({ rules: { 'kts/no-such-rule': 'warning' } }), 'kts.config.json')).toThrow();
        expect(schema.properties.rules.additionalProperties).toBe(false);
        for (const [rule, property] of Object.entries(schema.properties.rules.properties) as Array<[string, { enum: string[] }]>) {
            for (const severity of property.enum) {
                expect(
                    () => parseConfig(JSON.stringify({ rules: { [rule]: severity } }), 'kts.config.json'),
                    `${rule}: ${severity}`
                ).not.toThrow();
            }
            expect(() => parseConfig(JSON.stringify({ rules: { [rule]: 'loud' } }), 'kts.config.json')).toThrow();
        }
    });

    it('describes exactly the keys the language reads, with the values it accepts', () => {
        expect(Object.keys(schema.properties).sort()).toEqual(['catalogs', 'language', 'rules', 'strict']);
        expect(schema.additionalProperties).toBe(false);
        expect(() => parseConfig(JSON.stringify({ langauge: 'vi' }), 'kts.config.json')).toThrow();
        for (const language of schema.properties.language.enum as string[]) {
            expect(parseConfig(JSON.stringify({ language }), 'kts.config.json').language).toBe(language);
        }
        expect(() => parseConfig(JSON.stringify({ language: 'fr' }), 'kts.config.json')).toThrow();
        for (const example of ['tinh-lao-cai', 'bo-khcn', 'tinh-gia-lai']) {
            const config = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'examples', example, 'kts.config.json'), 'utf8')) as Record<
                string,
                unknown
            >;
            for (const key of Object.keys(config)) expect(Object.keys(schema.properties), `${example}: ${key}`).toContain(key);
        }
    });
});
