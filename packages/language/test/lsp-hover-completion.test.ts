import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { expectCompletion, expectHover } from 'langium/test';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver';
import { defaultConfig, loadWorkspace, type KtsServices } from '../src/index.js';
import { buildWorkspace, createTestServices } from './test-utils.js';

/** A complete test ARM and an illustrative BRM, as a body's own catalogue file. */
const CATALOG = `catalog thu-nghiem "Danh mục thử nghiệm" {
    version "1"
    status local
    source "Bộ kiểm thử KTS"
    model ARM pattern "^T-ARM\\\\.\\\\d{2}(\\\\.\\\\d{2})?$" complete { vi "Mô hình tham chiếu ứng dụng (thử nghiệm)" en "Application Reference Model (test)" }
    model BRM pattern "^T-BRM\\\\.\\\\d{2}$" { vi "Mô hình tham chiếu nghiệp vụ (thử nghiệm)" }
    entry T-ARM.01 "Ứng dụng phục vụ người dân" { model ARM en "Citizen-facing applications" }
    entry T-ARM.01.01 "Cổng dịch vụ công trực tuyến" { model ARM parent T-ARM.01 en "Online public-service portal" description "Cổng cung cấp dịch vụ công trực tuyến của cơ quan." descriptionEn "The body's online public-service portal." }
    entry T-ARM.01.02 "Hệ thống thông tin giải quyết thủ tục hành chính" { model ARM parent T-ARM.01 }
    entry T-ARM.02 "Quản lý văn bản và điều hành" { model ARM }
    entry T-BRM.01 "Tiếp nhận hồ sơ" { model BRM status illustrative source "Minh họa, không trích từ Phụ lục I" }
}
`;

/** Elements elsewhere in the workspace that already use some codes: hover counts them. */
const USERS = `framework hue { target {
    business { activity tiep_nhan "Tiếp nhận hồ sơ" { codes T-BRM.01 } }
    data { database csdl_kt "CSDL kinh tế" { codes DRM001.002 } }
    application { app cong "Cổng dịch vụ công tỉnh" { codes T-ARM.01.01 integrates csdlqg-dan-cu via ndxp } }
} }
`;

let services: KtsServices;
let hover: ReturnType<typeof expectHover>;
let completion: ReturnType<typeof expectCompletion>;

beforeAll(async () => {
    services = createTestServices();
    await buildWorkspace(services, { 'catalog.kts': CATALOG, 'users.kts': USERS });
    hover = expectHover(services);
    completion = expectCompletion(services);
});

/** A framework around one element body; `<|>` marks the cursor. */
function inApplication(body: string): string {
    return `framework hue { target { application { app dvc "HTTT giải quyết TTHC" { ${body} } } } }`;
}

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

