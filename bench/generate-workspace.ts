// Writes a synthetic KTS workspace and the equivalent LikeC4 workspace, deterministic from a seed.
// Usage: node --experimental-strip-types bench/generate-workspace.ts <one|ten|national> <outDir> [seed]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG_FILE, ktsFiles } from './kts-writer.ts';
import { likec4Files } from './likec4-writer.ts';
import { planWorkspace, SIZES, type WorkspaceSize } from './workspace-plan.ts';

export interface WorkspaceStats {
    size: WorkspaceSize;
    seed: number;
    ktsDir: string;
    likec4Dir: string;
    frameworks: number;
    ktsFiles: number;
    lines: number;
    bytes: number;
    elements: number;
    relationships: number;
    /** Every cross-reference the linker resolves: relation targets and `via`, codes, standards, delivers, after, implements. */
    references: number;
    crossFrameworkReferences: number;
    likec4Files: number;
    likec4Lines: number;
    likec4Bytes: number;
    likec4Elements: number;
    likec4GroupingElements: number;
    likec4Relationships: number;
    /** The largest framework file (the one the incremental-edit measure types in). */
    largestFile: string;
    largestFileLines: number;
}

export const DEFAULT_SEED = 20261127;

function writeAll(dir: string, files: Map<string, string>): { lines: number; bytes: number } {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let lines = 0;
    let bytes = 0;
    for (const [name, text] of files) {
        fs.writeFileSync(path.join(dir, name), text);
        lines += text.split('\n').length - 1;
        bytes += Buffer.byteLength(text);
    }
    return { lines, bytes };
}

export function generateWorkspace(size: WorkspaceSize, outDir: string, seed = DEFAULT_SEED): WorkspaceStats {
    const plan = planWorkspace(size, seed);
    const kts = ktsFiles(plan);
    const likec4 = likec4Files(plan);
    const ktsDir = path.join(outDir, 'kts');
    const likec4Dir = path.join(outDir, 'likec4');
    const ktsTotals = writeAll(ktsDir, kts);
    const likec4Totals = writeAll(likec4Dir, likec4.files);

    let references = 0;
    let crossFramework = 0;
    let relationships = 0;
    let elements = 0;
    for (const framework of plan.frameworks) {
        for (const element of framework.elements) {
            elements++;
            references += element.codes.length + element.standards.length;
            for (const relation of element.relations) {
                relationships += relation.targets.length;
                references += relation.targets.length + relation.via.length + relation.standards.length;
                crossFramework += relation.targets.filter(target => target.type === 'element' && target.framework !== framework.id).length;
            }
        }
        for (const task of framework.tasks) references += task.delivers.length + (task.after ? 1 : 0);
        for (const principle of framework.principles) references += principle.implements.length;
    }
    references += plan.catalog.filter(code => code.parent).length;
    const [largestFile, largestText] = [...kts].filter(([name]) => name !== CATALOG_FILE).sort((a, b) => b[1].length - a[1].length)[0];
    return {
        size,
        seed,
        ktsDir,
        likec4Dir,
        frameworks: plan.frameworks.length,
        ktsFiles: kts.size,
        lines: ktsTotals.lines,
        bytes: ktsTotals.bytes,
        elements,
        relationships,
        references,
        crossFrameworkReferences: crossFramework,
        likec4Files: likec4.files.size,
        likec4Lines: likec4Totals.lines,
        likec4Bytes: likec4Totals.bytes,
        likec4Elements: likec4.counts.elements,
        likec4GroupingElements: likec4.counts.groupingElements,
        likec4Relationships: likec4.counts.relationships,
        largestFile: path.join(ktsDir, largestFile),
        largestFileLines: largestText.split('\n').length - 1
    };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [size, outDir, seed] = process.argv.slice(2);
    if (!(size in SIZES) || !outDir) {
        console.error(`usage: generate-workspace.ts <${Object.keys(SIZES).join('|')}> <outDir> [seed]`);
        process.exit(2);
    }
    console.log(JSON.stringify(generateWorkspace(size as WorkspaceSize, outDir, seed ? Number(seed) : DEFAULT_SEED), null, 2));
}
