/**
 * Shows the "Always declutter on <site>" switch (auto-toggle.ts does the work) for pages on a web
 * site, whatever state the rest of the popup is in: a section front can be switched on as well.
 */
import type { Tabs } from '../lib/browser';
import { mountAutoToggle } from './auto-toggle';
import { byId, byTestId } from '../lib/dom';

/** Mount the switch for `tab`; it stays hidden where a site can't be automatic or mounting fails. */
export async function showSiteSwitch(tab: Tabs.Tab): Promise<void> {
  const box = byId('site-switch');
  const input = byId<HTMLInputElement>('auto-input');
  try {
    await mountAutoToggle(input, byId('auto-label'), tab, byTestId('auto-message'));
    box.hidden = input.disabled;
  } catch {
    // Settings unreadable or the tab gone: the switch is an extra, the article view must not suffer.
    box.hidden = true;
  }
}
