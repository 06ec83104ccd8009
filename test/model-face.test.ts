import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles, type Import } from './source-imports.js';

const PACKAGES = path.resolve(import.meta.dirname, '../packages');

const LANGIUM_SIDE = /^(langium|vscode-languageserver|vscode-jsonrpc|chevrotain)(\/|$)|^@kts\/language(\/server)?$|generated\/ast(\.js)?$/;

describe('the model face', () => {
    test("loads nothing of Langium: the face takes the grammar's unions as types only", () => {
        const face = path.join(PACKAGES, 'language/src/model');
        const reached = new Set<string>();
        const pending = [path.join(face, 'index.ts')];
        const runtime: Import[] = [];
        while (pending.length > 0) {
            const file = pending.pop()!;
            if (reached.has(file)) continue;
            reached.add(file);
            for (const item of importsOf(file)) {
                if (item.typeOnly) continue;
                runtime.push(item);
                if (item.from.startsWith('.') && item.from.endsWith('.js'))
                    pending.push(path.resolve(path.dirname(file), item.from.replace(/\.js$/, '.ts')));
            }
        }
        expect(reached.size).toBeGreaterThan(5);
        const offending = runtime
            .filter(item => LANGIUM_SIDE.test(item.from))
            .map(item => `${path.relative(PACKAGES, item.file)} → ${item.from}`);
        expect(offending).toEqual([]);
    });

    test("is all that documents, diagrams, the CLI's formatters and the extension host read of @kts/language", () => {
        const readers = [
            ...sourceFiles(path.join(PACKAGES, 'documents/src')),
            ...sourceFiles(path.join(PACKAGES, 'diagrams/src')),
            ...sourceFiles(path.join(PACKAGES, 'cli/src/catalog')).filter(file => file.endsWith('format-entry.ts')),
            ...sourceFiles(path.join(PACKAGES, 'extension/src')).filter(file => !file.includes(`${path.sep}server${path.sep}`))
        ];
        expect(readers.length).toBeGreaterThan(50);
        const offending = readers
            .flatMap(importsOf)
            .filter(item => LANGIUM_SIDE.test(item.from))
            .map(item => `${path.relative(PACKAGES, item.file)} → ${item.from}`);
        expect(offending).toEqual([]);
    });
});
