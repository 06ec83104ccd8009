import { URI, type LangiumDocument } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { builtinCatalogSources, createKtsServices, defaultConfig, type KtsConfig, type KtsServices } from '../src/index.js';

/** Services over an in-memory file system with the built-in catalogues loaded, as the editor has them. */
export function createTestServices(): KtsServices {
    const { Kts } = createKtsServices(EmptyFileSystem);
    const documents = Kts.shared.workspace.LangiumDocuments;
    for (const source of builtinCatalogSources()) {
        documents.addDocument(Kts.shared.workspace.LangiumDocumentFactory.fromString(source.text, source.uri));
    }
    return Kts;
}

let counter = 0;

/** Adds documents (path → text) and builds the whole workspace with validation. */
export async function buildWorkspace(services: KtsServices, files: Record<string, string>): Promise<Map<string, LangiumDocument>> {
    const added = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const uri = URI.parse(`file:///test-${++counter}/${name}`);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        added.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...services.shared.workspace.LangiumDocuments.all], { validation: true });
    return added;
}

export function diagnosticCodes(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}

/**
 * One set of services whose built-in catalogues are linked once; each `validate` call replaces the
 * user files of the previous call, so tests stay independent without paying for the catalogues again.
 */
export class TestWorkspace {
    readonly services = createTestServices();
    private current: URI[] = [];
    private catalogsBuilt = false;

    /** Validates the files (name → text) as one workspace, with the given config over the defaults. */
    async validate(files: Record<string, string>, config: Partial<KtsConfig> = {}): Promise<Map<string, LangiumDocument>> {
        const workspace = this.services.shared.workspace;
        this.services.config.ConfigProvider.set({ ...defaultConfig(), ...config });
        if (this.current.length > 0) await workspace.DocumentBuilder.update([], this.current);
        const added = new Map<string, LangiumDocument>();
        for (const [name, text] of Object.entries(files)) {
            const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///test-${++counter}/${name}`));
            workspace.LangiumDocuments.addDocument(document);
            added.set(name, document);
        }
        this.current = [...added.values()].map(document => document.uri);
        // The first build links the built-in catalogues too; later builds only the new files.
        const toBuild = this.catalogsBuilt ? [...added.values()] : [...workspace.LangiumDocuments.all];
        await workspace.DocumentBuilder.build(toBuild, { validation: true });
        this.catalogsBuilt = true;
        return added;
    }

    /** Validates one file and returns its diagnostics. */
    async diagnostics(text: string, config: Partial<KtsConfig> = {}): Promise<Diagnostic[]> {
        const documents = await this.validate({ 'main.kts': text }, config);
        return documents.get('main.kts')!.diagnostics ?? [];
    }
}

/** The diagnostics of one rule. */
export function withCode(diagnostics: readonly Diagnostic[] | undefined, code: string): Diagnostic[] {
    return (diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
}

/** Zero-based line of the first line of `text` that contains `snippet`; fails loudly if none does. */
export function lineOf(text: string, snippet: string): number {
    const line = text.split('\n').findIndex(candidate => candidate.includes(snippet));
    if (line < 0) throw new Error(`snippet not in text: ${snippet}`);
    return line;
}

/** The text a diagnostic's range covers. */
export function coveredText(text: string, diagnostic: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = diagnostic.range;
    if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
    return [
        lines[start.line].slice(start.character),
        ...lines.slice(start.line + 1, end.line),
        lines[end.line].slice(0, end.character)
    ].join('\n');
}

/**
 * A complete province framework (Chương 1, III.2.a–g) that validates without any diagnostic; tests
 * break one line of it and check that exactly the expected rule fires.
 */
export const CLEAN_FRAMEWORK = `framework hue {
    body "Ủy ban nhân dân tỉnh Lào Cai" { code "000.00.00.H38" }
    level province
    version "4.0"
    conforms "4.0"
    vision "Đến năm 2030, chính quyền số vận hành dựa trên dữ liệu."
    goals {
        period 2026-2030 {
            goal g1 "Dữ liệu dùng chung" { indicator "Tỷ lệ hồ sơ xử lý trực tuyến" target 80 unit "%" }
        }
    }
    scope { description "Các cơ quan nhà nước của tỉnh" }
    principles {
        principle p1 "Lấy người dân làm trung tâm" { implements a }
    }
    current {
        business {
            activity tiep_nhan "Tiếp nhận hồ sơ"
            assessment { results "Hồ sơ được tiếp nhận tại bộ phận một cửa" shortcomings "Chưa tiếp nhận trực tuyến" }
        }
        data {
            database csdl_hs "CSDL hồ sơ"
            assessment { shortcomings "Dữ liệu hồ sơ chưa chia sẻ" causes "Chưa có danh mục dữ liệu dùng chung" }
        }
        application {
            app motcua "Một cửa điện tử" { supports tiep_nhan stores csdl_hs hosted tt_dl }
            assessment { results "Một hệ thống một cửa dùng chung" }
        }
        technology {
            datacenter tt_dl "Trung tâm dữ liệu tỉnh"
            assessment { causes "Hạ tầng đầu tư từ năm 2015" }
        }
        security {
            measure tuong_lua "Tường lửa" { protects tt_dl }
            assessment { shortcomings "Chưa giám sát tập trung" }
        }
    }
    target {
        business { activity tiep_nhan "Tiếp nhận hồ sơ" { keeps tiep_nhan } }
        data { database csdl_hs "CSDL hồ sơ" { upgrades csdl_hs } }
        application {
            platform lgsp_hue "Nền tảng LGSP tỉnh" { realizes lgsp integrates ndxp }
            app dvc "HTTT giải quyết TTHC" {
                replaces motcua
                supports tiep_nhan
                stores csdl_hs
                integrates csdlqg-dan-cu via lgsp_hue, ndxp
                level 3
                hosted tt_dl
            }
        }
        technology { datacenter tt_dl "Trung tâm dữ liệu tỉnh" { keeps tt_dl } }
        security { system soc_hue "SOC tỉnh" { protects dvc integrates soc-quoc-gia } }
    }
    implementation {
        task t1 "Xây dựng HTTT giải quyết TTHC" { period 2026-2027 budget 10 billion VND delivers dvc, csdl_hs }
        task t2 "Nâng cấp LGSP và SOC" { period 2027-2028 delivers lgsp_hue, soc_hue after t1 }
        maintenance { responsible "Sở Khoa học và Công nghệ" tools "Kho mã nguồn KTS" frequency "Hằng năm" }
        compliance { responsible "Sở Khoa học và Công nghệ" description "Thẩm định sự phù hợp của dự án trước khi phê duyệt" }
    }
}
`;

/** `CLEAN_FRAMEWORK` with `search` replaced once; fails loudly if `search` is not in it. */
export function cleanWith(search: string, replacement: string): string {
    if (!CLEAN_FRAMEWORK.includes(search)) throw new Error(`not in CLEAN_FRAMEWORK: ${search}`);
    return CLEAN_FRAMEWORK.replace(search, replacement);
}
