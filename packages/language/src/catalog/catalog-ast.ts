import { AstUtils, type AstReflection, type Linker } from 'langium';
import type { Catalog, CatalogEntry, CatalogModel, KtsFile } from '../generated/ast.js';
import type { CatalogFile, CatalogFileEntry, CatalogModelDefinition } from './catalog-types.js';

/**
 * The syntax tree the parser makes of `catalogToKts(catalog)`, built straight from the JSON catalogue. Parsing the
 * built-in catalogues was a quarter of a short `kts validate`; a command that shows no position inside them
 * (nothing but the language server does) takes this tree instead. It has no CST, so no positions; references are
 * built by the linker as the parser builds them. `test/catalog-ast.test.ts` checks it against the parsed tree.
 */
export function catalogAst(catalog: CatalogFile, linker: Linker, reflection: AstReflection): KtsFile {
    const file = node<KtsFile>(reflection, { $type: 'KtsFile' });
    const root = node<Catalog>(reflection, {
        $type: 'Catalog',
        name: catalog.id,
        title: parsedString(catalog.title.vi),
        titleEn: present(catalog.title.en),
        version: parsedString(catalog.version),
        status: catalog.status,
        source: parsedString(catalog.source),
        note: present(catalog.note)
    });
    root.models = (catalog.models ?? []).map(model => catalogModel(model, reflection));
    root.entries = catalog.entries.map(entry => catalogEntry(entry, linker, reflection));
    file.catalogs = [root];
    AstUtils.linkContentToContainer(file, { deep: true });
    return file;
}

function catalogModel(model: CatalogModelDefinition, reflection: AstReflection): CatalogModel {
    return node<CatalogModel>(reflection, {
        $type: 'CatalogModel',
        name: model.model,
        pattern: present(model.pattern),
        complete: model.complete === true,
        title: present(model.name?.vi),
        titleEn: present(model.name?.en),
        leafOnly: model.leafOnly === true
    });
}

function catalogEntry(entry: CatalogFileEntry, linker: Linker, reflection: AstReflection): CatalogEntry {
    const result = node<CatalogEntry>(reflection, {
        $type: 'CatalogEntry',
        name: entry.code,
        title: parsedString(entry.name),
        model: entry.model,
        kind: parsedString(entry.kind),
        tier: present(entry.tier),
        titleEn: present(entry.nameEn),
        abbreviation: present(entry.abbreviation),
        owner: present(entry.owner),
        section: present(entry.section),
        status: entry.status,
        source: present(entry.source),
        description: present(entry.description),
        descriptionEn: present(entry.descriptionEn),
        standardNames: (entry.standards ?? []).map(parsedString),
        note: present(entry.note),
        number: present(entry.number),
        date: entry.date || undefined,
        issuer: present(entry.issuer),
        force: entry.force || undefined,
        replacedBy: entry.force ? entry.replacedBy || undefined : undefined,
        replacedFrom: entry.force ? entry.replacedFrom || undefined : undefined
    });
    if (entry.parent) result.parent = linker.buildReference(result, 'parent', undefined, entry.parent) as CatalogEntry['parent'];
    return result;
}

/** A node with the properties the parser sets: those written (`undefined` ones left out) and the defaults of the rest. */
function node<T extends { $type: string }>(reflection: AstReflection, properties: Partial<T> & { $type: T['$type'] }): T {
    const result = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)) as unknown as T;
    AstUtils.assignMandatoryProperties(reflection, result as never);
    return result;
}

/** catalogToKts leaves out an empty text; a written one is quoted. */
function present(text: string | undefined): string | undefined {
    return text ? parsedString(text) : undefined;
}

/** What the parser reads back from `quote(text)`: a line break written `\r\n` comes back as `\n`. */
function parsedString(text: string): string {
    return text.replace(/\r\n/g, '\n');
}
