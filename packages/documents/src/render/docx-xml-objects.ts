/**
 * An attribute of an element of a Word body as `docx` formats it into XML objects (`{ 'w:tag': [{ _attr: {…} }, …] }`):
 * the first of its parts that sets it.
 */
export function attributeOf(element: unknown, name: string): unknown {
    const parts = Array.isArray(element) ? element : [element];
    for (const part of parts) {
        const value = (part as { _attr?: Record<string, unknown> } | undefined)?._attr?.[name];
        if (value !== undefined) return value;
    }
    return undefined;
}
