import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one sample workspace: the province framework `lao_cai` (Lào Cai's People's Committee) in two files, which
 * validates without any diagnostic, the Ministry of Health framework `byt` it integrates with, and a workspace
 * catalogue with an illustrative application code.
 */
export const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/sample');

const SAMPLE_FILE_NAMES = ['lao-cai.kts', 'lao-cai-lien-thong.kts', 'byt.kts', 'danh-muc.kts'] as const;
export type SampleFiles = Record<(typeof SAMPLE_FILE_NAMES)[number], string>;

/** A named change of a text: `from` (which must occur in it) becomes `to`, the first time it occurs. */
export type Replacement = readonly [from: string, to: string];

/** The changes a test makes to each file of the sample, named where the test states why it needs them. */
export type SampleVariant = Partial<Record<keyof SampleFiles, readonly Replacement[]>>;

/** The sample's files, name → text, with a variant's replacements made, for tests that validate in memory. */
export function sampleFiles(variant: SampleVariant = {}): SampleFiles {
    return Object.fromEntries(
        SAMPLE_FILE_NAMES.map(name => [name, replaced(fs.readFileSync(path.join(SAMPLE, name), 'utf8'), ...(variant[name] ?? []))])
    ) as SampleFiles;
}

/** The sample's main file, `framework lao_cai`, complete on its own (Chương 1, III.2.a–g) and free of diagnostics. */
export const SAMPLE_FRAMEWORK = sampleFiles()['lao-cai.kts'];

/** `text` with each replacement made in turn; fails loudly when a `from` is not in the text it is applied to. */
export function replaced(text: string, ...replacements: readonly Replacement[]): string {
    return replacements.reduce((current, [from, to]) => {
        if (!current.includes(from)) throw new Error(`not in the text: ${from}`);
        return current.replace(from, () => to);
    }, text);
}

/** `SAMPLE_FRAMEWORK` with `from` replaced once by `to`; fails loudly if `from` is not in it. */
export function sampleWith(from: string, to: string): string {
    return replaced(SAMPLE_FRAMEWORK, [from, to]);
}

/**
 * What a submission for approval adds to the sample framework, as a file of its own: the approval, the legal bases
 * (`nd-194-2025, nd-47-2020`), the reasons, the revision history and the responsibilities.
 */
export const APPROVAL_PARTS = fs.readFileSync(path.join(SAMPLE, '../approval/lao-cai-phe-duyet.kts'), 'utf8');
