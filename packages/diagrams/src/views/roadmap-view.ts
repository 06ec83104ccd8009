import { LAYER_KINDS, type LayerKind, type TaskModel } from '@kts/language/model';
import type { GanttContent, GanttSection } from '../content/diagram-content.js';
import type { ViewContext } from '../content/model-nodes.js';
import { layerName, t } from '../i18n.js';

/** The component architecture a task belongs to: its own `layer`, else that of the first element it delivers. */
function taskLayer(context: ViewContext, task: TaskModel): LayerKind | undefined {
    if (task.layer) return task.layer;
    for (const delivered of task.delivers) {
        const element = context.model.elements.get(delivered);
        if (element) return element.layer;
    }
    return undefined;
}

/** The roadmap: implementation tasks by year, grouped by component architecture, with their prerequisites. */
export function buildRoadmap(context: ViewContext, title: string): GanttContent {
    const { framework, language } = context;
    const sections: GanttSection[] = [];
    const byLayer = new Map<LayerKind | 'general', TaskModel[]>();
    for (const task of framework.tasks) {
        const layer = taskLayer(context, task) ?? 'general';
        byLayer.set(layer, [...(byLayer.get(layer) ?? []), task]);
    }
    for (const layer of [...LAYER_KINDS, 'general'] as const) {
        const tasks = byLayer.get(layer);
        if (!tasks) continue;
        sections.push({
            key: layer,
            title: layer === 'general' ? t('roadmap.general', language) : layerName(layer, language),
            palette: layer === 'general' ? 'neutral' : layer,
            tasks: tasks.map(task => ({
                key: task.qualifiedName,
                taskId: task.qualifiedName,
                title: task.title,
                detail: task.responsible ? t('roadmap.responsible', language, { name: task.responsible }) : undefined,
                start: task.period?.start,
                end: task.period?.end,
                after: task.after,
                delivers: task.delivers
            }))
        });
    }
    const periods = framework.tasks.flatMap(task => (task.period ? [task.period.start, task.period.end] : []));
    const goalYears = framework.goalPeriods.flatMap(goal => [goal.period.start, goal.period.end]);
    const span = periods.length > 0 ? periods : goalYears;
    const years: number[] = [];
    if (span.length > 0) for (let year = Math.min(...span); year <= Math.max(...span); year++) years.push(year);
    const empty = framework.tasks.length === 0 ? t('roadmap.empty', language) : undefined;
    return { type: 'gantt', kind: 'roadmap', title, sections, years, empty };
}
