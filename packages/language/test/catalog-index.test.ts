import { describe, expect, test } from 'vitest';
import { sampleFiles } from './sample.js';
import { buildWorkspace, createTestServices, diagnosticCodes, editText } from './test-utils.js';

/** The sample's application reference model made leaf-only: an element may name only a code without children. */
const LEAF_ONLY = ['$"\n    entry ARM-T.1', '$" { leaf-only }\n    entry ARM-T.1'] as const;
/** A second entry under ARM-T.1, which makes it a group: `codes ARM-T.1` in lao-cai-lien-thong.kts is no longer a leaf. */
const CHILD = [
    'status illustrative }\n}',
    'status illustrative }\n    entry ARM-T.2 "Liên thông hồ sơ sức khỏe" { model ARM parent ARM-T.1 status illustrative }\n}'
] as const;

describe('the catalogue index', () => {
    test('read by a request as the build of a catalogue edit starts, it follows the catalogue once parsed again', async () => {
        const services = createTestServices();
        const documents = await buildWorkspace(services, sampleFiles({ 'danh-muc.kts': [LEAF_ONLY] }));
        const framework = documents.get('lao-cai-lien-thong.kts')!;
        expect(diagnosticCodes(framework)).not.toContain('kts/code-not-leaf');

        // A hover on a code in another file counts its children; it is served while the build goes on.
        const catalogs = services.catalog.CatalogIndex;
        const hover = services.shared.workspace.DocumentBuilder.onUpdate(() => catalogs.children('ARM', 'ARM-T.1'));
        try {
            await editText(services, documents.get('danh-muc.kts')!, sampleFiles({ 'danh-muc.kts': [LEAF_ONLY, CHILD] })['danh-muc.kts']);
        } finally {
            hover.dispose();
        }

        expect(catalogs.children('ARM', 'ARM-T.1')).toBe(1);
        expect(diagnosticCodes(framework)).toContain('kts/code-not-leaf');
    });
});
