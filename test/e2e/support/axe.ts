/**
 * axe-core, the accessibility checker, run in real Chromium on any page the test drives. Extension
 * pages' CSP refuses injected <script> tags, so axe's source is evaluated through the DevTools
 * protocol (page.evaluate), which the page's CSP doesn't govern.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

let source: string | undefined;

/** A violation, short enough to read in a failing assertion: rule, impact, and the nodes' targets. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe's violations on `page` (WCAG 2.x A and AA, and best practices), optionally within `selector`.
 * Shadow roots that are open are audited too.
 */
export async function axeViolations(page: Page, selector?: string): Promise<Violation[]> {
  source ??= readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async (within) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
    const result = await axe.run(within ?? document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)) }));
  }, selector);
}
