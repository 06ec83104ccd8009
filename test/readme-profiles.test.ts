import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import legalDocuments from '../packages/language/data/catalogs/legal-documents.json' with { type: 'json' };
import { principleSource, profileNamed, type FrameworkProfile, type Sourced } from '../packages/language/src/model/index.js';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

/** The README's table of what in the 3090 profile is verified: the rows between its two markers. */
const START = '<!-- profile-3090-status: start -->';
const END = '<!-- profile-3090-status: end -->';

type Row = [part: string, what: string, status: string];

const date = (iso: string) => iso.split('-').reverse().join('/');

/** Entries of one kind grouped by status, in the order the profile lists them: one row per status. */
function grouped<T extends Sourced>(part: string, entries: readonly T[], name: (entry: T) => string): Row[] {
    const statuses = [...new Set(entries.map(entry => entry.status))];
    return statuses.map(status => [
        part,
        entries
            .filter(entry => entry.status === status)
            .map(name)
            .join(', '),
        status
    ]);
}

/** What the README's table says, worked out from the profile's data: each part (or entry) with its status. */
function statusRows(profile: FrameworkProfile): Row[] {
    const rows: Row[] = [];
    const single = (part: string, what: string, entry: Sourced | undefined) => {
        if (entry) rows.push([part, what, entry.status]);
    };
    const issued = profile.issuedBy;
    single('`issuedBy`', `Quyết định số ${issued?.number} ngày ${date(issued?.date ?? '')}: number, date, issuer`, issued);
    single('`titlePattern`', 'the title of a framework that writes none', profile.titlePattern);
    single('`cover`', 'national-emblem heading and DỰ THẢO mark (Nghị định 30/2020/NĐ-CP)', profile.cover);
    rows.push(...grouped('`sections`', profile.sections, section => section.section));
    single('`componentArchitectures`', 'the five component architectures and where they are written', profile.componentArchitectures);
    single('`afterApproval`', 'the closing line after approval', profile.afterApproval);
    single('`protectionModel`', 'the four protection layers (Chỉ thị 14/CT-TTg)', profile.protectionModel);
    for (const principle of profile.principles.entries) {
        rows.push([`\`principles\` ${principle.code}`, principle.title?.vi ?? principle.text, principleSource(profile, principle).status]);
    }
    const layers = profile.functionalLayers;
    single('`functionalLayers`', layers?.layers.map(layer => layer.title.vi).join('; ') ?? '', layers);
    single('`functionalLayers.mapping`', 'element kinds and component architectures placed in the layers', layers?.mapping);
    for (const target of profile.targets ?? []) rows.push([`\`targets\` ${target.code}`, target.text.vi, target.status]);
    for (const basis of profile.legalBases) {
        const document = legalDocuments.entries.find(entry => entry.code === basis.document);
        rows.push([`\`legalBases\` ${basis.document}`, document?.number ?? '', basis.status]);
    }
    rows.push(...grouped('`glossary`', profile.glossary, entry => entry.abbreviation));
    return rows;
}

function markdown(rows: Row[]): string {
    const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
    return [
        '| part of the profile | what | status |',
        '|---|---|---|',
        ...rows.map(([part, what, status]) => `| ${cell(part)} | ${cell(what)} | ${status} |`)
    ].join('\n');
}

describe("README's table of the 3090 profile", () => {
    test('is the table the profile data gives: every part and entry with its status, nothing more', () => {
        const profile = profileNamed('3090');
        expect(profile, 'the 3090 profile ships').toBeDefined();
        expect(README).toContain(START);
        const table = README.slice(README.indexOf(START) + START.length, README.indexOf(END)).trim();
        expect(table, 'regenerate the table between the markers from the data').toBe(markdown(statusRows(profile!)));
    });

    test('counts what is verified and what is not as the table does', () => {
        const rows = statusRows(profileNamed('3090')!);
        const official = rows.filter(row => row[2] === 'official').length;
        const other = rows.length - official;
        expect(README).toContain(`${official} of its ${rows.length} rows are \`official\``);
        expect(other).toBeGreaterThan(0);
    });
});
