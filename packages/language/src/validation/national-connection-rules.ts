import { isCompositeCstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import nationalComponents from '../../data/catalogs/national-components.json' with { type: 'json' };
import type { Element } from '../generated/ast.js';
import type { CatalogFile, CatalogFileEntry } from '../catalog/catalog-types.js';
import type { ElementModel, FrameworkModel } from '../model/architecture-model.js';
import { LAYER_KINDS, METAMODEL } from '../model/metamodel.js';
import { chapterRef } from '../model/vocabulary.js';
import type { LinkedModel } from '../builder/model-builder.js';
import type { Finding } from './workspace-rules.js';

/** A connection that the national framework requires of every body element realizing an archetype. */
interface RequiredConnection {
    to: string;
    via: string[];
    section: string;
}

const CATALOG = nationalComponents as unknown as CatalogFile;

/** Archetype code → the connections its realizations must have (`connects` entries marked `required`). */
const REQUIRED: ReadonlyMap<string, RequiredConnection[]> = new Map(
    CATALOG.entries
        .map(
            entry =>
                [
                    entry.code,
                    (entry.connects ?? [])
                        .filter(connection => connection.required)
                        .map(connection => ({
                            to: connection.to,
                            via: connection.via ?? [],
                            section: connection.section ?? entry.section ?? ''
                        }))
                ] as const
        )
        .filter(([, connections]) => connections.length > 0)
);

const ENTRY_BY_CODE: ReadonlyMap<string, CatalogFileEntry> = new Map(CATALOG.entries.map(entry => [entry.code, entry]));

const PARENT: ReadonlyMap<string, string> = new Map(
    CATALOG.entries.flatMap(entry => (entry.parent ? [[entry.code, entry.parent] as const] : []))
);

/** Relations that count as a data connection between two systems. */
const CONNECTING = new Set(['integrates', 'uses', 'shares']);

/** A code and every group it belongs to: `csdlqg-dan-cu` is one of `csdlqg`. */
function codeAndGroups(code: string): string[] {
    const codes = [code];
    for (let parent = PARENT.get(code); parent && !codes.includes(parent); parent = PARENT.get(parent)) codes.push(parent);
    return codes;
}

/** The national codes an element realizes. */
function realized(element: ElementModel | undefined): string[] {
    return (element?.relations ?? []).flatMap(relation =>
        relation.kind === 'realizes' && relation.target.type === 'national' ? [relation.target.entry.code] : []
    );
}

/** National codes an element reaches: national components directly, or any element that realizes them. */
function reachedCodes(element: ElementModel, elements: ReadonlyMap<string, ElementModel>): Set<string> {
    const codes = new Set<string>();
    for (const relation of element.relations) {
        if (!CONNECTING.has(relation.kind)) continue;
        const target = relation.target;
        const reached = target.type === 'national' ? [target.entry.code] : realized(elements.get(target.qualifiedName));
        for (const code of reached) for (const group of codeAndGroups(code)) codes.add(group);
    }
    return codes;
}

/**
 * Chương 3 names connections that a body's counterpart of a national archetype must have (its system for
 * administrative procedures with the population database, the identification system and the National Public Service
 * Portal; its reporting system with the Government's…). A target element that realizes such an archetype and lacks
 * one of them is reported, with the `integrates … via …` line that adds it.
 */
export function checkNationalConnections(
    framework: FrameworkModel,
    linked: LinkedModel,
    nationalName: (code: string) => string | undefined,
    findings: Finding[]
): void {
    const elements = linked.model.elements;
    const bodyPlatform = LAYER_KINDS.flatMap(layer => framework.states.target.layers[layer].elements).find(element =>
        realized(element).includes('lgsp')
    );
    for (const layer of LAYER_KINDS) {
        for (const element of framework.states.target.layers[layer].elements) {
            // Most elements realize no archetype with required connections: what they reach is never asked for.
            const archetypes = realized(element).filter(code => REQUIRED.has(code));
            if (archetypes.length === 0) continue;
            const node = linked.astOf.get(element) as Element | undefined;
            if (!node) continue;
            const reached = reachedCodes(element, elements);
            for (const archetype of archetypes) {
                for (const connection of REQUIRED.get(archetype) ?? []) {
                    if (reached.has(connection.to)) continue;
                    const line = integrationLine(connection, bodyPlatform, element);
                    findings.push({
                        rule: 'kts/missing-national-connection',
                        node,
                        property: 'name',
                        args: {
                            element: element.id,
                            archetype,
                            component: nationalName(connection.to) ?? connection.to,
                            code: connection.to,
                            section: { vi: connection.section, en: chapterRef(connection.section, 'en') },
                            line
                        },
                        data: { fix: { ...insertion(node, line), kind: 'add', text: line } }
                    });
                }
            }
        }
    }
}

/**
 * `integrates <component> via …`: the platforms the catalogue names for the connection, else (where the
 * platform rule asks for one) the body's own LGSP and the national one.
 */
function integrationLine(connection: RequiredConnection, bodyPlatform: ElementModel | undefined, element: ElementModel): string {
    const entry = ENTRY_BY_CODE.get(connection.to);
    const needsPlatform = entry !== undefined && METAMODEL.platformRequiredTargets.includes(`national:${entry.kind}`);
    const via =
        connection.via.length > 0
            ? connection.via
            : needsPlatform
              ? [...(bodyPlatform && bodyPlatform !== element ? [bodyPlatform.id] : []), 'ndxp']
              : [];
    return via.length > 0 ? `integrates ${connection.to} via ${via.join(', ')}` : `integrates ${connection.to}`;
}

/** Where the new relation goes: on its own line before the element's closing brace, or a new `{ … }` block. */
function insertion(node: Element, line: string): { range: Range; newText: string } {
    const cst = node.$cstNode!;
    const closing = isCompositeCstNode(cst) ? cst.content.findLast(child => child.text === '}') : undefined;
    if (!closing) {
        const end = cst.range.end;
        return { range: { start: end, end }, newText: ` { ${line} }` };
    }
    // From the offsets, not the text document's positions: locating a position computes the offsets of every line
    // of the file, which nothing else in a one-shot command needs.
    const lineText = closing.root.fullText.slice(closing.offset - closing.range.start.character, closing.offset);
    if (lineText.trim() === '') {
        const start = { line: closing.range.start.line, character: 0 };
        return { range: { start, end: start }, newText: `${lineText}    ${line}\n` };
    }
    return { range: { start: closing.range.start, end: closing.range.start }, newText: `${line} ` };
}
