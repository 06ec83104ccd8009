import type { LangiumDocument } from 'langium';
import { isCodesProperty, isElement, isRelation, isStandardsProperty, type CatalogEntry, type Element } from '../generated/ast.js';
import type { ElementModel, LayerKind, StateKind } from '../model/architecture-model.js';
import { elementQualifiedName } from '../references/kts-naming.js';

/** What an element's model is made of besides its own text: where it stands, its documentation and its links. */
interface Built {
    model: ElementModel;
    framework: string;
    state: StateKind;
    layer: LayerKind;
    line: number;
    character: number;
    documentation: string | undefined;
    targets: ResolvedTarget[];
}

/** What a reference resolved to, as the model records it: an element by its qualified name, an entry as the node. */
type ResolvedTarget = string | CatalogEntry | undefined;

/**
 * Element models kept across a re-parse. Parsing a document again makes every element a new node, so models keyed
 * by node would all be built again after a one-character edit; here a model is also found by the element's text,
 * and reused when its position, documentation and the targets of its references are the same too — everything
 * the model builder reads. One generation is kept per document: the models of its previous link.
 */
export class ElementReuse {
    private readonly current = new WeakMap<LangiumDocument, Map<string, Built[]>>();
    private readonly previous = new WeakMap<LangiumDocument, Map<string, Built[]>>();

    /** The document is linked again: the models built since its last link become the ones to reuse. */
    relinked(document: LangiumDocument): void {
        const built = this.current.get(document);
        // A build cancelled before the model was asked for leaves nothing new: the older generation stays.
        if (!built || built.size === 0) return;
        this.previous.set(document, built);
        this.current.delete(document);
    }

    /** A model built for `element` before that reads the same, or undefined. */
    take(
        document: LangiumDocument,
        element: Element,
        place: { framework: string; state: StateKind; layer: LayerKind },
        documentation: string | undefined
    ): ElementModel | undefined {
        const text = element.$cstNode?.text;
        const candidates = text === undefined ? undefined : this.previous.get(document)?.get(text);
        if (!candidates) return undefined;
        const start = element.$cstNode!.range.start;
        let targets: ResolvedTarget[] | undefined;
        for (const candidate of candidates) {
            if (
                candidate.line !== start.line ||
                candidate.character !== start.character ||
                candidate.framework !== place.framework ||
                candidate.state !== place.state ||
                candidate.layer !== place.layer ||
                candidate.documentation !== documentation
            ) {
                continue;
            }
            targets ??= resolvedTargets(element);
            if (sameTargets(candidate.targets, targets)) return candidate.model;
        }
        return undefined;
    }

    /** Records the model just built (or reused) for `element`, for the document's next re-parse. */
    remember(
        document: LangiumDocument,
        element: Element,
        place: { framework: string; state: StateKind; layer: LayerKind },
        documentation: string | undefined,
        model: ElementModel
    ): void {
        const text = element.$cstNode?.text;
        if (text === undefined) return;
        let built = this.current.get(document);
        if (!built) this.current.set(document, (built = new Map()));
        const start = element.$cstNode!.range.start;
        const entry: Built = {
            model,
            ...place,
            line: start.line,
            character: start.character,
            documentation,
            targets: resolvedTargets(element)
        };
        const same = built.get(text);
        if (same) same.push(entry);
        else built.set(text, [entry]);
    }
}

/** The targets of every reference the model builder follows, in its order. */
function resolvedTargets(element: Element): ResolvedTarget[] {
    const targets: ResolvedTarget[] = [];
    const add = (target: unknown) => targets.push(isElement(target) ? elementQualifiedName(target) : (target as CatalogEntry | undefined));
    for (const property of element.properties) {
        if (isCodesProperty(property)) for (const ref of property.codes) add(ref.ref);
        else if (isStandardsProperty(property)) for (const ref of property.standards) add(ref.ref);
        else if (isRelation(property)) {
            for (const ref of property.via) add(ref.ref);
            for (const ref of property.targets) add(ref.ref);
            for (const ref of property.standards) add(ref.ref);
        }
    }
    return targets;
}

function sameTargets(a: readonly ResolvedTarget[], b: readonly ResolvedTarget[]): boolean {
    return a.length === b.length && a.every((target, index) => target === b[index]);
}
