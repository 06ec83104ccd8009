import fc from 'fast-check';
import { escapeXml } from '@kts/language/model';
import { describe, expect, it } from 'vitest';
import { attrs, xmlText } from '../src/svg/svg-builder.js';

describe('SVG text', () => {
    it('writes any text as escapeXml does, passing text with nothing to escape through as it is', () => {
        const special = fc.constantFrom(
            '&',
            '<',
            '>',
            '"',
            "'",
            '\r',
            '\n',
            '\t',
            '\u0000',
            '\u0008',
            '\u000b',
            '\u001f',
            '\u007f',
            '\ufffe',
            '\uffff'
        );
        const text = fc
            .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), special))
            .map(parts => parts.join(''));
        fc.assert(
            fc.property(text, value => {
                expect(xmlText(value)).toBe(escapeXml(value));
            }),
            { numRuns: 2000 }
        );
        expect(xmlText('Hệ thống thông tin — tỉnh Lào Cai (LGSP), 2025')).toBe('Hệ thống thông tin — tỉnh Lào Cai (LGSP), 2025');
        expect(xmlText('Bộ KH&CN <mới> "một cửa"')).toBe('Bộ KH&amp;CN &lt;mới&gt; &quot;một cửa&quot;');
    });

    it('writes the attributes in their order, numbers rounded to a tenth, without the undefined ones', () => {
        expect(attrs({ x: 1.25, y: -0.04, class: 'node app', title: undefined, 'aria-label': 'KH&CN' })).toBe(
            ' x="1.3" y="0" class="node app" aria-label="KH&amp;CN"'
        );
    });
});
