import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { TestWorkspace } from './test-utils.js';

// A province and a ministry that refers to it, the workspace of issue 18.
const PROVINCE = `framework tinh_nghe_an {
    body "Ủy ban nhân dân tỉnh Nghệ An"
    level province
    current {
        application {
            app motcua "Hệ thống một cửa điện tử"
        }
    }
    target {
        application {
            platform lgsp_na "LGSP tỉnh Nghệ An" { realizes lgsp }
            app httt_tthc "HTTT giải quyết TTHC tỉnh" {
                replaces motcua
                integrates ndxp via lgsp_na
            }
        }
    }
    goals { period 2026-2030 { goal g1 "Dữ liệu dùng chung" goal g2 "Dịch vụ công trực tuyến" } }
    principles { principle p1 "Lấy người dân làm trung tâm" { implements a } principle p2 "Dữ liệu là tài nguyên" }
    implementation {
        task t01 "Xây dựng HTTT giải quyết TTHC" { period 2026-2028 delivers httt_tthc }
        task t02 "Kết nối LGSP" { period 2027-2028 delivers lgsp_na after t01 }
    }
}
`;

const PROVINCE_DATA = `framework tinh_nghe_an {
    current {
        data {
            database csdl_hs "CSDL hồ sơ"
        }
    }
    target {
        data {
            database csdl_tthc "CSDL thủ tục hành chính" { shares current.csdl_hs }
        }
    }
}
`;

const MINISTRY = `framework bo_x {
    body "Bộ X"
    level ministry
    target {
        application {
            app hethong_bo "Hệ thống của Bộ" {
                integrates tinh_nghe_an.httt_tthc via ndxp
                uses tinh_nghe_an.current.motcua
                stores tinh_nghe_an.target.csdl_tthc
                codes MH-LOCAL.01
            }
            portal cong_bo "Cổng thông tin của Bộ" { uses tinh_nghe_an.motcua }
        }
    }
    implementation {
        task t1 "Kết nối" { period 2026-2027 after tinh_nghe_an.t01 }
    }
}
`;

const CATALOG = `catalog danh_muc_bo "Danh mục của Bộ" {
    model ARM-local
    entry MH-LOCAL.01 "Ứng dụng riêng của Bộ"
    entry MH-LOCAL.02 "Ứng dụng khác" { parent MH-LOCAL.01 }
}
`;

const LEGAL = `catalog van_ban_bo "Văn bản của Bộ" {
    model LEGAL
    entry qd-1-2025 "Quyết định ban hành Khung kiến trúc" { kind "decision" number "1/QĐ-BX" date 2025-01-10 issuer "Bộ X" force replaced by qd-2-2026 from 2026-01-15 }
    entry qd-2-2026 "Quyết định ban hành Khung kiến trúc (cập nhật)" { kind "decision" number "2/QĐ-BX" date 2026-01-15 issuer "Bộ X" force in-force }
}
`;

const FILES = {
    'province.kts': PROVINCE,
    'province-data.kts': PROVINCE_DATA,
    'ministry.kts': MINISTRY,
    'catalog.kts': CATALOG,
    'legal.kts': LEGAL
};

let workspace: TestWorkspace;
let documents: Map<string, LangiumDocument>;

beforeAll(async () => {
    workspace = new TestWorkspace();
});

async function load(files: Record<string, string> = FILES): Promise<void> {
    documents = await workspace.validate(files);
}

function positionOf(file: string, needle: string, occurrence = 1, shift = 0): Position {
    const text = documents.get(file)!.textDocument.getText();
    let offset = -1;
    for (let found = 0; found < occurrence; found++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence} times in ${file}`);
    }
    return documents.get(file)!.textDocument.positionAt(offset + shift);
}

function provider() {
    return workspace.services.lsp.RenameProvider!;
}

async function prepare(file: string, position: Position) {
    const document = documents.get(file)!;
    return provider().prepareRename(document, { textDocument: { uri: document.uri.toString() }, position });
}

async function rename(file: string, position: Position, newName: string): Promise<WorkspaceEdit> {
    const document = documents.get(file)!;
    return (await provider().rename(document, { textDocument: { uri: document.uri.toString() }, position, newName }))!;
}

/** The refusal's message, or fails when the call succeeds. */
async function refusal(call: () => unknown): Promise<string> {
    try {
        await call();
    } catch (error) {
        return (error as ResponseError<void>).message;
    }
    throw new Error('expected a refusal');
}

/** The workspace's files after the edit, by file name. */
function applied(edit: WorkspaceEdit): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of documents) {
        const edits: TextEdit[] = edit.changes?.[document.uri.toString()] ?? [];
        result[name] = TextDocument.applyEdits(TextDocument.create('file:///x', 'kts', 0, document.textDocument.getText()), edits);
    }
    return result;
}

/** Errors of the whole workspace, as `file: message`. */
function errors(): string[] {
    return [...documents].flatMap(([name, document]) =>
        (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${name}: ${diagnostic.message}`)
    );
}

