import { changeCounts, type ChangeCounts, type ChangeSet } from '@kts/language/model';
import type { DiffSide } from './diff-sources.js';

/** The version of the `kts diff --format json` schema (`data/diff.schema.json`); raised when a field changes meaning. */
export const DIFF_REPORT_VERSION = 2;

/** What `kts diff --format json` prints: stable, documented by `data/diff.schema.json`. */
export interface DiffReport {
    format: 'kts-diff';
    version: typeof DIFF_REPORT_VERSION;
    base: SideReport;
    head: SideReport;
    summary: { changes: number; counts: ChangeCounts };
    changes: ChangeSet['changes'];
}

interface SideReport {
    kind: DiffSide['kind'];
    input?: string;
    commit?: string;
}

export function diffReport(base: DiffSide, head: DiffSide, changeSet: ChangeSet): DiffReport {
    const side = ({ kind, input, commit }: DiffSide): SideReport => ({
        kind,
        ...(input === undefined ? {} : { input }),
        ...(commit === undefined ? {} : { commit })
    });
    return {
        format: 'kts-diff',
        version: DIFF_REPORT_VERSION,
        base: side(base),
        head: side(head),
        summary: { changes: changeSet.changes.length, counts: changeCounts(changeSet.changes) },
        changes: changeSet.changes
    };
}
