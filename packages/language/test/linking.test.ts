import { describe, expect, test } from 'vitest';

import { ast } from '../src/index.js';
import { buildWorkspace, createTestServices, diagnosticCodes } from './test-utils.js';

describe('linking', () => {
    test('resolves national components, own elements and elements of other files of the same framework', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'app.kts': `framework hue { target { application {
                platform lgsp_hue "LGSP tỉnh Thừa Thiên Huế"
                app dvc "HTTT giải quyết TTHC" { integrates csdlqg-dan-cu via lgsp_hue, ndxp  uses csdl_hs }
            } } }`,
            'data.kts': `framework hue { target { data { database csdl_hs "CSDL hồ sơ TTHC" } } }`
        });
        const app = docs.get('app.kts')!;
        const root = app.parseResult.value as ast.KtsFile;
        const dvc = root.frameworks[0].architectures[0].layers[0].elements[1];
        const relations = dvc.properties.filter(ast.isRelation);
        expect(relations[0].targets[0].ref?.$type).toBe('CatalogEntry');
        expect((relations[0].targets[0].ref as ast.CatalogEntry).title).toBe('Cơ sở dữ liệu quốc gia về dân cư');
        expect(relations[0].via.map(via => via.ref?.$type)).toEqual(['Element', 'CatalogEntry']);
        expect((relations[1].targets[0].ref as ast.Element).title).toBe('CSDL hồ sơ TTHC');
        expect(diagnosticCodes(app)).not.toContain('kts/unresolved-reference');
    });

    test('a typo in a national component id names the closest real component', async () => {
        const services = createTestServices();
        const docs = await buildWorkspace(services, {
            'a.kts': 'framework hue { target { application { app dvc "DVC" { integrates csdlqg-dan-cuu via ndxp } } } }'
        });
        const unresolved = docs.get('a.kts')!.diagnostics!.find(diagnostic => diagnostic.code === 'kts/unresolved-reference');
        expect(unresolved?.message).toContain("'csdlqg-dan-cuu'");
        expect(unresolved?.message).toContain("'csdlqg-dan-cu' (Cơ sở dữ liệu quốc gia về dân cư)");
        expect(unresolved?.severity).toBe(1);
    });
});
