/**
 * How the contents' pages are laid out, on this thread and in the page-layout workers alike: past what the layout does
 * not follow as Word does yet, with its best guess, rather than leave the page numbers after it blank.
 */
export const PAGE_LAYOUT_OPTIONS = { guess: true } as const;