describe('rename keeps every reference where it pointed', () => {
    test('the workspace starts without errors', async () => {
        await load();
        expect(errors()).toEqual([]);
    });

    test('renaming a province element rewrites the ministry reference with its framework qualifier', async () => {
        await load();
        const edit = await rename('province.kts', positionOf('province.kts', 'httt_tthc "'), 'httt_gq_tthc');
        const after = applied(edit);
        expect(after['ministry.kts']).toContain('integrates tinh_nghe_an.httt_gq_tthc via ndxp');
        expect(after['province.kts']).toContain('app httt_gq_tthc "HTTT giải quyết TTHC tỉnh"');
        expect(after['province.kts']).toContain('delivers httt_gq_tthc');
        await load(after);
        expect(errors()).toEqual([]);
    });

    test('renaming from a qualified reference renames the element, each reference in its own form', async () => {
        await load();
        const edit = await rename('ministry.kts', positionOf('ministry.kts', 'motcua'), 'mot_cua_cu');
        const after = applied(edit);
        expect(after['ministry.kts']).toContain('uses tinh_nghe_an.current.mot_cua_cu');
        expect(after['province.kts']).toContain('app mot_cua_cu "Hệ thống một cửa điện tử"');
        expect(after['province.kts']).toContain('replaces mot_cua_cu');
        await load(after);
        expect(errors()).toEqual([]);
    });

    test('a `current.` reference keeps its state qualifier', async () => {
        await load();
        const after = applied(await rename('province-data.kts', positionOf('province-data.kts', 'csdl_hs "'), 'csdl_ho_so'));
        expect(after['province-data.kts']).toContain('shares current.csdl_ho_so');
        await load(after);
        expect(errors()).toEqual([]);
    });

    test('renaming a framework renames every block of it and every qualifier, and leaves unqualified references alone', async () => {
        await load();
        const edit = await rename('ministry.kts', positionOf('ministry.kts', 'tinh_nghe_an.httt'), 'nghe_an');
        const after = applied(edit);
        expect(after['province.kts']).toMatch(/^framework nghe_an \{/);
        expect(after['province-data.kts']).toMatch(/^framework nghe_an \{/);
        expect(after['ministry.kts']).toContain('integrates nghe_an.httt_tthc via ndxp');
        expect(after['ministry.kts']).toContain('uses nghe_an.current.motcua');
        expect(after['ministry.kts']).toContain('stores nghe_an.target.csdl_tthc');
        expect(after['ministry.kts']).toContain('after nghe_an.t01');
        expect(after['province.kts']).toContain('delivers httt_tthc');
        await load(after);
        expect(errors()).toEqual([]);
    });

    test('tasks, goals and principles are renamed; a task in `after`, across frameworks too', async () => {
        await load();
        let after = applied(await rename('province.kts', positionOf('province.kts', 't01 "'), 't_tthc'));
        expect(after['province.kts']).toContain('after t_tthc');
        expect(after['ministry.kts']).toContain('after tinh_nghe_an.t_tthc');
        await load(after);
        expect(errors()).toEqual([]);
        after = applied(await rename('province.kts', positionOf('province.kts', 'g2'), 'g_dvc'));
        expect(after['province.kts']).toContain('goal g_dvc "Dịch vụ công trực tuyến"');
        after = applied(await rename('province.kts', positionOf('province.kts', 'p2'), 'p_du_lieu'));
        expect(after['province.kts']).toContain('principle p_du_lieu "Dữ liệu là tài nguyên"');
    });

    test('a workspace catalogue code is renamed whole, with its uses and its children', async () => {
        await load();
        const after = applied(await rename('ministry.kts', positionOf('ministry.kts', 'MH-LOCAL.01', 1, 4), 'MH-LOCAL.10'));
        expect(after['ministry.kts']).toContain('codes MH-LOCAL.10');
        expect(after['catalog.kts']).toContain('entry MH-LOCAL.10 "Ứng dụng riêng của Bộ"');
        expect(after['catalog.kts']).toContain('parent MH-LOCAL.10');
        await load(after);
        expect(errors()).toEqual([]);
    });

    test("a legal document's code is renamed where a replaced document names its successor too", async () => {
        await load();
        const after = applied(await rename('legal.kts', positionOf('legal.kts', 'qd-2-2026 "'), 'qd-2-2026-bx'));
        expect(after['legal.kts']).toContain('entry qd-2-2026-bx "Quyết định');
        expect(after['legal.kts']).toContain('force replaced by qd-2-2026-bx from 2026-01-15');
    });
});

describe('the look-alike quick fix renames the id everywhere', () => {
    test("an id written with the Icelandic Ð is rewritten with Đ at its declaration and at the other framework's reference", async () => {
        const withEth = (text: string) => text.replaceAll('httt_tthc', 'Ðien_tu');
        await load({ ...FILES, 'province.kts': withEth(PROVINCE), 'ministry.kts': withEth(MINISTRY) });
        const document = documents.get('province.kts')!;
        const diagnostic = (document.diagnostics ?? []).find(
            candidate =>
                candidate.code === 'kts/look-alike-letter' && candidate.range.start.line === positionOf('province.kts', 'Ðien_tu "').line
        )!;
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        });
        const fix = (actions ?? []).find(action => 'edit' in action) as { edit: WorkspaceEdit };
        const after = applied(fix.edit);
        expect(after['province.kts']).toContain('app Đien_tu "HTTT giải quyết TTHC tỉnh"');
        expect(after['province.kts']).toContain('delivers Đien_tu');
        expect(after['ministry.kts']).toContain('integrates tinh_nghe_an.Đien_tu via ndxp');
        await load(after);
        expect(errors()).toEqual([]);
    });
});

