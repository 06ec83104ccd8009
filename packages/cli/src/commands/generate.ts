import { createFolder, loadWorkspace } from '@kts/language';
import { cacheFolder, PngCache, pngCacheProblemText } from '@kts/diagrams';
import { DOCUMENT_FORMATS, EDITIONS, generateFramework, writeOutputFiles, type Edition, type Language } from '@kts/documents';
import { invalidChoice, parseList, type CliIo } from '../cli-io.js';
import { asUsageError } from '../workspace-input.js';
import type { MessageArgs } from '@kts/language/model';
import { cliMessage, type CliMessageKey } from '../messages.js';
import { reportModelErrors } from '../model-errors.js';
import { noFramework } from './diagram.js';
import { changesSince } from './diff.js';

export interface GenerateOptions {
    format: string;
    out: string;
    lang?: string;
    edition?: string;
    strict?: boolean;
    force?: boolean;
    since?: string;
    /** False with `--no-cache`. */
    cache: boolean;
}

/**
 * `kts generate`: one framework document per framework of the input, in each format asked for. A model with
 * errors is refused (exit 1, errors listed) unless `--force`; every file is written whole or not at all.
 */
export async function generateCommand(input: string, options: GenerateOptions, language: Language, io: CliIo): Promise<number> {
    const formats = parseList(options.format, DOCUMENT_FORMATS, '--format');
    const edition = parseEdition(options.edition);
    const workspace = await loadWorkspace({ paths: [input], overrides: { strict: options.strict, language } }).catch(asUsageError);
    const say = (key: CliMessageKey, args: MessageArgs) => io.err(`kts: ${cliMessage(key, language, args)}\n`);

    if (!reportModelErrors(workspace, options.force, io, 'actionGenerate')) return 1;

    const { model } = workspace.linkedModel();
    if (model.frameworks.length === 0) throw noFramework(input);
    const since = options.since === undefined ? undefined : await changesSince(options.since, input, model, language, io);
    // Made before anything is drawn, so that a read-only folder or a full disk is said at once.
    createFolder(options.out);

    const figureCache = options.cache
        ? new PngCache(cacheFolder(), { onProblem: problem => io.err(`kts: ${pngCacheProblemText(problem, language)}\n`) })
        : undefined;
    const written: string[] = [];
    try {
        for (const [index, framework] of model.frameworks.entries()) {
            const step = `[${index + 1}/${model.frameworks.length}] ${framework.id}`;
            const files = await generateFramework(model, framework.id, {
                formats,
                language,
                edition,
                since,
                figureCache,
                onProgress: progress =>
                    progress.stage === 'drawing'
                        ? say('progressDrawing', { step })
                        : say('progressComposing', { step, figures: progress.figures })
            });
            for (const file of writeOutputFiles(options.out, files)) {
                say('progressWrote', { step, file });
                written.push(file);
            }
        }
    } finally {
        figureCache?.close();
    }
    for (const file of written) io.out(`${file}\n`);
    return 0;
}

/** `--edition submission|working`; the submission edition, the official document, when none is named. */
function parseEdition(value: string | undefined): Edition {
    if (value === undefined) return 'submission';
    const edition = EDITIONS.find(item => item === value.trim().toLowerCase());
    if (!edition) throw invalidChoice('--edition', value, EDITIONS);
    return edition;
}
