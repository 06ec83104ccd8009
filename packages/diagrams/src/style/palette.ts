import type { GapStatus } from '@kts/language/model';
import type { ChangeMark, EdgeStyle, Palette } from '../content/diagram-content.js';

export interface Colours {
    fill: string;
    stroke: string;
    /** Light background of a band or group of this colour family. */
    band: string;
}

/** One colour family per component architecture, used the same way in every view. */
export const PALETTES: Record<Palette, Colours> = {
    business: { fill: '#fff3c4', stroke: '#7a6000', band: '#fffbea' },
    data: { fill: '#fde0c8', stroke: '#9a4700', band: '#fff5ed' },
    application: { fill: '#d7eafa', stroke: '#1d5a87', band: '#f1f7fd' },
    technology: { fill: '#d9f0d0', stroke: '#2d6a1e', band: '#f2f9ef' },
    security: { fill: '#f8d6da', stroke: '#8a1c2b', band: '#fdf1f2' },
    policy: { fill: '#e7e1f4', stroke: '#4a3a78', band: '#f6f3fb' },
    neutral: { fill: '#eeeeee', stroke: '#555555', band: '#f8f8f8' }
};

export const TEXT_COLOUR = '#1a1a1a';
export const MUTED_TEXT = '#4d4d4d';

export interface GapLook {
    fill: string;
    stroke: string;
    strokeWidth: number;
    dash?: string;
    /** Pattern id filling the status strip at the box's left edge (black-and-white cue). */
    pattern: string;
}

export const GAP_LOOKS: Record<GapStatus, GapLook> = {
    new: { fill: '#d3f2cf', stroke: '#1c7331', strokeWidth: 2.2, pattern: 'gap-new' },
    replacing: { fill: '#ffe0bd', stroke: '#9b5200', strokeWidth: 2.2, pattern: 'gap-replacing' },
    upgraded: { fill: '#d4e4fa', stroke: '#1d4b94', strokeWidth: 1.6, pattern: 'gap-upgraded' },
    kept: { fill: '#f4f4f4', stroke: '#555555', strokeWidth: 1.2, pattern: 'gap-kept' },
    retired: { fill: '#e4e4e4', stroke: '#6b6b6b', strokeWidth: 1.4, dash: '5 3', pattern: 'gap-retired' }
};

/**
 * The change view draws in the gap view's family, one look per mark: added as a new element, changed as an upgraded
 * one, removed as a retired one (dashed, dotted strip), unchanged as one kept.
 */
export const CHANGE_LOOKS: Record<ChangeMark, GapLook> = {
    added: GAP_LOOKS.new,
    changed: GAP_LOOKS.upgraded,
    removed: GAP_LOOKS.retired,
    unchanged: GAP_LOOKS.kept
};

/** Status strip patterns: solid, cross-hatch, diagonal, blank and dotted stay distinct without colour. */
export function gapPatternDefs(): string {
    return [
        '<pattern id="gap-new" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#1c7331"/></pattern>',
        '<pattern id="gap-replacing" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffe0bd"/><path d="M0 0L6 6M6 0L0 6" stroke="#9b5200" stroke-width="1.2"/></pattern>',
        '<pattern id="gap-upgraded" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#d4e4fa"/><path d="M-1 1L1 -1M0 6L6 0M5 7L7 5" stroke="#1d4b94" stroke-width="1.4"/></pattern>',
        '<pattern id="gap-kept" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/></pattern>',
        '<pattern id="gap-retired" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e4e4e4"/><circle cx="3" cy="3" r="1.2" fill="#444444"/></pattern>'
    ].join('');
}

export interface EdgeLook {
    stroke: string;
    width: number;
    dash?: string;
    /** Marker at the target end. */
    head: 'filled' | 'open' | 'none';
}

export const EDGE_LOOKS: Record<EdgeStyle, EdgeLook> = {
    integrates: { stroke: '#1d3f5e', width: 1.5, head: 'filled' },
    via: { stroke: '#5b7a99', width: 2.6, head: 'filled' },
    uses: { stroke: '#444444', width: 1.3, dash: '6 4', head: 'open' },
    stores: { stroke: '#7a3b00', width: 1.3, dash: '9 3 2 3', head: 'filled' },
    shares: { stroke: '#7a3b00', width: 1.7, head: 'open' },
    in: { stroke: '#666666', width: 1.1, dash: '1.5 2.5', head: 'open' },
    protects: { stroke: '#8a1c2b', width: 1.4, dash: '5 3', head: 'filled' },
    hosted: { stroke: '#2d6a1e', width: 1.2, dash: '2 3', head: 'open' },
    tier: { stroke: '#8c8c8c', width: 2.5, head: 'filled' }
};
