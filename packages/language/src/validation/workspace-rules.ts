import { AstUtils, type AstNode } from 'langium';
import type { Framework, Task } from '../generated/ast.js';
import type { ElementModel, FrameworkModel, NodeRef, RelationModel, StateKind, TaskModel } from '../model/architecture-model.js';
import { analyseGaps } from '../model/gap-analysis.js';
import { fillTemplate, type Localized } from '../model/language.js';
import { LAYER_KINDS, METAMODEL, STATE_KINDS, type SectionKey } from '../model/metamodel.js';
import { bodyReference, frameworkProfile, sectionReference, type FrameworkProfile } from '../model/framework-profile.js';
import { VOCABULARY, type FrameworkPart } from '../model/vocabulary.js';
import type { LinkedModel } from '../builder/model-builder.js';
import type { RuleId } from './rule-catalog.js';
import { canonicalSpelling } from '../text/normalize.js';
import { guarded, type MessageArgument } from './diagnostic-reporter.js';
import { checkNationalConnections } from './national-connection-rules.js';

/** A rule violation found on the whole workspace, reported in the document that holds its node. */
export interface Finding {
    rule: RuleId;
    node: AstNode;
    args: Record<string, MessageArgument>;
    property?: string;
    index?: number;
    /** Extra data for quick fixes, e.g. `fix`: an edit that settles the finding. */
    data?: Record<string, unknown>;
}

/**
 * Rules that need the merged, linked model of every framework in the workspace: duplicates across
 * files, mandatory content of Chương 1, III.2, current→target continuity, the platform rule of
 * Chương 3, II.6–7 and the roadmap's reach.
 */
export function analyseWorkspace(
    linked: LinkedModel,
    nationalComponentName: (code: string) => string | undefined,
    reuse?: WeakMap<FrameworkModel, Finding[]>
): Finding[] {
    const findings: Finding[] = [];
    const { model, astOf } = linked;
    const push =
        (into: Finding[]): Push =>
        (rule, object, args, property, index) => {
            const node = astOf.get(object);
            if (node) into.push({ rule, node, args, property, index });
        };

    for (const framework of model.frameworks) {
        // The model builder hands out the same framework object only while none of its files was parsed
        // or linked again; what these rules read of other frameworks (a target's kind, state and
        // framework) belongs to the exports whose change relinks the files that refer to it. What they read
        // of the national catalogue's names is the caller's to watch: it starts `reuse` anew when they change.
        let own = reuse?.get(framework);
        if (!own) {
            own = analyseFramework(framework, linked, push, nationalComponentName);
            reuse?.set(framework, own);
        }
        findings.push(...own);
    }
    return findings;
}

function analyseFramework(
    framework: FrameworkModel,
    linked: LinkedModel,
    push: (into: Finding[]) => Push,
    nationalComponentName: (code: string) => string | undefined
): Finding[] {
    const findings: Finding[] = [];
    const report = push(findings);
    const elements = linked.model.elements;
    guarded('kts/duplicate-id', () => checkDuplicates(framework, report));
    guarded('kts/missing-content', () => checkMissingContent(framework, linked, findings));
    guarded('kts/assessment-missing', () => checkAssessments(framework, report));
    guarded('kts/replaces-not-current', () => {
        for (const element of frameworkElements(framework)) {
            for (const relation of element.relations) checkContinuation(element, relation, elements, report);
        }
    });
    guarded('kts/integration-bypasses-platform', () => {
        for (const element of frameworkElements(framework)) {
            for (const relation of element.relations) checkPlatformPath(element, relation, elements, report);
        }
    });
    guarded('kts/task-delivers-nothing', () => checkTasksDeliver(framework, report));
    guarded('kts/task-delivers-current-only', () => checkTasksDeliverTarget(framework, linked, findings));
    guarded('kts/target-not-delivered', () => checkTargetDelivered(framework, linked, report));
    guarded('kts/task-cycle, kts/task-order', () => checkTaskDependencies(framework.tasks, report));
    guarded('kts/missing-national-connection', () => checkNationalConnections(framework, linked, nationalComponentName, findings));
    guarded('kts/shadows-national', () => {
        for (const element of frameworkElements(framework)) {
            const national = nationalComponentName(element.id);
            if (national) report('kts/shadows-national', element, { id: element.id, national }, 'name');
        }
    });
    return findings;
}

function* frameworkElements(framework: FrameworkModel): Generator<ElementModel> {
    for (const state of STATE_KINDS) {
        for (const layer of LAYER_KINDS) yield* framework.states[state].layers[layer].elements;
    }
}

