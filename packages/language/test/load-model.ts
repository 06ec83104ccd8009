import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkspace, type ArchitectureModel } from '@kts/language';

/**
 * The one harness that loads models from disk for the tests of every package, as the `kts` commands load them,
 * and the one sample workspace they share.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPOSITORY = path.resolve(here, '../../..');

/** The Lào Cai framework as a province writes it, and the Ministry of Health framework it integrates with. */
export const SAMPLE = path.join(here, 'fixtures/two-bodies');

/** The sample's files, name → text, for tests that validate in memory. */
export function sampleFiles(): { 'laocai.kts': string; 'byt.kts': string } {
    const read = (name: string) => fs.readFileSync(path.join(SAMPLE, name), 'utf8');
    return { 'laocai.kts': read('laocai.kts'), 'byt.kts': read('byt.kts') };
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
