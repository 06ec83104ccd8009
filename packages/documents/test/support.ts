import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { ArchitectureModel } from '@kts/language';
import { loadSources } from '../../language/test/load-model.js';
import type { FigureInput } from '../src/index.js';

/**
 * A small province framework whose gap analysis, budgets and compliance matrix are worked out by hand in the
 * tests. Current: an activity, a database, two apps, a server room. Target: the activity kept, the database
 * upgraded, the one-stop app replaced, a platform, a new data warehouse, a cloud and a firewall that no task delivers.
 */
export const SMALL_FRAMEWORK = `framework thu {
    body "Ủy ban nhân dân tỉnh Thử Nghiệm" { en "Test Province People's Committee" }
    level province
    version "4.0"
    principles { principle p1 "Dữ liệu là tài nguyên" { implements k, l } }
    current {
        business { activity hs "Tiếp nhận hồ sơ" }
        data { database cu "CSDL hồ sơ cũ" }
        application {
            app mc "Một cửa điện tử cũ" { stores cu }
            app bc "Báo cáo cũ"
        }
        technology { datacenter dc "Phòng máy chủ" }
    }
    target {
        business { activity hs "Tiếp nhận hồ sơ" { keeps hs } }
        data { database moi "CSDL hồ sơ mới" { upgrades cu codes DRM001.002 shares csdlqg-dan-cu } }
        application {
            platform lgsp_t "Nền tảng LGSP tỉnh" { realizes lgsp integrates ndxp }
            app tthc "HTTT giải quyết TTHC" { replaces mc codes ARM-T.1 integrates csdlqg-dan-cu via lgsp_t, ndxp { data "Thông tin công dân" } }
            app kho "Kho dữ liệu dùng chung"
        }
        technology { cloud may "Đám mây tỉnh" }
        security { measure fw "Tường lửa" { protects tthc } }
    }
    implementation {
        task t1 "Xây dựng HTTT TTHC" { period 2026-2027 form dau-tu budget 10 billion VND funding ngan-sach-dia-phuong delivers tthc, moi }
        task t2 "Triển khai LGSP" {
            period 2026-2028
            budget 3 billion VND funding ngan-sach-trung-uong
            budget 1 billion VND funding ngan-sach-dia-phuong
            delivers lgsp_t
            after t1
        }
        task t3 "Kho dữ liệu" { budget 500 million VND delivers kho }
    }
}
`;

/** An illustrative application reference model, as a body's workspace catalogue would hold one. */
export const SMALL_CATALOGUE = `catalog thu_arm "Mô hình tham chiếu ứng dụng thử" {
    status illustrative
    source "Danh mục dựng cho kiểm thử"
    model ARM pattern "^ARM-T\\\\.\\\\d+$"
    entry ARM-T.1 "Ứng dụng giải quyết thủ tục" { model ARM status illustrative }
}
`;

export async function loadSmallModel(extra: Record<string, string> = {}): Promise<ArchitectureModel> {
    return (await loadSources({ 'khung.kts': SMALL_FRAMEWORK, 'danh-muc.kts': SMALL_CATALOGUE, ...extra })).model;
}

/** A tiny diagram drawn by hand, as the diagrams package draws a figure for a document (no title above it). */
export async function tinyFigure(overrides: Partial<FigureInput> = {}): Promise<FigureInput> {
    const svg =
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">' +
        '<defs><marker id="arrow" markerWidth="6" markerHeight="6" refX="3" refY="3"><path d="M0,0 L6,3 L0,6 z"/></marker></defs>' +
        '<a href="#el-thu_target_tthc"><g id="el-thu_target_tthc"><rect x="10" y="10" width="150" height="40" fill="#dbeafe" stroke="#1e3a8a"/>' +
        '<text x="20" y="35" font-family="DejaVu Sans" font-size="12">HTTT giải quyết TTHC</text></g></a>' +
        '<line x1="85" y1="50" x2="85" y2="100" stroke="#333" marker-end="url(#arrow)"/></svg>';
    return {
        viewId: 'target-integration',
        kind: 'integration',
        state: 'target',
        title: 'Sơ đồ tích hợp ứng dụng (thử)',
        svg,
        width: 240,
        height: 120,
        smallestFontSize: 12,
        elementIds: ['thu.target.tthc'],
        ...overrides
    };
}

export interface XNode {
    tag: string;
    attrs: Record<string, string>;
    children: XNode[];
    /** Text directly in this node (for `#text` nodes). */
    value?: string;
}

const PARSER = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true
});

/** Parses XML (or the well-formed HTML the renderer writes) into a small tree that tests can query. */
export function parseXml(text: string): XNode {
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid.err)}`);
    return { tag: '#document', attrs: {}, children: toNodes(PARSER.parse(text) as unknown[]) };
}

function toNodes(items: unknown[]): XNode[] {
    return items.map(item => {
        const record = item as Record<string, unknown>;
        const tag = Object.keys(record).find(key => key !== ':@')!;
        if (tag === '#text') return { tag, attrs: {}, children: [], value: String(record[tag]) };
        return { tag, attrs: (record[':@'] as Record<string, string>) ?? {}, children: toNodes(record[tag] as unknown[]) };
    });
}

export function* descendants(node: XNode): Generator<XNode> {
    for (const child of node.children) {
        yield child;
        yield* descendants(child);
    }
}

export function findAll(node: XNode, predicate: (node: XNode) => boolean): XNode[] {
    return [...descendants(node)].filter(predicate);
}

export function byTag(node: XNode, tag: string): XNode[] {
    return findAll(node, item => item.tag === tag);
}

export function textOf(node: XNode): string {
    if (node.value !== undefined) return node.value;
    return node.children.map(textOf).join('');
}

/** The parts of a .docx a test reads: the body XML, the styles, numbering, relationships and media files. */
export async function readDocx(
    bytes: Uint8Array
): Promise<{ document: XNode; styles: XNode; numbering: XNode; relationships: XNode; media: string[]; zip: JSZip }> {
    const zip = await JSZip.loadAsync(bytes);
    const read = async (name: string) => parseXml(await zip.file(name)!.async('string'));
    return {
        document: await read('word/document.xml'),
        styles: await read('word/styles.xml'),
        numbering: await read('word/numbering.xml'),
        relationships: await read('word/_rels/document.xml.rels'),
        media: Object.keys(zip.files)
            .filter(name => name.startsWith('word/media/'))
            .sort(),
        zip
    };
}
