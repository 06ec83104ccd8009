import * as path from 'node:path';
import { loadWorkspace, writeFileAtomic } from '@kts/language';
import { generateFramework } from '@kts/documents';
import { asUsageError, parseLanguage, UsageError, type CliIo } from '../cli-io.js';
import { reportModelErrors } from '../model-errors.js';
import { selectFrameworks } from './diagram.js';

export interface ExportArchiMateOptions {
    output: string;
    framework?: string;
    lang?: string;
    force?: boolean;
}

/** `kts export archimate`: one framework as an ArchiMate Model Exchange File, written whole or not at all. */
export async function exportArchiMateCommand(input: string, options: ExportArchiMateOptions, io: CliIo): Promise<number> {
    const language = parseLanguage(options.lang);
    const workspace = await loadWorkspace({ paths: [input], overrides: { language } }).catch(asUsageError);
    if (!reportModelErrors(workspace, options.force, io, { vi: 'xuất mô hình', en: 'export' })) return 1;
    const { model } = workspace.linkedModel();
    const frameworks = selectFrameworks(
        model.frameworks.map(framework => framework.id),
        options.framework,
        input
    );
    if (frameworks.length > 1) {
        throw new UsageError(
            `${input} có ${frameworks.length} khung kiến trúc (${frameworks.join(', ')}); chọn một bằng --framework <id> / several frameworks: choose one with --framework <id>`
        );
    }
    const [exchange] = await generateFramework(model, frameworks[0]!, { formats: ['archimate'], language: workspace.config.language });
    const directory = path.dirname(path.resolve(options.output));
    try {
        writeFileAtomic(options.output, exchange!.content);
    } catch (error) {
        throw new UsageError(
            `${options.output}: không ghi được tệp (thư mục ${directory}) / cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
        );
    }
    io.out(`${options.output}\n`);
    return 0;
}
