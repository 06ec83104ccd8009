import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { ArchitectureModel } from '@kts/language';
import { loadSample } from '../../language/test/load-model.js';
import type { SampleVariant } from '../../language/test/sample.js';
import type { FigureInput } from '../src/index.js';

/**
 * The sample as the documents' tests read it, with two changes so that the gap table and the budget tables have
 * every case to show: task t1 loses its period (its budget then falls in no year) and task t3 no longer delivers
 * the new network (a target element no task delivers).
 */
export const DOCUMENT_SAMPLE: SampleVariant = {
    'lao-cai.kts': [['{ period 2026-2027 budget 10 billion VND', '{ budget 10 billion VND']],
    'lao-cai-lien-thong.kts': [['delivers lien_thong_yte, ho_so_suc_khoe, mang_cd', 'delivers lien_thong_yte, ho_so_suc_khoe']]
};

/** The model of `DOCUMENT_SAMPLE`, with `extra` files beside it. */
export function loadDocumentSample(extra: Record<string, string> = {}): Promise<ArchitectureModel> {
    return loadSample(DOCUMENT_SAMPLE, extra);
}

/** A tiny diagram drawn by hand, as the diagrams package draws a figure for a document (no title above it). */
export async function tinyFigure(overrides: Partial<FigureInput> = {}): Promise<FigureInput> {
    const svg =
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">' +
        '<defs><marker id="arrow" markerWidth="6" markerHeight="6" refX="3" refY="3"><path d="M0,0 L6,3 L0,6 z"/></marker></defs>' +
        '<a href="#el-lao_cai_target_dvc"><g id="el-lao_cai_target_dvc"><rect x="10" y="10" width="150" height="40" fill="#dbeafe" stroke="#1e3a8a"/>' +
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
        elementIds: ['lao_cai.target.dvc'],
        ...overrides
    };
}

/**
 * The examples and editions whose contents' page numbers are checked: against the whole body's layout
 * (docx-page-pieces.test.ts) and against the pages LibreOffice prints (e2e/contents-pages.e2e.test.ts).
 */
export const PAGE_NUMBER_DOCUMENTS = [
    { example: 'tinh-lao-cai', edition: 'submission' },
    { example: 'tinh-lao-cai', edition: 'working' },
    { example: 'tinh-gia-lai', edition: 'submission' },
    { example: 'tinh-gia-lai', edition: 'working' }
] as const;

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
