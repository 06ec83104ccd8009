import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../src/index.js';
import { sharedWorkspace } from './test-utils.js';

/** A province framework that names its body, cites a replaced decree, and plans a task with a form and a funding source. */
const FRAMEWORK = `framework hue {
    body "Ủy ban nhân dân tỉnh Thừa Thiên Huế" { en "Thua Thien Hue Provincial People's Committee" }
    level province
    legal { basis nd-47-2020 }
    goals { period 2026-2030 { goal g_dvc "Dịch vụ công toàn trình" { description "Mọi thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình." } } }
    target { application { platform lgsp_hue "LGSP tỉnh" { realizes lgsp integrates ndxp } } }
    implementation { task t1 "Nâng cấp LGSP" { period 2026-2027 form thue-dich-vu budget 100 million VND funding ngan-sach-dia-phuong delivers lgsp_hue } }
}`;

/** A body's own catalogue with a kind of its own, and a decision replaced by one the catalogues lack. */
const CATALOG = `catalog rieng "Danh mục riêng" {
    version "1"
    status local
    source "Sở Khoa học và Công nghệ"
    model ARM { vi "Mô hình tham chiếu ứng dụng (riêng)" en "Application Reference Model (own)" }
    entry R-ARM.01 "Ứng dụng nội bộ" { model ARM kind "nhom-ung-dung" }
    model LEGAL
    entry qd-1-2020 "ban hành Quy chế cũ" { model LEGAL kind "decision" number "1/QĐ-UBND" date 2020-02-03 force replaced by qd-9-2030 }
}`;

const workspace = sharedWorkspace({ 'hue.kts': FRAMEWORK, 'rieng.kts': CATALOG });
const framework = 'hue.kts';
const catalog = 'rieng.kts';

/** The hover's paragraphs at the first occurrence of `at` (a character inside it) in a file, in the given language. */
async function hoverAt(file: typeof framework | typeof catalog, at: string, language: 'vi' | 'en' = 'vi'): Promise<string[]> {
    const services = workspace.services;
    const document = workspace.document(file);
    services.config.ConfigProvider.set({ ...defaultConfig(), language });
    try {
        const text = document.textDocument.getText();
        expect(text).toContain(at);
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(text.indexOf(at) + 1)
        });
        return ((hover?.contents as { value: string } | undefined)?.value ?? '').split('\n\n');
    } finally {
        services.config.ConfigProvider.set(defaultConfig());
    }
}

/** The hover's second paragraph (what the node is, where it sits) in Vietnamese and in English. */
async function secondLines(file: typeof framework | typeof catalog, at: string): Promise<{ vi: string; en: string }> {
    return { vi: (await hoverAt(file, at))[1], en: (await hoverAt(file, at, 'en'))[1] };
}

describe('hover says a catalogue entry’s kind in words', () => {
    test.each([
        ['ndxp', 'Mô hình: Thành phần quốc gia trong sơ đồ khái quát (`NATIONAL`) · Loại: nền tảng'],
        ['thue-dich-vu', 'Mô hình: Hình thức đầu tư (`INVESTMENT_FORM`) · Loại: hình thức đầu tư'],
        ['ngan-sach-dia-phuong', 'Mô hình: Nguồn vốn (`FUNDING`) · Loại: nguồn vốn'],
        ['nd-47-2020', 'Mô hình: Văn bản pháp lý (`LEGAL`) · Loại: nghị định']
    ])('%s, in Vietnamese', async (code, line) => {
        expect((await hoverAt(framework, code))[1]).toBe(line);
    });

    test.each([
        ['ndxp', 'Model: National components of the overview diagram (`NATIONAL`) · Kind: platform'],
        ['thue-dich-vu', 'Model: Investment form (`INVESTMENT_FORM`) · Kind: investment form'],
        ['ngan-sach-dia-phuong', 'Model: Funding source (`FUNDING`) · Kind: funding source'],
        ['nd-47-2020', 'Model: Legal documents (`LEGAL`) · Kind: decree']
    ])('%s, in English', async (code, line) => {
        expect((await hoverAt(framework, code, 'en'))[1]).toBe(line);
    });

    test('a kind the vocabulary lacks (the workspace catalogue invented it) is shown as written, in code style', async () => {
        expect(await secondLines(catalog, 'R-ARM.01')).toEqual({
            vi: 'Mô hình: Mô hình tham chiếu ứng dụng (riêng) (`ARM`) · Loại: `nhom-ung-dung`',
            en: 'Model: Application Reference Model (own) (`ARM`) · Kind: `nhom-ung-dung`'
        });
    });
});

