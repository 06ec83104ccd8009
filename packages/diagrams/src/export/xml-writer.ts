import { escapeXml } from '@kts/language/model';

/** An indented XML text built element by element; the order of calls is the order in the file. */
export class XmlWriter {
    private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
    private depth = 0;

    open(name: string, attributes: Record<string, string | number | undefined> = {}): this {
        this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
        this.depth += 1;
        return this;
    }

    close(name: string): this {
        this.depth -= 1;
        this.lines.push(`${this.indent()}</${name}>`);
        return this;
    }

    leaf(name: string, attributes: Record<string, string | number | undefined> = {}, text?: string): this {
        this.lines.push(
            text === undefined
                ? `${this.indent()}<${name}${formatAttributes(attributes)}/>`
                : `${this.indent()}<${name}${formatAttributes(attributes)}>${escapeXml(text)}</${name}>`
        );
        return this;
    }

    /** One element per language, each marked with `xml:lang`: Vietnamese always, English when there is one. */
    localized(name: string, text: { vi: string; en?: string }): this {
        this.leaf(name, { 'xml:lang': 'vi' }, text.vi);
        if (text.en) this.leaf(name, { 'xml:lang': 'en' }, text.en);
        return this;
    }

    toString(): string {
        return this.lines.join('\n') + '\n';
    }

    private indent(): string {
        return '  '.repeat(this.depth);
    }
}

function formatAttributes(attributes: Record<string, string | number | undefined>): string {
    return Object.entries(attributes)
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
        .join('');
}