function sorted(list: CompletionList): CompletionItem[] {
    return [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

describe('hover', () => {
    test('on a DRM code: name, path from the model root, status, source, and how many elements use it', async () => {
        await hover({
            text: 'framework hue { target { data { database ds "Dữ liệu doanh nghiệp" { codes DRM001.0<|>02 } } } }',
            index: 0,
            disposeAfterCheck: true,
            hover: new RegExp(
                [
                    '^\\*\\*`DRM001\\.002`\\*\\* — Quản lý kinh tế',
                    'Mô hình: Mô hình tham chiếu dữ liệu \\(`DRM`\\) · Loại: nhóm dữ liệu',
                    'Vị trí: `DRM001` Dữ liệu lĩnh vực kinh tế › `DRM001\\.002` Quản lý kinh tế',
                    '\\*\\*Trạng thái: dự thảo\\*\\*',
                    '⚠️ Mã lấy từ bản dự thảo[^\\n]*',
                    'Nguồn: Khung kiến trúc CPĐT Việt Nam phiên bản 2\\.0 \\(dự thảo lần 3\\)[^\\n]*',
                    'Danh mục: [^\\n]*\\(`drm-draft-2019`, phiên bản 1\\.0, có sẵn trong KTS\\)',
                    // This document's database and the one in users.kts.
                    'Được dùng bởi 2 phần tử trong không gian làm việc\\.$'
                ].join('\\n\\n')
            )
        });
    });

    test('on an illustrative code: says plainly that it is not official', async () => {
        await hover({
            text: 'framework hue { target { business { activity a "Tiếp nhận" { codes T-<|>BRM.01 } } } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /\*\*Trạng thái: minh họa\*\*\n\n⚠️ Mã minh họa, KHÔNG phải mã chính thức[^\n]*\n\nNguồn: Minh họa, không trích từ Phụ lục I/
        });
    });

    test('on a national component: owner, section of the framework text and usage', async () => {
        await hover({
            text: inApplication('integrates csdlqg-dan-cu via nd<|>xp'),
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`ndxp`\*\* — Nền tảng tích hợp, chia sẻ dữ liệu quốc gia\n\nMô hình: Thành phần quốc gia trong sơ đồ khái quát \(`NATIONAL`\) · Loại: nền tảng\n\n[\s\S]*Cơ quan chủ quản: Bộ Khoa học và Công nghệ\n\nMô tả tại: Chương 3, II[\s\S]*\*\*Trạng thái: chính thức\*\*[\s\S]*Được dùng bởi 2 phần tử/
        });
    });

    test('on the declaration of a code in its own catalogue file', async () => {
        await hover({
            text: `catalog rieng "Riêng" { version "1" status local source "Sở" entry T-ARM.0<|>9 "Mã mới" { model ARM } }`,
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`T-ARM\.09`\*\* — Mã mới[\s\S]*\*\*Trạng thái: riêng của cơ quan\*\*[\s\S]*Chưa được dùng ở đâu trong không gian làm việc\./
        });
    });

    test('in English when the workspace is configured for English', async () => {
        services.config.ConfigProvider.set({ ...defaultConfig(), language: 'en' });
        try {
            await hover({
                text: inApplication('codes T-ARM.01.<|>01'),
                index: 0,
                disposeAfterCheck: true,
                hover: /^\*\*`T-ARM\.01\.01`\*\* — Online public-service portal\n\nModel: Application Reference Model \(test\) \(`ARM`\)[\s\S]*Path: `T-ARM\.01` Citizen-facing applications › `T-ARM\.01\.01` Online public-service portal\n\nThe body's online public-service portal\.[\s\S]*\*\*Status: local \(the body's own\)\*\*[\s\S]*Used by 2 element\(s\) in the workspace\./
            });
        } finally {
            services.config.ConfigProvider.set(defaultConfig());
        }
    });

    test('on a security level: the built-in level of Nghị định 85/2016', async () => {
        await hover({
            text: inApplication('level <|>3'),
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`3`\*\* — Cấp độ 3\n\nMô hình: Cấp độ an toàn hệ thống thông tin \(`SECURITY_LEVEL`\) · Loại: cấp độ an toàn[\s\S]*Mô tả tại: Nghị định 85\/2016\/NĐ-CP, Điều 9[\s\S]*Được dùng bởi 1 phần tử trong không gian làm việc\.$/
        });
    });

    test("on a body's agency identifier: the corroborated code, the note that the province was merged, and its status", async () => {
        await hover({
            text: 'framework lc { body "Ủy ban nhân dân tỉnh Lào Cai" { code <|>"000.00.00.H38" } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`000\.00\.00\.H38`\*\* — UBND tỉnh Lào Cai\n\n[\s\S]*Ghi chú: Từ 1\/7\/2025, tỉnh Lào Cai được hợp nhất với tỉnh Yên Bái thành tỉnh Lào Cai mới \(Nghị quyết số 202\/2025\/QH15\)[\s\S]*\*\*Trạng thái: dự thảo[^*]*\*\*[\s\S]*Danh mục: Mã định danh điện tử của cơ quan, tổ chức \(định dạng chính thức, các giá trị đã được đối chứng\)[^\n]*$/
        });
    });

    test('on an element the parser could only partly read (no title): still a hover, no failure', async () => {
        await hover({
            text: 'framework hue { target { application { app dv<|>c { codes T-ARM.01.01 } } } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`dvc`\*\*\n\nứng dụng, hệ thống thông tin \(`app`\) · Kiến trúc ứng dụng · mục tiêu · khung kiến trúc `hue`/
        });
    });

    test('on an element: its doc comment, kind, architecture and who refers to it', async () => {
        await hover({
            text: `framework hue { target { application {
                /** Cổng một cửa của tỉnh, thay thế phần mềm cũ. */
                portal mot<|>cua "Cổng một cửa" { codes T-ARM.01.01 }
                app dvc "HTTT" { uses motcua }
            } } }`,
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*`motcua`\*\* — Cổng một cửa\n\ncổng thông tin \/ kênh giao tiếp \(`portal`\) · Kiến trúc ứng dụng · mục tiêu · khung kiến trúc `hue`\n\nCổng một cửa của tỉnh, thay thế phần mềm cũ\.\n\nMã tham chiếu: `T-ARM\.01\.01` Cổng dịch vụ công trực tuyến\n\nĐược dùng bởi 1 phần tử/
        });
    });
});

describe('completion', () => {
    test("after an application's `codes` only ARM codes, each with its Vietnamese name", async () => {
        await completion({
            text: inApplication('codes <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toEqual(['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02', 'T-ARM.02']);
                expect(list.items.map(item => item.detail)).toEqual([
                    'Ứng dụng phục vụ người dân',
                    'Cổng dịch vụ công trực tuyến',
                    'Hệ thống thông tin giải quyết thủ tục hành chính',
                    'Quản lý văn bản và điều hành'
                ]);
            }
        });
    });

    test("after a business activity's `codes` only BRM codes; after a database's only DRM codes", async () => {
        await completion({
            text: 'framework hue { target { business { activity a "Tiếp nhận" { codes <|> } } } }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['T-BRM.01'])
        });
        await completion({
            text: 'framework hue { target { data { database d "CSDL" { codes DRM00<|> } } } }',
            index: 0,
            disposeAfterCheck: true,
            assert: list =>
                expect(labels(list)).toEqual([
                    'DRM001',
                    'DRM001.001',
                    'DRM001.002',
                    'DRM001.003',
                    'DRM002',
                    'DRM002.001',
                    'DRM003',
                    'DRM004',
                    'DRM004.005'
                ])
        });
    });

    test('a catalogue added or removed while editing changes what completes', async () => {
        const complete = () =>
            completion({
                text: inApplication('codes T-ARM<|>'),
                index: 0,
                disposeAfterCheck: true,
                assert: list => offered.push(labels(list))
            });
        const offered: string[][] = [];
        await complete();
        const [added] = (
            await buildWorkspace(services, {
                'them.kts': 'catalog them "Thêm" { version "1" status local source "Sở" entry T-ARM.03 "Mã thêm" { model ARM } }'
            })
        ).values();
        await complete();
        await services.shared.workspace.DocumentBuilder.update([], [added.uri]);
        await complete();
        expect(offered).toEqual([
            ['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02', 'T-ARM.02'],
            ['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02', 'T-ARM.02', 'T-ARM.03'],
            ['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02', 'T-ARM.02']
        ]);
    });

    test('a code prefix narrows by code', async () => {
        await completion({
            text: inApplication('codes T-ARM.01<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02'])
        });
    });

    test('`standards` offers only the standards list, `implements` only the basic principles', async () => {
        await completion({
            text: inApplication('standards 1.<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toContain('1.4');
                expect(labels(list).filter(label => !/^1(\.\d+)?$/.test(label))).toEqual([]);
                expect(list.items.find(item => item.label === '1.4')?.labelDetails?.description).toBe('STANDARD');
            }
        });
        // A standards-list item is found by a standard it names.
        await completion({
            text: inApplication('standards odata<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(sorted(list).map(item => [item.label, item.detail])[0]).toEqual(['1.4', 'Truy cập và chia sẻ dữ liệu'])
        });
        await completion({
            text: 'framework hue { principles { principle p "Lấy người dân làm trung tâm" { implements <|> } } }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l'])
        });
        // A framework under 3090 is offered the 3090 principles instead.
        await completion({
            text: 'framework hue { conforms "3090" principles { principle p "Quản trị theo kết quả" { implements <|> } } }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['3090.1', '3090.2', '3090.3', '3090.4', '3090.5', '3090.6', '3090.7'])
        });
        // `conforms` offers the shipped profiles, with their titles; so does the next name after a comma.
        for (const text of ['framework hue { conforms <|> }', 'framework hue { conforms "3090", <|> }']) {
            await completion({
                text,
                index: 0,
                disposeAfterCheck: true,
                assert: list =>
                    expect(list.items.map(item => [item.label, item.detail])).toEqual([
                        ['"4.0"', 'Khung kiến trúc Chính phủ số Việt Nam, phiên bản 4.0'],
                        ['"3090"', 'Khung kiến trúc tổng thể quốc gia số']
                    ])
            });
        }
        // An indicator's basis offers the national targets and nothing else.
        await completion({
            text: 'framework hue { goals { period 2026-2030 { goal g "Dịch vụ công" { indicator "Toàn trình" target 100 basis <|> } } } }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['3090.MT.01', '3090.MT.02', '3090.MT.03', '3090.MT.04'])
        });
    });

    test.each(['dan cu', 'dân cư', 'DAN CU', 'da\u0302n cu\u031B'])(
        '`realizes %s` finds the national population database first, replacing all the words typed',
        async typed => {
            const text = inApplication(`realizes ${typed}<|>`);
            await completion({
                text,
                index: 0,
                disposeAfterCheck: true,
                assert: list => {
                    const [first] = sorted(list);
                    expect(first.label).toBe('csdlqg-dan-cu');
                    expect(first.detail).toBe('Cơ sở dữ liệu quốc gia về dân cư');
                    // The client filters by the typed text: it must start the filter text.
                    expect(first.filterText?.startsWith(typed)).toBe(true);
                    const edit = first.textEdit as TextEdit;
                    const line = text.replace('<|>', '');
                    expect(line.slice(edit.range.start.character, edit.range.end.character)).toBe(typed);
                    expect(edit.newText).toBe('csdlqg-dan-cu');
                }
            });
        }
    );

    test('`realizes` offers national components only, whatever their kind', async () => {
        await completion({
            text: inApplication('realizes <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toContain('nguoi-dan');
                expect(labels(list)).toContain('lgsp');
                expect(list.items.every(item => item.labelDetails?.description === 'NATIONAL')).toBe(true);
            }
        });
    });

    test('`integrates` offers the kinds its rule accepts, `via` only platforms', async () => {
        await completion({
            text: `framework hue { target { application {
                platform lgsp_hue "LGSP" app mc "Một cửa" actor_like "x"
                app dvc "DVC" { integrates <|> }
            } } }`.replace(' app mc "Một cửa" actor_like "x"', ' app mc "Một cửa"'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const offered = labels(list);
                expect(offered).toEqual(expect.arrayContaining(['lgsp_hue', 'mc', 'csdlqg-dan-cu', 'ndxp', 'cong-dvc-quoc-gia']));
                // Citizens are an actor: nothing to integrate with.
                expect(offered).not.toContain('nguoi-dan');
            }
        });
        await completion({
            text: inApplication('integrates csdlqg-dan-cu via <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).toContain('ndxp');
                expect(labels(list)).not.toContain('csdlqg-dan-cu');
                expect(
                    list.items.every(item => item.labelDetails?.description === 'NATIONAL' || item.labelDetails?.description === 'platform')
                ).toBe(true);
            }
        });
    });

    test('after a comma on the next line the next reference is completed', async () => {
        await completion({
            text: inApplication('codes T-ARM.01.01,\n                T-ARM.0<|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(['T-ARM.01', 'T-ARM.01.01', 'T-ARM.01.02', 'T-ARM.02'])
        });
    });

    test('a complete code followed by a space gives way to the keywords of the next property', async () => {
        await completion({
            text: inApplication('codes T-ARM.01.01 <|>'),
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                expect(labels(list)).not.toContain('T-ARM.01.01');
                expect(labels(list)).toContain('standards');
            }
        });
    });
});

