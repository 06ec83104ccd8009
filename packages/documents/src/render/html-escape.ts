const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values alike: user text can never become markup. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ENTITIES[character]);
}