type Push = (rule: RuleId, object: object, args: Finding['args'], property?: string, index?: number) => void;

/** `file.kts:line` of a declaration, for messages that point at an earlier one. */
export function location(object: { source: { uri: string; range: { start: { line: number } } } }): string {
    const file = object.source.uri.slice(object.source.uri.lastIndexOf('/') + 1);
    return `${file}:${object.source.range.start.line + 1}`;
}

function checkDuplicates(framework: FrameworkModel, push: Push): void {
    const check = <T extends { id: string; source: ElementModel['source'] }>(items: T[], what: Localized, key: (item: T) => string) => {
        const seen = new Map<string, T>();
        for (const item of items) {
            // Error recovery can leave an id unset; the syntax error already says so.
            const id: string | undefined = key(item);
            if (!id) continue;
            // Ids that read the same are the same id: `Ðiện`, with the look-alike Ð, duplicates `Điện`.
            const spelling = canonicalSpelling(id);
            const first = seen.get(spelling);
            if (first) push('kts/duplicate-id', item, { id: item.id, other: location(first), what }, 'name');
            else seen.set(spelling, item);
        }
    };
    for (const state of ['current', 'target'] as const) {
        check(
            LAYER_KINDS.flatMap(layer => framework.states[state].layers[layer].elements),
            VOCABULARY.thing.element,
            item => item.id
        );
    }
    check(framework.tasks, VOCABULARY.thing.task, item => item.id);
    check(
        framework.goalPeriods.flatMap(period => period.goals),
        VOCABULARY.thing.goal,
        item => item.id
    );
    check(framework.principles, VOCABULARY.thing.principle, item => item.id);
}

interface MandatoryPart {
    present: (framework: FrameworkModel) => boolean;
    part: Localized;
    /** What the diagnostic cites, in the framework's governing profile. */
    section: (profile: FrameworkProfile) => Localized;
    syntax: string;
}

function sectionPart(key: SectionKey, present: MandatoryPart['present'], syntax: string): MandatoryPart {
    return { present, part: VOCABULARY.section[key], section: profile => sectionReference(profile, key), syntax };
}

const MANDATORY: MandatoryPart[] = [
    { present: f => f.body !== undefined, part: VOCABULARY.frameworkPart.body, section: bodyReference, syntax: 'body "…"' },
    {
        present: f => f.level !== undefined,
        part: VOCABULARY.frameworkPart.level,
        section: bodyReference,
        syntax: 'level ministry|province'
    },
    sectionPart('a', f => f.vision !== undefined, 'vision "…"'),
    sectionPart('b', f => f.goalPeriods.some(period => period.goals.length > 0), 'goals { period 2026-2030 { goal … } }'),
    sectionPart('c', f => f.scope !== undefined, 'scope { … }'),
    sectionPart('d', f => f.principles.length > 0, 'principles { principle … }'),
    sectionPart('đ', f => f.states.current.declared, 'current { … }'),
    sectionPart('e', f => f.states.target.declared, 'target { … }'),
    sectionPart('g', hasImplementation, 'implementation { task … }')
];

function hasImplementation(framework: FrameworkModel): boolean {
    return framework.tasks.length > 0 || framework.maintenance !== undefined || framework.compliance !== undefined;
}

const CONTINUITY_KINDS = new Set(['keeps', 'upgrades', 'replaces']);

/** A framework begun from a skeleton has empty architectures: no gap to analyse and nothing for a roadmap to deliver yet. */
function hasElements(framework: FrameworkModel, state: StateKind): boolean {
    return LAYER_KINDS.some(layer => framework.states[state].layers[layer].elements.length > 0);
}

/**
 * The four contents of III.2.g, each required once the section is begun: the gap analysis's input (continuity
 * relations from target to current elements), the roadmap's tasks, maintenance (who, tools, how often) and
 * compliance monitoring (who enforces, how).
 */
