import type { ElementModel } from '../model/architecture-model.js';

/**
 * Elements by qualified name `<framework>.<state>.<id>`, held per framework: hashing 25,000 names into
 * one map took longer than the rest of a rebuild after an edit, which re-indexes only the frameworks
 * it assembled again.
 */
export class ElementIndex implements ReadonlyMap<string, ElementModel> {
    constructor(private readonly byFramework: ReadonlyMap<string, ReadonlyMap<string, ElementModel>>) {}

    get size(): number {
        let size = 0;
        for (const elements of this.byFramework.values()) size += elements.size;
        return size;
    }

    get(qualifiedName: string): ElementModel | undefined {
        const dot = qualifiedName.indexOf('.');
        return dot < 0 ? undefined : this.byFramework.get(qualifiedName.slice(0, dot))?.get(qualifiedName);
    }

    has(qualifiedName: string): boolean {
        return this.get(qualifiedName) !== undefined;
    }

    forEach(callback: (value: ElementModel, key: string, map: ReadonlyMap<string, ElementModel>) => void, thisArg?: unknown): void {
        for (const [key, value] of this) callback.call(thisArg, value, key, this);
    }

    *entries(): MapIterator<[string, ElementModel]> {
        for (const elements of this.byFramework.values()) yield* elements.entries();
    }

    *keys(): MapIterator<string> {
        for (const elements of this.byFramework.values()) yield* elements.keys();
    }

    *values(): MapIterator<ElementModel> {
        for (const elements of this.byFramework.values()) yield* elements.values();
    }

    [Symbol.iterator](): MapIterator<[string, ElementModel]> {
        return this.entries();
    }
}
