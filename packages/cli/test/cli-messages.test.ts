import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import messages from '../data/messages.json' with { type: 'json' };
import { SAMPLE } from '../../language/test/sample.js';
import { EXIT_USAGE } from '../src/main.js';
import { kts, scratchFolder } from './run-kts.js';

/** Letters only Vietnamese writes: a message with one of them is Vietnamese, an English one has none. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort();

describe('the messages of the kts command', () => {
    const entries = Object.entries(messages).filter(([key]) => !key.startsWith('$')) as Array<[string, { vi: string; en: string }]>;

    test('every message has a Vietnamese text with diacritics (NFC) and an English one, with the same placeholders', () => {
        expect(entries.length).toBeGreaterThan(50);
        for (const [key, { vi, en }] of entries) {
            expect(vi, key).toBe(vi.normalize('NFC'));
            expect(en, key).toBe(en.normalize('NFC'));
            expect(placeholders(en), key).toEqual(placeholders(vi));
            const words = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '');
            if (words(vi) !== '') expect(vi, key).toMatch(VIETNAMESE_LETTER);
            expect(en, key).not.toMatch(VIETNAMESE_LETTER);
            expect(`${vi}\n${en}`, key).not.toContain(' / ');
        }
    });
});

describe('kts prints each usage error in one language', () => {
    const scratch = scratchFolder('kts-messages-');
    const empty = path.join(scratch, 'empty');
    fs.mkdirSync(empty);
    const table = path.join(scratch, 'brm.csv');
    fs.writeFileSync(table, 'Mã,Tên\nSO-BRM.01,Dịch vụ công\n');
    const latin1 = path.join(scratch, 'latin1.csv');
    fs.writeFileSync(latin1, Buffer.from('Mã,Tên\nA,Tiếp nhận\n', 'latin1'));
    fs.writeFileSync(path.join(scratch, 'brm.doc'), 'a Word file');
    const out = path.join(scratch, 'out');
    const badConfig = path.join(scratch, 'bad-config');
    fs.mkdirSync(badConfig);
    fs.writeFileSync(path.join(badConfig, 'kts.config.json'), '{ "strict": "yes" }');
    fs.writeFileSync(path.join(badConfig, 'khung.kts'), 'framework lao_cai { level province }\n');
    const badCatalog = path.join(scratch, 'bad-catalog');
    fs.mkdirSync(badCatalog);
    fs.writeFileSync(path.join(badCatalog, 'kts.config.json'), '{ "catalogs": ["brm.json"] }');
    fs.writeFileSync(path.join(badCatalog, 'brm.json'), '{ "id": "brm" }');
    fs.writeFileSync(path.join(badCatalog, 'khung.kts'), 'framework lao_cai { level province }\n');
    const latin1Kts = path.join(scratch, 'latin1.kts');
    fs.writeFileSync(latin1Kts, Buffer.from('framework lao_cai { vision "Tầm nhìn" }\n', 'latin1'));

    const usageErrors: string[][] = [
        ['validate', SAMPLE, '--format', 'xml'],
        ['validate', empty],
        ['generate', SAMPLE, '--out', out, '--format', 'pdf'],
        ['generate', SAMPLE, '--out', out, '--edition', 'draft'],
        ['diagram', SAMPLE, '--out', out, '--view', 'floor-plan'],
        ['diagram', SAMPLE, '--out', out, '--state', 'past'],
        ['diagram', SAMPLE, '--out', out, '--framework', 'hanoi'],
        ['diagram', empty, '--out', out],
        ['export', 'archimate', SAMPLE, '-o', path.join(out, 'model.xml')],
        ['catalog', 'search', 'dân cư', '--limit', '0'],
        ['catalog', 'list', '--format', 'xml'],
        ['catalog', 'import', table],
        ['catalog', 'import', table, '--model', 'brm'],
        ['catalog', 'import', table, '--model', 'BRM', '--status', 'final'],
        ['catalog', 'import', table, '--model', 'BRM', '--pattern', '('],
        ['catalog', 'import', table, '--model', 'BRM', '-o', path.join(scratch, 'brm.txt')],
        ['catalog', 'import', table, '--model', 'BRM', '--id', 'BRM_1'],
        ['catalog', 'import', path.join(scratch, 'khong-co.csv'), '--model', 'BRM'],
        ['catalog', 'import', path.join(scratch, 'brm.doc'), '--model', 'BRM'],
        ['catalog', 'import', latin1, '--model', 'BRM'],
        ['validate', path.join(scratch, 'khong-co.kts')],
        ['validate', table],
        ['validate', latin1Kts],
        ['validate', badConfig],
        ['validate', badCatalog]
    ];

    const named = usageErrors.map(args => [args.map(arg => (path.isAbsolute(arg) ? path.basename(arg) : arg)).join(' '), args] as const);

    test.each(named)('kts %s', async (_name, args) => {
        const english = await kts(...args, '--lang', 'en');
        expect(english.code, english.err).toBe(EXIT_USAGE);
        expect(english.err).toMatch(/^kts: .+\n$/);
        expect(english.err).not.toMatch(VIETNAMESE_LETTER);
        expect(english.err).not.toContain(' / ');

        const vietnamese = await kts(...args, '--lang', 'vi');
        expect(vietnamese.code, vietnamese.err).toBe(EXIT_USAGE);
        expect(vietnamese.err).toMatch(VIETNAMESE_LETTER);
        expect(vietnamese.err).not.toContain(' / ');
        expect(vietnamese.err).not.toBe(english.err);
        expect(fs.existsSync(out)).toBe(false);
    });
});

describe('the help and the parser’s own errors speak one language: --lang, else KTS_LANG, else Vietnamese', () => {
    const scratch = scratchFolder('kts-help-');
    const out = path.join(scratch, 'out');

    afterEach(() => {
        delete process.env.KTS_LANG;
    });

    const helps = [
        [],
        ['validate'],
        ['generate'],
        ['diagram'],
        ['export'],
        ['export', 'archimate'],
        ['catalog'],
        ['catalog', 'search'],
        ['catalog', 'show'],
        ['catalog', 'list'],
        ['catalog', 'import']
    ].map(command => [command.join(' ') || 'kts', command] as const);

    test.each(helps)('%s --help', async (_name, command) => {
        const vietnamese = await kts(...command, '--help');
        expect(vietnamese.code).toBe(0);
        expect(vietnamese.out).toMatch(/^Cách dùng: kts/);
        expect(vietnamese.out).toMatch(/\nTùy chọn:\n/);
        expect(vietnamese.out).not.toMatch(/Usage:|Options:|Commands:|Arguments:|default:|display help/);
        expect(vietnamese.out).not.toContain(' / ');

        const english = await kts(...command, '--help', '--lang', 'en');
        expect(english.code).toBe(0);
        expect(english.out).toMatch(/^Usage: kts/);
        expect(english.out).toMatch(/\nOptions:\n/);
        expect(english.out).not.toMatch(VIETNAMESE_LETTER);
        expect(english.out).not.toContain(' / ');
        process.env.KTS_LANG = 'en';
        expect((await kts(...command, '--help')).out).toBe(english.out);
        expect((await kts(...command, '--help', '--lang=vi')).out).toBe(vietnamese.out);
    });

    test('names each command, argument and option with its description and default', async () => {
        const generate = (await kts('generate', '--help')).out;
        expect(generate).toMatch(/\nTham số:\n +path +tệp hoặc thư mục\n/);
        expect(generate).toMatch(/--format <formats> +docx,html \(mặc định: "docx,html"\)\n/);
        expect(generate).toMatch(/--force +vẫn sinh khi mô hình có lỗi\n/);
        expect((await kts('--help')).out).toMatch(/\nLệnh:\n +validate \[options\] <paths\.\.\.> +Kiểm tra các tệp \.kts\n/);
        const english = (await kts('catalog', 'search', '--help', '--lang', 'en')).out;
        expect(english).toMatch(/--limit <n> +maximum number of results \(default: "50"\)\n/);
        expect(english).toMatch(/\nArguments:\n +text +code or name to find\n/);
    });

    const parserErrors: Array<[string[], string, string]> = [
        [['--no-such-option'], 'không có tùy chọn "--no-such-option"', 'unknown option "--no-such-option"'],
        [
            ['validate', SAMPLE, '--fromat', 'json'],
            'không có tùy chọn "--fromat"; có phải ý bạn là --format?',
            'unknown option "--fromat"; did you mean --format?'
        ],
        [['valdate', SAMPLE], 'không có lệnh "valdate"; có phải ý bạn là validate?', 'unknown command "valdate"; did you mean validate?'],
        [['validate'], 'thiếu tham số bắt buộc paths', 'missing required argument paths'],
        [['generate', SAMPLE], 'thiếu tùy chọn bắt buộc --out <dir>', 'required option --out <dir> not given'],
        [['generate', SAMPLE, '--out'], 'tùy chọn --out <dir> cần một giá trị', 'option --out <dir> needs a value'],
        [
            ['generate', SAMPLE, SAMPLE, '--out', out],
            'thừa tham số: lệnh nhận 1, nhưng có 2',
            'too many arguments: the command takes 1, not 2'
        ]
    ];

    test.each(
        parserErrors.map(
            ([args, vi, en]) => [args.map(arg => (path.isAbsolute(arg) ? path.basename(arg) : arg)).join(' '), args, vi, en] as const
        )
    )('kts %s', async (_name, args, vi, en) => {
        expect(await kts(...args)).toEqual({ code: EXIT_USAGE, out: '', err: `kts: ${vi}\n` });
        expect(await kts(args[0]!, '--lang', 'en', ...args.slice(1))).toEqual({ code: EXIT_USAGE, out: '', err: `kts: ${en}\n` });
        process.env.KTS_LANG = 'en';
        expect((await kts(...args)).err).toBe(`kts: ${en}\n`);
        expect(fs.existsSync(out)).toBe(false);
    });
});

describe('the language a command speaks', () => {
    const scratch = scratchFolder('kts-language-');
    const english = path.join(scratch, 'english');
    fs.mkdirSync(english);
    fs.writeFileSync(path.join(english, 'kts.config.json'), JSON.stringify({ language: 'en' }));
    const plain = path.join(scratch, 'plain');
    fs.mkdirSync(plain);

    afterEach(() => {
        delete process.env.KTS_LANG;
    });

    test('is Vietnamese by default, the workspace config’s language otherwise, and --lang above both', async () => {
        expect((await kts('validate', plain)).err).toBe(
            `kts: không có tệp .kts nào trong ${plain}; hãy chỉ ra tệp hoặc thư mục chứa tệp .kts\n`
        );
        expect((await kts('validate', english)).err).toBe(
            `kts: no .kts files in ${english}; name a .kts file or a folder that holds some\n`
        );
        expect((await kts('validate', english, '--lang', 'vi')).err).toMatch(/^kts: không có tệp \.kts nào/);
    });

    test('KTS_LANG sets the default, below the workspace config and --lang', async () => {
        process.env.KTS_LANG = 'en';
        expect((await kts('validate', plain)).err).toMatch(/^kts: no \.kts files in /);
        expect((await kts('validate', plain, '--lang', 'vi')).err).toMatch(/^kts: không có tệp \.kts nào/);
        process.env.KTS_LANG = 'vi';
        expect((await kts('validate', english)).err).toMatch(/^kts: no \.kts files in /);
    });

    test('a wrong --lang or KTS_LANG is said in the language found without it, naming the values it takes', async () => {
        expect((await kts('validate', english, '--lang', 'fr')).err).toBe('kts: --lang must be "vi" or "en" (got "fr")\n');
        process.env.KTS_LANG = 'fr';
        const result = await kts('validate', plain);
        expect(result.code).toBe(EXIT_USAGE);
        expect(result.err).toBe('kts: biến môi trường KTS_LANG phải là "vi" hoặc "en" (nhận được "fr"); hãy sửa hoặc bỏ biến này\n');
    });

    test('the summary of kts validate counts in the words of the diagnostics, in either language', async () => {
        expect((await kts('validate', SAMPLE)).out).toMatch(/\n4 tệp: 0 lỗi, \d+ cảnh báo, \d+ thông tin\.\n$/);
        expect((await kts('validate', SAMPLE, '--lang', 'en')).out).toMatch(/\n4 files: 0 errors, \d+ warnings?, \d+ infos?\.\n$/);
    });
});
