/**
 * One escaping function per output syntax. Each keeps the user's text verbatim — what a reader of the output
 * sees is what the user wrote — and inert: no character of it can end the string it sits in or become markup.
 * Where a syntax cannot carry a character at all, the function says so and what it writes instead.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for XML and SVG, in element content and in double-quoted attribute values alike. XML 1.0 has no way to
 * write the C0 control characters other than tab, line feed and carriage return (not even as references), so
 * those become U+FFFD, the replacement character; a carriage return is written as a reference, since a parser
 * reads a raw one as a line feed.
 */
export function escapeXml(text: string): string {
    return text
        .replace(/[&<>"]/g, character => XML_ENTITIES[character]!)
        .replace(/\r/g, '&#13;')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML, in element content and in attribute values quoted either way. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => HTML_ENTITIES[character]!);
}

/**
 * A Mermaid label, to be written between double quotes (`["…"]`, `|"…"|`, `subgraph id["…"]`). Mermaid reads
 * `#name;` and `#123;` as entity codes everywhere, so `#` itself is written as one, as are the quote, the `|`
 * that delimits an arrow's label, the brackets of HTML tags and an `&` that would start an HTML entity (`KH&CN`
 * stays as it is); a line break is `<br>`.
 */
export function escapeMermaid(text: string): string {
    return text.replace(/[#"<>|]|&(?=#?\w+;)/g, character => `#${character.codePointAt(0)};`).replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Text of a Mermaid gantt chart's title, section or task line. These are not quoted strings: a line ends at `;`
 * or `#` and a task's name at `:`, and entity codes are not read there, so those characters cannot be written
 * and become spaces, as do line breaks.
 */
export function escapeMermaidGantt(text: string): string {
    return text
        .replace(/[:;#\r\n]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** A value of a Mermaid diagram's front matter (YAML): a double-quoted scalar, whose escapes are JSON's. */
export function escapeMermaidFrontMatter(text: string): string {
    return JSON.stringify(text);
}

/**
 * A PlantUML label: a name between double quotes, or the text after an arrow's `:`. PlantUML reads `&#123;`
 * references, Creole markup (`**bold**`, `//italic//`, `--struck--`, `__underlined__`, `""mono""`, `~~wavy~~`,
 * `==`), HTML-like tags (`<b>`, `<U+0041>`, `<&icon>`) and `\n`: the characters that start any of these, and
 * an `&` that would start a reference (`KH&CN` stays as it is), are written as references, and a line break as
 * PlantUML's `\n`.
 */
export function escapePlantUml(text: string): string {
    return text
        .replace(/["<\\~]|&(?=#?\w+;)|([*/\-_=])(?=\1)/g, character => `&#${character.codePointAt(0)};`)
        .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A PlantUML gantt task's name, written between `[` and `]`: brackets cannot be written there (references are not
 * read inside them) and are dropped; `--` would start a separator, so it becomes an en dash; a line break a space.
 */
export function escapePlantUmlGantt(text: string): string {
    return text
        .replace(/[[\]]/g, '')
        .replace(/--/g, '–')
        .replace(/\r?\n|\r/g, ' ');
}
