import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface Import {
    file: string;
    from: string;
    typeOnly: boolean;
}

export function sourceFiles(folder: string): string[] {
    if (!fs.existsSync(folder)) return [];
    return fs
        .readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.ts') && !name.endsWith('.d.ts'))
        .map(name => path.join(folder, name));
}

/** Every import and re-export of a TypeScript file, and whether the compiler erases it (type-only). */
export function importsOf(file: string): Import[] {
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