const IMPLEMENTATION_PARTS: Array<{ part: FrameworkPart; present: (framework: FrameworkModel) => boolean; syntax: string }> = [
    {
        part: 'gapInput',
        present: f =>
            !hasElements(f, 'current') ||
            !hasElements(f, 'target') ||
            LAYER_KINDS.some(layer =>
                f.states.target.layers[layer].elements.some(e => e.relations.some(r => CONTINUITY_KINDS.has(r.kind)))
            ),
        syntax: 'keeps|upgrades|replaces <current element>'
    },
    { part: 'roadmap', present: f => f.tasks.length > 0 || !hasElements(f, 'target'), syntax: 'implementation { task … }' },
    { part: 'maintenance', present: f => f.maintenance !== undefined, syntax: 'maintenance { responsible "…" tools "…" frequency "…" }' },
    {
        part: 'maintenanceResponsible',
        present: f => !f.maintenance || f.maintenance.responsible !== undefined,
        syntax: 'maintenance { responsible "…" }'
    },
    { part: 'maintenanceTools', present: f => !f.maintenance || f.maintenance.tools.length > 0, syntax: 'maintenance { tools "…" }' },
    {
        part: 'maintenanceFrequency',
        present: f => !f.maintenance || f.maintenance.frequency !== undefined,
        syntax: 'maintenance { frequency "…" }'
    },
    { part: 'compliance', present: f => f.compliance !== undefined, syntax: 'compliance { responsible "…" description "…" }' },
    {
        part: 'complianceResponsible',
        present: f => !f.compliance || f.compliance.responsible !== undefined,
        syntax: 'compliance { responsible "…" }'
    },
    {
        part: 'complianceMethod',
        present: f => !f.compliance || f.compliance.description !== undefined,
        syntax: 'compliance { description "…" }'
    }
];

function checkMissingContent(framework: FrameworkModel, linked: LinkedModel, findings: Finding[]): void {
    const node = linked.astOf.get(framework) as Framework | undefined;
    if (!node) return;
    const report = (part: Localized, section: Localized, syntax: string) =>
        findings.push({ rule: 'kts/missing-content', node, property: 'name', args: { framework: framework.id, part, section, syntax } });
    const profile = frameworkProfile(framework);
    for (const mandatory of MANDATORY) {
        if (!mandatory.present(framework)) report(mandatory.part, mandatory.section(profile), mandatory.syntax);
    }
    if (hasImplementation(framework)) {
        for (const { part, present, syntax } of IMPLEMENTATION_PARTS) {
            if (!present(framework)) report(VOCABULARY.frameworkPart[part], sectionReference(profile, 'g'), syntax);
        }
    }
    for (const state of STATE_KINDS) {
        if (!framework.states[state].declared) continue;
        const section = sectionReference(profile, state === 'current' ? 'đ' : 'e');
        for (const layer of LAYER_KINDS) {
            if (framework.states[state].layers[layer].declared) continue;
            const part = (language: keyof Localized) =>
                fillTemplate(VOCABULARY.frameworkPart.layerInState[language], {
                    layer: VOCABULARY.layerArchitecture[layer][language],
                    state: VOCABULARY.stateArchitecture[state][language]
                });
            report({ vi: part('vi'), en: part('en') }, section, `${state} { ${layer} { … } }`);
        }
    }
}

/** Each current component architecture that has elements is assessed too (Chương 1, III.2.đ of 4.0: mô tả, đánh giá). */
function checkAssessments(framework: FrameworkModel, push: Push): void {
    for (const layer of LAYER_KINDS) {
        const { elements, assessment } = framework.states.current.layers[layer];
        if (elements.length === 0) continue;
        if (assessment.results.length + assessment.shortcomings.length + assessment.causes.length > 0) continue;
        push(
            'kts/assessment-missing',
            framework,
            {
                framework: framework.id,
                layer: VOCABULARY.layerArchitecture[layer],
                layerKey: layer,
                count: elements.length,
                section: sectionReference(frameworkProfile(framework), 'đ')
            },
            'name'
        );
    }
}

function checkContinuation(element: ElementModel, relation: RelationModel, elements: ReadonlyMap<string, ElementModel>, push: Push): void {
    if (relation.kind !== 'replaces' && relation.kind !== 'upgrades' && relation.kind !== 'keeps') return;
    const target = relation.target.type === 'element' ? elements.get(relation.target.qualifiedName) : undefined;
    if (target && target.state === 'current' && target.framework === element.framework) return;
    push(
        'kts/replaces-not-current',
        relation,
        { element: element.id, relation: VOCABULARY.relation[relation.kind], ref: refName(relation.target) },
        'targets'
    );
}

function refName(ref: NodeRef): string {
    return ref.type === 'element' ? ref.qualifiedName : ref.entry.code;
}

function isPlatformRef(ref: NodeRef, elements: ReadonlyMap<string, ElementModel>): boolean {
    if (ref.type === 'national') return METAMODEL.platformKinds.includes(`national:${ref.entry.kind}`);
    const element = elements.get(ref.qualifiedName);
    return element !== undefined && METAMODEL.platformKinds.includes(element.kind);
}