describe('document metadata', () => {
    test('a framework offers the `document` block, and inside it its place, year and draft mark', async () => {
        await completion({
            text: 'framework hue {\n    <|>\n}',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toContain('document')
        });
        await completion({
            text: 'framework hue {\n    document {\n        <|>\n    }\n}',
            index: 0,
            disposeAfterCheck: true,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(['place', 'year', 'draft']))
        });
    });
});

describe('the bundled example', () => {
    test('in the province example, hover on a code shows its name, status and source; completion on an application offers ARM codes', async () => {
        const workspace = await loadWorkspace({
            paths: [path.resolve(__dirname, '../../../examples/tinh-lao-cai')],
            indexReferences: true
        });
        const document = workspace.documents.find(candidate => candidate.uri.path.endsWith('04-hien-trang-ung-dung.kts'))!;
        const text = document.textDocument.getText();
        const offset = text.indexOf('codes MH-ARM.') + 'codes MH-'.length;
        const result = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        const value = (result?.contents as { value: string }).value;
        expect(value).toMatch(/^\*\*`MH-ARM\.\d{2}\.\d{2}`\*\* — \S/);
        expect(value).toContain('**Trạng thái: minh họa**');
        expect(value).toContain('Mã minh họa, KHÔNG phải mã chính thức');
        expect(value).toMatch(/Nguồn: Minh họa: mã và tên do dự án KTS tự đặt/);

        // Completion at the same application's `codes` offers the ARM codes of the example catalogue only, with names.
        const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(text.indexOf('codes MH-ARM.') + 'codes '.length)
        });
        expect(list!.items.length).toBeGreaterThan(10);
        expect(list!.items.filter(item => !item.label.startsWith('MH-ARM.') || !item.detail)).toEqual([]);
    });
});
