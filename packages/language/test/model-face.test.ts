import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const PACKAGES = path.resolve(import.meta.dirname, '../..');

interface Import {
    file: string;
    from: string;
    typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
    if (!fs.existsSync(folder)) return [];
    return fs
        .readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map(name => path.join(folder, name));
}

/** Every import and re-export of a file, and whether it is erased at run time. */
function importsOf(file: string): Import[] {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const found: Import[] = [];
    for (const statement of source.statements) {
        if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
            const clause = statement.importClause;
            const namedTypesOnly =
                clause?.namedBindings &&
                ts.isNamedImports(clause.namedBindings) &&
                !clause.name &&
                clause.namedBindings.elements.length > 0 &&
                clause.namedBindings.elements.every(element => element.isTypeOnly);
            found.push({ file, from: statement.moduleSpecifier.text, typeOnly: Boolean(clause?.isTypeOnly || namedTypesOnly) });
        }
        if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
            found.push({ file, from: statement.moduleSpecifier.text, typeOnly: statement.isTypeOnly });
        }
    }
    return found;
}

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
