import { describe, expect, test, vi } from 'vitest';
import { DocumentState } from 'langium';
import type { DocumentSymbol } from 'vscode-languageserver';
import { defaultConfig } from '../src/index.js';
import { replaced, sampleFiles } from './sample.js';
import { buildWorkspace, cancelledEdit, createTestServices, editText, sharedWorkspace } from './test-utils.js';

const FRAMEWORK = `framework thu {
    body "Ủy ban nhân dân tỉnh Thử Nghiệm"
    level province
    document { place "Thử Nghiệm" year 2026 draft }
    revisions {
        revision "1.0 (dự thảo 1)" date 2026-03-16 "Xây dựng lần đầu"
    }
    reasons {
        "Các hệ thống của tỉnh chưa kết nối, chia sẻ dữ liệu đầy đủ."
    }
    legal {
        basis luat-du-lieu-2024, qd-292-2025
    }
    responsibilities {
        unit "Sở Khoa học và Công nghệ" role lead "Chủ trì triển khai Khung kiến trúc."
        training "Bồi dưỡng cán bộ chuyên trách."
    }
    vision "Chính quyền số phục vụ người dân."
    current {
        business {
            assessment {
                results "Dịch vụ công trực tuyến đã kết nối Cổng Dịch vụ công quốc gia."
            }
            actor nguoi_dan "Người dân"
        }
        security {
            protection {
                onsite "Đội ứng cứu sự cố của tỉnh."
            }
        }
    }
}
`;

const workspace = sharedWorkspace({ 'khung.kts': FRAMEWORK });

function outline(of = workspace.document('khung.kts'), by = workspace.services): DocumentSymbol[] {
    return by.lsp.DocumentSymbolProvider!.getSymbols(of, { textDocument: { uri: of.uri.toString() } }) as DocumentSymbol[];
}

function child(symbol: DocumentSymbol | undefined, name: string): DocumentSymbol {
    const found = symbol?.children?.find(item => item.name === name);
    if (!found) throw new Error(`no '${name}' among ${JSON.stringify(symbol?.children?.map(item => item.name))}`);
    return found;
}

const textOf = (symbol: DocumentSymbol) => workspace.document('khung.kts').textDocument.getText(symbol.range);

