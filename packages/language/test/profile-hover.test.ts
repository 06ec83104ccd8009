import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../src/index.js';
import { diagnosticCodes, sharedWorkspace } from './test-utils.js';

/** A framework under 3090 and 4.0 that cites what the 3090 profile adds: a principle, a target, a legal basis, V-APEX. */
const FRAMEWORK = `framework gl {
    conforms "3090", "4.0"
    goals { period 2026-2030 { goal g "Dịch vụ công" { indicator "Dịch vụ công toàn trình" target 100 unit "%" basis 3090.MT.01 } } }
    principles { principle p "Theo kết quả" { implements 3090.1 } }
    legal { basis qd-05-2025, cv-2943-2025 }
    target { application { platform api "Cổng API tỉnh" { integrates v-apex } } }
}`;

const workspace = sharedWorkspace({ 'gl.kts': FRAMEWORK });

/** The hover's text at the first occurrence of `at` (a character inside it), in the given language. */
async function hoverAt(at: string, language: 'vi' | 'en' = 'vi'): Promise<string> {
    const { services } = workspace;
    const document = workspace.document('gl.kts');
    services.config.ConfigProvider.set({ ...defaultConfig(), language });
    try {
        const position = document.textDocument.positionAt(FRAMEWORK.indexOf(at) + 2);
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position
        });
        return (hover?.contents as { value: string } | undefined)?.value ?? '';
    } finally {
        services.config.ConfigProvider.set(defaultConfig());
    }
}

describe('the 3090 profile in the editor', () => {
    test('its principle, target, legal documents and V-APEX link: no unresolved reference', () => {
        expect(
            diagnosticCodes(workspace.document('gl.kts')).filter(code => code.startsWith('kts/unresolved') || code === 'kts/unknown-code')
        ).toEqual([]);
    });

    test('hover on the governing profile: title, issuing decision, status, and what was not checked', async () => {
        const vi = await hoverAt('"3090"');
        expect(vi.split('\n\n')).toEqual([
            '**Khung kiến trúc tổng thể quốc gia số** (`3090`)',
            'Ban hành kèm theo Quyết định số 3090/QĐ-BKHCN ngày 08 tháng 10 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ',
            '**Trạng thái: chính thức**',
            expect.stringMatching(/^Nguồn: Văn bản Quyết định số 3090\/QĐ-BKHCN/),
            'Khung quốc gia chi phối văn bản này: tên, bìa và cấu trúc mục theo khung này.',
            '⚠️ Chưa đối chiếu văn bản gốc: mẫu tên khung, cấu trúc mục, nguyên tắc, lớp chức năng, mục tiêu.'
        ]);
        const en = await hoverAt('"3090"', 'en');
        expect(en).toMatch(
            /^\*\*National Overall Digital Architecture Framework\*\* \(`3090`\)\n\nIssued with Decision No\. 3090\/QĐ-BKHCN of 8 October 2025 by Bộ trưởng Bộ Khoa học và Công nghệ\n\n/
        );
        expect(en).toContain('⚠️ Not checked against the primary text: title pattern, sections, principles, functional layers, targets.');
    });

    test('hover on a further stated profile says it is not the governing one, and 4.0 has nothing unchecked', async () => {
        const hover = await hoverAt('"4.0"');
        expect(hover).toMatch(/^\*\*Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4\.0\*\* \(`4\.0`\)/);
        expect(hover).toContain('Khung quốc gia được nêu thêm: phụ lục tuân thủ đối chiếu cả với khung này.');
        expect(hover).not.toContain('Chưa đối chiếu');
    });

    test('hover on a draft principle: our paraphrase, its source, and "not checked against the primary text"', async () => {
        const vi = await hoverAt('3090.1 ');
        expect(vi).toMatch(/^\*\*`3090\.1`\*\* — Quản trị dựa trên kết quả\n\n/);
        expect(vi).toContain('Ghi chú: Diễn giải của dự án, không phải nguyên văn');
        expect(vi).toContain('**Trạng thái: dự thảo**\n\n⚠️ Chưa đối chiếu văn bản gốc:');
        expect(vi).toMatch(/Nguồn: Tin “7 nguyên tắc cốt lõi”/);
        expect(vi).toContain('Được dùng bởi 1 nguyên tắc');
        const en = await hoverAt('3090.1 ', 'en');
        expect(en).toMatch(/^\*\*`3090\.1`\*\* — Results-based governance\n\n/);
        expect(en).toContain('**Status: draft**\n\n⚠️ Not checked against the primary text:');
    });

    test('hover on a target: its year and text, that the code is ours, its source', async () => {
        const hover = await hoverAt('3090.MT.01');
        expect(hover).toMatch(/^\*\*`3090\.MT\.01`\*\* — Đến năm 2030: 100% thủ tục hành chính đủ điều kiện/);
        expect(hover).toContain('Mã do KTS đặt để trích dẫn, không phải mã của văn bản.');
        expect(hover).toMatch(/Nguồn: Tin “Mô hình kiến trúc để đưa Việt Nam thành quốc gia số phát triển”, VietNamNet/);
        expect(await hoverAt('3090.MT.01', 'en')).toMatch(/^\*\*`3090\.MT\.01`\*\* — By 2030: All eligible administrative procedures/);
    });

    test('hover on the new catalogue entries: V-APEX (draft), Quy định 05 and Công văn 2943 (their particulars, each note once)', async () => {
        const vApex = await hoverAt('v-apex');
        expect(vApex).toMatch(/^\*\*`v-apex`\*\* — Nền tảng API quốc gia \(V-APEX\)/);
        expect(vApex).toContain('**Trạng thái: dự thảo**');
        expect(await hoverAt('qd-05-2025')).toMatch(/Mô hình: Văn bản pháp lý \(`LEGAL`\) · Loại: quy định\n\nSố hiệu: 05-QĐ\/BCĐTW/);
        const letter = await hoverAt('cv-2943-2025');
        expect(letter).toContain('Số hiệu: 2943/CĐSQG-CNCPS\n\nNgày ban hành: 27/10/2025\n\nCơ quan ban hành: Cục Chuyển đổi số quốc gia');
        expect(letter.match(/Ghi chú:/g)).toHaveLength(1);
    });
});
