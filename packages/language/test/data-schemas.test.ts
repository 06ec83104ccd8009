import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';

// Every shipped profile and built-in catalogue is checked against its JSON schema, the same files an editor's JSON
// support reads: a field the code does not know, a wrong status or a missing source fails here, not in a user's hands.

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
const jsonFiles = (folder: string) =>
    fs
        .readdirSync(path.join(DATA, folder))
        .filter(name => name.endsWith('.json') && !name.endsWith('.schema.json'))
        .map(name => path.join(DATA, folder, name));

/** A `format: regex` value must compile as the code compiles it. */
const regex = (text: string) => {
    try {
        new RegExp(text, 'u');
        return true;
    } catch {
        return false;
    }
};

const profileSchema = new Ajv({ allErrors: true }).compile(readJson(path.join(DATA, 'profiles/profile.schema.json')));
const catalogSchema = new Ajv2020({ allErrors: true, formats: { regex } }).compile(readJson(path.join(DATA, 'catalog.schema.json')));

describe('data files against their schemas', () => {
    test.each(jsonFiles('profiles').map(file => [path.basename(file), file]))('profile %s', (_, file) => {
        expect(profileSchema(readJson(file)), JSON.stringify(profileSchema.errors)).toBe(true);
    });

    test.each(jsonFiles('catalogs').map(file => [path.basename(file), file]))('catalogue %s', (_, file) => {
        expect(catalogSchema(readJson(file)), JSON.stringify(catalogSchema.errors)).toBe(true);
    });

    test('a profile whose legal basis names no source, or a catalogue entry with an unknown force, is refused', () => {
        const profile = readJson(path.join(DATA, 'profiles/khung-4.0.json')) as { legalBases: Array<Record<string, unknown>> };
        delete profile.legalBases[0].source;
        expect(profileSchema(profile)).toBe(false);
        expect(profileSchema.errors?.map(error => error.instancePath)).toContain('/legalBases/0');
        const catalog = readJson(path.join(DATA, 'catalogs/legal-documents.json')) as { entries: Array<Record<string, unknown>> };
        catalog.entries[0].force = 'repealed';
        expect(catalogSchema(catalog)).toBe(false);
        expect(catalogSchema.errors?.map(error => error.instancePath)).toContain('/entries/0/force');
    });
});
