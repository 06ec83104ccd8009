import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine, measureText, wrapText } from '../src/text/text-metrics.js';

describe('text measurement', () => {
    it('measures Vietnamese letters as wide as their base letters (marks do not advance)', () => {
        expect(measureText('ế', 12)).toBeCloseTo(measureText('e', 12), 5);
        expect(measureText('Ấ', 12, true)).toBeCloseTo(measureText('A', 12, true), 5);
        // Decomposed input (NFD) measures as its composed form.
        expect(measureText('Hệ thống'.normalize('NFD'), 12)).toBeCloseTo(measureText('Hệ thống', 12), 5);
    });

    it('counts unknown characters as a full em so boxes never come out too small', () => {
        expect(measureText('漢', 10)).toBe(10);
    });
});

describe('wrapping', () => {
    it('never gives a line wider than asked, and loses no word', () => {
        fc.assert(
            fc.property(
                fc.array(
                    fc.constantFrom(
                        'Hệ',
                        'thống',
                        'thông',
                        'tin',
                        'giải',
                        'quyết',
                        'thủ',
                        'tục',
                        'hành',
                        'chính',
                        'Administrative-procedure',
                        'Telecommunications',
                        '(LGSP)',
                        'Ấp'
                    ),
                    { minLength: 1, maxLength: 20 }
                ),
                fc.integer({ min: 60, max: 300 }),
                fc.boolean(),
                (words, width, bold) => {
                    const lines = wrapText(words.join(' '), width, 12, bold);
                    for (const line of lines) expect(measureText(line, 12, bold)).toBeLessThanOrEqual(width + 1e-9);
                    expect(lines.join('').replace(/-/g, '').replace(/\s/g, '')).toBe(words.join('').replace(/-/g, ''));
                }
            )
        );
    });

    it('puts each word on the line before when the whole line, measured again, still fits', () => {
        const word = fc.constantFrom('Hệ', 'thống', 'Quốc', 'gia', 'dữ', 'liệu', 'tỉnh', 'Lào', 'Cai', '—', '(SSO)', 'W', 'ỹ', 'Ngành');
        fc.assert(
            fc.property(
                fc.array(word, { minLength: 1, maxLength: 30 }),
                fc.integer({ min: 40, max: 400 }),
                fc.boolean(),
                (words, width, bold) => {
                    const lines = wrapText(words.join(' '), width, 10.5, bold);
                    for (const [index, line] of lines.entries()) {
                        const next = lines[index + 1]?.split(' ')[0];
                        // The greedy wrap: the next line's first word did not fit on this line, measured whole.
                        if (next !== undefined && !line.endsWith('-'))
                            expect(measureText(`${line} ${next}`, 10.5, bold)).toBeGreaterThan(width);
                    }
                    expect(lines.join(' ')).toBe(words.join(' '));
                }
            )
        );
    });

    it('breaks a long word after its hyphen before cutting between letters', () => {
        expect(wrapText('Administrative-procedure system', 110, 12, true)).toEqual(['Administrative-', 'procedure', 'system']);
        const cut = wrapText('Telecommunications', 80, 12, true);
        expect(cut.length).toBeGreaterThan(1);
        expect(cut[0]!.endsWith('-')).toBe(true);
    });

    it('shortens a cross-reference to one line with an ellipsis', () => {
        const line = fitLine('Thay bằng: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', 120, 10);
        expect(line.endsWith('…')).toBe(true);
        expect(measureText(line, 10)).toBeLessThanOrEqual(120);
        expect(fitLine('Ngắn', 120, 10)).toBe('Ngắn');
    });
});
