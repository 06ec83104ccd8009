import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import rules from '../packages/language/data/rules.json' with { type: 'json' };

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe("README's rule list", () => {
    test('names every rule of rules.json in its Rules table, with its default severity', () => {
        const table = README.slice(README.indexOf('### Rules'), README.indexOf('## Catalogues'));
        const rows = table.split('\n').filter(line => line.startsWith('| `kts/'));
        for (const [id, rule] of Object.entries(rules.rules)) {
            const row = rows.find(line => line.split('|')[1].includes(`\`${id}\``));
            expect(row, id).toBeDefined();
            expect(row!.split('|')[3], id).toContain(rule.severity);
        }
    });
});
