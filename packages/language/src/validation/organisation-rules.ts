import { AstUtils, GrammarUtils, type AstNode, type CstNode, type DocumentBuilder, type LangiumDocument } from 'langium';
import organisations from '../../data/organisations.json' with { type: 'json' };
import { isTextProperty, type Framework, type Task } from '../generated/ast.js';
import type { FrameworkModel } from '../model/architecture-model.js';
import { formatShortDate } from '../model/dates.js';
import type { DiagnosticReporter } from './diagnostic-reporter.js';

/** A name that stopped naming a unit on `ended`, and what to write instead. */
interface NameChange {
    name: string;
    successor: string;
    /** ISO date from which the name no longer names a unit. */
    ended: string;
    cite: string;
    /** The name's longest word, which every mention contains: a plain search that spares most texts the full pattern. */
    word: RegExp;
    /** Built on first use (see `patternOf`): most texts name no such unit. */
    pattern?: RegExp;
}

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}_])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}_])';

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Bộ Lao động - Thương binh` also as `Bộ Lao động – Thương binh` or with other spacing. */
function nameBody(name: string): string {
    return name
        .split(/\s*-\s*/)
        .map(part => escapeRegExp(part).replace(/\s+/g, '\\s+'))
        .join('\\s*[-–—]\\s*');
}

function namePattern(name: string): RegExp {
    return new RegExp(`${LETTER_BEFORE}${nameBody(name)}${LETTER_AFTER}`, 'giu');
}

/**
 * The longest word of a name, matched as `namePattern` matches it (the same flags): a text without it cannot name
 * the unit. Building the full patterns (Unicode letter classes, look-behind) for every name, and running them over
 * every text, was a quarter of the validation of a large workspace.
 */
function wordPattern(name: string): RegExp {
    const longest = name.split(/[\s-]+/).reduce((best, word) => (word.length > best.length ? word : best), '');
    return new RegExp(escapeRegExp(longest), 'iu');
}

function patternOf(change: NameChange): RegExp {
    change.pattern ??= namePattern(change.name);
    return change.pattern;
}

function nameChange(name: string, successor: string, ended: string, cite: string): NameChange {
    return { name, successor, ended, cite, word: wordPattern(name) };
}

function buildChanges(): NameChange[] {
    const changes: NameChange[] = organisations.changes.flatMap(change =>
        change.names.map(({ name, successor }) => nameChange(name, successor, change.ended, change.cite))
    );
    const { provinces } = organisations;
    for (const unit of provinces.units) {
        for (const predecessor of unit.predecessors) {
            if (predecessor === unit.name) continue;
            changes.push(nameChange(`tỉnh ${predecessor}`, `${unit.type} ${unit.name}`, provinces.from, provinces.cite));
        }
    }
    // The longest name wins where names overlap: "UBND các huyện" before "các huyện".
    return changes.sort((a, b) => b.name.length - a.name.length);
}

const CHANGES = buildChanges();

/**
 * Every name of `CHANGES` in one pattern, without the letter boundaries: a source text it does not match contains no
 * mention, nor does any string token in it. Most files, owners and tasks name no unit that ended, and this one test
 * spares them the search for their string tokens in the syntax tree (`cstOf`) and the search for each name.
 */
const ANY_NAME = new RegExp(CHANGES.map(change => nameBody(change.name)).join('|'), 'iu');

const AFTER_MARKERS = organisations.historicalMarkers.after.map(marker => marker.toLocaleLowerCase('vi'));
let beforeMarkers: RegExp[] | undefined;

/** How far before a name a word such as "hợp nhất" still speaks of it. */
const BEFORE_WINDOW = 40;

interface Mention {
    start: number;
    end: number;
    change: NameChange;
}

/**
 * Names of units that ended, per text, except where the text marks them as historical ("(cũ)", "trước hợp nhất"…):
 * after an edit the same owners and task texts are checked again, each against every pattern. One per services
 * instance; each document keeps the texts of its current version and, for reuse, those of the version before, so
 * what is kept follows the workspace instead of growing with every edited string.
 */
export class OrganisationMentions {
    private readonly byDocument = new Map<string, DocumentTexts>();

    constructor(builder: DocumentBuilder) {
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) this.byDocument.delete(uri.toString());
        });
    }

    in(document: LangiumDocument, text: string): readonly Mention[] {
        const uri = document.uri.toString();
        const root = document.parseResult.value;
        const version = document.textDocument.version;
        let texts = this.byDocument.get(uri);
        // A file changed on disk keeps its version; a tree spliced in place keeps its root.
        if (!texts || texts.root !== root || texts.version !== version) {
            texts = { root, version, current: new Map(), previous: texts?.current ?? new Map() };
            this.byDocument.set(uri, texts);
        }
        let mentions = texts.current.get(text);
        if (!mentions) {
            mentions = texts.previous.get(text) ?? findOutdatedMentions(text);
            texts.current.set(text, mentions);
        }
        return mentions;
    }
}

interface DocumentTexts {
    root: AstNode;
    version: number;
    current: Map<string, readonly Mention[]>;
    previous: ReadonlyMap<string, readonly Mention[]>;
}

function findOutdatedMentions(text: string): Mention[] {
    const mentions: Mention[] = [];
    for (const change of CHANGES) {
        if (!change.word.test(text)) continue;
        for (const match of text.matchAll(patternOf(change))) {
            const start = match.index;
            const end = start + match[0].length;
            if (mentions.some(other => start < other.end && other.start < end)) continue;
            if (isHistorical(text, start, end)) continue;
            mentions.push({ start, end, change });
        }
    }
    return mentions.sort((a, b) => a.start - b.start);
}

function isHistorical(text: string, start: number, end: number): boolean {
    const after = text.slice(end).trimStart().toLocaleLowerCase('vi');
    if (AFTER_MARKERS.some(marker => after.startsWith(marker) && !/^[\p{L}\p{N}]/u.test(after.slice(marker.length)))) return true;
    const before = text.slice(Math.max(0, start - BEFORE_WINDOW), start);
    beforeMarkers ??= organisations.historicalMarkers.before.map(marker => namePattern(marker));
    return beforeMarkers.some(marker => {
        marker.lastIndex = 0;
        return marker.test(before);
    });
}

/** A text of the framework that names organisations, and the date on which what it names must exist. */
interface NamingText {
    node: AstNode;
    cst: CstNode;
    date: string | undefined;
}

/**
 * The dates a framework speaks for: its approval, else the end of its latest goal or task period. A unit named
 * in the framework must still exist then.
 */
function frameworkDate(framework: FrameworkModel | undefined): string | undefined {
    if (!framework) return undefined;
    if (framework.approval?.date) return framework.approval.date;
    const ends = [
        ...framework.goalPeriods.map(period => period.period.end),
        ...framework.tasks.flatMap(task => (task.period ? [task.period.end] : []))
    ];
    return ends.length > 0 ? `${Math.max(...ends)}-12-31` : undefined;
}

function taskDate(task: Task, fallback: string | undefined): string | undefined {
    const end = task.period?.match(/(\d{4})\s*$/)?.[1];
    return end ? `${end}-12-31` : fallback;
}

/**
 * The CST nodes of a node's property, kept per node: after an edit the framework's texts are looked for again, and
 * searching the CST of each of a national file's owners and tasks was most of this rule's time. A node's own tokens
 * stay the same objects as long as it does: a spliced edit shifts them in place, a re-parse makes new nodes.
 */
const propertyCst = new WeakMap<AstNode, Map<string, CstNode[]>>();

function cstOf(node: AstNode & { $cstNode: CstNode }, property: string): CstNode[] {
    let byProperty = propertyCst.get(node);
    if (!byProperty) propertyCst.set(node, (byProperty = new Map()));
    let found = byProperty.get(property);
    if (!found) byProperty.set(property, (found = GrammarUtils.findNodesForProperty(node.$cstNode, property)));
    return found;
}

function namingTexts(block: Framework, date: string | undefined): NamingText[] {
    const texts: NamingText[] = [];
    const add = (node: AstNode | undefined, property: string, nodeDate = date) => {
        if (!node?.$cstNode || !ANY_NAME.test(node.$cstNode.text)) return;
        for (const cst of cstOf(node as AstNode & { $cstNode: CstNode }, property)) texts.push({ node, cst, date: nodeDate });
    };
    for (const body of block.body) add(body, 'name');
    for (const scope of block.scope) {
        add(scope, 'description');
        add(scope, 'applies');
    }
    for (const architecture of block.architectures) {
        for (const layer of architecture.layers) {
            for (const element of layer.elements) {
                for (const property of element.properties) if (isTextProperty(property) && property.key === 'owner') add(property, 'value');
            }
        }
    }
    for (const implementation of block.implementation) {
        for (const task of implementation.tasks) {
            for (const property of ['title', 'responsible', 'description']) add(task, property, taskDate(task, date));
        }
        for (const maintenance of implementation.maintenance) add(maintenance, 'responsible');
        for (const compliance of implementation.compliance) add(compliance, 'responsible');
    }
    return texts;
}

/**
 * kts/organisation-changed: a unit or level named in the body, scope, owners, tasks, maintenance or compliance that
 * no longer exists on the framework's dates (the district level after 1/7/2025, a merged ministry, department or
 * province), with its successor as the quick fix.
 */
export function checkOrganisations(
    block: Framework,
    framework: FrameworkModel | undefined,
    mentions: OrganisationMentions,
    reporter: DiagnosticReporter
): void {
    const langiumDocument = AstUtils.getDocument(block);
    const document = langiumDocument.textDocument;
    // One test of the whole file first: most files name no unit that ended anywhere.
    if (!ANY_NAME.test(document.getText())) return;
    const date = frameworkDate(framework);
    for (const { node, cst, date: textDate } of namingTexts(block, date)) {
        if (!textDate) continue;
        // The string token as written, quotes included; names never contain escapes.
        const raw = cst.text;
        for (const { start, end, change } of mentions.in(langiumDocument, raw)) {
            if (textDate < change.ended) continue;
            const range = { start: document.positionAt(cst.offset + start), end: document.positionAt(cst.offset + end) };
            const written = raw.slice(start, end);
            const successor = sameCase(written, change.successor);
            reporter.report(
                'kts/organisation-changed',
                node,
                {
                    name: written,
                    successor,
                    ended: { vi: formatShortDate('vi', change.ended), en: formatShortDate('en', change.ended) },
                    cite: change.cite,
                    date: { vi: formatShortDate('vi', textDate), en: formatShortDate('en', textDate) }
                },
                { range, data: { fix: { range, newText: successor, kind: 'replace', text: successor } } }
            );
        }
    }
}

/** "Các huyện" at the start of a sentence becomes "Các xã, phường". */
function sameCase(written: string, successor: string): string {
    const first = written.charAt(0);
    return first !== first.toLocaleLowerCase('vi') ? successor.charAt(0).toLocaleUpperCase('vi') + successor.slice(1) : successor;
}
