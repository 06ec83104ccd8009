import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeXml } from '../src/index.js';

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: true,
    htmlEntities: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false
});

/** What an XML reader gets back from a text written as element content and as an attribute value. */
function readBack(escape: (text: string) => string, text: string): { content: string; attribute: string } {
    const xml = `<r a="${escape(text)}">${escape(text)}</r>`;
    expect(XMLValidator.validate(xml), xml).toBe(true);
    const root = (parser.parse(xml) as { r: { '#text'?: string; a: string } }).r;
    return { content: root['#text'] ?? '', attribute: root.a };
}

describe('escaping for XML and HTML', () => {
    test("an XML reader gets the user's text back, markup characters and line breaks included", () => {
        const text = `Sở <b>"Thử"</b> & 'Nghiệm' ]]> \r\nhai dòng`;
        expect(readBack(escapeXml, text).content).toBe(text);
    });

    test('characters XML cannot hold become the replacement character, and the text stays well-formed', () => {
        expect(readBack(escapeXml, 'a\u0000b\u000bc').content).toBe('a\ufffdb\ufffdc');
    });

    test('HTML text reads back as written in content and in attributes quoted either way', () => {
        const text = `<img src=x onerror="a('1')"> & 'x'`;
        expect(readBack(escapeHtml, text)).toEqual({ content: text, attribute: text });
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
    });
});
