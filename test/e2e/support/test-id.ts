/**
 * The CSS selector of a `data-testid` (the popup's and the options page's test ids: docs/ARCHITECTURE.md,
 * "Contracts"), for the drivers that take selectors (Puppeteer in Firefox, querySelector in unit tests).
 * Playwright has its own `getByTestId`.
 */
export function byTestId(id: string): string {
  return `[data-testid="${id}"]`;
}
