import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkspace, type ArchitectureModel } from '@kts/language';
import { sampleFiles, type SampleVariant } from './sample.js';

/**
 * The one harness that loads models from disk for the tests of every package, as the `kts` commands load them:
 * a folder, sources written to a folder of their own, or the one sample workspace (`sample.ts`) with a variant.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPOSITORY = path.resolve(here, '../../..');

/** The model of the sample workspace, or of a variant of it that a test names, which must have no error. */
export async function loadSample(variant: SampleVariant = {}, extra: Record<string, string> = {}): Promise<ArchitectureModel> {
    const { model, errors } = await loadSources({ ...sampleFiles(variant), ...extra });
    if (errors.length > 0) throw new Error(`the sample has errors: ${errors.join('; ')}`);
    return model;
}

/** The bundled examples with the framework each one defines. */
export const EXAMPLES = [
    { folder: path.join(REPOSITORY, 'examples/tinh-lao-cai'), framework: 'tinh_lao_cai' },
    { folder: path.join(REPOSITORY, 'examples/bo-khcn'), framework: 'bo-khcn' }
];

/** The model of a file or folder that must have no error. */
export async function loadModel(input: string): Promise<ArchitectureModel> {
    const { model, errors } = await loadFolder(input);
    if (errors.length > 0) throw new Error(`${input} has errors: ${errors.join('; ')}`);
    return model;
}

/** The model of sources (name → text) written to a folder of their own, with its errors. */
export async function loadSources(files: Record<string, string>): Promise<{ model: ArchitectureModel; errors: string[] }> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kts-test-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
    return loadFolder(folder);
}

async function loadFolder(input: string): Promise<{ model: ArchitectureModel; errors: string[] }> {
    const workspace = await loadWorkspace({ paths: [input] });
    const errors = [...workspace.diagnostics.values()]
        .flat()
        .filter(item => (item.severity ?? 1) === 1)
        .map(item => String(item.message));
    return { model: workspace.linkedModel().model, errors };
}