describe('hover writes a legal document’s dates and successor as the documents do', () => {
    test('the date of issue as a table cell writes it, the successor by its name and the day it took over in full', async () => {
        const vi = await hoverAt(framework, 'nd-47-2020');
        expect(vi).toContain('Ngày ban hành: 09/04/2020');
        expect(vi).toContain('Hiệu lực: ⚠️ được thay thế một phần bởi Nghị định số 194/2025/NĐ-CP từ ngày 19 tháng 8 năm 2025');
        const en = await hoverAt(framework, 'nd-47-2020', 'en');
        expect(en).toContain('Date of issue: 9 April 2020');
        expect(en).toContain('Force: ⚠️ partly replaced by Decree No. 194/2025/NĐ-CP from 19 August 2025');
        expect([...vi, ...en].join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    });

    test('a successor the catalogues lack is named by its code; a replacement without a day says none', async () => {
        const vi = await hoverAt(catalog, 'qd-1-2020');
        expect(vi.slice(1, 5)).toEqual([
            'Mô hình: Văn bản pháp lý (`LEGAL`) · Loại: quyết định',
            'Số hiệu: 1/QĐ-UBND',
            'Ngày ban hành: 03/02/2020',
            'Hiệu lực: ⚠️ được thay thế bởi `qd-9-2030`'
        ]);
        expect((await hoverAt(catalog, 'qd-1-2020', 'en'))[4]).toBe('Force: ⚠️ replaced by `qd-9-2030`');
    });
});

describe('hover on an element names its framework by the title the documents give it', () => {
    test('in Vietnamese and in English, with the id one writes', async () => {
        expect(await secondLines(framework, 'lgsp_hue')).toEqual({
            vi: 'nền tảng (`platform`) · Kiến trúc ứng dụng · mục tiêu · Khung kiến trúc Chính quyền số tỉnh Thừa Thiên Huế (`hue`)',
            en: 'platform (`platform`) · Application architecture · target · Digital Government Architecture Framework of Thua Thien Hue Province (`hue`)'
        });
    });
});

describe('hover on a task or a goal says what it is, for which period, of which framework', () => {
    test('a task: its period as the documents write it, and its framework by title', async () => {
        expect(await secondLines(framework, 't1 ')).toEqual({
            vi: 'nhiệm vụ · giai đoạn 2026–2027 · Khung kiến trúc Chính quyền số tỉnh Thừa Thiên Huế (`hue`)',
            en: 'task · period 2026–2027 · Digital Government Architecture Framework of Thua Thien Hue Province (`hue`)'
        });
    });

    test('a goal, which nothing refers to: its title, period, framework and description', async () => {
        expect(await hoverAt(framework, 'g_dvc')).toEqual([
            '**`g_dvc`** — Dịch vụ công toàn trình',
            'mục tiêu · giai đoạn 2026–2030 · Khung kiến trúc Chính quyền số tỉnh Thừa Thiên Huế (`hue`)',
            'Mọi thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.'
        ]);
        expect((await hoverAt(framework, 'g_dvc', 'en'))[1]).toBe(
            'goal · period 2026–2030 · Digital Government Architecture Framework of Thua Thien Hue Province (`hue`)'
        );
    });
});

describe('hover on a framework’s name', () => {
    test('its title, level, body and the national framework it follows, in both languages', async () => {
        expect(await hoverAt(framework, 'hue')).toEqual([
            '**`hue`** — Khung kiến trúc Chính quyền số tỉnh Thừa Thiên Huế',
            'khung kiến trúc · cấp tỉnh · Ủy ban nhân dân tỉnh Thừa Thiên Huế · theo Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'
        ]);
        expect(await hoverAt(framework, 'hue', 'en')).toEqual([
            '**`hue`** — Digital Government Architecture Framework of Thua Thien Hue Province',
            "framework · province level · Thua Thien Hue Provincial People's Committee · under Vietnam's Digital Government Architecture Framework, version 4.0"
        ]);
    });
});