describe('rename refuses, saying why', () => {
    test('a built-in national component, at a reference to it', async () => {
        await load();
        const message = await refusal(() => prepare('ministry.kts', positionOf('ministry.kts', 'ndxp')));
        expect(message).toContain("'ndxp'");
        expect(message).toContain('thành phần quốc gia dựng sẵn');
        await expect(refusal(() => rename('ministry.kts', positionOf('ministry.kts', 'ndxp'), 'ndxp2'))).resolves.toContain('chỉ đọc');
    });

    test('a built-in national principle and a keyword', async () => {
        await load();
        expect(await refusal(() => prepare('province.kts', positionOf('province.kts', 'implements a', 1, 11)))).toContain('nguyên tắc');
        expect(await refusal(() => prepare('province.kts', positionOf('province.kts', 'integrates')))).toContain("'integrates'");
        expect(await refusal(() => prepare('ministry.kts', positionOf('ministry.kts', 'current.motcua')))).toContain("'current'");
    });

    test('anything in a read-only built-in catalogue document', async () => {
        await load();
        const builtin = [...workspace.services.shared.workspace.LangiumDocuments.all].find(document =>
            document.uri.toString().includes('national-components')
        )!;
        const message = await refusal(() =>
            provider().prepareRename(builtin, { textDocument: { uri: builtin.uri.toString() }, position: { line: 3, character: 12 } })
        );
        expect(message).toContain('chỉ đọc');
    });

    test('a new name that is not an id: a space, a keyword, a leading digit', async () => {
        await load();
        const at = positionOf('province.kts', 'httt_tthc "');
        expect(await refusal(() => rename('province.kts', at, 'ttdl na'))).toContain("'ttdl na' không phải mã định danh hợp lệ");
        expect(await refusal(() => rename('province.kts', at, 'app'))).toContain('không phải mã định danh');
        expect(await refusal(() => rename('province.kts', at, '9x'))).toContain('không phải mã định danh');
        expect(await refusal(() => rename('province.kts', at, 'a.b'))).toContain('không phải mã định danh');
        expect(await refusal(() => rename('catalog.kts', positionOf('catalog.kts', 'MH-LOCAL.02'), 'MH LOCAL'))).toContain(
            'không phải mã hợp lệ'
        );
    });

    test('a new name that another element of the same architecture has, naming it', async () => {
        await load();
        const message = await refusal(() => rename('province.kts', positionOf('province.kts', 'httt_tthc "'), 'lgsp_na'));
        expect(message).toContain('\'lgsp_na\' đã là mã định danh của nền tảng "LGSP tỉnh Nghệ An" tại province.kts:11');
        // The other file of the framework counts too; the other state does not collide.
        expect(await refusal(() => rename('province.kts', positionOf('province.kts', 'httt_tthc "'), 'csdl_tthc'))).toContain(
            'province-data.kts'
        );
        expect(await refusal(() => rename('province.kts', positionOf('province.kts', 'g1'), 'g2'))).toContain('mục tiêu');
        expect(await refusal(() => rename('ministry.kts', positionOf('ministry.kts', 'bo_x'), 'tinh_nghe_an'))).toContain(
            'khung kiến trúc'
        );
    });

    test('a new name that would make another reference point elsewhere', async () => {
        await load();
        // `tinh_nghe_an.motcua` finds the current `motcua` because the target architecture has none: a target
        // element renamed `motcua` would take that reference over.
        const message = await refusal(() => rename('province.kts', positionOf('province.kts', 'httt_tthc "'), 'motcua'));
        expect(message).toBe(
            "Không đổi tên thành 'motcua' được: tham chiếu 'tinh_nghe_an.motcua' tại ministry.kts:12 sẽ trỏ sang ứng dụng, hệ thống thông tin 'httt_tthc' (province.kts:12)."
        );
    });

    test('in English when the workspace speaks English', async () => {
        await workspace.validate(FILES, { language: 'en' });
        documents = await workspace.validate(FILES, { language: 'en' });
        expect(await refusal(() => rename('province.kts', positionOf('province.kts', 'httt_tthc "'), 'ttdl na'))).toBe(
            "'ttdl na' is not a valid id: an id starts with a letter or '_', has only letters, digits, '_' and '-' joining parts, no spaces, and is not a keyword."
        );
    });
});
