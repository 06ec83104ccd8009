import { describe, expect, test } from 'vitest';
import { SemanticTokensDecoder } from 'langium/lsp';
import type { Location, LocationLink } from 'vscode-languageserver';
import { sharedWorkspace } from './test-utils.js';

const FRAMEWORK = `framework hue { target {
    data { database csdl_kt "CSDL kinh tế" { codes DRM001.002 } }
    application {
        platform lgsp_hue "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh" { realizes lgsp integrates ndxp }
        app dvc "Cổng dịch vụ công tỉnh" { codes DRM001.002 integrates csdlqg-dan-cu via lgsp_hue, ndxp }
    }
} }
`;
const OTHER = `framework hue { current { data { database kt_cu "CSDL kinh tế cũ" { codes DRM001.002 } } } }
`;

const workspace = sharedWorkspace({ 'main.kts': FRAMEWORK, 'other.kts': OTHER });
const main = () => workspace.document('main.kts');

function at(snippet: string, offsetInSnippet = 1) {
    const offset = FRAMEWORK.indexOf(snippet);
    if (offset < 0) throw new Error(`not in FRAMEWORK: ${snippet}`);
    return { textDocument: { uri: main().uri.toString() }, position: main().textDocument.positionAt(offset + offsetInSnippet) };
}

function textAt(location: Location | LocationLink): string {
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetUri' in location ? location.targetSelectionRange : location.range;
    const document = workspace.services.shared.workspace.LangiumDocuments.all.find(candidate => candidate.uri.toString() === uri)!;
    return document.textDocument.getText(range);
}

describe('navigation', () => {
    // vscode-uri writes `kts-builtin:///x.kts` in its normal form `kts-builtin:/x.kts`; both name the same document.
    test('go to definition on a code lands on its entry in the read-only built-in catalogue', async () => {
        const [link] = (await workspace.services.lsp.DefinitionProvider!.getDefinition(main(), at('DRM001.002', 4)))!;
        expect(link.targetUri).toBe('kts-builtin:/drm-draft-2019.kts');
        expect(textAt(link)).toBe('DRM001.002');
    });

    test('go to definition on a national component lands on the national catalogue', async () => {
        const [link] = (await workspace.services.lsp.DefinitionProvider!.getDefinition(main(), at('csdlqg-dan-cu')))!;
        expect(link.targetUri).toBe('kts-builtin:/national-components.kts');
        expect(textAt(link)).toBe('csdlqg-dan-cu');
    });

    test('find references on a code lists every element that uses it, in every file', async () => {
        const locations = (await workspace.services.lsp.ReferencesProvider!.findReferences(main(), {
            ...at('DRM001.002', 2),
            context: { includeDeclaration: false }
        }))!;
        expect(locations.map(location => [location.uri.split('/').pop(), location.range.start.line])).toEqual([
            ['main.kts', 1],
            ['main.kts', 4],
            ['other.kts', 0]
        ]);
        expect(locations.every(location => textAt(location) === 'DRM001.002')).toBe(true);
    });

    test.each(['dan cu', 'dân cư', 'CSDLQG-DAN'])('workspace symbols find the national population database from "%s"', async query => {
        const symbols = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        expect(symbols[0]?.name).toBe('csdlqg-dan-cu — Cơ sở dữ liệu quốc gia về dân cư');
        expect('uri' in symbols[0].location && symbols[0].location.uri).toBe('kts-builtin:/national-components.kts');
    });

    test("workspace symbols find the body's own elements by their Vietnamese name, without diacritics", async () => {
        const symbols = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'cong dich vu cong tinh' });
        expect(symbols.map(symbol => symbol.name)).toEqual(['hue.target.dvc — Cổng dịch vụ công tỉnh']);
        expect(symbols[0].containerName).toBe('hue');
    });
});

describe('semantic highlighting', () => {
    test('codes, national components and local elements get different token types', async () => {
        const provider = workspace.services.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(main(), { textDocument: { uri: main().uri.toString() } });
        const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, main());
        const typeOf = (text: string) => [...new Set(decoded.filter(token => token.text === text).map(token => token.tokenType))];
        expect(typeOf('DRM001.002')).toEqual(['enumMember']);
        expect(typeOf('ndxp')).toEqual(['namespace']);
        expect(typeOf('csdlqg-dan-cu')).toEqual(['namespace']);
        expect(typeOf('lgsp_hue')).toEqual(['variable']);
        expect(typeOf('dvc')).toEqual(['variable']);
        // Keywords and strings stay with the TextMate grammar.
        expect(typeOf('codes')).toEqual([]);
        expect(decoded.some(token => token.text.startsWith('"'))).toBe(false);
    });
});
