/** The in-page reader's host element id (a DESIGN.md contract); the content script skips it. */
export const READER_ID = 'declutter-reader';
