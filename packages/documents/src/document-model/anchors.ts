import { elementDomId } from '@kts/diagrams';

/**
 * Anchors name places in the document: HTML ids, and (through the docx renderer's own mapping) Word bookmarks.
 * Element anchors follow the scheme the diagrams use for their nodes, `el-<qualified name sanitised>`, so a
 * figure and a table row name the same element the same way.
 */

/** ASCII letters, digits, `_` and `-` survive, anything else becomes `_`: the rule of the diagrams' ids. */
export function sanitiseId(text: string): string {
    return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The id the diagrams give the element's node, so a figure and the element's table row agree. */
export function elementAnchor(qualifiedName: string): string {
    return elementDomId(qualifiedName);
}

export function taskAnchor(qualifiedName: string): string {
    return `task-${sanitiseId(qualifiedName)}`;
}

export function principleAnchor(frameworkId: string, principleId: string): string {
    return `principle-${sanitiseId(frameworkId)}-${sanitiseId(principleId)}`;
}

export function nationalPrincipleAnchor(code: string): string {
    return `national-principle-${sanitiseId(code)}`;
}

export function nationalComponentAnchor(code: string): string {
    return `national-${sanitiseId(code)}`;
}

export function catalogCodeAnchor(model: string, code: string): string {
    return `code-${sanitiseId(model)}-${sanitiseId(code)}`;
}
