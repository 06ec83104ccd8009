// Renders the same workspace plan as a LikeC4 model: every KTS element is a LikeC4 element, every relation
// target a relationship (typed like the KTS relation). Frameworks and the national components become
// top-level elements that contain them, because LikeC4 has no other way to group and qualify names.
import type { ElementPlan, FrameworkPlan, Ref, WorkspacePlan } from './workspace-plan.ts';

export interface LikeC4Counts {
    elements: number;
    groupingElements: number;
    relationships: number;
}

const KINDS = [
    'framework',
    'actor',
    'activity',
    'process',
    'service',
    'database',
    'dataset',
    'app',
    'portal',
    'channel',
    'platform',
    'datacenter',
    'network',
    'cloud',
    'device',
    'infrastructure',
    'system',
    'measure',
    'national'
];
const RELATIONS = [
    'supports',
    'uses',
    'stores',
    'integrates',
    'hosted',
    'protects',
    'shares',
    'in',
    'realizes',
    'replaces',
    'upgrades',
    'keeps'
];

/** LikeC4 ids allow letters, digits, `_` and `-`; a state prefix keeps current and target elements apart. */
function localId(state: string, id: string): string {
    return `${state === 'current' ? 'ht' : 'mt'}_${id}`;
}

function nationalId(code: string): string {
    return code.replace(/-/g, '_');
}

function fqn(ref: Ref): string {
    return ref.type === 'national' ? `quoc_gia.${nationalId(ref.code)}` : `${ref.framework}.${localId(ref.state, ref.id)}`;
}

function quote(text: string): string {
    return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function likec4Files(plan: WorkspacePlan): { files: Map<string, string>; counts: LikeC4Counts } {
    const files = new Map<string, string>();
    const counts: LikeC4Counts = { elements: 0, groupingElements: 0, relationships: 0 };
    files.set(
        'spec.c4',
        ['specification {', ...KINDS.map(kind => `  element ${kind}`), ...RELATIONS.map(kind => `  relationship ${kind}`), '}', ''].join(
            '\n'
        )
    );
    const national = ['model {', `  quoc_gia = national 'Thành phần của Khung kiến trúc quốc gia' {`];
    for (const entry of plan.national) {
        national.push(`    ${nationalId(entry.code)} = ${KINDS.includes(entry.kind) ? entry.kind : 'system'} ${quote(entry.name)}`);
    }
    national.push('  }', '}', '');
    counts.groupingElements++;
    files.set('quoc-gia.c4', national.join('\n'));
    for (const framework of plan.frameworks) files.set(`${framework.id}.c4`, frameworkText(framework, counts));
    return { files, counts };
}

function frameworkText(framework: FrameworkPlan, counts: LikeC4Counts): string {
    const lines = [
        'model {',
        `  ${framework.id} = framework ${quote(framework.body)} {`,
        `    description ${quote(`Khung kiến trúc số tổng hợp (kiểm thử hiệu năng) của ${framework.body}`)}`
    ];
    counts.groupingElements++;
    for (const element of framework.elements) {
        lines.push(...elementLines(element, counts));
        counts.elements++;
    }
    lines.push('  }', '}', '');
    return lines.join('\n');
}

function elementLines(element: ElementPlan, counts: LikeC4Counts): string[] {
    const body: string[] = [];
    if (element.description) body.push(`description ${quote(element.description)}`);
    const metadata: string[] = [];
    if (element.owner) metadata.push(`owner ${quote(element.owner)}`);
    if (element.codes.length > 0) metadata.push(`codes ${quote(element.codes.join(', '))}`);
    if (element.standards.length > 0) metadata.push(`standards ${quote(element.standards.join(', '))}`);
    if (element.level !== undefined) metadata.push(`level ${quote(String(element.level))}`);
    if (metadata.length > 0) body.push(`metadata { ${metadata.join(' ')} }`);
    for (const relation of element.relations) {
        for (const target of relation.targets) {
            body.push(`-[${relation.kind}]-> ${fqn(target)}${relation.label ? ` ${quote(relation.label)}` : ''}`);
            counts.relationships++;
        }
    }
    const head = `    ${localId(element.state, element.id)} = ${element.kind} ${quote(element.title)}`;
    if (body.length === 0) return [head];
    return [`${head} {`, ...body.map(line => `      ${line}`), '    }'];
}
