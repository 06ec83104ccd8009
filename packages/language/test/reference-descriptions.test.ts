import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cancellation, DefaultReferenceDescriptionProvider, isOperationCancelled, type ReferenceDescription } from 'langium';
import { describe, expect, test } from 'vitest';

import { buildWorkspace, createTestServices } from './test-utils.js';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

function exampleFiles(example: string): Record<string, string> {
    const folder = path.join(EXAMPLES, example);
    return Object.fromEntries(
        fs
            .readdirSync(folder)
            .filter(name => name.endsWith('.kts'))
            .map(name => [name, fs.readFileSync(path.join(folder, name), 'utf8')])
    );
}

const text = (descriptions: ReferenceDescription[]) => JSON.stringify(descriptions);

describe("the editor's reference index", () => {
    test.each(['tinh-lao-cai', 'tinh-gia-lai'])('describes the references of %s as Langium does, in the same order', async example => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, exampleFiles(example));
        const langium = new DefaultReferenceDescriptionProvider(services);
        let count = 0;
        for (const document of docs.values()) {
            const ours = await services.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(text(ours)).toBe(text(await langium.createDescriptions(document)));
            count += ours.length;
        }
        expect(count).toBeGreaterThan(100);
    });

    test('stops when the build is cancelled by a newer edit', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, exampleFiles('tinh-lao-cai'));
        const cancelled = new Cancellation.CancellationTokenSource();
        cancelled.cancel();
        const document = docs.get('09-muc-tieu-ung-dung.kts')!;
        const outcome = await services.workspace.ReferenceDescriptionProvider.createDescriptions(document, cancelled.token).catch(
            error => error
        );
        expect(isOperationCancelled(outcome)).toBe(true);
    });
});
