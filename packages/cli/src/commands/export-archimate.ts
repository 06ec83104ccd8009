import * as path from 'node:path';
import { loadWorkspace, writeFileAtomic } from '@kts/language';
import { generateFramework } from '@kts/documents';
import { errorCode, type Language } from '@kts/language/model';
import { UsageError, type CliIo } from '../cli-io.js';
import { asUsageError } from '../workspace-input.js';
import { frameworkCount } from '../messages.js';
import { reportModelErrors } from '../model-errors.js';
import { selectFrameworks } from './diagram.js';

export interface ExportArchiMateOptions {
    output: string;
    framework?: string;
    lang?: string;
    force?: boolean;
}

/** `kts export archimate`: one framework as an ArchiMate Model Exchange File, written whole or not at all. */
export async function exportArchiMateCommand(
    input: string,
    options: ExportArchiMateOptions,
    language: Language,
    io: CliIo
): Promise<number> {
    const workspace = await loadWorkspace({ paths: [input], overrides: { language } }).catch(asUsageError);
    if (!reportModelErrors(workspace, options.force, io, 'actionExport')) return 1;
    const { model } = workspace.linkedModel();
    const frameworks = selectFrameworks(
        model.frameworks.map(framework => framework.id),
        options.framework,
        input
    );
    if (frameworks.length > 1) {
        throw UsageError.of('severalFrameworks', language => ({
            input,
            frameworks: frameworkCount(frameworks.length, language),
            list: frameworks.join(', ')
        }));
    }
    const [exchange] = await generateFramework(model, frameworks[0]!, { formats: ['archimate'], language });
    const directory = path.dirname(path.resolve(options.output));
    try {
        writeFileAtomic(options.output, exchange!.content);
    } catch (error) {
        throw UsageError.of('cannotWriteExport', { file: options.output, folder: directory, reason: errorCode(error) });
    }
    io.out(`${options.output}\n`);
    return 0;
}
