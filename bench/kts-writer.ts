// Renders a workspace plan as KTS source: one catalogue file and one file per framework.
import type { CatalogCode, ElementPlan, FrameworkPlan, Ref, RelationPlan, WorkspacePlan } from './workspace-plan.ts';
import { LAYERS, STATES } from './workspace-plan.ts';

export const CATALOG_FILE = '00-danh-muc-kiem-thu.kts';

/** Relative file name → text. */
export function ktsFiles(plan: WorkspacePlan): Map<string, string> {
    const files = new Map<string, string>();
    files.set(CATALOG_FILE, catalogText(plan.catalog));
    for (const framework of plan.frameworks) files.set(`${framework.id}.kts`, frameworkText(framework));
    return files;
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function catalogText(codes: CatalogCode[]): string {
    const lines = [
        '// KIỂM THỬ — KHÔNG PHẢI DANH MỤC CHÍNH THỨC. Sinh tự động cho bộ đo hiệu năng (bench/), mọi mã bắt đầu bằng KT-.',
        'catalog danh-muc-kiem-thu "Danh mục mã BRM, ARM, TRM, SRM tổng hợp để đo hiệu năng (minh họa)" {',
        '    en "Synthetic BRM, ARM, TRM, SRM codes for the performance benchmark (illustrative)"',
        '    version "bench-1"',
        '    status illustrative',
        '    source "Sinh bởi bench/workspace-plan.ts; không trích từ văn bản nào."'
    ];
    for (const model of ['BRM', 'ARM', 'TRM', 'SRM']) lines.push(`    model ${model} pattern "^KT-${model}\\\\.\\\\d{2}(\\\\.\\\\d{2})?$"`);
    for (const code of codes) {
        lines.push(`    entry ${code.code} ${quote(code.title)} { model ${code.model}${code.parent ? ` parent ${code.parent}` : ''} }`);
    }
    lines.push('}', '');
    return lines.join('\n');
}

function frameworkText(framework: FrameworkPlan): string {
    const ministry = framework.level === 'ministry';
    const lines = [
        `// Khung kiến trúc số tổng hợp (dữ liệu kiểm thử hiệu năng, không phải khung kiến trúc thật): ${framework.body}.`,
        `framework ${framework.id} {`,
        `    title ${quote(`Khung kiến trúc ${ministry ? 'Chính phủ số' : 'Chính quyền số'} ${framework.body}, phiên bản 4.0 (kiểm thử)`)}`,
        `    body ${quote(framework.body)}`,
        `    level ${framework.level}`,
        '    version "4.0"',
        '    conforms "4.0"',
        `    approval ${quote(`Quyết định số ${100 + framework.number}/QĐ-${ministry ? 'BTN' : 'UBND'}`)} date 2026-03-15 by ${quote(ministry ? 'Bộ trưởng' : 'Chủ tịch UBND tỉnh')}`,
        `    vision ${quote(`Đến năm 2030, ${framework.body} vận hành dựa trên dữ liệu, cung cấp dịch vụ công trực tuyến toàn trình và kết nối với hệ thống quốc gia qua NDXP.`)}`,
        '    goals {',
        '        period 2026-2030 {'
    ];
    for (const goal of framework.goals) {
        lines.push(
            `            goal ${goal.id} ${quote(goal.title)} {`,
            `                indicator ${quote(goal.indicator)} baseline ${goal.baseline} target ${goal.target} unit "%"`,
            '            }'
        );
    }
    lines.push(
        '        }',
        '    }',
        '    scope {',
        `        description ${quote(`Áp dụng cho các cơ quan, đơn vị thuộc ${framework.body}.`)}`,
        `        applies ${ministry ? '"Các cục, vụ, đơn vị thuộc Bộ", "Các đơn vị sự nghiệp"' : '"Các sở, ban, ngành", "UBND cấp xã"'}`,
        '    }',
        '    principles {'
    );
    for (const principle of framework.principles)
        lines.push(`        principle ${principle.id} ${quote(principle.title)} { implements ${principle.implements.join(', ')} }`);
    lines.push('    }');
    for (const state of STATES) {
        lines.push(`    ${state} {`);
        for (const layer of LAYERS) {
            lines.push(`        ${layer} {`);
            for (const element of framework.elements) {
                if (element.state === state && element.layer === layer) lines.push(...elementLines(element));
            }
            lines.push('        }');
        }
        lines.push('    }');
    }
    lines.push('    implementation {');
    for (const task of framework.tasks) {
        lines.push(
            `        task ${task.id} ${quote(task.title)} {`,
            `            period ${task.period}`,
            `            responsible ${quote(task.responsible)}`,
            `            budget ${task.budget}`,
            `            layer ${task.layer}`
        );
        for (let start = 0; start < task.delivers.length; start += 5)
            lines.push(`            delivers ${task.delivers.slice(start, start + 5).join(', ')}`);
        if (task.after) lines.push(`            after ${task.after}`);
        lines.push('        }');
    }
    lines.push(
        `        maintenance { responsible ${quote(ministry ? 'Cục Chuyển đổi số' : 'Sở Khoa học và Công nghệ')} tools "KTS", "Git" description "Cập nhật khung kiến trúc hằng năm" }`,
        '    }',
        '}',
        ''
    );
    return lines.join('\n');
}

/** How a reference is written from `from`: plain id in the same framework, `<framework>.id` (target) or `<framework>.current.id` elsewhere. */
export function ktsRef(ref: Ref, from: ElementPlan): string {
    if (ref.type === 'national') return ref.code;
    if (ref.framework === from.framework) return ref.id;
    return ref.state === 'target' ? `${ref.framework}.${ref.id}` : `${ref.framework}.current.${ref.id}`;
}

function relationText(relation: RelationPlan, from: ElementPlan): string {
    let text = `${relation.kind} ${relation.targets.map(target => ktsRef(target, from)).join(', ')}`;
    if (relation.via.length > 0) text += ` via ${relation.via.map(via => ktsRef(via, from)).join(', ')}`;
    if (relation.label) text += ` ${quote(relation.label)}`;
    const details = [
        relation.data ? `data ${quote(relation.data)}` : '',
        relation.standards.length > 0 ? `standards ${relation.standards.join(', ')}` : ''
    ].filter(Boolean);
    if (details.length > 0) text += ` { ${details.join(' ')} }`;
    return text;
}

const ELEMENT_INDENT = ' '.repeat(12);
const PROPERTY_INDENT = ' '.repeat(16);

/** A short element stays on one line, as authors write them; the others get one property per line. */
function elementLines(element: ElementPlan): string[] {
    const properties: string[] = [];
    if (element.owner) properties.push(`owner ${quote(element.owner)}`);
    if (element.description) properties.push(`description ${quote(element.description)}`);
    const hosted = element.relations.filter(relation => relation.kind === 'hosted');
    for (const relation of element.relations) if (relation.kind !== 'hosted') properties.push(relationText(relation, element));
    if (element.level !== undefined) properties.push(`level ${element.level}`);
    if (element.codes.length > 0) properties.push(`codes ${element.codes.join(', ')}`);
    if (element.standards.length > 0) properties.push(`standards ${element.standards.join(', ')}`);
    for (const relation of hosted) properties.push(relationText(relation, element));
    const head = `${ELEMENT_INDENT}${element.kind} ${element.id} ${quote(element.title)}`;
    if (properties.length === 0) return [head];
    const oneLine = `${head} { ${properties.join(' ')} }`;
    if (properties.length <= 4 && oneLine.length <= 140) return [oneLine];
    return [`${head} {`, ...properties.map(property => PROPERTY_INDENT + property), `${ELEMENT_INDENT}}`];
}
