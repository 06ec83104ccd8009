import { createFolder, loadWorkspace } from '@kts/language';
import { allViewRequests, STATE_VIEWS, VIEW_KINDS, type ViewKind, type ViewRequest } from '@kts/diagrams';
import { DIAGRAM_FORMATS, generateDiagrams, OVERVIEW_SHAPES, writeOutputFiles, type OverviewShape } from '@kts/documents';
import { term, type Language } from '@kts/language/model';
import { invalidChoice, parseList, UsageError, type CliIo } from '../cli-io.js';
import { asUsageError } from '../workspace-input.js';
import { reportModelErrors } from '../model-errors.js';

export interface DiagramOptions {
    view: string;
    format: string;
    out: string;
    state?: string;
    /** The overview's shape: `four` functional layers or the `five`-architecture tiers of framework 4.0; the profile's by default. */
    layers?: string;
    framework?: string;
    lang?: string;
    force?: boolean;
}

/**
 * `kts diagram`: the chosen views of every framework in the input (or of `--framework`), one file per view and
 * format, named `<framework>.<view id>.<format>`; each file is written whole or not at all.
 */
export async function diagramCommand(input: string, options: DiagramOptions, language: Language, io: CliIo): Promise<number> {
    const kinds = parseViews(options.view);
    const formats = parseList(options.format, DIAGRAM_FORMATS, '--format');
    const state = parseState(options.state);
    const overview = parseLayers(options.layers);
    const workspace = await loadWorkspace({ paths: [input], overrides: { language } }).catch(asUsageError);
    if (!reportModelErrors(workspace, options.force, io, 'actionDraw')) return 1;
    const { model } = workspace.linkedModel();
    const frameworks = selectFrameworks(
        model.frameworks.map(framework => framework.id),
        options.framework,
        input
    );
    // Made before anything is drawn, so that a read-only folder or a full disk is said at once.
    createFolder(options.out);
    for (const frameworkId of frameworks) {
        const requests = allViewRequests(model, frameworkId).filter(
            request => kinds.includes(request.kind) && (!state || request.state === undefined || request.state === state)
        );
        const files = await generateDiagrams(model, frameworkId, {
            requests: withRequestedState(requests, kinds, state),
            formats,
            language,
            overview
        });
        for (const file of writeOutputFiles(options.out, files)) io.out(`${file}\n`);
    }
    return 0;
}

/** A state asked for with `--state` but not declared by the framework is still drawn (empty, with a note). */
function withRequestedState(requests: ViewRequest[], kinds: ViewKind[], state: 'current' | 'target' | undefined): ViewRequest[] {
    if (!state) return requests;
    const missing = kinds.filter(kind => STATE_VIEWS.has(kind) && !requests.some(request => request.kind === kind));
    return [...requests, ...missing.map(kind => ({ kind, state }))];
}

export function selectFrameworks(known: string[], wanted: string | undefined, input: string): string[] {
    if (known.length === 0) throw noFramework(input);
    if (!wanted) return known;
    if (!known.includes(wanted)) throw UsageError.of('unknownFramework', { wanted, input, known: known.join(', ') });
    return [wanted];
}

/** The input holds no `framework <id> { … }`. */
export function noFramework(input: string): UsageError {
    return UsageError.of('noFramework', language => ({ input, framework: term('thing', 'framework', language) }));
}

function parseViews(value: string): ViewKind[] {
    const items = value.split(',').map(item => item.trim().toLowerCase());
    return items.includes('all') ? [...VIEW_KINDS] : parseList<ViewKind>(value, [...VIEW_KINDS, 'all' as ViewKind], '--view');
}

function parseLayers(value: string | undefined): OverviewShape | undefined {
    if (value === undefined) return undefined;
    const shape = OVERVIEW_SHAPES.find(candidate => candidate === value.trim().toLowerCase());
    if (!shape) throw invalidChoice('--layers', value, [...OVERVIEW_SHAPES]);
    return shape;
}

function parseState(value: string | undefined): 'current' | 'target' | undefined {
    if (value === undefined) return undefined;
    if (value === 'current' || value === 'target') return value;
    throw invalidChoice('--state', value, ['current', 'target']);
}
