import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { jsonCatalogUri, loadBuiltinCatalogs, loadJsonCatalog } from '../catalog/catalog-loader.js';
import { defaultConfig, findConfigFile, parseConfig, type KtsConfig } from '../config/kts-config.js';
import { createKtsServices, type KtsServices } from '../kts-module.js';
import type { LinkedModel } from '../builder/model-builder.js';
import { isKotlinScriptName } from '../text/kotlin-script.js';
import { configuredKtsFiles, jsonCatalogFiles } from './kts-workspace-manager.js';

export interface WorkspaceInput {
    /** Files or folders; folders are searched for `.kts` files. */
    paths: string[];
    /** Overrides of the workspace config (e.g. `--strict`, `--lang`). */
    overrides?: Partial<Pick<KtsConfig, 'language' | 'strict'>>;
    /** Build the reference index, for callers that ask for references to a node (find-references, the hover's usage count). */
    indexReferences?: boolean;
}

export interface LoadedWorkspace {
    services: KtsServices;
    config: KtsConfig;
    /** The user's documents (not the built-in catalogues), in path order. */
    documents: LangiumDocument[];
    diagnostics: Map<LangiumDocument, Diagnostic[]>;
    linkedModel(): LinkedModel;
}

/** A path that cannot be read as KTS source: the CLI exits with code 2 and this message. */
export class WorkspaceInputError extends Error {}

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', '.git']);

export function collectKtsFiles(paths: string[]): string[] {
    const files: string[] = [];
    const visitedFolders = new Set<string>();
    const visit = (target: string, explicit: boolean) => {
        let stat: fs.Stats;
        try {
            stat = fs.statSync(target);
        } catch {
            throw new WorkspaceInputError(`${target}: không tìm thấy tệp hoặc thư mục / no such file or folder`);
        }
        if (stat.isDirectory()) {
            // A symbolic link back to a parent folder would otherwise be followed forever.
            const real = fs.realpathSync(target);
            if (visitedFolders.has(real)) return;
            visitedFolders.add(real);
            let names: string[];
            try {
                names = fs.readdirSync(target).sort();
            } catch (error) {
                throw new WorkspaceInputError(`${target}: không đọc được thư mục / cannot read folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
            }
            for (const name of names) {
                if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
                const child = path.join(target, name);
                if (name.endsWith('.kts') || isFolder(child)) visit(child, false);
            }
        } else if (!stat.isFile()) {
            // Reading a FIFO without a writer would block forever.
            if (explicit || !isKotlinScriptName(target)) {
                throw new WorkspaceInputError(`${target}: không phải tệp thông thường (FIFO, socket, thiết bị), không đọc được / not a regular file (FIFO, socket, device), cannot read it`);
            }
        } else if (explicit || (target.endsWith('.kts') && !isKotlinScriptName(target))) {
            if (explicit && !target.endsWith('.kts')) {
                throw new WorkspaceInputError(`${target}: không phải tệp .kts / not a .kts file`);
            }
            files.push(path.resolve(target));
        }
    };
    for (const target of paths) visit(target, true);
    return [...new Set(files)];
}

/** Other entries of a folder (a dangling link, a file we may not stat) are not ours to report. */
function isFolder(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function readKtsFile(file: string): string {
    let bytes: Buffer;
    try {
        bytes = fs.readFileSync(file);
    } catch (error) {
        throw new WorkspaceInputError(`${file}: không đọc được tệp / cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    try {
        return UTF8.decode(bytes).replace(/^\uFEFF/, '');
    } catch {
        const offset = firstInvalidUtf8(bytes);
        const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
        throw new WorkspaceInputError(`${file}:${line}: tệp không phải UTF-8 (byte lỗi ở vị trí ${offset}); lưu lại tệp với mã hóa UTF-8 / file is not UTF-8 (invalid byte at offset ${offset}); save it as UTF-8`);
    }
}

function firstInvalidUtf8(bytes: Buffer): number {
    for (let end = 1; end <= bytes.length; end++) {
        try {
            UTF8.decode(bytes.subarray(0, end));
        } catch {
            // A multi-byte sequence may just be cut; only a byte that can never start or continue one is the culprit.
            try { UTF8.decode(bytes.subarray(0, Math.min(bytes.length, end + 3))); } catch { return end - 1; }
        }
    }
    return bytes.length;
}

/** Loads, links and validates the given files and folders together with the built-in catalogues. */
export async function loadWorkspace(input: WorkspaceInput): Promise<LoadedWorkspace> {
    const files = collectKtsFiles(input.paths);
    const first = input.paths[0] ?? '.';
    const configDir = fs.existsSync(first) && fs.statSync(first).isDirectory() ? first : path.dirname(first);
    const configFile = findConfigFile(configDir);
    let config = defaultConfig();
    if (configFile) {
        try {
            config = parseConfig(fs.readFileSync(configFile, 'utf8'), configFile);
        } catch (error) {
            throw new WorkspaceInputError((error as Error).message);
        }
    }
    config = { ...config, ...Object.fromEntries(Object.entries(input.overrides ?? {}).filter(([, value]) => value !== undefined)) };

    const { Kts } = createKtsServices(NodeFileSystem, { indexReferences: input.indexReferences ?? false });
    Kts.config.ConfigProvider.set(config);
    const factory = Kts.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = Kts.shared.workspace.LangiumDocuments;
    const all: LangiumDocument[] = [];
    for (const builtin of loadBuiltinCatalogs()) {
        all.push(factory.fromString(builtin.text, URI.parse(builtin.uri)));
    }
    const configuredKts: string[] = [];
    if (config.root) {
        for (const file of jsonCatalogFiles(config.root, config.catalogs)) {
            try {
                all.push(factory.fromString(loadJsonCatalog(file).text, jsonCatalogUri(file)));
            } catch (error) {
                throw new WorkspaceInputError((error as Error).message);
            }
        }
        configuredKts.push(...configuredKtsFiles(config.root, config.catalogs));
    }
    const userDocuments: LangiumDocument[] = [];
    for (const file of [...new Set([...files, ...configuredKts])]) {
        const document = factory.fromString(readKtsFile(file), URI.file(file));
        all.push(document);
        if (files.includes(file)) userDocuments.push(document);
    }
    for (const document of all) langiumDocuments.addDocument(document);
    await Kts.shared.workspace.DocumentBuilder.build(all, { validation: true });
    const diagnostics = new Map(userDocuments.map(document => [document, document.diagnostics ?? []]));
    return {
        services: Kts,
        config,
        documents: userDocuments,
        diagnostics,
        linkedModel: () => Kts.model.ArchitectureModelProvider.linkedModel()
    };
}
