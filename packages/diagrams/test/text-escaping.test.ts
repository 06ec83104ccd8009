import type { ArchitectureModel } from '@kts/language/model';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderView, toMermaid, toPlantUml } from '../src/index.js';
import { loadSources } from '../../language/test/load-model.js';

/** A name with every character that ends a string, starts markup or breaks a line in one of the text formats. */
const NAME = 'Cổng "một cửa" [tỉnh] (mới) | #1; <b>x</b> KH&CN &lt; &#65; **đậm** //nghiêng// ~~sóng~~ C:\\new\nDòng 2';
const FLOW = 'Hồ sơ "gốc" & <tệp> | #2';

let model: ArchitectureModel;
beforeAll(async () => {
    const kts = (text: string) => JSON.stringify(text);
    ({ model } = await loadSources({
        'k.kts': `framework h {
        body "Sở Thử"
        target { application {
            app a ${kts(NAME)} { integrates b { data ${kts(FLOW)} } }
            app b "Kho"
        } }
    }`
    }));
});

/** Mermaid's reading of a quoted label: entity codes `#123;` and `#name;`, and `<br>` for a line break. */
function readMermaid(label: string): string {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
    return label
        .replace(/<br>/g, '\n')
        .replace(/#(\d+|[a-z]+);/g, (_code, value: string) => (/^\d+$/.test(value) ? String.fromCodePoint(Number(value)) : named[value]!));
}

/** PlantUML's reading of a label: `&#123;` references and `\n` for a line break. */
function readPlantUml(label: string): string {
    return label.replace(/\\n/g, '\n').replace(/&#(\d+);/g, (_reference, value: string) => String.fromCodePoint(Number(value)));
}

describe('user text in the text formats', () => {
    it('stays one Mermaid label that reads as written', () => {
        const lines = toMermaid(model, 'h', { kind: 'integration' })
            .split('\n')
            .map(line => line.trim());
        const node = lines.find(line => line.startsWith('n_h_target_a['))!;
        const label = /^n_h_target_a\["(.*)"\]$/.exec(node)![1]!;
        expect(label.replace(/<br>/g, '')).not.toMatch(/["<>|]|#(?!\d+;)|&#?\w+;/);
        expect(readMermaid(label)).toBe(NAME);
        const arrow = lines.find(line => line.startsWith('n_h_target_a -->'))!;
        const flow = /^n_h_target_a -->\|"([^"|]*)"\| n_h_target_b$/.exec(arrow)![1]!;
        expect(readMermaid(flow)).toBe(FLOW);
    });

    it('stays one PlantUML label that reads as written, with no Creole or HTML markup', () => {
        const lines = toPlantUml(model, 'h', { kind: 'integration' })
            .split('\n')
            .map(line => line.trim());
        const node = lines.find(line => line.includes(' as n_h_target_a'))!;
        const label = /^\w+ "([^"]*)" as n_h_target_a /.exec(node)![1]!;
        expect(label).not.toMatch(/\*\*|\/\/|~|<|\\(?!n)/);
        expect(readPlantUml(label)).toBe(NAME);
        const arrow = lines.find(line => line.startsWith('n_h_target_a '))!;
        expect(readPlantUml(/ : (.*)$/.exec(arrow)![1]!)).toBe(FLOW);
    });

    it('shows the name as written in the SVG tooltip', async () => {
        const { svg } = await renderView(model, 'h', { kind: 'integration' });
        const parser = new XMLParser({
            ignoreAttributes: false,
            processEntities: true,
            htmlEntities: true,
            trimValues: false,
            isArray: () => true
        });
        const titles: string[] = [];
        const collect = (node: unknown): void => {
            if (Array.isArray(node)) node.forEach(collect);
            else if (node && typeof node === 'object') {
                for (const [key, value] of Object.entries(node)) {
                    if (key === 'title')
                        titles.push(
                            ...(value as unknown[]).map(item =>
                                typeof item === 'string' ? item : String((item as Record<string, unknown>)['#text'])
                            )
                        );
                    else collect(value);
                }
            }
        };
        collect(parser.parse(svg));
        expect(titles.some(title => title.startsWith(NAME))).toBe(true);
    });
});