/** Another body's system (another framework, or a national component that is not a platform) must be reached through LGSP/NDXP. */
function checkPlatformPath(element: ElementModel, relation: RelationModel, elements: ReadonlyMap<string, ElementModel>, push: Push): void {
    if (relation.kind !== 'integrates') return;
    const target = relation.target;
    const targetElement = target.type === 'element' ? elements.get(target.qualifiedName) : undefined;
    const external =
        target.type === 'national'
            ? target.entry.tier !== 'body'
            : targetElement !== undefined && targetElement.framework !== element.framework;
    const kind = target.type === 'national' ? `national:${target.entry.kind}` : (targetElement?.kind ?? '');
    if (!external || !METAMODEL.platformRequiredTargets.includes(kind)) return;
    if (relation.via.some(via => isPlatformRef(via, elements))) return;
    push('kts/integration-bypasses-platform', relation, { element: element.id, ref: refName(target) }, 'targets');
}

function checkTasksDeliver(framework: FrameworkModel, push: Push): void {
    for (const task of framework.tasks) {
        if (task.delivers.length === 0) push('kts/task-delivers-nothing', task, { task: task.id }, 'name');
    }
}

/**
 * A task whose deliverables are all elements of the current architecture builds nothing new: what it delivers is
 * already there. Each such deliverable is reported, with the target element of the same id as the fix where there is one.
 */
function checkTasksDeliverTarget(framework: FrameworkModel, linked: LinkedModel, findings: Finding[]): void {
    const elements = linked.model.elements;
    const targetIds = new Set(LAYER_KINDS.flatMap(layer => framework.states.target.layers[layer].elements.map(element => element.id)));
    for (const task of framework.tasks) {
        const delivered = task.delivers.map(name => elements.get(name));
        if (delivered.length === 0 || delivered.some(element => element === undefined || element.state !== 'current')) continue;
        const node = linked.astOf.get(task) as Task | undefined;
        if (!node) continue;
        node.delivers.forEach((reference, index) => {
            const element = delivered[index];
            if (!element || !reference.$refNode) return;
            const range = reference.$refNode.range;
            const fix =
                element.framework === framework.id && targetIds.has(element.id)
                    ? { fix: { range, newText: element.id, kind: 'replace', text: element.id } }
                    : undefined;
            findings.push({
                rule: 'kts/task-delivers-current-only',
                node,
                property: 'delivers',
                index,
                args: { task: task.id, element: reference.$refText },
                data: fix
            });
        });
    }
}

/** The roadmap reaches the target: every new, replacing or upgraded target element is some task's deliverable. */
function checkTargetDelivered(framework: FrameworkModel, linked: LinkedModel, push: Push): void {
    // Without any task the missing implementation section is the one finding worth reporting.
    if (framework.tasks.length === 0) return;
    for (const gap of analyseGaps(framework, linked.model).undelivered) {
        push('kts/target-not-delivered', gap.element, { element: gap.element.id, status: VOCABULARY.gapStatus[gap.status] }, 'name');
    }
}

function checkTaskDependencies(tasks: TaskModel[], push: Push): void {
    const byName = new Map(tasks.map(task => [task.qualifiedName, task]));
    for (const task of tasks) {
        const cycle = findCycle(task, byName);
        if (cycle) push('kts/task-cycle', task, { task: task.id, cycle: cycle.join(' → ') }, 'after');
        for (const after of task.after) {
            const prerequisite = byName.get(after);
            if (task.period && prerequisite?.period && task.period.start < prerequisite.period.start) {
                push(
                    'kts/task-order',
                    task,
                    { task: task.id, period: task.period.text, after: prerequisite.id, afterPeriod: prerequisite.period.text },
                    'after'
                );
            }
        }
    }
}

function findCycle(start: TaskModel, byName: Map<string, TaskModel>): string[] | undefined {
    const path: string[] = [];
    const visiting = new Set<string>();
    const visit = (task: TaskModel): boolean => {
        path.push(task.id);
        if (visiting.has(task.qualifiedName)) return task.qualifiedName === start.qualifiedName;
        visiting.add(task.qualifiedName);
        for (const after of task.after) {
            const next = byName.get(after);
            if (next && (next === start || !visiting.has(next.qualifiedName)) && visit(next)) return true;
        }
        path.pop();
        return false;
    };
    return visit(start) ? path : undefined;
}

export function documentOf(finding: Finding): string {
    return AstUtils.getDocument(finding.node).uri.toString();
}
