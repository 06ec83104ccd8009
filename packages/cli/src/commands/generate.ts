import { createFolder, loadWorkspace } from '@kts/language';
import { DOCUMENT_FORMATS, EDITIONS, generateFramework, writeOutputFiles, type Edition, type Language } from '@kts/documents';
import { asUsageError, parseLanguage, parseList, UsageError, type CliIo } from '../cli-io.js';
import { reportModelErrors } from '../model-errors.js';

export interface GenerateOptions {
    format: string;
    out: string;
    lang?: string;
    edition?: string;
    strict?: boolean;
    force?: boolean;
}

/**
 * `kts generate`: one framework document per framework of the input, in each format asked for. A model with
 * errors is refused (exit 1, errors listed) unless `--force`; every file is written whole or not at all.
 */
export async function generateCommand(input: string, options: GenerateOptions, io: CliIo): Promise<number> {
    const formats = parseList(options.format, DOCUMENT_FORMATS, '--format');
    const language = parseLanguage(options.lang);
    const edition = parseEdition(options.edition);
    const workspace = await loadWorkspace({ paths: [input], overrides: { strict: options.strict, language } }).catch(asUsageError);
    const lang: Language = workspace.config.language;
    const say = (vi: string, en: string) => io.err(`kts: ${lang === 'vi' ? vi : en}\n`);

    if (!reportModelErrors(workspace, options.force, io, { vi: 'sinh tài liệu', en: 'generate' })) return 1;

    const { model } = workspace.linkedModel();
    if (model.frameworks.length === 0) {
        throw new UsageError(`${input}: không có khung kiến trúc nào (framework <id> { … }) / no framework in the input`);
    }
    // Made before anything is drawn, so that a read-only folder or a full disk is said at once.
    createFolder(options.out);

    const written: string[] = [];
    for (const [index, framework] of model.frameworks.entries()) {
        const step = `[${index + 1}/${model.frameworks.length}] ${framework.id}`;
        const files = await generateFramework(model, framework.id, {
            formats,
            language: lang,
            edition,
            onProgress: progress =>
                progress.stage === 'drawing'
                    ? say(`${step}: vẽ sơ đồ…`, `${step}: drawing diagrams…`)
                    : say(
                          `${step}: soạn tài liệu (${progress.figures} hình)…`,
                          `${step}: composing the document (${progress.figures} figures)…`
                      )
        });
        for (const file of writeOutputFiles(options.out, files)) {
            say(`${step}: đã ghi ${file}`, `${step}: wrote ${file}`);
            written.push(file);
        }
    }
    for (const file of written) io.out(`${file}\n`);
    return 0;
}

/** `--edition submission|working`; the submission edition, the official document, when none is named. */
function parseEdition(value: string | undefined): Edition {
    if (value === undefined) return 'submission';
    const edition = EDITIONS.find(item => item === value.trim().toLowerCase());
    if (!edition)
        throw new UsageError(
            `--edition phải là "submission" hoặc "working" (nhận được "${value}") / --edition must be "submission" or "working"`
        );
    return edition;
}
