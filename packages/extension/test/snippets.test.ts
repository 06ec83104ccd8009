import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@kts/language';
import { LAYER_KINDS, layerOfKind, VOCABULARY } from '@kts/language/model';

interface Snippet {
    prefix: string;
    body: string[];
    description: string;
}

const snippets = JSON.parse(fs.readFileSync(new URL('../snippets/kts.code-snippets', import.meta.url), 'utf8')) as Record<string, Snippet>;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-snippets-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** What the user gets when accepting a snippet and tabbing through it: every placeholder keeps its default. */
function expand(body: string[]): string {
    return body
        .join('\n')
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\t/g, '    ');
}

const HEADER = 'body "Ủy ban nhân dân tỉnh Thử" level province';
const TARGETS = 'target { application { platform lgsp_tinh "LGSP" { realizes lgsp } app ma_phan_tu "Ứng dụng" } }';

/** A file in which the snippet's text sits where a user would type it. */
function placed(name: string, text: string, id: string): string {
    const layer = name.startsWith('layer: ') ? name.slice(7) : undefined;
    const kind = name.startsWith('element: ') ? name.slice(9) : undefined;
    if (name === 'framework') return text.replace(/^framework ma_khung/, `framework ${id}`);
    if (name === 'catalog') return text.replace(/^catalog danh_muc/, `catalog ${id}`);
    if (name === 'body') return `framework ${id} { level province\n${text}\n}`;
    if (name === 'entry') return `catalog ${id} "Danh mục" {\n${text}\n}`;
    if (layer) return `framework ${id} { ${HEADER} current {\n${text}\n} }`;
    if (kind) {
        const home = layerOfKind(kind);
        return `framework ${id} { ${HEADER} target { ${home} {\n${text}\n} } }`;
    }
    if (name === 'goal') return `framework ${id} { ${HEADER} goals { period 2026-2030 {\n${text}\n} } }`;
    if (name === 'indicator') return `framework ${id} { ${HEADER} goals { period 2026-2030 { goal g1 "Mục tiêu" {\n${text}\n} } } }`;
    if (name === 'principle') return `framework ${id} { ${HEADER} principles {\n${text}\n} }`;
    if (name === 'task') return `framework ${id} { ${HEADER} ${TARGETS} implementation {\n${text}\n} }`;
    if (name === 'maintenance' || name === 'compliance') return `framework ${id} { ${HEADER} implementation {\n${text}\n} }`;
    if (name.startsWith('relation: ')) {
        return `framework ${id} { ${HEADER} current { application { app current_id "Cũ" } } target { application {
            platform lgsp_tinh "LGSP" { realizes lgsp }
            app ma_moi "Ứng dụng" {\n${text}\n} } } }`;
    }
    if (name === 'implementation') return `framework ${id} { ${HEADER} ${TARGETS}\n${text}\n}`;
    return `framework ${id} { ${HEADER}\n${text}\n}`;
}

describe('snippets', () => {
    it('cover every section of a framework and every element kind', () => {
        const names = new Set(Object.keys(snippets));
        for (const kind of Object.keys(VOCABULARY.kind)) expect(names, kind).toContain(`element: ${kind}`);
        for (const layer of LAYER_KINDS) expect(names, layer).toContain(`layer: ${layer}`);
        for (const section of [
            'framework',
            'body',
            'vision',
            'goals',
            'scope',
            'principles',
            'current',
            'target',
            'implementation',
            'task',
            'maintenance',
            'compliance',
            'catalog',
            'entry'
        ]) {
            expect(names, section).toContain(section);
        }
        for (const [name, snippet] of Object.entries(snippets)) {
            expect(snippet.body.join('\n').startsWith(snippet.prefix), name).toBe(true);
            expect(snippet.description.normalize('NFC'), name).toBe(snippet.description);
        }
    });

    it('expand with their default placeholders into KTS that parses and has no errors where a user types them', async () => {
        const files = Object.entries(snippets).map(([name, snippet], index) => {
            const file = path.join(folder, `snippet-${index}.kts`);
            fs.writeFileSync(file, placed(name, expand(snippet.body), `s${index}`));
            return { name, file };
        });
        const workspace = await loadWorkspace({ paths: files.map(entry => entry.file) });
        const errors = workspace.documents.flatMap(document =>
            (workspace.diagnostics.get(document) ?? [])
                .filter(diagnostic => diagnostic.severity === 1)
                .map(diagnostic => `${files.find(entry => document.uri.fsPath === entry.file)?.name}: ${diagnostic.message}`)
        );
        expect(errors).toEqual([]);
        expect(workspace.documents).toHaveLength(files.length);
    });
});
