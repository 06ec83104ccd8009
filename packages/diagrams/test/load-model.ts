import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkspace, type ArchitectureModel } from '@kts/language';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPOSITORY = path.resolve(here, '../../..');
export const FIXTURE = path.join(here, 'fixtures/two-bodies');

export async function loadModel(input: string): Promise<ArchitectureModel> {
    const workspace = await loadWorkspace({ paths: [input] });
    const errors = [...workspace.diagnostics.values()].flat().filter(diagnostic => (diagnostic.severity ?? 1) === 1);
    if (errors.length > 0) throw new Error(`${input} has errors: ${errors.map(error => error.message).join('; ')}`);
    return workspace.linkedModel().model;
}

/** The bundled examples with the framework each one defines. */
export const EXAMPLES = [
    { folder: path.join(REPOSITORY, 'examples/tinh-lao-cai'), framework: 'tinh_lao_cai' },
    { folder: path.join(REPOSITORY, 'examples/bo-khcn'), framework: 'bo-khcn' }
];
