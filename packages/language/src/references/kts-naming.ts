import { AstUtils, type AstNode } from 'langium';
import {
    isArchitecture,
    isCatalog,
    isFramework,
    type Architecture,
    type CatalogEntry,
    type Element,
    type Framework,
    type Task
} from '../generated/ast.js';

/** The architecture state an element belongs to: `current` (Chương 1, III.2.đ) or `target` (III.2.e). */
export type ArchitectureStateName = 'current' | 'target';

export function frameworkOf(node: AstNode): Framework | undefined {
    return AstUtils.getContainerOfType(node, isFramework);
}

export function architectureOf(node: AstNode): Architecture | undefined {
    return AstUtils.getContainerOfType(node, isArchitecture);
}

/** `<framework>.<state>.<id>`: unique across a workspace of several frameworks. */
export function elementQualifiedName(element: Element): string {
    const architecture = element.$container.$container;
    return `${architecture.$container.name}.${architecture.state}.${element.name}`;
}

/** `<framework>.<task id>`. */
export function taskQualifiedName(task: Task): string {
    return `${task.$container.$container.name}.${task.name}`;
}

/** The model an entry belongs to: its own `model`, else its catalogue's only model. */
export function entryModel(entry: CatalogEntry): string {
    if (entry.model) return entry.model;
    const catalog = AstUtils.getContainerOfType(entry, isCatalog);
    return catalog?.models[0]?.name ?? 'LOCAL';
}
