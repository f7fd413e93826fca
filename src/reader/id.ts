/** The in-page reader's host element id (a contract: docs/ARCHITECTURE.md); the content script skips it. */
export const READER_ID = 'declutter-reader';
