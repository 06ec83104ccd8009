import type { Element } from '../src/generated/ast.js';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { SAMPLE_FRAMEWORK } from './sample.js';
import { TestWorkspace, withCode } from './test-utils.js';

// Checks run without Langium's async wrappers when they return (KtsValidationRegistry); one that throws, or whose
// promise fails, must still be reported on its node as Langium reports it, and the other checks must still run.
let workspace: TestWorkspace;
beforeAll(() => {
    workspace = new TestWorkspace();
    const failing = (element: Element) => element.name === 'dvc';
    workspace.services.validation.ValidationRegistry.register({
        Element: (element: Element) => {
            if (failing(element)) throw new Error('thrown by a check');
        },
        Relation: async relation => {
            if (failing(relation.$container)) throw new Error('rejected by a check');
        }
    });
});

afterEach(() => {
    vi.restoreAllMocks();
});

describe('a check that fails', () => {
    test('is reported as an error on its node, whether it throws or its promise fails, and the rules still report', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const clean = (await workspace.validate({ 'main.kts': SAMPLE_FRAMEWORK })).get('main.kts')!;
        const failures = clean.diagnostics!.filter(diagnostic => diagnostic.message.startsWith('An error occurred during validation'));
        expect(failures.map(diagnostic => diagnostic.message)).toContain('An error occurred during validation: thrown by a check');
        expect(failures.map(diagnostic => diagnostic.message)).toContain('An error occurred during validation: rejected by a check');
        expect(failures.every(diagnostic => diagnostic.severity === 1)).toBe(true);
        const broken = SAMPLE_FRAMEWORK.replace('delivers dvc, csdl_hs }', 'delivers dvc, csdl_hs, khong_co }');
        const document = (await workspace.validate({ 'main.kts': broken })).get('main.kts')!;
        expect(withCode(document.diagnostics, 'kts/unresolved-reference')).toHaveLength(1);
    });
});
