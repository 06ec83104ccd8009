import type { AstNodeDescription, ReferenceInfo } from 'langium';
import { isCatalogEntry, isCodesProperty, isElement, isRelation } from '../generated/ast.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { isKtsDescription, type KtsDescription } from '../references/kts-scope-computation.js';
import { positionFit } from '../references/kts-position-fit.js';
import { entryModel } from '../references/kts-naming.js';
import type { KtsScopeProvider, ReferenceTarget } from '../references/kts-scope-provider.js';
import type { KtsIndexManager } from '../workspace/kts-index-manager.js';

/**
 * The names a quick fix may offer at an unresolved reference: every symbol its position accepts and fits. Listing
 * them walks the 35,000 names of a national workspace (58–70 ms), so what the scope makes visible is kept per target
 * and what fits per kind of position, until a document's exports change in something a list is made from. An edit
 * that keeps every name, title and kind of its file (a typo in a reference, its fix) keeps the lists: their
 * descriptions of the edited file are then the earlier ones, which say the same.
 */
export class SuggestionCandidates {
    /** What the scope makes visible, by the target it derived from the position (see scopeKey). */
    private readonly visible = new Map<string, KtsDescription[]>();
    /** Those that fit the position too, by the scope's key and what positionFit reads (see fitKey). */
    private readonly lists = new Map<string, KtsDescription[]>();
    /** The exports array of each document the lists were made from, and the version of the index then. */
    private exportsSeen = new Map<string, readonly AstNodeDescription[]>();
    private versionSeen = -1;

    constructor(
        private readonly index: KtsIndexManager,
        private readonly scopes: KtsScopeProvider,
        private readonly catalogs: CatalogIndex
    ) {}

    /** The candidates at this reference, in the order of the scope's `visible`. */
    at(info: ReferenceInfo, target: ReferenceTarget): KtsDescription[] {
        this.forgetIfChanged();
        const inScope = scopeKey(info, target);
        const key = `${inScope} ${fitKey(info)}`;
        let list = this.lists.get(key);
        if (!list) {
            let visible = this.visible.get(inScope);
            if (!visible) {
                visible = [...this.scopes.visible(target)];
                this.visible.set(inScope, visible);
            }
            const fit = positionFit(info, this.catalogs);
            list = visible.filter(candidate => (!fit || fit(candidate)) && !isGroupWhereLeafExpected(candidate, this.catalogs));
            this.lists.set(key, list);
        }
        return list;
    }

    private forgetIfChanged(): void {
        if (this.index.version === this.versionSeen) return;
        this.versionSeen = this.index.version;
        const current = this.index.exportsByDocument();
        let same = current.size === this.exportsSeen.size;
        for (const [uri, exports] of current) {
            if (!same) break;
            const seen = this.exportsSeen.get(uri);
            same = seen === exports || (seen !== undefined && sameCandidates(seen, exports));
        }
        if (!same) {
            this.visible.clear();
            this.lists.clear();
        }
        this.exportsSeen = new Map(current);
    }
}

/**
 * What the scope's target depends on (referenceTarget): an element's framework and states; for codes, the
 * container's type and property and, in a catalogue entry, its model.
 */
function scopeKey(info: ReferenceInfo, target: ReferenceTarget): string {
    const container = info.container;
    if (target.kind === 'element') return `element ${target.framework} ${target.states.join(',')} ${target.national}`;
    if (target.kind === 'task') return `task ${target.framework}`;
    return `code ${container.$type} ${info.property} ${isCatalogEntry(container) ? entryModel(container) : ''}`;
}

/** What positionFit reads: the container's type, the property, a relation's kind, the layer of an element's codes. */
function fitKey(info: ReferenceInfo): string {
    const container = info.container;
    const fitBy = isRelation(container)
        ? container.kind
        : isCodesProperty(container) && isElement(container.$container)
          ? container.$container.$container?.kind
          : '';
    return `${container.$type} ${info.property} ${fitBy}`;
}

/**
 * Whether two exports of a document offer the same candidates: the same names, titles, kinds and places, in the
 * same order. Catalogue entries count as changed: a list also reads an entry's kind and the codes below it.
 */
function sameCandidates(before: readonly AstNodeDescription[], after: readonly AstNodeDescription[]): boolean {
    if (before.length !== after.length) return false;
    for (let at = 0; at < before.length; at++) {
        const previous = before[at];
        const next = after[at];
        if (next.type === 'CatalogEntry' || previous.type === 'CatalogEntry') return false;
        if (previous.name !== next.name || previous.type !== next.type || previous.path !== next.path) return false;
        if (isKtsDescription(previous) !== isKtsDescription(next)) return false;
        if (isKtsDescription(previous) && isKtsDescription(next) && !sameDetails(previous, next)) return false;
    }
    return true;
}

function sameDetails(previous: KtsDescription, next: KtsDescription): boolean {
    return (
        previous.category === next.category &&
        previous.title === next.title &&
        previous.framework === next.framework &&
        previous.state === next.state
    );
}

/** A group code is no fix where its model asks for the most specific codes (`leaf-only`). */
function isGroupWhereLeafExpected(candidate: KtsDescription, catalogs: CatalogIndex): boolean {
    return (
        candidate.framework === undefined &&
        catalogs.models().get(candidate.category)?.leafOnly === true &&
        catalogs.children(candidate.category, candidate.name) > 0
    );
}