describe('the outline', () => {
    test('shows the document particulars, revisions, reasons, legal bases and responsibilities, in source order', () => {
        const [framework] = outline();
        expect(framework!.children!.map(symbol => symbol.name)).toEqual([
            'Tên cơ quan',
            'Thông tin văn bản',
            'Lịch sử phiên bản',
            'Sự cần thiết',
            'Căn cứ pháp lý',
            'Trách nhiệm tổ chức thực hiện',
            'Tầm nhìn',
            'Khung kiến trúc hiện trạng'
        ]);
        expect(child(framework, 'Thông tin văn bản').detail).toBe('Thử Nghiệm · 2026 · dự thảo');
        expect(child(framework, 'Căn cứ pháp lý').detail).toBe('luat-du-lieu-2024, qd-292-2025');
        const revision = child(child(framework, 'Lịch sử phiên bản'), '1.0 (dự thảo 1)');
        expect(revision.detail).toBe('Xây dựng lần đầu');
        const unit = child(child(framework, 'Trách nhiệm tổ chức thực hiện'), 'Sở Khoa học và Công nghệ');
        expect(unit.detail).toBe('cơ quan chủ trì');
        expect(textOf(child(framework, 'Sự cần thiết'))).toMatch(/^reasons \{[\s\S]*\}$/);
    });

    test('shows the assessment of a current component architecture and the four-layer protection model', () => {
        const current = child(outline()[0], 'Khung kiến trúc hiện trạng');
        const business = child(current, 'Kiến trúc nghiệp vụ');
        expect(business.children!.map(symbol => symbol.name)).toEqual(['Đánh giá', 'nguoi_dan']);
        expect(textOf(child(business, 'Đánh giá'))).toMatch(/^assessment \{/);
        const security = child(current, 'Kiến trúc an toàn thông tin mạng, an ninh mạng');
        expect(textOf(child(security, 'Mô hình bảo vệ 4 lớp'))).toMatch(/^protection \{/);
    });

    test('names them in English when the workspace speaks English', () => {
        workspace.services.config.ConfigProvider.set({ ...defaultConfig(), language: 'en' });
        try {
            const [framework] = outline();
            expect(framework!.children!.map(symbol => symbol.name).slice(1, 6)).toEqual([
                'Document particulars',
                'Revision history',
                'Why the framework is needed',
                'Legal bases',
                'Responsibilities for carrying out the framework'
            ]);
            const business = child(child(framework, 'Current architecture'), 'Business architecture');
            expect(business.children!.map(symbol => symbol.name)).toContain('Assessment');
        } finally {
            workspace.services.config.ConfigProvider.set(defaultConfig());
        }
    });
});

describe('the outline’s section references', () => {
    test('cite the paragraph of framework 4.0 that prescribes each section, in the workspace’s language', () => {
        const [framework] = outline();
        expect(child(framework, 'Tầm nhìn').detail).toBe('Chương 1, III.2.a');
        expect(child(framework, 'Khung kiến trúc hiện trạng').detail).toBe('Chương 1, III.2.đ');
        workspace.services.config.ConfigProvider.set({ ...defaultConfig(), language: 'en' });
        try {
            expect(child(outline()[0], 'Vision').detail).toBe('Chapter 1, III.2.a');
        } finally {
            workspace.services.config.ConfigProvider.set(defaultConfig());
        }
    });

    test('follow the profile the framework states in another file: under 3090, that framework by its title, no paragraph', async () => {
        const split = createTestServices();
        const documents = await buildWorkspace(split, {
            'khung.kts': FRAMEWORK,
            'chuan.kts': 'framework thu {\n    conforms "3090"\n}\n'
        });
        const [framework] = outline(documents.get('khung.kts')!, split);
        expect(child(framework, 'Tầm nhìn').detail).toBe('Khung kiến trúc tổng thể quốc gia số');
        expect(child(framework, 'Khung kiến trúc hiện trạng').detail).toBe('Khung kiến trúc tổng thể quốc gia số');
    });
});

describe('the outline while a build is under way', () => {
    test('asked once the edited file is parsed (as VS Code asks): the symbols it has after the build, from the syntax trees alone', async () => {
        // Framework 3090 stated in the other file of lao_cai, so the sections of the edited one cite it by its title.
        const files = sampleFiles({ 'lao-cai.kts': [['conforms "4.0"', 'conforms "3090"']] });
        const services = createTestServices();
        const documents = await buildWorkspace(services, files);
        const edited = documents.get('lao-cai-lien-thong.kts')!;
        // A keystroke that takes the last letter off a name: the reference no longer resolves.
        const typed = replaced(files['lao-cai-lien-thong.kts'], ['hosted tt_dl', 'hosted tt_d']);
        await cancelledEdit(services, edited, typed, edited, DocumentState.Parsed);
        expect(edited.state).toBe(DocumentState.Parsed);

        const modelBuilt = vi.spyOn(services.model.ArchitectureModelProvider, 'linkedModel');
        const referenceResolved = vi.spyOn(services.references.Linker, 'getLinkedNode');
        const warned = vi.spyOn(console, 'warn');
        let duringBuild: DocumentSymbol[][];
        try {
            duringBuild = [outline(edited, services), outline(documents.get('lao-cai.kts')!, services)];
            expect(modelBuilt).not.toHaveBeenCalled();
            expect(referenceResolved).not.toHaveBeenCalled();
            expect(warned).not.toHaveBeenCalled();
        } finally {
            vi.restoreAllMocks();
        }

        await editText(services, edited, typed);
        expect(edited.state).toBe(DocumentState.Validated);
        expect(duringBuild).toEqual([outline(edited, services), outline(documents.get('lao-cai.kts')!, services)]);
        const target = child(outline(edited, services)[0], 'Khung kiến trúc mục tiêu');
        expect(target.detail).toBe('Khung kiến trúc tổng thể quốc gia số');
    });
});
